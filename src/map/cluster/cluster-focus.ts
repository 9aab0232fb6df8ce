/**
 * Keyboard access to what the canvas draws. One focusable element stands over the current group
 * or partner (a single Tab stop, however many are drawn); arrows, Home and End move it among the
 * items in view in reading order, Enter or Space opens the item, + and - zoom around it. Moving
 * re-focuses the element, so a screen reader reads the new item's name (a name changed in place is
 * not reliably announced).
 */
import * as L from '../leaflet.js';
import { nearest, readingOrder } from '../screen-order.js';
import type { Drawn } from './cluster-layer.js';

export interface FocusSource {
  /** The items drawn now, in layer pixels. */
  readonly items: () => readonly Drawn[];
  readonly label: (d: Drawn) => string;
  readonly activate: (d: Drawn, origin: HTMLElement) => void;
}

const MIN_SIZE = 24;

export class ClusterFocus {
  readonly element: HTMLElement;
  private current: Drawn | undefined;
  /** After a group opens: focus goes to what is drawn nearest to where it was. */
  private following: L.LatLng | undefined;
  private readonly place = () => this.position();

  constructor(
    private readonly map: L.Map,
    private readonly source: FocusSource,
  ) {
    const el = (this.element = document.createElement('div'));
    el.className = 'pm-cluster-focus';
    el.setAttribute('role', 'button');
    el.tabIndex = 0;
    el.addEventListener('keydown', (e) => this.key(e));
    map.getContainer().append(el);
    map.on('move zoom', this.place);
  }

  dispose(): void {
    this.map.off('move zoom', this.place);
    this.element.remove();
  }

  /** Asks focus to follow to the item drawn nearest to a place once the map settles there. */
  follow(at: L.LatLng): void {
    this.following = at;
  }

  /** After a redraw: keeps the current item if still drawn, else takes the nearest one. */
  refresh(): void {
    const order = this.readingOrder();
    const keep = this.current && order.find((d) => d.key === this.current?.key);
    const target = this.following ? this.map.latLngToLayerPoint(this.following) : this.current ? L.point(this.current.x, this.current.y) : undefined;
    const next = keep ?? (target ? nearest(order, target) : order[0]);
    // Focused, and standing over another item now (a group opened, a zoom): read the new one out.
    const refocus = this.element.matches(':focus') && (this.following !== undefined || next?.key !== this.current?.key);
    this.following = undefined;
    this.set(next, refocus);
  }

  /** Items inside the view (not the drawn margin), rows top to bottom, each left to right. */
  private readingOrder(): Drawn[] {
    const size = this.map.getSize();
    const at = (d: Drawn) => this.map.layerPointToContainerPoint(L.point(d.x, d.y));
    const inView = this.source.items().filter((d) => {
      const p = at(d);
      return p.x >= 0 && p.y >= 0 && p.x <= size.x && p.y <= size.y;
    });
    return readingOrder(inView, at);
  }

  private set(d: Drawn | undefined, refocus: boolean): void {
    this.current = d;
    this.element.hidden = !d;
    if (!d) return;
    this.element.setAttribute('aria-label', this.source.label(d));
    this.position();
    if (refocus) {
      this.element.blur();
      this.element.focus({ preventScroll: true });
    }
  }

  private position(): void {
    const d = this.current;
    if (!d) return;
    const p = this.map.layerPointToContainerPoint(L.point(d.x, d.y));
    const size = Math.max(MIN_SIZE, 2 * d.r + 4);
    const s = this.element.style;
    s.left = `${p.x - size / 2}px`;
    s.top = `${p.y - size / 2}px`;
    s.width = s.height = `${size}px`;
  }

  private key(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const d = this.current;
    if ((e.key === 'Enter' || e.key === ' ') && d) {
      e.preventDefault();
      this.source.activate(d, this.element);
      return;
    }
    // + and - zoom around the item, as they zoom the map when the map itself has focus.
    const zoom: Record<string, number> = { '+': 1, '=': 1, '-': -1, _: -1 };
    const zoomBy = zoom[e.key];
    if (zoomBy !== undefined && d) {
      e.preventDefault();
      const at = this.map.layerPointToLatLng(L.point(d.x, d.y));
      this.following = at;
      this.map.setZoomAround(at, this.map.getZoom() + zoomBy);
      return;
    }
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };
    const by = step[e.key];
    if (by === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    const order = this.readingOrder();
    const at = d ? order.findIndex((x) => x.key === d.key) : -1;
    const next = by === -Infinity ? order[0] : by === Infinity ? order.at(-1) : order[Math.min(order.length - 1, Math.max(0, at + by))];
    if (next && next.key !== d?.key) this.set(next, true);
  }
}
