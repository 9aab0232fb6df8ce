/**
 * Shapes drawn from the data's longitudes and latitudes, written once as SVG paths in pixels of the
 * whole world at zoom 0; a transform on their group scales them to the zoom and moves them to
 * Leaflet's pixel origin. Drawn as Leaflet polygons, the land's ~175 countries and the target
 * markets cost the start a good part of its time: a LatLng per vertex, then on every move and zoom
 * Leaflet projects, clips and simplifies each again and writes it anew. Leaflet's SVG renderer
 * still holds the group, so it is placed and animated with the map as Leaflet's own paths are;
 * the borders keep their width (non-scaling stroke). Only for solid strokes: a dashed line is
 * dashed along its whole length, which zoomed in is millions of pixels at every frame.
 */
import type { Position } from 'geojson';
import * as L from './leaflet.js';

/** Leaflet's spherical Mercator clamps latitudes here too. */
const MAX_LATITUDE = 85.0511287798;
/** The world's width in pixels at zoom 0 (Leaflet's tile size). */
const WORLD = 256;
/** The paths' unit: 1/4096 of a pixel at zoom 0, one pixel at the widget's deepest zoom (12), as
 *  fine as Leaflet, which rounds its paths to whole pixels. Whole numbers, and each vertex written
 *  as a step from the one before, make a shorter path, faster to write and to read. */
const UNIT = 4096;

/** Where Leaflet's EPSG:3857 puts a longitude and latitude, in pixels at zoom 0 (unrounded):
 *  its spherical Mercator written out, without a LatLng and two Points per vertex
 *  (test/map/land-layer.test.ts holds it to Leaflet's, within a pixel, zooms 1.5–12). */
function worldPixel(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return [WORLD * (lon / 360 + 0.5), WORLD * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI))];
}

/** Rings of [longitude, latitude] points, in units of UNIT: "M x yl dx dy dx dy …z" each. */
export function worldPath(rings: Iterable<readonly Position[]>): string {
  const parts: string[] = [];
  for (const ring of rings) {
    let d = '';
    let [px, py] = [0, 0];
    for (const [lon = 0, lat = 0] of ring) {
      const [fx, fy] = worldPixel(lon, lat);
      const [x, y] = [Math.round(fx * UNIT), Math.round(fy * UNIT)];
      d += d ? `${x - px} ${y - py} ` : `M${x} ${y}l`;
      [px, py] = [x, y];
    }
    if (d) parts.push(`${d}z`);
  }
  return parts.join('');
}

/** A shape drawn at the same size at every zoom (a small country's dot), at a [longitude,
 *  latitude]: moved with the map, not scaled. */
export interface WorldDot {
  readonly at: Position;
  readonly element: SVGElement;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with these attributes. */
export function svgShape(name: 'path' | 'circle' | 'g', attributes: Record<string, string | number>): SVGElement {
  const shape = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) shape.setAttribute(key, String(value));
  return shape;
}

/** An SVG path with these attributes, Leaflet's round joins (its shapes are closed, so no caps),
 *  and a stroke that keeps its width whatever the zoom. */
export const svgPath = (attributes: Record<string, string | number>): SVGElement =>
  svgShape('path', { 'stroke-linejoin': 'round', 'vector-effect': 'non-scaling-stroke', ...attributes });

/** Paths written by worldPath, and dots over them, in a pane of the map. With `clicked`, a click
 *  on one of them (one with the class leaflet-interactive: Leaflet's styles let only those take the
 *  pointer) calls it, through the map's own click, which Leaflet holds back after a drag. */
export class WorldPaths extends L.Layer {
  readonly #renderer: L.Renderer;
  /** The paths' group, scaled; the dots are beside it, moved only. */
  readonly #group = document.createElementNS(SVG_NS, 'g');
  /** The paths' group and the dots: what the renderer holds. */
  readonly #all = document.createElementNS(SVG_NS, 'g');
  /** The dots, and where each is in pixels at zoom 0. */
  readonly #dots: { readonly element: SVGElement; readonly x: number; readonly y: number }[];
  readonly #clicked: ((path: Element) => void) | undefined;

  constructor(
    pane: string,
    paths: readonly SVGElement[],
    { dots = [], clicked }: { readonly dots?: readonly WorldDot[]; readonly clicked?: (path: Element) => void } = {},
  ) {
    super();
    this.#renderer = L.svg({ pane, padding: 0.5 });
    this.#group.append(...paths);
    this.#dots = dots.map(({ at: [lon = 0, lat = 0], element }) => {
      const [x, y] = worldPixel(lon, lat);
      return { element, x, y };
    });
    this.#all.append(this.#group, ...dots.map((d) => d.element));
    this.#clicked = clicked;
  }

  override onAdd(map: L.Map): this {
    map.addLayer(this.#renderer);
    // The renderer's own group (Leaflet makes a new one each time it is added): the finer coasts
    // clip the land's, as they clipped the group Leaflet's paths were in.
    (this.#renderer as unknown as { _rootGroup: SVGGElement })._rootGroup.append(this.#all);
    this.#renderer.on('update', this.#place);
    if (this.#clicked) map.on('click', this.#click);
    this.#place();
    return this;
  }

  override onRemove(map: L.Map): this {
    this.#renderer.off('update', this.#place);
    map.off('click', this.#click);
    map.removeLayer(this.#renderer);
    this.#all.remove();
    return this;
  }

  readonly #click = (e: L.LeafletMouseEvent): void => {
    const target = e.originalEvent.target;
    if (!(target instanceof Element) || !this.#all.contains(target)) return;
    const path = target.closest('.leaflet-interactive');
    if (path) this.#clicked?.(path);
  };

  /** After each move or zoom (the renderer's update): the renderer's coordinates are Leaflet's
   *  layer pixels, the zoom-0 pixel scaled by 2^zoom, less the pixel origin. */
  readonly #place = (): void => {
    const map = this._map;
    const scale = map.getZoomScale(map.getZoom(), 0);
    const origin = map.getPixelOrigin();
    this.#group.setAttribute('transform', `matrix(${scale / UNIT} 0 0 ${scale / UNIT} ${-origin.x} ${-origin.y})`);
    for (const { element, x, y } of this.#dots) element.setAttribute('transform', `translate(${x * scale - origin.x} ${y * scale - origin.y})`);
  };
}
