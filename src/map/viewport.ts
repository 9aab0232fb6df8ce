import { consortium } from '../data/selectors.js';
import type { Partner, Project } from '../data/types.js';
import { countryMainBounds } from '../data/world.js';
import * as L from './leaflet.js';
import type { Insets, MapInput } from './map-input.js';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface View {
  readonly lat: number;
  readonly lng: number;
  readonly zoom: number;
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
    const points: L.LatLngExpression[] = [];
    if (input.layers.includes('consortia')) for (const { partner: p } of input.selection.partners) points.push([p.position[1], p.position[0]]);
    if (input.layers.includes('events')) for (const e of input.selection.events) points.push([e.position[1], e.position[0]]);
    if (!points.length) return this.fitWorld(input, animate);
    this.fit(points, animate);
  }

  /** Fits everything visible, the target markets included (the inset's "whole world"). */
  fitWorld(input: MapInput, animate = true): void {
    const points: L.LatLngExpression[] = input.selection.partners.map(({ partner: p }) => [p.position[1], p.position[0]]);
    if (input.layers.includes('reach')) for (const m of input.selection.markets) points.push(...(countryMainBounds(m.country) ?? []));
    if (input.layers.includes('events')) for (const e of input.selection.events) points.push([e.position[1], e.position[0]]);
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
    // Keep the data clear of the overlays (legend, details, tour bar, reach inset) while that
    // leaves room to see: in a small box the smaller overlays give way first.
    const insets = this.insets();
    const room = (a: number, b: number, whole: number) => (whole - a - b >= 160 ? [a, b] : whole - Math.max(a, b) >= 160 ? (a > b ? [a, 0] : [0, b]) : [0, 0]);
    const [left = 0, right = 0] = room(insets.left, insets.right, size.x);
    const [top = 0, bottom = 0] = room(insets.top, insets.bottom, size.y);
    map.fitBounds(L.latLngBounds(points), {
      paddingTopLeft: [16 + left, 16 + top],
      paddingBottomRight: [56 + right, 16 + bottom],
      maxZoom: 7,
      animate: animate && !reducedMotion(),
    });
  }

  private flushFit(): void {
    const pending = this.pendingFit;
    this.pendingFit = undefined;
    if (pending) this.fit(pending.points, pending.animate);
  }
}
