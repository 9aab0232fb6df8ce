/** Long lists inside panels, cut short: a panel names at most a few dozen things, then says how
 *  many more there are (the list view pages them all). One partner leading 10,000 projects, an
 *  event with 30,000 organisers or 200,000 notes must not make that many nodes in one task. */
import { html } from 'lit';

/** How many items a panel lists before "…and N more". */
export const PANEL_LIST_CAP = 100;

const moreItem = (text: string) => html`<li class="more">${text}</li>`;

/** A paged list's "Show 100 more": how many the list shows now, and showing more (resolves once drawn). */
export interface Pager {
  readonly shown: number;
  readonly show: () => Promise<unknown>;
}

/** The "Show N more" button after a paged list's items, inside the last item; focus then goes to
 *  the first item it brought (or its first button), where reading goes on, not back to the top. */
export const showMore = (label: string, pager: Pager) =>
  html` <button
    type="button"
    class="link-button show-more"
    @click=${(e: Event) => {
      const list = (e.currentTarget as HTMLElement).parentElement?.parentElement;
      void pager.show().then(() => {
        const first = list?.children[pager.shown];
        (first?.matches('button') ? (first as HTMLElement) : first?.querySelector('button'))?.focus();
      });
    }}
  >
    ${label}
  </button>`;

/** The first `cap` items, each drawn by `each`, then a last one (a list item unless `last` says
 *  otherwise) saying how many are not shown. */
export function capped<T>(items: readonly T[], each: (item: T) => unknown, more: (n: number) => string, cap = PANEL_LIST_CAP, last = moreItem): unknown {
  if (items.length <= cap) return items.map(each);
  return html`${items.slice(0, cap).map(each)}${last(more(items.length - cap))}`;
}
