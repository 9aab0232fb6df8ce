import { reducedMotion } from './create-map.js';
import * as L from './leaflet.js';
import { GROUP_MARK_SIZE as GROUP_SIZE } from '../graphics/marks.js';
import { groupingRounds, type MarkGroup } from './group-marks.js';
import type { MapLabel } from './map-label.js';
import { FOCUS_OVERLAYS } from './overlays.js';
import { readingOrder } from './screen-order.js';
import { runNow, type Step } from './tasks.js';
import { MAX_ZOOM } from './cluster-loader.js';
import type { MapInput } from './map-input.js';
import { eventEntries, groupIcon, mostCommon, partnerEntries, type Entry } from './mark-entries.js';

/** How many new marks are drawn in one task (see settleSteps). */
const MARK_BATCH = 50;
/** How long (ms) grouping runs in one task before going on in the next. */
const GROUPING_SLICE = 40;

/** A mark on the map now: one entry alone, or a group of entries at their centre. */
interface Shown {
  readonly key: string;
  readonly entries: readonly Entry[];
  readonly marker: L.Marker;
}

/**
 * The DOM marks of partners and events, as one Leaflet layer (the counterpart of the cluster
 * canvas layer). Each mark stands exactly at its organisation's place; marks that would overlap at
 * the current zoom share a group mark at their centre ("Barcelona · 4"), which opens by zooming in,
 * or lists its members when they share one place at any zoom. Every mark is keyboard-focusable with
 * an accessible name and a hover label; one is in the Tab order (roving tabindex), and arrows move
 * among them in reading order of their true places.
 */
export class MarksLayer extends L.Layer {
  private entries: Entry[] = [];
  private input: MapInput | undefined;
  private readonly shown = new Map<string, Shown>();
  private readonly markers = L.layerGroup();
  private selectedKey: string | undefined;
  /** The project in focus: marks of other projects are dimmed. */
  private focusProject: string | undefined;
  /** The one mark in the Tab order (roving tabindex); arrows move it among the marks. */
  private tabStop: string | undefined;
  /** The entry keys of the mark that has focus, to hand focus on when it regroups. */
  private focused: readonly string[] | undefined;
  /** How much larger marks are drawn (presentation mode). */
  private scale = 1;
  private readonly onZoomEnd = () => this.settle();
  /** Each visible project's place in the project order (for group rings), made once per data. */
  private projectOrder: Map<string, number> | undefined;

  constructor(private readonly label: MapLabel) {
    super();
  }

  override onAdd(map: L.Map): this {
    this.markers.addTo(map);
    map.on('zoomend', this.onZoomEnd);
    map.on('moveend', this.onMoveEnd);
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('zoomend', this.onZoomEnd);
    map.off('moveend', this.onMoveEnd);
    this.markers.remove();
    return this;
  }

  /** Takes the marks of `input`: partners (leads only when `clustered`) and events. */
  setData(input: MapInput, clustered: boolean, scale: number): void {
    this.input = input;
    this.projectOrder = undefined;
    this.scale = scale;
    this.markers.clearLayers();
    this.shown.clear();
    this.entries = [
      ...(input.layers.includes('consortia') ? partnerEntries(input, clustered) : []),
      ...(input.layers.includes('events') ? eventEntries(input) : []),
    ];
  }

  /** Draws the marks for the current zoom, keeping the Tab stop, the focus and the selection. */
  settle(): void {
    runNow(this.settleSteps());
  }

  /** Groups again at a new mark scale (presentation mode). */
  restyle(scale: number): void {
    this.scale = scale;
    this.settle();
  }

  /** Rings the mark of `key` (`partner:id` or `event:id`), or the group it is in. */
  setSelected(key: string | undefined): void {
    this.selectedKey = key;
    for (const s of this.shown.values()) s.marker.getElement()?.classList.toggle('pm-selected', !!key && s.entries.some((e) => e.key === key));
  }

  /** Dims the marks of projects other than `project` (undefined: none dimmed). */
  setFocus(project: string | undefined): void {
    this.focusProject = project;
    for (const s of this.shown.values()) this.dim(s);
  }

  /** The element of the mark showing `key`: its own, or its group's. */
  markElement(key: string): HTMLElement | undefined {
    for (const s of this.shown.values()) if (s.entries.some((e) => e.key === key)) return s.marker.getElement();
    return undefined;
  }

  /** The marks drawn now, in the map's pixels: single ones by their key, groups with their members. */
  drawnMarks(): { readonly keys: readonly string[]; readonly x: number; readonly y: number }[] {
    const map = this._map as L.Map | undefined;
    if (!map) return [];
    return [...this.shown.values()].map((s) => {
      const p = map.latLngToContainerPoint(s.marker.getLatLng());
      return { keys: s.entries.map((e) => e.key), x: p.x, y: p.y };
    });
  }

  /** The zoom (at least `near`) at which `key` stands alone: deep enough to leave its group. */
  revealZoom(key: string, near: number): number {
    const map = this._map as L.Map | undefined;
    const entry = this.entries.find((e) => e.key === key);
    if (!map || !entry) return near;
    const zoom = map.getZoom();
    const at = map.latLngToLayerPoint(entry.home);
    let nearest = Infinity;
    for (const e of this.entries) if (e !== entry) nearest = Math.min(nearest, at.distanceTo(map.latLngToLayerPoint(e.home)));
    if (nearest === Infinity) return near;
    // Apart by more than a group's width, they are drawn apart; the same place never is.
    const needed = nearest > 0 ? zoom + Math.log2((GROUP_SIZE * this.scale) / nearest) : MAX_ZOOM;
    return Math.min(MAX_ZOOM, Math.max(near, Math.ceil(needed * 4) / 4));
  }

  /** Focuses the mark showing `key` without letting the browser scroll the map's box, panning it into view instead. */
  focusMark(key: string): void {
    const shown = this.shown.get(key) ?? [...this.shown.values()].find((s) => s.entries.some((e) => e.key === key));
    const el = shown?.marker.getElement();
    const map = this._map as L.Map | undefined;
    if (!shown || !el || !map) return;
    this.setTabStop(shown.key);
    this.bringIntoView(shown.marker);
    el.focus({ preventScroll: true });
  }

  /** Pans the map so a mark taking keyboard focus is inside the map and clear of what lies over it
   *  (legend, details, tour bar, inset, buttons): a focused mark is never hidden (WCAG 2.4.11). */
  private bringIntoView(marker: L.Marker): void {
    const map = this._map as (L.Map & { _panAnim?: { _inProgress?: boolean } }) | undefined;
    const mark = marker.getElement();
    if (!map || !mark) return;
    // A pan on its way (the last key's): measured once it has landed, or the two would add up wrong.
    if (map._panAnim?._inProgress) return void map.once('moveend', () => mark.matches(':focus') && this.bringIntoView(marker));
    const box = map.getContainer().getBoundingClientRect();
    const r = mark.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    const os = [...(map.getContainer().getRootNode() as ParentNode).querySelectorAll(FOCUS_OVERLAYS)].map((o) => o.getBoundingClientRect());
    const under = (a: number, b: number, m: number) => os.some((o) => a > o.left - m && a < o.right + m && b > o.top - m && b < o.bottom + m);
    const inside = (a: number, b: number, m: number) => a > box.left + m && a < box.right - m && b > box.top + m && b < box.bottom - m;
    // Seen already: the map stays. Else to the nearest place in the map clear of every overlay.
    if (inside(x, y, 0) && !under(x, y, 0)) return;
    const [px, py] = [Math.min(Math.max(x, box.left + 32), box.right - 32), Math.min(Math.max(y, box.top + 32), box.bottom - 32)];
    const [tx = x, ty = y] =
      [
        [px, py],
        ...os.flatMap((o) => [
          [o.left - 32, py],
          [o.right + 32, py],
          [px, o.top - 32],
          [px, o.bottom + 32],
          // Past an overlay's corner, where two overlays (the legend and the pan buttons, the details)
          // leave no room straight across from the mark.
          [o.right + 32, o.top - 32],
          [o.right + 32, o.bottom + 32],
          [o.left - 32, o.top - 32],
          [o.left - 32, o.bottom + 32],
        ]),
        [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
      ]
        .filter(([a = 0, b = 0]) => inside(a, b, 31) && !under(a, b, 16))
        .sort(([a = 0, b = 0], [c = 0, d = 0]) => Math.hypot(a - x, b - y) - Math.hypot(c - x, d - y))[0] ?? [];
    map.panBy([x - tx, y - ty], { animate: !reducedMotion() });
  }

  /** Counts groupings: a batch of marks (or a round of grouping) from an older one is not drawn. */
  private grouping = 0;

  /**
   * Which marks stand alone and which share a group at this zoom; only what changed is redrawn.
   * As steps: the grouping, in slices of GROUPING_SLICE ms, then the new marks, MARK_BATCH a step
   * (10,000 events over one country are hundreds of marks, a Leaflet marker each), then the Tab
   * stop, focus, selection and dimming are kept. A newer grouping makes an older one's steps moot.
   */
  settleSteps(): Step[] {
    const map = this._map as L.Map | undefined;
    const input = this.input;
    if (!map || !input || map.getSize().x === 0) return [];
    const grouping = ++this.grouping;
    // Read before any mark goes: removing the focused mark fires its blur, which forgets it.
    const focused = this.focused;
    const points = this.entries.map((e) => map.latLngToLayerPoint(e.home));
    const rounds = groupingRounds(
      this.entries.map((e, i) => ({ x: points[i]?.x ?? 0, y: points[i]?.y ?? 0, size: e.size * this.scale })),
      () => GROUP_SIZE * this.scale,
    );
    // The rounds of grouping go on in a task of their own when the next would pass GROUPING_SLICE
    // ms (each round takes about as long as the one before, or less; 10,000 events took ~150 ms in
    // one task); the marks are placed once they are done, in a step of their own.
    let last = 0;
    const group = (): Step[] => {
      if (grouping !== this.grouping) return [];
      const start = performance.now();
      // At least one round a task: else a round longer than the slice would never run.
      for (let first = true; ; first = false) {
        const before = performance.now();
        if (!first && before - start + last > GROUPING_SLICE) return [group];
        const next = rounds.next();
        last = performance.now() - before;
        if (next.done) return [() => this.placeSteps(next.value, grouping, focused, map, input)];
      }
    };
    return group();
  }

  /** The marks of `groups` drawn (what changed), MARK_BATCH a step, then the Tab stop, focus,
   *  selection and dimming kept. */
  private placeSteps(groups: readonly MarkGroup[], grouping: number, focused: readonly string[] | undefined, map: L.Map, input: MapInput): Step[] {
    const wanted = new Map<string, { entries: Entry[]; at: L.LatLng }>();
    for (const g of groups) {
      const entries = g.members.map((m) => this.entries[m] as Entry);
      const only = entries.length === 1 ? entries[0] : undefined;
      if (only) wanted.set(only.key, { entries, at: only.home });
      else wanted.set(`group:${entries.map((e) => e.key).join(' ')}`, { entries, at: map.layerPointToLatLng(L.point(g.x, g.y)) });
    }
    for (const [key, s] of this.shown) {
      if (wanted.has(key)) continue;
      s.marker.remove();
      this.shown.delete(key);
    }
    // The marks not drawn yet (those drawn are moved to their group's new centre).
    const added = [...wanted].filter(([key, { at }]) => !this.shown.get(key)?.marker.setLatLng(at));
    const steps: Step[] = [];
    for (let i = 0; i < added.length; i += MARK_BATCH)
      steps.push(() => {
        if (grouping === this.grouping)
          for (const [key, { entries, at }] of added.slice(i, i + MARK_BATCH)) this.shown.set(key, this.addMark(key, entries, at, input));
      });
    steps.push(() => {
      if (grouping === this.grouping) this.afterRegroup(focused);
    });
    return steps;
  }

  /** Keeps the Tab stop, the focus, the selection ring and the dimming on the marks drawn now. */
  private afterRegroup(focused: readonly string[] | undefined): void {
    const holding = (keys: readonly string[] | undefined) =>
      keys ? [...this.shown.values()].find((s) => s.entries.some((e) => keys.includes(e.key))) : undefined;
    const stop =
      this.tabStop && this.shown.has(this.tabStop) ? this.tabStop : (holding(this.tabStop?.replace(/^group:/, '').split(' '))?.key ?? this.readingOrder()[0]);
    this.tabStop = undefined;
    this.setTabStop(stop);
    // Focus was on a mark that is no longer drawn (a group that split, marks that merged): it
    // goes to the mark that now shows the same place, not to the page.
    if (focused && !this.shown.has(`group:${focused.join(' ')}`) && !(focused.length === 1 && this.shown.has(focused[0] ?? ''))) {
      const next = holding(focused);
      if (next) this.focusMark(next.key);
    }
    this.setSelected(this.selectedKey);
    for (const s of this.shown.values()) this.dim(s);
  }

  private dim(s: Shown): void {
    const project = this.focusProject;
    s.marker.getElement()?.classList.toggle('pm-dim', !!project && !s.entries.some((e) => e.projects.includes(project)));
  }

  /** A keyboard-focusable mark with an accessible name, a hover label and what a choice does. */
  private addMark(key: string, entries: readonly Entry[], at: L.LatLng, input: MapInput): Shown {
    const only = entries.length === 1 ? entries[0] : undefined;
    const place = mostCommon(entries.map((e) => e.city));
    const opens = !only && this.splits(entries);
    const icon = only ? only.icon() : groupIcon(entries, input, (this.projectOrder ??= new Map(input.selection.projects.map((p, i) => [p.id, i]))));
    const label = only
      ? only.label
      : input.groupMarkLabel(
          place,
          entries.map((e) => e.name),
          opens,
        );
    const tip = only ? only.tip : `${place ? `${place} · ` : ''}${entries.length}`;
    const marker = L.marker(at, { icon, keyboard: true, riseOnHover: true, zIndexOffset: only ? only.z : 2000 });
    const select = (origin: HTMLElement | null) => {
      if (only?.partner) input.onSelect({ kind: 'partner', partner: only.partner.partner }, origin);
      else if (only?.event) input.onSelect({ kind: 'event', event: only.event }, origin);
      else if (opens) this.zoomInto(entries);
      else {
        const members = entries.flatMap((e) => (e.partner ? [e.partner] : []));
        const events = entries.flatMap((e) => (e.event ? [e.event] : []));
        input.onSelect({ kind: 'group', members, events, total: members.length }, origin);
      }
    };
    marker.on('add', () => {
      const el = marker.getElement();
      if (!el) return;
      el.setAttribute('aria-label', label);
      if (only) el.setAttribute(`data-${only.key.split(':')[0] ?? ''}`, only.key.slice(only.key.indexOf(':') + 1));
      else {
        const ids = (kind: string) => entries.flatMap((e) => (e.key.startsWith(`${kind}:`) ? [e.key.slice(kind.length + 1)] : [])).join(' ');
        if (ids('partner')) el.setAttribute('data-partners', ids('partner'));
        if (ids('event')) el.setAttribute('data-events', ids('event'));
      }
      el.tabIndex = key === this.tabStop ? 0 : -1;
      el.addEventListener('focus', () => {
        this.focused = entries.map((e) => e.key);
        this.setTabStop(key);
        // Tabbed to (not clicked): the mark may lie under an overlay, or outside the map.
        if (el.matches(':focus-visible')) this.bringIntoView(marker);
        this.showLabel(marker, tip);
        this.focusTip = () => this.showLabel(marker, tip);
      });
      el.addEventListener('blur', () => {
        this.focused = this.focusTip = undefined;
        this.label.hide();
      });
      el.addEventListener('mouseenter', () => this.showLabel(marker, tip));
      // The pointer gone (not onto the label): the focused mark's label again, if one is focused.
      el.addEventListener('mouseleave', (e) => this.label.leave(e) && this.focusTip?.());
      el.addEventListener('keydown', (e) => this.onMarkKey(e, key, () => select(el)));
    });
    marker.on('click', () => select(marker.getElement() ?? null));
    marker.addTo(this.markers);
    return { key, entries, marker };
  }

  /** Whether a group's members stand apart at some deeper zoom (not all at one place). */
  private splits(entries: readonly Entry[]): boolean {
    const map = this._map as L.Map | undefined;
    if (!map) return false;
    // The extent of the members at the deepest zoom, not every pair: a group of 10,000 events
    // would be 50M distances. Spread over a group's width (its box's diagonal), they stand apart.
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const e of entries) {
      const p = map.project(e.home, MAX_ZOOM);
      [minX, minY, maxX, maxY] = [Math.min(minX, p.x), Math.min(minY, p.y), Math.max(maxX, p.x), Math.max(maxY, p.y)];
    }
    return Math.hypot(maxX - minX, maxY - minY) >= GROUP_SIZE * this.scale;
  }

  /** Zooms in on a group's members until they stand apart (at least one step deeper). */
  private zoomInto(entries: readonly Entry[]): void {
    const map = this._map as L.Map | undefined;
    if (!map) return;
    const bounds = L.latLngBounds(entries.map((e) => e.home));
    const zoom = Math.min(MAX_ZOOM, Math.max(map.getZoom() + 1, map.getBoundsZoom(bounds.pad(0.5))));
    if (reducedMotion()) map.setView(bounds.getCenter(), zoom, { animate: false });
    else map.flyTo(bounds.getCenter(), zoom, { duration: 0.6 });
  }

  /**
   * Keys on a focused mark. Enter and Space open it (Leaflet acts on Enter only for popups);
   * arrows, Home and End move to the next, previous, first or last mark in reading order (rows top
   * to bottom, each left to right), and do not pan the map, as they do on the map itself.
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

  /** Mark keys in reading order of where they are drawn now (their true places). */
  private readingOrder(): string[] {
    const map = this._map as L.Map | undefined;
    if (!map) return [];
    // Layer points stay put while the map pans (a walk pans to each mark): rows read the same throughout.
    return readingOrder(this.shown, ([, s]) => map.latLngToLayerPoint(s.marker.getLatLng())).map(([key]) => key);
  }

  private showLabel(marker: L.Marker, text: string): void {
    const mark = marker.getElement();
    const map = this._map as L.Map | undefined;
    if (!map || !mark) return;
    const others: Element[] = [];
    for (const s of this.shown.values()) {
      const other = s.marker.getElement();
      if (other && other !== mark) others.push(other);
    }
    this.label.showOver(map.getContainer(), mark, text, others);
  }

  /** Shows the focused mark's label (after the pointer has shown another's, or a move hid it). */
  private focusTip: (() => void) | undefined;
  /** A move hides the label; the focused mark's comes back where the mark now is. */
  private readonly onMoveEnd = () => this.focusTip?.();

  private setTabStop(key: string | undefined): void {
    if (key === this.tabStop) return;
    const old = this.tabStop ? this.shown.get(this.tabStop)?.marker.getElement() : undefined;
    if (old) old.tabIndex = -1;
    this.tabStop = key;
    const el = key ? this.shown.get(key)?.marker.getElement() : undefined;
    if (el) el.tabIndex = 0;
  }
}
