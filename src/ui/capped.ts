/** Long lists inside panels, cut short: a panel names at most a few dozen things, then says how
 *  many more there are (the list view pages them all). One partner leading 10,000 projects, an
 *  event with 30,000 organisers or 200,000 notes must not make that many nodes in one task. */
import { html, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/messages.js';

/** How many items a panel lists before "…and N more". */
export const PANEL_LIST_CAP = 100;

const moreItem = (text: string) => html`<li class="more">${text}</li>`;

/** A paged list's "Show 100 more": how many the list shows now, and showing the next page of
 *  `host` (resolves once drawn). */
export class Pager {
  shown = PANEL_LIST_CAP;
  constructor(private readonly host: ReactiveControllerHost) {}
  readonly show = (): Promise<unknown> => {
    this.shown += PANEL_LIST_CAP;
    this.host.requestUpdate();
    return this.host.updateComplete;
  };
}

/** The "Show N more" button after a paged list's items, inside the last item; focus then goes to
 *  the first item it brought (its first button), where reading goes on, not back to the top. */
export const showMore = (msg: Messages, hidden: number, pager: Pager) =>
  html` <button type="button" class="link-button show-more" @click=${(e: Event) => next(e, pager)}>
    ${msg.showMore(String(Math.min(PANEL_LIST_CAP, hidden)))}
  </button>`;

function next(e: Event, pager: Pager): void {
  const list = (e.currentTarget as HTMLElement).parentElement?.parentElement;
  const at = pager.shown;
  void pager.show().then(() => {
    const first = list?.children[at];
    ((first?.querySelector('button') ?? first) as HTMLElement | undefined)?.focus();
  });
}

/** The first `cap` items, each drawn by `each`, then a last one (a list item unless `last` says
 *  otherwise) saying how many are not shown. */
export function capped<T>(
  items: readonly T[],
  each: (item: T) => unknown,
  more: (n: number) => string,
  cap = PANEL_LIST_CAP,
  last: (text: string, n: number) => unknown = moreItem,
): unknown {
  if (items.length <= cap) return items.map(each);
  return html`${items.slice(0, cap).map(each)}${last(more(items.length - cap), items.length - cap)}`;
}
