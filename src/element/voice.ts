import type { ReactiveElement } from 'lit';
import { deepFreeze } from '../data/freeze.js';

/** The detail an event of the widget carries (declared in api.ts, with @fires on the element). */
type Detail<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * What the widget says: to the visitor, in its polite live region (selections, filter and view
 * changes), and to the page, as events.
 */
export class Voice {
  /** What the live region says now. */
  announcement = '';

  constructor(private readonly host: ReactiveElement) {}

  /** Says something in the live region (again, even if it is the same words). */
  announce(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  /** Fires one of the widget's events: it crosses the shadow boundary and bubbles. */
  emit<K extends keyof GlobalEventHandlersEventMap>(type: K, detail: Detail<K>): void {
    // Copies, frozen: a listener cannot change what the widget holds, nor what later listeners see.
    this.host.dispatchEvent(new CustomEvent(type, { detail: deepFreeze(detail), bubbles: true, composed: true }));
  }
}
