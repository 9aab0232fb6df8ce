/** What the list view's tables share: their caption, their sortable column headers, and a collator
 *  per language. */
import { html, type TemplateResult } from 'lit';
import type { Lang, Messages } from '../i18n/messages.js';

/** A table's caption: its text alone, with no white space around it (tests and screen readers read it). */
// prettier-ignore
export const caption = (text: string) => html`<caption>${text}</caption>`;

/** One collator per language: building one costs more than a thousand comparisons. */
const collators = new Map<Lang, Intl.Collator>();
export function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  // numeric: "Org 9" before "Org 10"; base: case and accents do not split names apart.
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })));
  return collator;
}

/** A column header whose button sorts the table, with aria-sort on the sorted column. */
export function header<C extends string>(
  label: string,
  column: C,
  current: { by: C; ascending: boolean },
  sort: (by: C, ascending: boolean) => void,
  msg: Messages,
): TemplateResult {
  const active = current.by === column;
  return html`<th scope="col" aria-sort=${active ? (current.ascending ? 'ascending' : 'descending') : 'none'}>
    <button type="button" class="sort" data-column=${column} title=${msg.sortBy(label)} @click=${() => sort(column, active ? !current.ascending : true)}>
      ${label}<span class="arrow" aria-hidden="true">${active ? (current.ascending ? '▲' : '▼') : '↕'}</span>
    </button>
  </th>`;
}
