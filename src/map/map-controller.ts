import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Partner, Project } from '../data/types.js';
import { reachSteps } from '../graphics/merged-reach.js';
import * as L from './leaflet.js';
import type { ClusterItem, ClusterSource } from './cluster/cluster-source.js';
import { MAX_ZOOM } from './cluster-loader.js';
import { ClusterSlot } from './cluster-slot.js';
import { TileSlot } from './tile-slot.js';
import { createMap, followSize, nameMap, removeMap, whenNear } from './create-map.js';
import { MapLabel } from './map-label.js';
import { DataLayers } from './data-layers.js';
import { Emphasis } from './emphasis.js';
import { isClustered, type MapInput, type MapOptions } from './map-input.js';
import { MarksLayer } from './marks-layer.js';
import { fineLand } from './fine-land.js';
import { Viewport, type View } from './viewport.js';
import { nextTask, runNow, runSteps, type Step } from './tasks.js';

/** How long (ms) the first drawing runs its steps in one task before it lets the page run. */
const STEP_BUDGET = 30;

/**
 * Owns the Leaflet map's life: creates it once the container is rendered and near the viewport,
 * draws the element's input in short tasks, follows the container's size and disposes everything
 * when the element leaves. The view is the Viewport's; the marks are the MarksLayer's; a large
 * network's groups are the cluster chunk's.
 */
export class MapController implements ReactiveController {
  private map: L.Map | undefined;
  private viewport: Viewport | undefined;
  private marks: MarksLayer | undefined;
  /** Stops following the container's size. */
  private resize: (() => void) | undefined;
  private drawn: MapInput | undefined;
  private layers: DataLayers | undefined;
  private readonly tiles = new TileSlot();
  /** Finer coasts over Europe past zoom 5, from a chunk loaded then. */
  private fineLand: { remove(): void } | undefined;
  /** Large networks: the canvas of groups and single partners, and the index it draws from. */
  private readonly cluster = new ClusterSlot();
  private readonly label = new MapLabel();
  /** Stops watching for the element coming near the viewport (until then no map is made). */
  private nearby: (() => void) | undefined;
  private near = false;
  private creating = false;
  /** While the first view and the basemap are drawn, in tasks of their own. */
  private starting = false;
  /** The tiles URL the basemap was drawn for ('' for none); undefined until it is drawn. */
  private baseTiles: string | undefined;
  /** The first data has been drawn (or is being drawn) on this map, its view fitted to it. */
  private dataStarted = false;
  /** How much larger marks are drawn (presentation mode), as read at the last draw or restyle. */
  private scaleFactor = 1;
  /** Set by a draw of new data until it is complete (with a clustered canvas: once that is drawn). */
  private readyPending = false;
  /** The project in focus, the selected mark's ring and a partner's co-links, kept for marks
   *  drawn later (a new map, new data). */
  readonly emphasis = new Emphasis(() => ({ map: this.map, marks: this.marks, cluster: this.cluster }));

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MapOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A widget far below the fold, or in a closed tab, costs nothing until it comes near.
    this.nearby = whenNear(this.host, () => {
      this.near = true;
      this.host.requestUpdate();
    });
  }

  hostUpdated(): void {
    const container = this.options.container();
    if (!container || !this.host.isConnected || !this.near) return;
    if (!this.map) {
      // In a task of its own: the element's render that got here is one task already.
      if (!this.creating) {
        this.creating = true;
        setTimeout(() => {
          this.creating = false;
          const box = this.options.container();
          if (this.map || !box || !this.host.isConnected || !this.near) return;
          this.create(box);
          this.hostUpdated();
        }, 0);
      }
      return;
    }
    const input = this.options.input();
    // The Tab stop's name follows the language at once, even while the start is drawing.
    if (input) nameMap(this.map, input.mapLabel, input.mapRole);
    if (this.starting) return; // the data is drawn, latest input first, once the start is done
    if (!input) {
      // The first data is on its way (a `src`, a large `data`): the land is drawn meanwhile, so
      // the visitor sees a map, not an empty sea, and it is not left to do once the data is here.
      const land = this.baseTiles === undefined ? this.options.landInput() : undefined;
      if (land) void this.start(land, false);
      return;
    }
    if (input === this.drawn) return;
    if (!this.dataStarted) void this.start(input);
    else this.draw(input);
  }

  /**
   * The first drawing, in short tasks, so that none blocks the host page for long (a guest's long
   * tasks count against the host's responsiveness): the view, the land (one path, see land-layer.ts),
   * then the data as it is by then: markets, links, marks, their grouping. Fitting before drawing
   * also means projecting everything once.
   */
  private async start(input: MapInput, withData = true): Promise<void> {
    const map = this.map;
    const current = () => this.map === map;
    this.starting = true;
    this.dataStarted ||= withData;
    if (withData) this.drawn = input;
    // Steps run on in one task for up to STEP_BUDGET ms, then pause: a large network's steps run
    // on without end made one task of over a second, and a pause after each short step let the
    // browser render after each (the bundled start was ~80 ms later to be ready).
    const pause = nextTask;
    // The view in a task of its own too, not in the element's update that got here: fitting
    // measures the overlays, which lays out the panels that update has just rendered.
    await pause();
    if (!current()) return;
    const restored = this.options.initialView();
    if (restored) this.setView(restored);
    else this.viewport?.fitAll(input, false);
    this.drawTiles(input);
    // The land, unless it was drawn while the data loaded (with the same tiles).
    if (this.baseTiles !== (input.tiles ?? '')) {
      if (!(await runSteps(this.layers?.baseSteps(input.tiles !== undefined) ?? [], pause, current, STEP_BUDGET))) return;
      this.baseTiles = input.tiles ?? '';
    }
    if (!withData) {
      // The land alone, in the view of an empty map (the world): the data, once here, starts again.
      this.starting = false;
      this.hostUpdated();
      return;
    }
    this.drawn = undefined;
    const latest = this.options.input() ?? input;
    if (latest.tiles !== input.tiles) this.draw(latest);
    else if (!(await runSteps(this.dataSteps(latest), pause, current, STEP_BUDGET))) return;
    this.starting = false;
    // Anything asked for while starting (a filter, a language) is drawn now.
    this.drawLatest();
  }

  private drawLatest(): void {
    const input = this.options.input();
    if (input && input !== this.drawn) this.draw(input);
  }

  zoomIn(): void {
    this.map?.zoomIn();
  }

  zoomOut(): void {
    this.map?.zoomOut();
  }

  /** Pans by fractions of the map's width and height (the pan buttons: 0.25 is a quarter); the
   *  visitor moved it, so it is not refitted. */
  panBy(dx: number, dy: number): void {
    this.moveAway();
    this.viewport?.panBy(dx, dy);
  }

  /** Fits the visible partners, markets and events. */
  fitAll(animate = true): void {
    if (this.drawn) this.viewport?.fitAll(this.drawn, animate);
  }

  /** Fits the first view again when the overlays around it changed (the inset arrived, the legend
   *  folded), as long as the visitor has not moved the map yet. */
  refitUntouched(): void {
    if (!this.touched) this.refit();
  }

  /** Whether the visitor has dragged, zoomed or keyed the map since it was made, or the view was
   *  taken away from the first view (a project, a partner, a link's view): then it is not refitted. */
  private touched = false;

  private moveAway(): void {
    // Only once a map is there: the view asked for before it is the one it opens at.
    if (this.map) this.touched = true;
  }

  /** Fits again what was fitted last (after the box changed: full screen on or off). */
  refit(): void {
    const map = this.map;
    if (!map) return;
    map.invalidateSize({ animate: false });
    this.viewport?.refit();
  }

  /** Pans a place into the part of the map no overlay covers, if it is under one (the details
   *  panel must not hide what it describes). */
  reveal(lon: number, lat: number): void {
    this.moveAway();
    this.viewport?.reveal(lon, lat);
  }

  /** Fits everything visible, the target markets included. */
  fitWorld(animate = true): void {
    this.moveAway();
    if (this.drawn) this.viewport?.fitWorld(this.drawn, animate);
  }

  /** Fits one project's consortium, and its markets unless `withMarkets` is false. */
  focusProject(project: Project, withMarkets = true): void {
    this.moveAway();
    if (this.drawn) this.viewport?.focusProject(this.drawn, project, withMarkets);
  }

  /** [lon, lat] → [x, y] in the map's pixels, as drawn now (for exports). */
  screenPoint(lon: number, lat: number): readonly [number, number] {
    return this.viewport?.screenPoint(lon, lat) ?? [0, 0];
  }

  /** The marks drawn now, in the map's pixels: each with the keys it shows (one, or a group's). */
  drawnMarks(): ReturnType<MarksLayer['drawnMarks']> {
    return this.marks?.drawnMarks() ?? [];
  }

  size(): { width: number; height: number } {
    return this.viewport?.size() ?? { width: 0, height: 0 };
  }

  /** The view now, for links: centre and zoom. */
  currentView(): View | undefined {
    return this.viewport?.current();
  }

  /** The part of the world in view, as [west, south, east, north]; undefined before the map has a size. */
  bounds(): readonly [number, number, number, number] | undefined {
    return this.viewport?.bounds();
  }

  setView(view: View): void {
    this.moveAway();
    this.viewport?.set(view);
  }

  /** Flies to a partner (a jump under reduced motion), clear of the details panel; in a large
   *  network, deep enough for the partner to stand out of its group. */
  flyTo(partner: Partner): void {
    this.moveAway();
    const map = this.map;
    if (!map) return;
    const near = Math.max(map.getZoom(), 6);
    const fly = ++this.flights;
    const go = (zoom: number | undefined) => {
      if (fly === this.flights && this.map === map) this.viewport?.flyTo(partner, Math.min(MAX_ZOOM, zoom ?? near));
    };
    // A clustered partner's zoom comes from the index (in the worker): a newer flight, or the
    // map's disposal, while it is asked for leaves this one unflown.
    if (this.cluster.active) void this.cluster.revealZoom(partner.id, near).then(go);
    else go(this.marks?.revealZoom(`partner:${partner.id}`, near));
  }

  /** Counts flights to partners (see flyTo). */
  private flights = 0;

  markElement(key: string): HTMLElement | undefined {
    return this.marks?.markElement(key);
  }

  focusMark(key: string): void {
    this.marks?.focusMark(key);
  }

  /** Draws a partner's links to its co-partners (undefined removes them) and fits new ones in view. */
  showCoLinks(...args: Parameters<Emphasis['setCoLinks']>): void {
    const fit = this.emphasis.setCoLinks(...args);
    if (!fit) return;
    this.moveAway();
    this.viewport?.fit(
      fit.map((p) => [p.position[1], p.position[0]]),
      true,
    );
  }

  /** Large networks: what the canvas draws now (groups and single partners), in the map's pixels. */
  clusterItems(): readonly { readonly item: ClusterItem; readonly x: number; readonly y: number; readonly r: number }[] {
    return this.cluster.items();
  }

  /** Large networks: the partners of a group as drawn now. */
  drawnClusterIndex(): ClusterSource | undefined {
    return this.cluster.drawnIndex;
  }

  /** Groups the marks and draws the canvas again after a change of theme or of mark scale
   *  (presentation mode). */
  restyle(): void {
    // Nothing drawn yet: reading the mark scale would cost a style recalculation for nothing.
    if (!this.map || !this.drawn) return;
    this.scaleFactor = this.options.markScale();
    this.marks?.restyle(this.scaleFactor);
    this.cluster.restyle(this.scaleFactor);
  }

  private create(container: HTMLElement): void {
    const map = createMap(container);
    map.on('movestart zoomstart', () => this.label.hide());
    this.touched = false;
    // A visitor who has put focus on a mark, or moved the map, keeps the view they are working in;
    // a click alone too (assistive technology sends one with no pointer down: a group it opens zooms in).
    for (const type of ['pointerdown', 'wheel', 'keydown', 'focusin', 'click'])
      map.getContainer().addEventListener(type, () => (this.touched = true), { passive: true });
    map.on('moveend', () => this.options.moved());
    this.map = map;
    this.viewport = new Viewport(map, this.options.insets);
    this.layers = new DataLayers(map);
    this.marks = new MarksLayer(this.label).addTo(map);
    this.emphasis.reapply();
    this.fineLand = fineLand(map);
    this.resize = followSize(map, container, () => {
      // A map that started hidden (a closed tab) fits its data the first time it has a size; one
      // whose box changed before the visitor touched it (a problems banner, a folding header) is
      // fitted again, so that nothing of the first view is pushed off its edges.
      if (this.viewport?.fitPending) this.fitAll(false);
      else if (!this.touched && this.drawn) this.viewport?.refit();
      this.marks?.settle();
    });
  }

  /** The element left: the map and everything on it go (a new one is made if it comes back). */
  hostDisconnected(): void {
    this.nearby?.();
    this.nearby = undefined;
    this.near = false;
    this.resize?.();
    this.resize = undefined;
    this.fineLand?.remove();
    this.fineLand = undefined;
    if (this.map) removeMap(this.map);
    this.map = undefined;
    this.viewport = undefined;
    this.marks = undefined;
    this.drawn = undefined;
    this.starting = false;
    this.baseTiles = undefined;
    this.dataStarted = false;
    this.layers = undefined;
    this.emphasis.reset(); // its layer went with the map
    this.cluster.reset(); // its layer went with the map
    this.label.reset();
    this.tiles.reset();
  }

  private draw(input: MapInput): void {
    // No map (the element was removed while its start was drawing): the next map draws it all.
    if (!this.map) return;
    this.drawTiles(input);
    if (this.baseTiles !== (input.tiles ?? '')) {
      for (const step of this.layers?.baseSteps(input.tiles !== undefined) ?? []) step();
      this.baseTiles = input.tiles ?? '';
    }
    runNow(this.dataSteps(input));
  }

  /** Drawing the data, in steps that may run in tasks of their own (see start): the projects'
   *  centres, the reach, the links, the marks, and their settling, which hands back the marks'
   *  batches. */
  private dataSteps(input: MapInput): Step[] {
    const newData = this.drawn?.data !== input.data;
    this.drawn = input;
    const shown = (layer: MapInput['layers'][number]) => input.layers.includes(layer);
    // A large network is clustered on a canvas; its leads (and events) stay marks of their own.
    const clustered = isClustered(input);
    // Where the arcs start, a step each (membersOf and the sums over 100,000 partners were
    // ~90 ms in the reach's step).
    const centres = shown('reach') ? reachSteps(input.data, input.selection) : [];
    const reach = () => this.layers?.reach(input, shown('reach'));
    const links = () => this.layers?.links(input, shown('consortia') && !clustered);
    const marks = () => {
      // Read before the marks change the page: reading it after would force a style recalculation.
      this.scaleFactor = this.options.markScale();
      this.marks?.setData(input, clustered, this.scaleFactor);
    };
    // The marks in batches, each a task of its own: 10,000 events or leads make hundreds of marks.
    const settle = () => [...(this.marks?.settleSteps() ?? []), done];
    const done = () => {
      this.emphasis.reapply();
      this.readyPending ||= newData;
      if (clustered) this.drawClusters(input);
      else {
        this.cluster.remove();
        this.ready();
      }
    };
    return [...centres, reach, links, marks, settle];
  }

  private ready(): void {
    if (!this.readyPending) return;
    this.readyPending = false;
    this.options.drawn();
  }

  /** Clusters the partners that are not leads and draws them on a canvas; a newer draw, or the
   *  map's disposal, while the clustering module loads leaves this one undone. */
  private drawClusters(input: MapInput): void {
    const map = this.map;
    if (!map) return;
    this.cluster
      .draw(map, input, this.scaleFactor, this.label, () => this.drawn === input && this.map === map)
      .then(
        (drawn) => drawn && this.ready(),
        (error: unknown) => {
          if (this.drawn !== input) return;
          this.options.clusterFailed(error);
          this.ready();
        },
      );
  }

  private drawTiles(input: MapInput): void {
    if (this.map) this.tiles.set(this.map, input.tiles, input.tilesCrossOrigin);
  }
}
