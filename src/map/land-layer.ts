/**
 * The 110m land as one SVG path, projected once per page. Drawn as Leaflet polygons, the ~175
 * countries cost the start a good part of its time: a LatLng per vertex, then on every move and
 * zoom Leaflet projects, clips and simplifies each again and writes its outline anew. The land is
 * neither clickable nor styled per country, so it needs none of that: its outline is written once,
 * in pixels of the whole world at zoom 0, and a transform on its group scales it to the zoom and
 * moves it to Leaflet's pixel origin. Leaflet's SVG renderer still holds it, so it is placed and
 * animated with the map as Leaflet's own paths are.
 */
import { countries } from '../data/world.js';
import { LAND } from '../graphics/tokens.js';
import * as L from './leaflet.js';

/** Leaflet's spherical Mercator clamps latitudes here too. */
const MAX_LATITUDE = 85.0511287798;
/** The world's width in pixels at zoom 0 (Leaflet's tile size). */
const WORLD = 256;
/** The outline's unit: 1/4096 of a pixel at zoom 0, one pixel at the widget's deepest zoom (12),
 *  as fine as Leaflet, which rounds its paths to whole pixels. Whole numbers, and each vertex
 *  written as a step from the one before, make a shorter outline, faster to write and to read. */
const UNIT = 4096;

/** Where Leaflet's EPSG:3857 puts a longitude and latitude, in pixels at zoom 0 (unrounded). */
export function worldPixel(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return [WORLD * (lon / 360 + 0.5), WORLD * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI))];
}

let outline: string | undefined;

/** Every country's rings as one path (the countries meet but never overlap, so even-odd fills
 *  each once and leaves their holes), in units of UNIT: "M x yl dx dy dx dy …z". */
export function landOutline(): string {
  if (outline !== undefined) return outline;
  const parts: string[] = [];
  for (const { geometry } of countries().all) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    for (const polygon of polygons)
      for (const ring of polygon) {
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
  }
  return (outline = parts.join(''));
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export class LandLayer extends L.Layer {
  readonly #renderer = L.svg({ pane: 'pm-base', padding: 0.5 });
  readonly #group = document.createElementNS(SVG_NS, 'g');

  constructor(withTiles: boolean) {
    super();
    const path = document.createElementNS(SVG_NS, 'path');
    // Over raster tiles only the borders are drawn (the class takes the fill away).
    path.setAttribute('class', withTiles ? 'pm-land pm-land-over-tiles' : 'pm-land');
    path.setAttribute('d', landOutline());
    path.setAttribute('fill-rule', 'evenodd');
    path.setAttribute('stroke-width', String(LAND.weight));
    path.setAttribute('stroke-linejoin', 'round');
    // The group's scale would widen the borders with the zoom; they stay as thin as Leaflet drew them.
    path.setAttribute('vector-effect', 'non-scaling-stroke');
    this.#group.append(path);
  }

  override onAdd(map: L.Map): this {
    map.addLayer(this.#renderer);
    // The renderer's own group (Leaflet makes a new one each time it is added): the finer coasts
    // clip it, as they clip the group Leaflet's paths are in.
    (this.#renderer as unknown as { _rootGroup: SVGGElement })._rootGroup.append(this.#group);
    this.#renderer.on('update', this.#place);
    this.#place();
    return this;
  }

  override onRemove(map: L.Map): this {
    this.#renderer.off('update', this.#place);
    map.removeLayer(this.#renderer);
    this.#group.remove();
    return this;
  }

  /** After each move or zoom (the renderer's update): the renderer's coordinates are Leaflet's
   *  layer pixels, the zoom-0 pixel scaled by 2^zoom, less the pixel origin. */
  readonly #place = (): void => {
    const map = this._map;
    const scale = map.getZoomScale(map.getZoom(), 0) / UNIT;
    const origin = map.getPixelOrigin();
    this.#group.setAttribute('transform', `matrix(${scale} 0 0 ${scale} ${-origin.x} ${-origin.y})`);
  };
}
