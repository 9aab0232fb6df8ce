import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CollabEvent, Collaborations, LayerName, Partner, Project } from '../data/types.js';
import { consortium, isLead, type Selection, type VisiblePartner } from '../data/selectors.js';
import * as L from './leaflet.js';
import { countryMainBounds } from '../data/world.js';
import type { ProjectLook } from './colours.js';
import { LEAD_SIZE, MEMBER_SIZE, TARGET_SIZE, eventMark, partnerMark } from './marks.js';
import { spreadPoints } from './spread.js';
import type { ClusterInput } from './cluster/cluster-layer.js';
import type { ClusterIndex, ClusterItem } from './cluster/cluster-index.js';
import { MAX_ZOOM, loadCluster } from './cluster-loader.js';
import type { ClusterMode } from './cluster/cluster-mode.js';
import { MapLabel } from './map-label.js';
import { readingOrder } from './screen-order.js';
import { addLinks, addReach, landSteps } from './data-layers.js';
import { fineLand } from './fine-land.js';

/** Something the details panel can show. */
export type DetailsTarget =
  | { readonly kind: 'partner'; readonly partner: Partner }
  | { readonly kind: 'project'; readonly project: Project }
  | { readonly kind: 'country'; readonly country: string }
  | { readonly kind: 'event'; readonly event: CollabEvent }
  /** Partners that share one place even at the deepest zoom (a large network's group). */
  | { readonly kind: 'group'; readonly members: readonly VisiblePartner[]; readonly total: number };

/** What the map needs to draw: data and callbacks from the element, no state of its own. */
export interface MapInput {
  readonly data: Collaborations;
  readonly selection: Selection;
  readonly layers: readonly LayerName[];
  /** Project id → colour, shape and dashes. */
  readonly looks: ReadonlyMap<string, ProjectLook>;
  readonly tiles: string | undefined;
  /** Accessible name of a partner's marker: name, city and projects. */
  readonly partnerLabel: (visible: VisiblePartner) => string;
  readonly eventLabel: (event: CollabEvent) => string;
  /** Past this many visible partners, they are clustered on a canvas (leads stay marks). */
  readonly clusterThreshold: number;
  /** A group's accessible name: its count, its breakdown by project, and whether it opens by zooming. */
  readonly groupLabel: ClusterInput['groupLabel'];
  /** A group's short name, for its hover label. */
  readonly groupTip: (count: number) => string;
  /** A count as drawn inside a group: compact (1.2K), in the language in use. */
  readonly compact: (n: number) => string;
  /** A mark, country or link was chosen (click, or Enter on a focused mark). */
  readonly onSelect: (target: DetailsTarget, origin: HTMLElement | null) => void;
}

export interface MapHost extends ReactiveControllerHost, HTMLElement {
  /** The element Leaflet draws into, once rendered. */
  readonly mapContainer: HTMLElement | null;
  mapInput(): MapInput | undefined;
  /** Called after a complete draw of new data (and of the first data on a new map). */
  mapDrawn(): void;
  /** Space the overlays (legend, details) take at the map's edges, kept clear when fitting. */
  mapInsets(): Insets;
  /** A view to open at instead of fitting the data (restored from a link). */
  initialView(): { lat: number; lng: number; zoom: number } | undefined;
  /** The visitor moved or zoomed the map. */
  mapMoved(): void;
  /** How much bigger marks are drawn (presentation mode), 1 normally. */
  markScale(): number;
  /** The clustering module could not be loaded: the host says so; leads and events are still drawn. */
  clusterFailed(error: unknown): void;
}

export interface Insets {
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
}

/** Whether the partners are grouped on a canvas: shown, and more than the threshold. */
export const isClustered = (input: MapInput): boolean => input.layers.includes('consortia') && input.selection.partners.length > input.clusterThreshold;

const PANES = { base: 250, reach: 300, links: 410, arcs: 420, cluster: 450 } as const;

/** Marks closer than this (px) are spread apart so each stays visible and clickable: 24 px apart,
 *  every mark is a 24 px target (WCAG 2.5.8). At world scale (below COMPACT_ZOOM) the marks are
 *  drawn smaller, in the same 24 px targets, so the packed cluster reads lighter. */
const SPREAD_GAP = 24;
const COMPACT_ZOOM = 2;

/** Lets the browser render and handle input before going on (a new task, not a microtask). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

interface Mark {
  readonly marker: L.Marker;
  readonly home: L.LatLng;
}

/**
 * Owns the Leaflet map: creates it once the container is rendered, redraws when the element's
 * input changes, spreads overlapping marks, follows the container's size and disposes
 * everything when the element leaves.
 */
export class MapController implements ReactiveController {
  private map: L.Map | undefined;
  private resize: ResizeObserver | undefined;
  private drawn: MapInput | undefined;
  private readonly groups = new Map<string, L.LayerGroup>();
  private tileLayer: L.TileLayer | undefined;
  /** Finer coasts over Europe past zoom 5, from a chunk loaded then. */
  private fineLand: { remove(): void } | undefined;
  /** Partner and event marks by key (`partner:biocat`, `event:oncothon`). */
  private readonly marks = new Map<string, Mark>();
  private leaders: L.LayerGroup | undefined;
  /** Large networks: the canvas of groups and single partners, and the index it draws from. */
  private clusterMode: ClusterMode | undefined;
  private readonly label = new MapLabel();
  private selectedKey: string | undefined;
  /** The one mark in the Tab order (roving tabindex); arrows move it among the marks. */
  private tabStop: string | undefined;
  /** Set when the view was fitted while the container had no size (inside display: none). */
  private fitPending = false;
  /** The latest fit asked for during a zoom animation, done when it ends. */
  private pendingFit: { points: L.LatLngExpression[]; animate: boolean } | undefined;

  private flushFit(): void {
    const pending = this.pendingFit;
    this.pendingFit = undefined;
    if (pending) this.fit(pending.points, pending.animate);
  }
  /** Watches for the element coming near the viewport: until then no map is made. */
  private nearby: IntersectionObserver | undefined;
  private near = false;

  constructor(private readonly host: MapHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // A widget far below the fold, or in a closed tab, costs nothing until it comes near: the
    // map is made the first time the element is within a screen of the viewport.
    this.nearby = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.near = true;
        this.nearby?.disconnect();
        this.host.requestUpdate();
      },
      { rootMargin: '100% 0px' },
    );
    this.nearby.observe(this.host);
  }

  hostUpdated(): void {
    const container = this.host.mapContainer;
    if (!container || !this.host.isConnected || !this.near) return;
    if (!this.map) {
      // In a task of its own: the element's render that got here is one task already.
      if (!this.creating) {
        this.creating = true;
        setTimeout(() => {
          this.creating = false;
          const box = this.host.mapContainer;
          if (this.map || !box || !this.host.isConnected || !this.near) return;
          this.create(box);
          this.hostUpdated();
        }, 0);
      }
      return;
    }
    if (this.starting) return; // the data is drawn, latest input first, once the start is done
    const input = this.host.mapInput();
    if (!input || input === this.drawn) return;
    if (this.baseTiles === undefined) void this.start(input);
    else this.draw(input);
  }

  private creating = false;
  /** While the first view and the basemap are drawn, in tasks of their own. */
  private starting = false;
  /** The tiles URL the basemap was drawn for ('' for none); undefined until it is drawn. */
  private baseTiles: string | undefined;

  /**
   * The first drawing, in eight tasks, so that none blocks the host page for long (a guest's long
   * tasks count against the host's responsiveness): the view, the ~175 countries in three parts,
   * then the data as it is by then: markets, links, marks, their spreading (a large network's in
   * one go). Fitting before drawing also means projecting everything once.
   */
  private async start(input: MapInput): Promise<void> {
    const map = this.map;
    this.starting = true;
    this.drawn = input;
    // A large network starts with seconds of work whatever we do (validating, indexing): there,
    // the frames between steps would only make it later, so the steps run on.
    const pause = input.selection.partners.length > input.clusterThreshold ? () => Promise.resolve() : nextTask;
    const restored = this.host.initialView();
    if (restored) this.setView(restored);
    else this.fitAll(false);
    this.drawTiles(input.tiles);
    for (const step of this.baseSteps(input.tiles !== undefined)) {
      await pause();
      if (this.map !== map) return;
      step();
    }
    this.baseTiles = input.tiles ?? '';
    this.drawn = undefined;
    const latest = this.host.mapInput() ?? input;
    if (latest.tiles !== input.tiles) this.draw(latest);
    else {
      for (const step of this.dataSteps(latest)) {
        await pause();
        if (this.map !== map) return;
        step();
      }
    }
    this.starting = false;
    // Anything asked for while starting (a filter, a language) is drawn now.
    this.drawLatest();
  }

  private drawLatest(): void {
    const input = this.host.mapInput();
    if (input && input !== this.drawn) this.draw(input);
  }

  hostDisconnected(): void {
    this.dispose();
  }

  zoomIn(): void {
    this.map?.zoomIn();
  }

  zoomOut(): void {
    this.map?.zoomOut();
  }

  /** Fits the visible partners, markets and events. */
  fitAll(animate = true): void {
    const input = this.drawn;
    if (!input) return;
    const points: L.LatLngExpression[] = input.selection.partners.map(({ partner: p }) => [p.position[1], p.position[0]]);
    if (input.layers.includes('reach')) for (const m of input.selection.markets) points.push(...(countryMainBounds(m.country) ?? []));
    if (input.layers.includes('events')) for (const e of input.selection.events) points.push([e.position[1], e.position[0]]);
    this.fit(points, animate);
  }

  /** Fits one project's consortium, and its markets unless `withMarkets` is false. */
  focusProject(project: Project, withMarkets = true): void {
    const input = this.drawn;
    if (!input) return;
    const points: L.LatLngExpression[] = consortium(input.data, project).map((p) => [p.position[1], p.position[0]]);
    if (withMarkets) for (const code of project.targetMarkets) points.push(...(countryMainBounds(code) ?? []));
    this.fit(points, true);
  }

  /** [lon, lat] → [x, y] in the map's pixels, as drawn now (for exports). */
  screenPoint(lon: number, lat: number): readonly [number, number] {
    const p = this.map?.latLngToContainerPoint([lat, lon]);
    return p ? [p.x, p.y] : [0, 0];
  }

  /** Where each mark is drawn now, after spreading, in the map's pixels. */
  markPoints(): Map<string, readonly [number, number]> {
    const out = new Map<string, readonly [number, number]>();
    const map = this.map;
    if (!map) return out;
    for (const [key, m] of this.marks) {
      const p = map.latLngToContainerPoint(m.marker.getLatLng());
      out.set(key, [p.x, p.y]);
    }
    return out;
  }

  size(): { width: number; height: number } {
    const s = this.map?.getSize();
    return { width: s?.x ?? 0, height: s?.y ?? 0 };
  }

  /** The view now, for links: centre and zoom. */
  currentView(): { lat: number; lng: number; zoom: number } | undefined {
    if (!this.map || this.map.getSize().x === 0) return undefined;
    const c = this.map.getCenter();
    return { lat: c.lat, lng: c.lng, zoom: this.map.getZoom() };
  }

  setView(view: { lat: number; lng: number; zoom: number }): void {
    this.map?.setView([view.lat, view.lng], view.zoom, { animate: false });
  }

  /** Flies to a partner (a jump under reduced motion), centring it in the part of the map that
   *  the details panel leaves uncovered. */
  flyTo(partner: Partner): void {
    const map = this.map;
    if (!map) return;
    // In a large network, deep enough for the partner to stand out of its group.
    const near = Math.max(map.getZoom(), 6);
    const zoom = Math.min(MAX_ZOOM, this.clusterMode?.revealZoom(partner.id, near) ?? near);
    const insets = this.host.mapInsets();
    const at = map.project(L.latLng(partner.position[1], partner.position[0]), zoom).add([insets.right / 2, insets.bottom / 2]);
    const to = map.unproject(at, zoom);
    if (reducedMotion() || map.getSize().x === 0) map.setView(to, zoom, { animate: false });
    else map.flyTo(to, zoom, { duration: 0.8 });
  }

  markElement(key: string): HTMLElement | undefined {
    return this.marks.get(key)?.marker.getElement();
  }

  /** Large networks: what the canvas draws now (groups and single partners), in the map's pixels. */
  clusterItems(): readonly { readonly item: ClusterItem; readonly x: number; readonly y: number; readonly r: number }[] {
    return this.clusterMode?.items() ?? [];
  }

  /** Large networks: the partners of a group as drawn now. */
  drawnClusterIndex(): ClusterIndex | undefined {
    return this.clusterMode?.drawnIndex;
  }

  /** Spreads the marks and draws the canvas again after a change of theme or of mark scale
   *  (presentation mode). */
  restyle(): void {
    // Only with a canvas to paint: reading the mark scale costs a style recalculation.
    if (!this.map || !this.drawn) return; // nothing drawn yet (and reading the scale costs a style recalculation)
    this.scaleFactor = this.host.markScale();
    this.spread();
    if (this.clusterMode?.active) this.clusterMode.restyle(this.scaleFactor);
  }

  /** Rings the selected mark (`partner:id` or `event:id`), without redrawing anything. */
  setSelected(key: string | undefined): void {
    if (key === this.selectedKey) return;
    if (this.selectedKey) this.markElement(this.selectedKey)?.classList.remove('pm-selected');
    this.selectedKey = key;
    if (key) this.markElement(key)?.classList.add('pm-selected');
    this.clusterMode?.setSelected(key?.startsWith('partner:') ? key.slice(8) : undefined);
  }

  private fit(points: L.LatLngExpression[], animate: boolean): void {
    if (!this.map) return;
    // Leaflet ignores a new view asked for during a zoom animation (its _tryAnimatedZoom answers
    // "done"): quick tour steps would leave the map on an old one. Keep the latest request and
    // fit it once the animation has landed.
    if ((this.map as unknown as { _animatingZoom?: boolean })._animatingZoom) {
      if (!this.pendingFit) this.map.once('zoomend', () => this.flushFit());
      this.pendingFit = { points, animate };
      return;
    }
    this.pendingFit = undefined;
    const size = this.map.getSize();
    this.fitPending = size.x === 0 || size.y === 0;
    if (this.fitPending) return;
    if (!points.length) return void this.map.setView([30, 10], 2, { animate: false });
    // Keep the data clear of the details panel, and of the legend while that leaves room to see.
    const insets = this.host.mapInsets();
    const left = size.x - insets.right - insets.left >= 200 ? insets.left : 0;
    this.map.fitBounds(L.latLngBounds(points), {
      paddingTopLeft: [24 + left, 24],
      paddingBottomRight: [56 + insets.right, 24 + insets.bottom],
      maxZoom: 7,
      animate: animate && !reducedMotion(),
    });
  }

  private create(container: HTMLElement): void {
    // Each map gets a fresh element of its own: Leaflet leaves its event bookkeeping on the
    // element it was given (keys set to null, never deleted), which would grow on every remount.
    const surface = document.createElement('div');
    surface.className = 'map-surface';
    container.append(surface);
    const map = L.map(surface, {
      zoomControl: false, // ours are Lit buttons with translated names
      attributionControl: false, // rendered by the element as text, never as HTML
      worldCopyJump: false,
      trackResize: false, // a ResizeObserver follows the container, not just the window
      minZoom: 0, // a phone-sized widget needs the whole world in 256 px
      maxZoom: MAX_ZOOM,
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      keyboardPanDelta: 120,
      zoomAnimation: !reducedMotion(),
      fadeAnimation: !reducedMotion(),
      markerZoomAnimation: !reducedMotion(),
    });
    for (const [name, z] of Object.entries(PANES)) {
      const pane = map.createPane(`pm-${name}`);
      pane.style.zIndex = String(z);
    }
    map.setView([35, 10], 2, { animate: false });
    map.on('zoomend', () => this.spread());
    map.on('movestart zoomstart', () => this.hideLabel());
    map.on('moveend', () => this.host.mapMoved());
    this.map = map;
    this.fineLand = fineLand(map);
    this.resize = new ResizeObserver(() => {
      map.invalidateSize({ animate: false });
      // A map that started hidden (a closed tab) fits its data the first time it has a size.
      if (this.fitPending) this.fitAll(false);
      this.spread();
    });
    this.resize.observe(container);
  }

  private dispose(): void {
    this.nearby?.disconnect();
    this.nearby = undefined;
    this.near = false;
    this.resize?.disconnect();
    this.resize = undefined;
    this.fineLand?.remove();
    this.fineLand = undefined;
    if (this.map) {
      // Leaflet finishes a zoom animation from a 250 ms timer that it does not cancel on remove();
      // on a removed map that timer throws. Marking the animation done makes the timer a no-op.
      (this.map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
      this.map.stop();
      this.map.remove();
      this.map.getContainer().remove();
    }
    this.map = undefined;
    this.drawn = undefined;
    this.starting = false;
    this.baseTiles = undefined;
    this.groups.clear();
    this.marks.clear();
    this.leaders = undefined;
    this.clusterMode = undefined; // its layer went with the map
    this.label.reset();
    this.tileLayer = undefined;
    this.tilesUrl = undefined;
    this.selectedKey = undefined;
  }

  /** A fresh group per layer on each draw: the data is small, and nothing stale can survive. */
  private group(name: string): L.LayerGroup {
    this.groups.get(name)?.remove();
    const g = L.layerGroup().addTo(this.map as L.Map);
    this.groups.set(name, g);
    return g;
  }

  private draw(input: MapInput): void {
    this.drawTiles(input.tiles);
    if (this.baseTiles !== (input.tiles ?? '')) {
      for (const step of this.baseSteps(input.tiles !== undefined)) step();
      this.baseTiles = input.tiles ?? '';
    }
    for (const step of this.dataSteps(input)) step();
  }

  /** Drawing the data, in four steps that may run in tasks of their own (see start). */
  private dataSteps(input: MapInput): (() => void)[] {
    const newData = this.drawn?.data !== input.data;
    this.drawn = input;
    const shown = (layer: LayerName) => input.layers.includes(layer);
    // A large network is clustered on a canvas; its leads (and events) stay marks of their own.
    const clustered = isClustered(input);
    return [
      () => this.drawReach(shown('reach') ? input : undefined),
      () => this.drawLinks(shown('consortia') && !clustered ? input : undefined),
      () => this.drawMarks(input, clustered),
      () => this.settleMarks(input, clustered, newData),
    ];
  }

  private drawMarks(input: MapInput, clustered: boolean): void {
    const shown = (layer: LayerName) => input.layers.includes(layer);
    // Read before the marks change the page: reading it after would force a style recalculation.
    this.scaleFactor = this.host.markScale();
    this.marks.clear();
    this.drawPartners(shown('consortia') ? input : undefined, clustered);
    this.drawEvents(shown('events') ? input : undefined);
  }

  /** How much larger marks are drawn (presentation mode), as read at the last draw or restyle. */
  private scaleFactor = 1;

  /** Spreads the marks, sets the Tab stop and the selection, and says the map is ready. */
  private settleMarks(input: MapInput, clustered: boolean, newData: boolean): void {
    this.leaders = this.group('leaders');
    this.spread();
    // One mark in the Tab order: the one that had it if still drawn, else the first in reading order.
    const stop = this.tabStop && this.marks.has(this.tabStop) ? this.tabStop : this.readingOrder()[0];
    this.tabStop = undefined;
    this.setTabStop(stop);
    const selected = this.selectedKey;
    this.selectedKey = undefined;
    this.setSelected(selected);
    this.readyPending ||= newData;
    if (clustered) this.drawClusters(input);
    else {
      this.clusterMode?.remove();
      this.ready();
    }
  }

  /** Set by a draw of new data until it is complete (with a clustered canvas: once that is drawn). */
  private readyPending = false;

  private ready(): void {
    if (!this.readyPending) return;
    this.readyPending = false;
    this.host.mapDrawn();
  }

  /** Clusters the partners that are not leads and draws them on a canvas; a newer draw, or the
   *  map's disposal, while the clustering module loads leaves this one undone. */
  private drawClusters(input: MapInput): void {
    const map = this.map;
    if (!map) return;
    const request = {
      selection: input.selection,
      looks: input.looks,
      scale: this.scaleFactor,
      partnerLabel: input.partnerLabel,
      groupLabel: input.groupLabel,
      groupTip: input.groupTip,
      compact: input.compact,
      onPartner: (v: VisiblePartner, origin: HTMLElement | null) => input.onSelect({ kind: 'partner', partner: v.partner }, origin),
      onGroup: (members: readonly VisiblePartner[], total: number, origin: HTMLElement | null) => input.onSelect({ kind: 'group', members, total }, origin),
      showLabel: (x: number, y: number, text: string) => this.label.showAt(map.getContainer(), x, y, text),
      hideLabel: () => this.label.hide(),
    };
    loadCluster().then(
      ({ ClusterMode }) => {
        if (this.drawn !== input || this.map !== map) return;
        const mode = (this.clusterMode ??= new ClusterMode());
        mode.setSelected(this.selectedKey?.startsWith('partner:') ? this.selectedKey.slice(8) : undefined);
        mode.draw(map, request);
        this.ready();
      },
      (error: unknown) => {
        if (this.drawn !== input) return;
        this.host.clusterFailed(error);
        this.ready();
      },
    );
  }

  /**
   * Moves overlapping marks apart on screen (Barcelona: Biocat, VHIO, the ONCO Emergence Forum;
   * L'Hospitalet: ICO), with a hairline from each moved mark to its true place.
   */
  private spread(): void {
    const map = this.map;
    if (!map || !this.leaders || map.getSize().x === 0) return;
    this.leaders.clearLayers();
    const compact = map.getZoom() < COMPACT_ZOOM;
    map.getContainer().classList.toggle('pm-compact', compact);
    const marks = [...this.marks.values()];
    const homes = marks.map((m) => map.latLngToLayerPoint(m.home));
    const spread = spreadPoints(homes, SPREAD_GAP * this.scaleFactor);
    marks.forEach((mark, i) => {
      const home = homes[i] as L.Point;
      const to = spread[i] ?? home;
      const moved = Math.hypot(to.x - home.x, to.y - home.y) > 0.5;
      const at = moved ? map.layerPointToLatLng(L.point(to.x, to.y)) : mark.home;
      mark.marker.setLatLng(at);
      if (moved) {
        L.polyline([mark.home, at], { pane: 'pm-arcs', className: 'pm-leader', weight: 1, color: '#57606a', opacity: 0.8, interactive: false }).addTo(
          this.leaders as L.LayerGroup,
        );
        L.circleMarker(mark.home, { pane: 'pm-arcs', className: 'pm-home', radius: 2, weight: 0, fillColor: '#57606a', fillOpacity: 0.9, interactive: false }).addTo(
          this.leaders as L.LayerGroup,
        );
      }
    });
  }

  /** Raster tiles under the data, when the host gives a URL; the tile layer's code loads then. */
  private drawTiles(url: string | undefined): void {
    if (url === this.tilesUrl) return;
    this.tilesUrl = url;
    this.tileLayer?.remove();
    this.tileLayer = undefined;
    if (!url) return;
    void import('./tiles.js').then(({ tileLayer }) => {
      if (this.tilesUrl !== url || !this.map) return;
      this.tileLayer = tileLayer(url, { maxZoom: 19, crossOrigin: true }).addTo(this.map);
    });
  }

  private tilesUrl: string | undefined;

  /** The countries, in three parts (three tasks at start). */
  private baseSteps(withTiles: boolean): (() => void)[] {
    return landSteps(this.group('base'), withTiles);
  }

  private drawReach(input: MapInput | undefined): void {
    const reach = this.group('reach');
    const arcs = this.group('arcs');
    if (input) addReach(reach, arcs, input);
  }

  private drawLinks(input: MapInput | undefined): void {
    const g = this.group('links');
    if (input) addLinks(g, input);
  }

  /** A keyboard-focusable mark with an accessible name, a hover label and a selection callback. */
  private addMark(g: L.LayerGroup, key: string, position: readonly [number, number], icon: L.DivIcon, label: string, tip: string, select: (origin: HTMLElement | null) => void, z: number): void {
    const home = L.latLng(position[1], position[0]);
    const marker = L.marker(home, { icon, keyboard: true, riseOnHover: true, zIndexOffset: z });
    marker.on('add', () => {
      const el = marker.getElement();
      if (!el) return;
      el.setAttribute('aria-label', label);
      el.setAttribute(`data-${key.split(':')[0] ?? ''}`, key.slice(key.indexOf(':') + 1));
      el.tabIndex = key === this.tabStop ? 0 : -1;
      el.addEventListener('focus', () => {
        this.setTabStop(key);
        this.showLabel(marker, tip);
      });
      el.addEventListener('blur', () => this.hideLabel());
      el.addEventListener('mouseenter', () => this.showLabel(marker, tip));
      el.addEventListener('mouseleave', () => this.hideLabel());
      el.addEventListener('keydown', (e) => this.onMarkKey(e, key, () => select(el)));
    });
    marker.on('click', () => select(marker.getElement() ?? null));
    marker.addTo(g);
    this.marks.set(key, { marker, home });
  }

  /**
   * Keys on a focused mark. Enter and Space open its details (Leaflet acts on Enter only for
   * popups); arrows, Home and End move to the next, previous, first or last mark in reading order
   * (rows top to bottom, each left to right), and do not pan the map, as they do on the map itself.
   */
  private onMarkKey(e: KeyboardEvent, key: string, open: () => void): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open();
    } else if (e.key in step) {
      e.preventDefault();
      e.stopPropagation();
      const order = this.readingOrder();
      const at = order.indexOf(key);
      const by = step[e.key] ?? 0;
      const next = by === -Infinity ? order[0] : by === Infinity ? order.at(-1) : order[Math.min(order.length - 1, Math.max(0, at + by))];
      if (next) this.focusMark(next);
    }
  }

  /** Mark keys in reading order of where they are drawn now. */
  private readingOrder(): string[] {
    const map = this.map;
    if (!map) return [];
    return readingOrder(this.marks, ([, m]) => map.latLngToContainerPoint(m.marker.getLatLng())).map(([key]) => key);
  }

  private showLabel(marker: L.Marker, text: string): void {
    const mark = marker.getElement();
    if (this.map && mark) this.label.showOver(this.map.getContainer(), mark, text);
  }

  private hideLabel(): void {
    this.label.hide();
  }

  /** Focuses a mark without letting the browser scroll the map's box, panning it into view instead. */
  focusMark(key: string): void {
    const mark = this.marks.get(key);
    const el = mark?.marker.getElement();
    if (!mark || !el || !this.map) return;
    this.setTabStop(key);
    this.map.panInside(mark.marker.getLatLng(), { padding: [32, 32], animate: !reducedMotion() });
    el.focus({ preventScroll: true });
  }

  private setTabStop(key: string | undefined): void {
    if (key === this.tabStop) return;
    if (this.tabStop) {
      const old = this.markElement(this.tabStop);
      if (old) old.tabIndex = -1;
    }
    this.tabStop = key;
    const el = key ? this.markElement(key) : undefined;
    if (el) el.tabIndex = 0;
  }

  private drawPartners(input: MapInput | undefined, clustered: boolean): void {
    const g = this.group('partners');
    if (!input) return;
    for (const visible of input.selection.partners) {
      const { partner, roles } = visible;
      const lead = isLead(visible);
      if (clustered && !lead) continue;
      const size = Math.max(TARGET_SIZE, lead ? LEAD_SIZE : MEMBER_SIZE);
      const glyph = partnerMark(roles.map((r) => input.looks.get(r.project.id) ?? { colour: '#333', shape: 0, dash: '' }), lead);
      const icon = L.divIcon({ html: glyph, className: `pm-partner${lead ? ' pm-lead' : ''}`, iconSize: [size, size] });
      this.addMark(g, `partner:${partner.id}`, partner.position, icon, input.partnerLabel(visible), `${partner.shortName} · ${partner.city}`, (origin) => input.onSelect({ kind: 'partner', partner }, origin), lead ? 500 : 0);
    }
  }

  private drawEvents(input: MapInput | undefined): void {
    const g = this.group('events');
    if (!input) return;
    for (const event of input.selection.events) {
      const icon = L.divIcon({ html: eventMark(input.looks.get(event.project)?.colour ?? '#333'), className: 'pm-event', iconSize: [TARGET_SIZE, TARGET_SIZE] });
      this.addMark(g, `event:${event.id}`, event.position, icon, input.eventLabel(event), event.name, (origin) => input.onSelect({ kind: 'event', event }, origin), 1000);
    }
  }
}
