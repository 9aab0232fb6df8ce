/**
 * The entry of the coasts chunk (dist/partner-map-coasts.js): the 50m land of Europe and its
 * neighbours, drawn over the 110m land past zoom 5 (fine-land.ts decides when). Inside the box the
 * 110m land is clipped away, so its coarse coast does not show through in the sea; outside it the
 * 110m land stays. Both clips are CSS clip paths in the SVG's own coordinates (Leaflet's layer
 * points), so they follow the drawing through zoom animations, and are set again after each move.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { fineArcs, fineTopology } from '../generated/basemap-fine.js';
import { unpackArcs } from '../data/world.js';
import { polygonsOf } from '../data/polygons.js';
import * as L from './leaflet.js';
import { polygons } from './shapes.js';
import { nextTask } from './tasks.js';

/** [[south, west], [north, east]], as fine-land.ts gives it. */
export type Box = [[number, number], [number, number]];

/** From this zoom on the fine land is drawn (fine-land.ts loads the chunk at the same zoom). */
const ZOOM = 5;
/** Between the 110m land (pm-base, 250) and the target markets (pm-reach, 300). */
const PANE = 'pm-coasts';
/** Parts of ~3,500 points, each drawn in a task of its own. */
const PARTS = 4;

let decoded: Feature<Geometry, null>[] | undefined;

function land(): Feature<Geometry, null>[] {
  if (!decoded) {
    const topology = { ...fineTopology, arcs: unpackArcs(fineArcs) };
    const fc: FeatureCollection<Geometry, null> = feature<null>(topology, topology.objects['land'] as GeometryCollection<null>);
    decoded = fc.features;
  }
  return decoded;
}

const points = (g: Geometry): number =>
  polygonsOf(g)
    .flat()
    .reduce((n, r) => n + r.length, 0);

/** The features in PARTS groups of about the same number of points. */
function parts(features: Feature<Geometry, null>[]): Feature<Geometry, null>[][] {
  const total = features.reduce((n, f) => n + points(f.geometry), 0);
  const out: Feature<Geometry, null>[][] = Array.from({ length: PARTS }, () => []);
  let sum = 0;
  for (const f of features) {
    out[Math.min(PARTS - 1, Math.floor((sum / total) * PARTS))]?.push(f);
    sum += points(f.geometry);
  }
  return out;
}

export class Coasts {
  private readonly group = L.layerGroup();
  /** The land in parts, made as they are first drawn. */
  private readonly layers: L.LayerGroup<L.Polygon>[] = [];
  private readonly options: L.PolylineOptions;
  /** Watches the 110m land's pane: a redraw (the tiles switched on or off) makes a new SVG there. */
  private readonly watcher: MutationObserver;
  private readonly base: HTMLElement | undefined;
  private readonly pane: HTMLElement;
  private shown = false;
  /** Counts shows and hides, so a chunked draw that a hide overtook stops. */
  private turn = 0;
  /** Whether the fine land is complete and the coarse land inside the box clipped away. */
  private complete = false;

  constructor(
    private readonly map: L.Map,
    private readonly box: Box,
  ) {
    this.pane = map.getPane(PANE) ?? map.createPane(PANE);
    this.pane.style.zIndex = '260';
    this.base = map.getPane('pm-base');
    const renderer = L.svg({ pane: PANE, padding: 0.5 });
    this.options = { pane: PANE, renderer, interactive: false, className: 'pm-land pm-land-fine', weight: 0.6, fillOpacity: 1 };
    this.watcher = new MutationObserver(() => this.clip());
    if (this.base) this.watcher.observe(this.base, { childList: true });
    map.on('viewreset moveend', this.clip);
    map.on('moveend', this.update);
    this.update();
  }

  /** The fine land at zoom 5 or more while the view reaches into the box; nothing drawn otherwise. */
  private readonly update = (): void => {
    const map = this.map;
    this.show(map.getZoom() >= ZOOM && map.getBounds().intersects(this.box));
  };

  /** Draws the fine land (in a few tasks, after each hide), or takes it away. */
  private show(on: boolean): void {
    if (on === this.shown) return;
    this.shown = on;
    const turn = ++this.turn;
    this.complete = false;
    if (!on) {
      this.group.clearLayers();
      this.group.remove();
      this.clip();
      return;
    }
    this.group.addTo(this.map);
    void this.draw(turn);
  }

  /** Decoding, then each part, in a task of its own: decoding and drawing all at once is a task
   *  of ~60 ms on a laptop. */
  private async draw(turn: number): Promise<void> {
    await nextTask();
    const all = parts(land());
    for (let i = 0; i < all.length; i++) {
      await nextTask();
      if (turn !== this.turn) return;
      const layer = (this.layers[i] ??= polygons(all[i] ?? [], this.options));
      layer.invoke('setStyle', { fillOpacity: this.overTiles ? 0 : 1 });
      this.group.addLayer(layer);
      this.clip();
    }
    if (turn !== this.turn) return;
    this.complete = true;
    this.clip();
  }

  private overTiles = false;

  /** Over raster tiles the land is only outlines, like the 110m land there. */
  private follow(): void {
    const overTiles = !!this.base?.querySelector('.pm-land-over-tiles');
    if (overTiles === this.overTiles) return;
    this.overTiles = overTiles;
    for (const layer of this.layers) layer.invoke('setStyle', { fillOpacity: overTiles ? 0 : 1 });
  }

  /** The fine land to the box, the coarse land to outside it; no clip on the coarse land while the
   *  fine land is hidden or still being drawn (so the box never shows empty). In user space, so
   *  `view-box`: the default reference box of an SVG element is its own bounding box. The paths
   *  stay within a few screens of the view: Chromium drops a clip whose coordinates are far off
   *  screen (±1e7 px clips nothing), and the renderers redraw only that far (padding 0.5). */
  private readonly clip = (): void => {
    const map = this.map;
    const size = map.getSize();
    const min = map.containerPointToLayerPoint([-2 * size.x, -2 * size.y]);
    const max = map.containerPointToLayerPoint([3 * size.x, 3 * size.y]);
    const [[south, west], [north, east]] = this.box;
    const a = map.latLngToLayerPoint([north, west]);
    const b = map.latLngToLayerPoint([south, east]);
    const x = (v: number) => Math.round(Math.min(max.x, Math.max(min.x, v)));
    const y = (v: number) => Math.round(Math.min(max.y, Math.max(min.y, v)));
    const rect = `M${x(a.x)} ${y(a.y)}H${x(b.x)}V${y(b.y)}H${x(a.x)}Z`;
    for (const g of this.pane.querySelectorAll<SVGGElement>('svg > g')) g.style.clipPath = `path('${rect}') view-box`;
    const outside = this.complete ? `path(evenodd, 'M${x(min.x)} ${y(min.y)}H${x(max.x)}V${y(max.y)}H${x(min.x)}Z${rect}') view-box` : '';
    for (const g of this.base?.querySelectorAll<SVGGElement>('svg > g') ?? []) g.style.clipPath = outside;
    if (this.shown) this.follow();
  };

  remove(): void {
    ++this.turn;
    this.shown = false;
    this.complete = false;
    this.watcher.disconnect();
    this.map.off('viewreset moveend', this.clip);
    this.map.off('moveend', this.update);
    for (const g of this.base?.querySelectorAll<SVGGElement>('svg > g') ?? []) g.style.clipPath = '';
    this.group.clearLayers();
    this.group.remove();
  }
}
