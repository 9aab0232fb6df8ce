/** The list view: the same filtered data as two sortable tables, partners and target markets. */
import { html, nothing, type TemplateResult } from 'lit';
import type { MarketReach, Selection, VisiblePartner } from '../data/selectors.js';
import { countryName } from '../i18n/format.js';
import type { Lang, Messages } from '../i18n/messages.js';
import type { ProjectLook } from '../map/colours.js';
import { projectKey } from '../map/marks.js';

export type PartnerColumn = 'name' | 'type' | 'city' | 'country' | 'projects';
export type MarketColumn = 'country' | 'programmes';
export interface SortState {
  readonly partners: { readonly by: PartnerColumn; readonly ascending: boolean };
  readonly markets: { readonly by: MarketColumn; readonly ascending: boolean };
}
export const DEFAULT_SORT: SortState = { partners: { by: 'name', ascending: true }, markets: { by: 'programmes', ascending: false } };

export interface ListInput {
  readonly selection: Selection;
  readonly sort: SortState;
  readonly looks: ReadonlyMap<string, ProjectLook>;
  readonly lang: Lang;
  readonly msg: Messages;
  readonly selectedPartner: string | undefined;
  readonly onSort: (sort: SortState) => void;
  readonly onPartner: (id: string, origin: HTMLElement) => void;
  readonly onCountry: (code: string, origin: HTMLElement) => void;
}

function sortedPartners(rows: readonly VisiblePartner[], { by, ascending }: SortState['partners'], l: ListInput): VisiblePartner[] {
  const collator = new Intl.Collator(l.lang, { sensitivity: 'base', numeric: true });
  const key = (v: VisiblePartner): string | number =>
    by === 'name' ? v.partner.shortName : by === 'type' ? l.msg.types[v.partner.type] : by === 'city' ? v.partner.city : by === 'country' ? countryName(l.lang, v.partner.country) : v.roles.length;
  return [...rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return (ascending ? order : -order) || collator.compare(a.partner.shortName, b.partner.shortName);
  });
}

function sortedMarkets(rows: readonly MarketReach[], { by, ascending }: SortState['markets'], l: ListInput): MarketReach[] {
  const collator = new Intl.Collator(l.lang, { sensitivity: 'base' });
  const name = (m: MarketReach) => countryName(l.lang, m.country);
  return [...rows].sort((a, b) => {
    const order = by === 'country' ? collator.compare(name(a), name(b)) : a.projects.length - b.projects.length;
    return (ascending ? order : -order) || collator.compare(name(a), name(b));
  });
}

/** A column header whose button sorts the table, with aria-sort on the sorted column. */
function header<C extends string>(label: string, column: C, current: { by: C; ascending: boolean }, sort: (by: C, ascending: boolean) => void, msg: Messages): TemplateResult {
  const active = current.by === column;
  return html`<th scope="col" aria-sort=${active ? (current.ascending ? 'ascending' : 'descending') : 'none'}>
    <button type="button" class="sort" data-column=${column} title=${msg.sortBy(label)} @click=${() => sort(column, active ? !current.ascending : true)}>
      ${label}<span class="arrow" aria-hidden="true">${active ? (current.ascending ? '▲' : '▼') : '↕'}</span>
    </button>
  </th>`;
}

export function listView(l: ListInput): TemplateResult {
  const { msg, sort } = l;
  const partners = sortedPartners(l.selection.partners, sort.partners, l);
  const markets = sortedMarkets(l.selection.markets, sort.markets, l);
  const sortPartners = (by: PartnerColumn, ascending: boolean) => l.onSort({ ...sort, partners: { by, ascending } });
  const sortMarkets = (by: MarketColumn, ascending: boolean) => l.onSort({ ...sort, markets: { by, ascending } });
  return html`<div class="list" part="list">
    <table class="partners-table">
      <caption>${msg.partnersTable(partners.length)}</caption>
      <thead>
        <tr>
          ${header(msg.name, 'name', sort.partners, sortPartners, msg)} ${header(msg.type, 'type', sort.partners, sortPartners, msg)}
          ${header(msg.city, 'city', sort.partners, sortPartners, msg)} ${header(msg.country, 'country', sort.partners, sortPartners, msg)}
          ${header(msg.projectsRoles, 'projects', sort.partners, sortPartners, msg)}
        </tr>
      </thead>
      <tbody>
        ${partners.map(
          ({ partner, roles }) => html`<tr data-partner=${partner.id} class=${l.selectedPartner === partner.id ? 'selected' : ''}>
            <th scope="row">
              <button type="button" class="row-link" @click=${(e: Event) => l.onPartner(partner.id, e.currentTarget as HTMLElement)}>${partner.shortName}</button>
              ${partner.shortName !== partner.name ? html`<span class="sub">${partner.name}</span>` : nothing}
            </th>
            <td>${msg.types[partner.type]}</td>
            <td>${partner.city}</td>
            <td>${countryName(l.lang, partner.country)}</td>
            <td>
              <ul class="roles-cell">
                ${roles.map(({ project, role }) => html`<li>${projectKey(l.looks.get(project.id)?.colour ?? '#666', l.looks.get(project.id)?.shape ?? 0)}${project.name} <span class="sub">${msg.roles[role]}</span></li>`)}
              </ul>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${markets.length
      ? html`<table class="markets-table">
          <caption>${msg.marketsTable(markets.length)}</caption>
          <thead>
            <tr>${header(msg.country, 'country', sort.markets, sortMarkets, msg)} ${header(msg.programmes, 'programmes', sort.markets, sortMarkets, msg)}</tr>
          </thead>
          <tbody>
            ${markets.map(
              (m) => html`<tr data-country=${m.country}>
                <th scope="row"><button type="button" class="row-link" @click=${(e: Event) => l.onCountry(m.country, e.currentTarget as HTMLElement)}>${countryName(l.lang, m.country)}</button></th>
                <td>
                  <ul class="roles-cell">
                    ${m.projects.map((p) => html`<li>${projectKey(l.looks.get(p.id)?.colour ?? '#666', l.looks.get(p.id)?.shape ?? 0)}${p.name} <span class="sub">${p.programme}</span></li>`)}
                  </ul>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : nothing}
  </div>`;
}
