import { isLead } from '../data/selectors.js';
import * as L from './leaflet.js';
import { eventMark, partnerMark } from '../graphics/marks.js';
import { FALLBACK_COLOUR, LEADER, LEAD_SIZE, MEMBER_SIZE, TARGET_SIZE } from '../graphics/tokens.js';
import { spreadPoints } from './spread.js';
import type { MapLabel } from './map-label.js';
import { readingOrder } from './screen-order.js';
import type { MapInput } from './map-input.js';

/** Marks closer than this (px) are spread apart so each stays visible and clickable: 24 px apart,
 *  every mark is a 24 px target (WCAG 2.5.8). At world scale (below COMPACT_ZOOM) the marks are
 *  drawn smaller, in the same 24 px targets, so the packed cluster reads lighter. */
const SPREAD_GAP = 24;
const COMPACT_ZOOM = 2;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

interface Mark {
  readonly marker: L.Marker;
  readonly home: L.LatLng;
}

/**
 * The DOM marks of partners and events, as one Leaflet layer (the counterpart of the cluster
 * canvas layer): each a keyboard-focusable marker with an accessible name, a hover label and a
 * selection ring; one of them in the Tab order (roving tabindex), arrows moving among them in
 * reading order. Overlapping marks are spread apart with a hairline to their true place.
 */
export class MarksLayer extends L.Layer {
  /** Partner and event marks by key (`partner:biocat`, `event:oncothon`). */
  private readonly marks = new Map<string, Mark>();
  private readonly markers = L.layerGroup();
  private readonly leaders = L.layerGroup();
  private selectedKey: string | undefined;
  /** The one mark in the Tab order (roving tabindex); arrows move it among the marks. */
  private tabStop: string | undefined;
  /** How much larger marks are drawn (presentation mode). */
  private scale = 1;
  private readonly onZoomEnd = () => this.spread();

  constructor(private readonly label: MapLabel) {
    super();
  }

  override onAdd(map: L.Map): this {
    this.markers.addTo(map);
    this.leaders.addTo(map);
    map.on('zoomend', this.onZoomEnd);
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('zoomend', this.onZoomEnd);
    this.markers.remove();
    this.leaders.remove();
    return this;
  }

  /** Draws the marks of `input`: partners (leads only when `clustered`), events. */
  setData(input: MapInput, clustered: boolean, scale: number): void {
    this.scale = scale;
    this.marks.clear();
    this.markers.clearLayers();
    if (input.layers.includes('consortia')) this.drawPartners(input, clustered);
    if (input.layers.includes('events')) this.drawEvents(input);
  }

  /** Spreads the marks, keeps the Tab stop on a mark still drawn, and rings the selection. */
  settle(): void {
    this.spread();
    // One mark in the Tab order: the one that had it if still drawn, else the first in reading order.
    const stop = this.tabStop && this.marks.has(this.tabStop) ? this.tabStop : this.readingOrder()[0];
    this.tabStop = undefined;
    this.setTabStop(stop);
    const selected = this.selectedKey;
    this.selectedKey = undefined;
    this.setSelected(selected);
  }

  /** Spreads again at a new mark scale (presentation mode). */
  restyle(scale: number): void {
    this.scale = scale;
    this.spread();
  }

  /** Rings the selected mark (`partner:id` or `event:id`), without redrawing anything. */
  setSelected(key: string | undefined): void {
    if (key === this.selectedKey) return;
    if (this.selectedKey) this.markElement(this.selectedKey)?.classList.remove('pm-selected');
    this.selectedKey = key;
    if (key) this.markElement(key)?.classList.add('pm-selected');
  }

  markElement(key: string): HTMLElement | undefined {
    return this.marks.get(key)?.marker.getElement();
  }

  /** Where each mark is drawn now, after spreading, in the map's pixels. */
  markPoints(): Map<string, readonly [number, number]> {
    const out = new Map<string, readonly [number, number]>();
    const map = this._map as L.Map | undefined;
    if (!map) return out;
    for (const [key, m] of this.marks) {
      const p = map.latLngToContainerPoint(m.marker.getLatLng());
      out.set(key, [p.x, p.y]);
    }
    return out;
  }

  /** Focuses a mark without letting the browser scroll the map's box, panning it into view instead. */
  focusMark(key: string): void {
    const mark = this.marks.get(key);
    const el = mark?.marker.getElement();
    const map = this._map as L.Map | undefined;
    if (!mark || !el || !map) return;
    this.setTabStop(key);
    map.panInside(mark.marker.getLatLng(), { padding: [32, 32], animate: !reducedMotion() });
    el.focus({ preventScroll: true });
  }

  /**
   * Moves overlapping marks apart on screen (Barcelona: Biocat, VHIO, the ONCO Emergence Forum;
   * L'Hospitalet: ICO), with a hairline from each moved mark to its true place.
   */
  spread(): void {
    const map = this._map as L.Map | undefined;
    if (!map || map.getSize().x === 0) return;
    this.leaders.clearLayers();
    map.getContainer().classList.toggle('pm-compact', map.getZoom() < COMPACT_ZOOM);
    const marks = [...this.marks.values()];
    const homes = marks.map((m) => map.latLngToLayerPoint(m.home));
    const spread = spreadPoints(homes, SPREAD_GAP * this.scale);
    marks.forEach((mark, i) => {
      const home = homes[i] as L.Point;
      const to = spread[i] ?? home;
      const moved = Math.hypot(to.x - home.x, to.y - home.y) > 0.5;
      const at = moved ? map.layerPointToLatLng(L.point(to.x, to.y)) : mark.home;
      mark.marker.setLatLng(at);
      if (moved) {
        L.polyline([mark.home, at], {
          pane: 'pm-arcs',
          className: 'pm-leader',
          weight: LEADER.weight,
          color: LEADER.colour,
          opacity: LEADER.opacity,
          interactive: false,
        }).addTo(this.leaders);
        L.circleMarker(mark.home, {
          pane: 'pm-arcs',
          className: 'pm-home',
          radius: 2,
          weight: 0,
          fillColor: LEADER.colour,
          fillOpacity: 0.9,
          interactive: false,
        }).addTo(this.leaders);
      }
    });
  }

  /** A keyboard-focusable mark with an accessible name, a hover label and a selection callback. */
  private addMark(
    key: string,
    position: readonly [number, number],
    icon: L.DivIcon,
    label: string,
    tip: string,
    select: (origin: HTMLElement | null) => void,
    z: number,
  ): void {
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
      el.addEventListener('blur', () => this.label.hide());
      el.addEventListener('mouseenter', () => this.showLabel(marker, tip));
      el.addEventListener('mouseleave', () => this.label.hide());
      el.addEventListener('keydown', (e) => this.onMarkKey(e, key, () => select(el)));
    });
    marker.on('click', () => select(marker.getElement() ?? null));
    marker.addTo(this.markers);
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
    const map = this._map as L.Map | undefined;
    if (!map) return [];
    return readingOrder(this.marks, ([, m]) => map.latLngToContainerPoint(m.marker.getLatLng())).map(([key]) => key);
  }

  private showLabel(marker: L.Marker, text: string): void {
    const mark = marker.getElement();
    const map = this._map as L.Map | undefined;
    if (map && mark) this.label.showOver(map.getContainer(), mark, text);
  }

  private setTabStop(key: string | undefined): void {
    if (key === this.tabStop) return;
    const old = this.tabStop ? this.markElement(this.tabStop) : undefined;
    if (old) old.tabIndex = -1;
    this.tabStop = key;
    const el = key ? this.markElement(key) : undefined;
    if (el) el.tabIndex = 0;
  }

  private drawPartners(input: MapInput, clustered: boolean): void {
    for (const visible of input.selection.partners) {
      const { partner, roles } = visible;
      const lead = isLead(visible);
      if (clustered && !lead) continue;
      const size = Math.max(TARGET_SIZE, lead ? LEAD_SIZE : MEMBER_SIZE);
      const glyph = partnerMark(
        roles.map((r) => input.looks.get(r.project.id) ?? { colour: FALLBACK_COLOUR, shape: 0, dash: '' }),
        lead,
      );
      const icon = L.divIcon({ html: glyph, className: `pm-partner${lead ? ' pm-lead' : ''}`, iconSize: [size, size] });
      this.addMark(
        `partner:${partner.id}`,
        partner.position,
        icon,
        input.partnerLabel(visible),
        `${partner.shortName} · ${partner.city}`,
        (origin) => input.onSelect({ kind: 'partner', partner }, origin),
        lead ? 500 : 0,
      );
    }
  }

  private drawEvents(input: MapInput): void {
    for (const event of input.selection.events) {
      const icon = L.divIcon({
        html: eventMark(input.looks.get(event.project)?.colour ?? FALLBACK_COLOUR),
        className: 'pm-event',
        iconSize: [TARGET_SIZE, TARGET_SIZE],
      });
      this.addMark(
        `event:${event.id}`,
        event.position,
        icon,
        input.eventLabel(event),
        event.name,
        (origin) => input.onSelect({ kind: 'event', event }, origin),
        1000,
      );
    }
  }
}
