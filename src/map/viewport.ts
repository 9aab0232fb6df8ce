import { consortium } from '../data/selectors.js';
import { reducedMotion } from './create-map.js';
import type { LonLat, Partner, Project } from '../data/types.js';
import { countryMainBounds } from '../data/world.js';
import * as L from './leaflet.js';
import type { Insets, MapInput, Side } from './map-input.js';

/** Leaflet's own computation of a fit's centre and zoom (what fitBounds does before setView), and
 *  its pixel bounds of a view at another centre and zoom (documented, missing from its types). */
interface Fitting {
  _getBoundsCenterZoom(bounds: L.LatLngBounds, options: L.FitBoundsOptions): { center: L.LatLng; zoom: number };
  getPixelBounds(center?: L.LatLng, zoom?: number): L.Bounds;
}

/** How far (px) a fit keeps its points from an overlay: half a lead's mark and 5 px. */
const CLEAR = 18;

export interface View {
  readonly lat: number;
  readonly lng: number;
  readonly zoom: number;
}

/** The south-west and north-east corners of the box around the partners' and events' places:
 *  fitting them fits them all (100,000 partners were 100,000 points to make and bound, ~40 ms). */
function cornersOf(
  partners: readonly { readonly partner: { readonly position: LonLat } }[],
  events: readonly { readonly position: LonLat }[],
): L.LatLngTuple[] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = ([lon, lat]: LonLat) => {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  };
  for (const { partner } of partners) add(partner.position);
  for (const e of events) add(e.position);
  return west > east
    ? []
    : [
        [south, west],
        [north, east],
      ];
}

/** A map's view: what it fits and flies to, kept clear of the overlays the element reports. */
export class Viewport {
  /** Set when the view was fitted while the container had no size (inside display: none). */
  fitPending = false;
  /** The latest fit asked for during a zoom animation, done when it ends. */
  private pendingFit: { points: L.LatLngExpression[]; animate: boolean } | undefined;

  constructor(
    private readonly map: L.Map,
    private readonly insets: () => Insets,
  ) {}

  /** Fits the visible partners and events, large enough to read: the consortia are the story,
   *  and the markets far away are shown in the reach inset. Only without partners or events does
   *  it fit the markets. */
  fitAll(input: MapInput, animate = true): void {
    const points = cornersOf(input.layers.includes('consortia') ? input.selection.partners : [], input.layers.includes('events') ? input.selection.events : []);
    if (!points.length) return this.fitWorld(input, animate);
    this.fit(points, animate);
  }

  /** Fits everything visible, the target markets included (the inset's "whole world"). */
  fitWorld(input: MapInput, animate = true): void {
    const points = cornersOf(input.selection.partners, input.layers.includes('events') ? input.selection.events : []);
    if (input.layers.includes('reach')) for (const m of input.selection.markets) points.push(...(countryMainBounds(m.country) ?? []));
    this.fit(points, animate);
  }

  /** Fits one project's consortium, and its markets unless `withMarkets` is false. */
  focusProject(input: MapInput, project: Project, withMarkets = true): void {
    const points: L.LatLngExpression[] = consortium(input.data, project).map((p) => [p.position[1], p.position[0]]);
    if (withMarkets) for (const code of project.targetMarkets) points.push(...(countryMainBounds(code) ?? []));
    this.fit(points, true);
  }

  /** [lon, lat] → [x, y] in the map's pixels, as drawn now (for exports). */
  screenPoint(lon: number, lat: number): readonly [number, number] {
    const p = this.map.latLngToContainerPoint([lat, lon]);
    return [p.x, p.y];
  }

  size(): { width: number; height: number } {
    const s = this.map.getSize();
    return { width: s.x, height: s.y };
  }

  /** The view now, for links: centre and zoom. */
  current(): View | undefined {
    if (this.map.getSize().x === 0) return undefined;
    const c = this.map.getCenter();
    return { lat: c.lat, lng: c.lng, zoom: this.map.getZoom() };
  }

  /** The part of the world in view, as [west, south, east, north]; undefined before the map has a size. */
  bounds(): readonly [number, number, number, number] | undefined {
    if (this.map.getSize().x === 0) return undefined;
    const b = this.map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  /** Pans by fractions of the map's width and height. */
  panBy(dx: number, dy: number): void {
    const { x, y } = this.map.getSize();
    this.map.panBy([dx * x, dy * y], { animate: !reducedMotion() });
  }

  set(view: View): void {
    this.map.setView([view.lat, view.lng], view.zoom, { animate: false });
  }

  /** Flies to a partner at `zoom` (a jump under reduced motion), centring it in the part of the
   *  map that the details panel leaves uncovered. */
  flyTo(partner: Partner, zoom: number): void {
    const map = this.map;
    const insets = this.insets();
    const at = map.project(L.latLng(partner.position[1], partner.position[0]), zoom).add([(insets.right - insets.left) / 2, (insets.bottom - insets.top) / 2]);
    const to = map.unproject(at, zoom);
    if (reducedMotion() || map.getSize().x === 0) map.setView(to, zoom, { animate: false });
    else map.flyTo(to, zoom, { duration: 0.8 });
  }

  /** Fits again the points of the last fit (the box changed size). */
  refit(): void {
    if (this.lastFit) this.fit(this.lastFit, false);
  }

  /** Pans [lon, lat] to the middle of the uncovered part of the map if an overlay covers it. */
  reveal(lon: number, lat: number): void {
    const map = this.map;
    const size = map.getSize();
    const insets = this.insets();
    const p = map.latLngToContainerPoint([lat, lon]);
    const margin = 24;
    const inside = p.x >= insets.left + margin && p.x <= size.x - insets.right - margin && p.y >= insets.top + margin && p.y <= size.y - insets.bottom - margin;
    if (inside || size.x === 0) return;
    const to = L.point((insets.left + size.x - insets.right) / 2, (insets.top + size.y - insets.bottom) / 2);
    map.panBy(p.subtract(to), { animate: !reducedMotion() });
  }

  /** The points last fitted. */
  private lastFit: L.LatLngExpression[] | undefined;

  fit(points: L.LatLngExpression[], animate: boolean): void {
    const map = this.map;
    this.lastFit = points;
    // Leaflet ignores a new view asked for during a zoom animation (its _tryAnimatedZoom answers
    // "done"): quick tour steps would leave the map on an old one. Keep the latest request and
    // fit it once the animation has landed.
    if ((map as unknown as { _animatingZoom?: boolean })._animatingZoom) {
      if (!this.pendingFit) map.once('zoomend', () => this.flushFit());
      this.pendingFit = { points, animate };
      return;
    }
    this.pendingFit = undefined;
    const size = map.getSize();
    this.fitPending = size.x === 0 || size.y === 0;
    if (this.fitPending) return;
    if (!points.length) return void map.setView([30, 10], 2, { animate: false });
    // Keep the data clear of the overlays (legend, details, tour bar, reach inset): each along the
    // edge that, with the others, lets the data be drawn largest; in a box too small for that, the
    // data is fitted to the whole map.
    const bounds = L.latLngBounds(points);
    const { topLeft, bottomRight } = this.bestPadding(bounds, size);
    const options = { paddingTopLeft: topLeft, paddingBottomRight: bottomRight, maxZoom: 7 };
    const fitting = map as unknown as Fitting;
    const target = fitting._getBoundsCenterZoom(bounds, options);
    animate &&= !reducedMotion();
    if (!animate && target.zoom === map.getZoom()) {
      // At the same zoom, the map is moved by whole pixels to the top-left corner a fresh view
      // would have (the centre's pixel less half the size, rounded). Leaflet's own pan truncates:
      // a refit after a resize landed 1–2 px off a fresh view, by the order the box and the data
      // came in. A fit that lands where the map is (the reach inset arriving in the room kept for
      // it, the box observed for the first time) does not move it.
      const by = fitting.getPixelBounds(target.center, target.zoom).getTopLeft().subtract(fitting.getPixelBounds().getTopLeft());
      // A pan or flight still under way would go on from where it was (setView stops them too).
      map.stop();
      if (by.x || by.y) map.panBy(by, { animate: false });
      return;
    }
    map.setView(target.center, target.zoom, { animate });
  }

  /** The padding, among every way of keeping each overlay clear, that fits `bounds` at the deepest
   *  zoom while leaving at least 160 px each way; the map's own margins (16 px, 56 px for the zoom
   *  buttons on the right) are kept under the overlays, not added to them. */
  private bestPadding(bounds: L.LatLngBounds, size: L.Point): { topLeft: L.PointTuple; bottomRight: L.PointTuple } {
    const combos: Record<Side['side'], number>[] = [{ left: 0, right: 0, top: 0, bottom: 0 }];
    for (const options of this.insets().choices ?? []) {
      const next: Record<Side['side'], number>[] = [];
      for (const combo of combos) for (const { side, by } of options) next.push({ ...combo, [side]: Math.max(combo[side], by) });
      combos.splice(0, combos.length, ...next.slice(0, 64));
    }
    let best: { topLeft: L.PointTuple; bottomRight: L.PointTuple; zoom: number } | undefined;
    for (const c of combos) {
      // Past an overlay by a mark's half (a lead's mark is 26 px) and a little: a point fitted at
      // the edge of the pan buttons left its mark half under them.
      const [l, t, r, b] = [c.left, c.top, c.right, c.bottom].map((by) => (by ? by + CLEAR : 0)) as [number, number, number, number];
      const topLeft: L.PointTuple = [Math.max(16, l), Math.max(16, t)];
      const bottomRight: L.PointTuple = [Math.max(56, r), Math.max(16, b)];
      if (size.x - topLeft[0] - bottomRight[0] < 160 || size.y - topLeft[1] - bottomRight[1] < 160) continue;
      const zoom = this.map.getBoundsZoom(bounds, false, L.point(topLeft[0] + bottomRight[0], topLeft[1] + bottomRight[1]));
      if (!best || zoom > best.zoom) best = { topLeft, bottomRight, zoom };
    }
    return best ?? { topLeft: [16, 16], bottomRight: [56, 16] };
  }

  private flushFit(): void {
    const pending = this.pendingFit;
    this.pendingFit = undefined;
    if (pending) this.fit(pending.points, pending.animate);
  }
}
