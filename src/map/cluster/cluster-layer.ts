/**
 * The partners of a large network on one canvas: groups (supercluster) with their count and a
 * ring of project colours, single partners in their project's shape, links from single partners
 * to their project's lead. A Leaflet layer in its own pane that redraws when the map settles and
 * follows zoom animations with a CSS transform, as Leaflet's own renderers do.
 *
 * Loaded only past the clustering threshold (see map-controller), so small maps never pay for it.
 */
import * as L from '../leaflet.js';
import type { VisiblePartner } from '../../data/selectors.js';
import type { LonLat, Project } from '../../data/types.js';
import { FALLBACK_LOOK, type ProjectLook } from '../../graphics/colours.js';
import { ringArcs, segmentPath, shapePath } from '../../graphics/shapes.js';
import { CANVAS_MARK, GROUP, HALO, LINK, SELECTED_RING } from '../../graphics/tokens.js';
import type { ClusterItem, ClusterSource } from './cluster-source.js';
import { ClusterFocus } from './cluster-focus.js';
import { nearest } from '../screen-order.js';

/** What the layer draws and whom it tells. Built by the map controller from the element's input. */
export interface ClusterInput {
  readonly index: ClusterSource;
  readonly projects: readonly Project[];
  readonly looks: ReadonlyMap<string, ProjectLook>;
  /** Project id → its lead's position, for the links of single partners. */
  readonly leads: ReadonlyMap<string, LonLat>;
  readonly links: boolean;
  /** Marks are drawn this much larger (presentation mode). */
  readonly scale: number;
  /** Accessible names: a partner's, and a group's from its count and breakdown. */
  readonly partnerLabel: (v: VisiblePartner) => string;
  readonly groupLabel: (count: number, parts: readonly { project: Project; count: number }[], opens: boolean) => string;
  /** The short hover text. */
  readonly tip: (item: ClusterItem) => string;
  /** A count as drawn inside a group (compact: 1.2K). */
  readonly compact: (n: number) => string;
  readonly onPartner: (v: VisiblePartner, origin: HTMLElement | null) => void;
  /** A group whose partners share a place even at the deepest zoom: list them. */
  readonly onGroup: (id: number, count: number, origin: HTMLElement | null) => void;
  readonly showLabel: (x: number, y: number, text: string) => void;
  readonly hideLabel: () => void;
}

/** Beyond the view on each side, as a share of its size: panning shows no empty edge until it settles. */
const PADDING = 0.3;
/** Every mark answers the pointer within this radius at least (a 24 px target, WCAG 2.5.8). */
const MIN_TARGET = 12;

/** An item as drawn now: where (layer pixels) and how big. */
export interface Drawn {
  readonly item: ClusterItem;
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export const itemKey = (item: ClusterItem): string => (item.kind === 'group' ? `g${item.id}` : `p${item.index}`);

export class ClusterLayer extends L.Layer {
  private canvas: HTMLCanvasElement | undefined;
  private origin = L.point(0, 0);
  private centre: L.LatLng | undefined;
  private zoom = 0;
  private drawn: Drawn[] = [];
  private selected = -1;
  private focus: ClusterFocus | undefined;
  private readonly onClick = (e: MouseEvent) => this.click(e);
  private readonly onMove = (e: MouseEvent) => this.hover(e);
  private readonly onLeave = () => this.unhover();
  /** With theme="auto" the colours follow the system's: paint again when it changes. */
  private readonly scheme = matchMedia('(prefers-color-scheme: dark)');
  private readonly onScheme = () => this.paint();
  /** The last update: it resolves once its items are drawn (or a newer update replaced it). */
  private updated: Promise<void> = Promise.resolve();
  /** Counts updates: items that arrive after a newer update began are not drawn. */
  private updates = 0;

  constructor(private input: ClusterInput) {
    super();
  }

  /** New data or looks, same layer: redraw. */
  setInput(input: ClusterInput): void {
    this.input = input;
    if (this.canvas) this.update();
  }

  /** Fades what is drawn: it is out of date until the next items are drawn. */
  setStale(): void {
    this.canvas?.classList.add('pm-stale');
  }

  /** Resolves once the items of the latest update are drawn. */
  painted(): Promise<void> {
    return this.updated;
  }

  override onAdd(map: L.Map): this {
    const canvas = (this.canvas = document.createElement('canvas'));
    canvas.className = 'pm-cluster leaflet-zoom-animated';
    canvas.setAttribute('aria-hidden', 'true');
    map.getPane('pm-cluster')?.append(canvas);
    const container = map.getContainer();
    // Capture: a click on a group must not also reach a market country drawn under it.
    container.addEventListener('click', this.onClick, true);
    container.addEventListener('mousemove', this.onMove);
    container.addEventListener('mouseleave', this.onLeave);
    this.scheme.addEventListener('change', this.onScheme);
    this.focus = new ClusterFocus(map, {
      items: () => this.drawn,
      label: (d) => this.label(d.item),
      activate: (d, origin) => this.activate(d, origin),
    });
    this.update();
    return this;
  }

  override onRemove(map: L.Map): this {
    const container = map.getContainer();
    container.removeEventListener('click', this.onClick, true);
    container.removeEventListener('mousemove', this.onMove);
    container.removeEventListener('mouseleave', this.onLeave);
    this.scheme.removeEventListener('change', this.onScheme);
    this.canvas?.remove();
    this.canvas = undefined;
    this.focus?.dispose();
    this.focus = undefined;
    this.drawn = [];
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      viewreset: () => this.update(),
      // Items asked for before a move are out of date (and a zoom's animation must not be undone
      // by placing them): the move's end asks again.
      movestart: () => {
        this.updates++;
      },
      moveend: () => this.update(),
      zoom: () => this.transform(this.map().getCenter(), this.map().getZoom()),
      zoomanim: (e) => {
        const { center, zoom } = e as L.ZoomAnimEvent;
        this.transform(center, zoom);
      },
    };
  }

  /** Rings a partner drawn on its own (the one whose details are open). */
  setSelected(partnerId: string | undefined): void {
    const i = partnerId ? this.input.index.indexOf(partnerId) : -1;
    if (i === this.selected) return;
    this.selected = i;
    this.paint();
  }

  /** Where each drawn item is, in the map's container pixels. */
  drawnItems(): readonly Drawn[] {
    const map = this.map();
    return this.drawn.map((d) => {
      const p = map.layerPointToContainerPoint(L.point(d.x, d.y));
      return { ...d, x: p.x, y: p.y };
    });
  }

  private map(): L.Map {
    return this._map;
  }

  /** Follows a zoom in progress by scaling the last drawing (Leaflet's Renderer._updateTransform). */
  private transform(centre: L.LatLng, zoom: number): void {
    const map = this.map();
    if (!this.canvas || !this.centre) return;
    const scale = map.getZoomScale(zoom, this.zoom);
    const half = map.getSize().multiplyBy(0.5 + PADDING);
    const pane = map.getPane('mapPane');
    const panePos = pane ? L.DomUtil.getPosition(pane) : L.point(0, 0);
    const newOrigin = map.project(centre, zoom).subtract(map.getSize().divideBy(2)).add(panePos).round();
    const offset = half.multiplyBy(-scale).add(map.project(this.centre, zoom)).subtract(newOrigin);
    L.DomUtil.setTransform(this.canvas, offset, scale);
  }

  /** Asks the index what to draw in the view and its padding; once it answers (from the worker),
   *  sizes the canvas to that view and draws it. A newer update while this one waits replaces it. */
  private update(): void {
    const map = this.map();
    const size = map.getSize();
    if (!this.canvas || size.x === 0 || size.y === 0) return;
    const turn = ++this.updates;
    const min = map.containerPointToLayerPoint(size.multiplyBy(-PADDING)).round();
    const full = size.multiplyBy(1 + 2 * PADDING).round();
    const centre = map.getCenter();
    const zoom = map.getZoom();
    const nw = map.layerPointToLatLng(min);
    const se = map.layerPointToLatLng(min.add(full));
    const input = this.input;
    this.updated = input.index.items([nw.lng, se.lat, se.lng, nw.lat], zoom).then((items) => {
      if (turn === this.updates && input === this.input) this.place(items, min, full, centre, zoom);
    });
  }

  /** Sizes and places the canvas over the view the items were asked for, and draws them. */
  private place(items: readonly ClusterItem[], min: L.Point, full: L.Point, centre: L.LatLng, zoom: number): void {
    const canvas = this.canvas;
    if (!canvas) return;
    canvas.classList.remove('pm-stale');
    const map = this.map();
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(full.x * ratio);
    canvas.height = Math.round(full.y * ratio);
    canvas.style.width = `${full.x}px`;
    canvas.style.height = `${full.y}px`;
    L.DomUtil.setPosition(canvas, min);
    this.origin = min;
    this.centre = centre;
    this.zoom = zoom;
    const s = this.input.scale;
    this.drawn = items.map((item) => {
      const p = map.latLngToLayerPoint([item.lat, item.lon]);
      const r = item.kind === 'group' ? (GROUP.radius + GROUP.perDecade * Math.log10(item.count)) * s : CANVAS_MARK.radius * s;
      return { item, key: itemKey(item), x: p.x, y: p.y, r };
    });
    this.paint();
    this.focus?.refresh();
  }

  private paint(): void {
    const canvas = this.canvas;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const map = this.map();
    const ratio = canvas.width / (parseFloat(canvas.style.width) || 1);
    ctx.setTransform(ratio, 0, 0, ratio, -this.origin.x * ratio, -this.origin.y * ratio);
    ctx.clearRect(this.origin.x, this.origin.y, canvas.width / ratio, canvas.height / ratio);
    const style = getComputedStyle(map.getContainer());
    const css = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const paper = css('--partner-map-background', '#ffffff');
    const ink = css('--partner-map-text', '#1f2328');
    const accent = css('--partner-map-accent', '#0b5cad');
    const font = css('--partner-map-font', 'system-ui, sans-serif');
    const { projects, looks, leads, scale: s } = this.input;
    const look = (p: Project) => looks.get(p.id) ?? FALLBACK_LOOK;

    // Links first, under every mark: from each partner drawn alone to its projects' leads.
    if (this.input.links) {
      ctx.lineWidth = LINK.weight;
      ctx.globalAlpha = LINK.opacity;
      for (const d of this.drawn) {
        if (d.item.kind !== 'partner') continue;
        const v = this.input.index.partners[d.item.index];
        for (const { project } of v?.roles ?? []) {
          const lead = leads.get(project.id);
          if (!lead) continue;
          const to = map.latLngToLayerPoint([lead[1], lead[0]]);
          ctx.strokeStyle = look(project).colour;
          ctx.beginPath();
          ctx.moveTo(d.x, d.y);
          ctx.lineTo(to.x, to.y);
          ctx.stroke();
        }
      }
      ctx.globalAlpha = 1;
    }

    // The selected partner inside a group (it shares its place even at the deepest zoom, or the
    // map is not zoomed in to it): its group is ringed instead, the nearest to where it is.
    const ringed = this.ringedGroup();
    for (const d of this.drawn) {
      ctx.save();
      ctx.translate(d.x, d.y);
      if (d === ringed) {
        ctx.lineWidth = SELECTED_RING.width;
        ctx.strokeStyle = accent;
        ctx.beginPath();
        ctx.arc(0, 0, d.r + SELECTED_RING.gap, 0, 2 * Math.PI);
        ctx.stroke();
      }
      if (d.item.kind === 'group') {
        const { count, parts } = d.item;
        // A ring of project colours, each arc as long as the project's share of memberships (the
        // same geometry as the legend's key and the export).
        const ring = GROUP.ring * s;
        ctx.lineWidth = ring;
        for (const { index, d: path } of ringArcs(parts, d.r - ring / 2)) {
          const p = projects[index];
          if (!p) continue;
          ctx.strokeStyle = look(p).colour;
          ctx.stroke(new Path2D(path));
        }
        ctx.fillStyle = paper;
        ctx.beginPath();
        ctx.arc(0, 0, d.r - ring, 0, 2 * Math.PI);
        ctx.fill();
        ctx.lineWidth = 1;
        ctx.strokeStyle = GROUP.edge;
        ctx.globalAlpha = GROUP.edgeOpacity;
        ctx.beginPath();
        ctx.arc(0, 0, d.r, 0, 2 * Math.PI);
        ctx.stroke();
        ctx.globalAlpha = 1;
        ctx.fillStyle = ink;
        ctx.font = `700 ${Math.round(GROUP.fontSize * s)}px ${font}`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(this.input.compact(count), 0, 0.5);
      } else {
        const v = this.input.index.partners[d.item.index];
        const roles = v?.roles ?? [];
        const r = d.r;
        if (roles.length <= 1) {
          const l = roles[0] ? look(roles[0].project) : FALLBACK_LOOK;
          const path = new Path2D(shapePath(l.shape, r));
          ctx.fillStyle = l.colour;
          ctx.fill(path);
          ctx.lineWidth = CANVAS_MARK.halo;
          ctx.strokeStyle = HALO.colour;
          ctx.lineJoin = 'round';
          ctx.stroke(path);
        } else {
          roles.forEach(({ project }, k) => {
            ctx.fillStyle = look(project).colour;
            ctx.fill(new Path2D(segmentPath(k, roles.length, r)));
          });
          ctx.lineWidth = CANVAS_MARK.halo;
          ctx.strokeStyle = HALO.colour;
          ctx.beginPath();
          ctx.arc(0, 0, r, 0, 2 * Math.PI);
          ctx.stroke();
        }
        if (d.item.index === this.selected) {
          ctx.lineWidth = SELECTED_RING.width;
          ctx.strokeStyle = accent;
          ctx.beginPath();
          ctx.arc(0, 0, r + SELECTED_RING.gap, 0, 2 * Math.PI);
          ctx.stroke();
        }
      }
      ctx.restore();
    }
  }

  /** The group the selected partner is in, when it is not drawn alone: the nearest group to it. */
  private ringedGroup(): Drawn | undefined {
    const v = this.input.index.partners[this.selected];
    if (!v || this.drawn.some((d) => d.item.kind === 'partner' && d.item.index === this.selected)) return undefined;
    const at = this.map().latLngToLayerPoint([v.partner.position[1], v.partner.position[0]]);
    return nearest(this.drawn, at, (distance, d) => d.item.kind === 'group' && distance <= d.r + 80);
  }

  /** The topmost item under a point of the map's container, if any. */
  private hit(clientX: number, clientY: number): Drawn | undefined {
    const map = this.map();
    const box = map.getContainer().getBoundingClientRect();
    const at = map.containerPointToLayerPoint(L.point(clientX - box.left, clientY - box.top));
    return nearest(this.drawn, at, (distance, d) => distance <= Math.max(d.r, MIN_TARGET));
  }

  /** Whether the event started on a DOM mark (a lead or an event), which is drawn above the canvas. */
  private onMark(e: Event): boolean {
    return e.composedPath().some((n) => n instanceof HTMLElement && n.classList.contains('leaflet-marker-icon'));
  }

  private click(e: MouseEvent): void {
    const map = this.map();
    const drag = map.dragging as L.Handler & { moved?: () => boolean };
    if (drag.moved?.() || this.onMark(e)) return;
    const d = this.hit(e.clientX, e.clientY);
    if (!d) return;
    e.stopImmediatePropagation();
    this.activate(d, null);
  }

  private hover(e: MouseEvent): void {
    if (this.onMark(e)) return;
    const d = this.hit(e.clientX, e.clientY);
    const container = this.map().getContainer();
    container.classList.toggle('pm-over-item', !!d);
    if (!d) return this.input.hideLabel();
    const p = this.map().layerPointToContainerPoint(L.point(d.x, d.y));
    this.input.showLabel(p.x, p.y - d.r, this.input.tip(d.item));
  }

  private unhover(): void {
    this.map().getContainer().classList.remove('pm-over-item');
    this.input.hideLabel();
  }

  private label(item: ClusterItem): string {
    if (item.kind === 'partner') {
      const v = this.input.index.partners[item.index];
      return v ? this.input.partnerLabel(v) : '';
    }
    const parts = item.parts.flatMap((count, k) => {
      const project = this.input.projects[k];
      return project && count ? [{ project, count }] : [];
    });
    return this.input.groupLabel(item.count, parts, item.opensAt <= this.map().getMaxZoom());
  }

  /**
   * A group zooms in until it splits (centred on it), and keyboard focus follows to what was in
   * it; a group that never splits (its partners share a place) lists them; a partner opens.
   */
  private activate(d: Drawn, origin: HTMLElement | null): void {
    const map = this.map();
    const item = d.item;
    if (item.kind === 'partner') {
      const v = this.input.index.partners[item.index];
      if (v) this.input.onPartner(v, origin);
      return;
    }
    const zoom = item.opensAt;
    if (zoom > map.getMaxZoom()) return this.input.onGroup(item.id, item.count, origin);
    const at = L.latLng(item.lat, item.lon);
    if (origin) this.focus?.follow(at);
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    map.setView(at, Math.max(zoom, map.getZoom() + 1), { animate: !reduce });
  }
}
