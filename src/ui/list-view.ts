/** The list view: the same filtered data as sortable tables (projects, with their timeline;
 *  partners; target markets). */
import { html, nothing, type TemplateResult } from 'lit';
import type { MarketReach, Selection, VisiblePartner } from '../data/selectors.js';
import type { Collaborations, Partner, Project } from '../data/types.js';
import { countryName, formatCount } from '../i18n/format.js';
import type { Lang, Messages } from '../i18n/messages.js';
import type { ProjectLook } from '../graphics/colours.js';
import { projectKey } from '../graphics/marks.js';
import { capped } from './capped.js';
import { typeName } from './partner-text.js';
import { projectsSection } from './projects-section.js';
import type { ProjectColumn } from './projects-table.js';
import { caption, collatorFor, header } from './table-parts.js';
import { listDownload } from './list-download.js';
import { filterPartners, partnerFilters, type PartnerFilter } from './partner-filters.js';

/** Projects a table cell names before "…and N more" (the lead of 10,000 projects is one row). */
const CELL_CAP = 20;

export type PartnerColumn = 'name' | 'type' | 'city' | 'country' | 'projects';
export type MarketColumn = 'country' | 'programmes';
export interface SortState {
  readonly partners: { readonly by: PartnerColumn; readonly ascending: boolean };
  readonly markets: { readonly by: MarketColumn; readonly ascending: boolean };
  readonly projects: { readonly by: ProjectColumn; readonly ascending: boolean };
}
export const DEFAULT_SORT: SortState = {
  partners: { by: 'name', ascending: true },
  markets: { by: 'programmes', ascending: false },
  projects: { by: 'start', ascending: true },
};

export interface ListInput {
  readonly selection: Selection;
  readonly data: Collaborations;
  /** Partners per project (in the whole data). */
  readonly counts: ReadonlyMap<string, number>;
  readonly partner: (id: string) => Partner | undefined;
  readonly sort: SortState;
  readonly looks: ReadonlyMap<string, ProjectLook>;
  readonly lang: Lang;
  readonly msg: Messages;
  readonly selectedPartner: string | undefined;
  /** The page of the partners table, from 0; clamped to the pages there are. */
  readonly page: number;
  /** The year the projects table and timeline are narrowed to, if one is chosen. */
  readonly year: number | undefined;
  readonly onYear: (year: number | undefined) => void;
  readonly onProject: (project: Project, origin: HTMLElement) => void;
  readonly onSort: (sort: SortState) => void;
  readonly onPage: (page: number) => void;
  readonly onPartner: (id: string, origin: HTMLElement) => void;
  readonly onCountry: (code: string, origin: HTMLElement) => void;
  /** The partners table's filters (type, country, role) and what changing them does. */
  readonly filter: PartnerFilter;
  readonly onFilter: (filter: PartnerFilter) => void;
}

/** Partner rows on one page: rendering every row freezes the page at 100k partners; 100 still reads as a list. */
export const PAGE_SIZE = 100;

interface SortedPartners {
  readonly by: PartnerColumn;
  readonly ascending: boolean;
  readonly lang: Lang;
  readonly rows: readonly VisiblePartner[];
}

/**
 * The last sort of each selection. The element keeps one selection object until the data, filters or
 * language change, so re-renders for other reasons (search keystrokes, paging, details) reuse the
 * sorted rows instead of sorting 100k partners again; a WeakMap lets old selections go.
 */
const sortedBySelection = new WeakMap<Selection, SortedPartners>();

/** A row with its sort key computed once (a Schwartzian transform): the comparator only compares. */
interface Keyed {
  readonly row: VisiblePartner;
  readonly text: string;
  readonly count: number;
}

/** All the selection's partners in the sort's order (the whole set: pages are slices of it). */
function sortedPartners(selection: Selection, { by, ascending }: SortState['partners'], lang: Lang, msg: Messages): readonly VisiblePartner[] {
  const memo = sortedBySelection.get(selection);
  if (memo && memo.by === by && memo.ascending === ascending && memo.lang === lang) return memo.rows;
  const collator = collatorFor(lang);
  // Country names from the few codes there are, not one Intl lookup per row.
  const countries = new Map<string, string>();
  const country = (code = ''): string => {
    let name = countries.get(code);
    if (name === undefined) countries.set(code, (name = countryName(lang, code)));
    return name;
  };
  const text = (v: VisiblePartner): string =>
    by === 'name'
      ? v.partner.shortName
      : by === 'type'
        ? typeName(msg, v.partner.type)
        : by === 'city'
          ? (v.partner.city ?? '')
          : by === 'country'
            ? country(v.partner.country)
            : '';
  const keyed: Keyed[] = selection.partners.map((row) => ({ row, text: text(row), count: by === 'projects' ? row.roles.length : 0 }));
  const order = by === 'projects' ? (a: Keyed, b: Keyed) => a.count - b.count : (a: Keyed, b: Keyed) => collator.compare(a.text, b.text);
  const sign = ascending ? 1 : -1;
  // Ties (same city, same number of projects…) fall back to the name, always A to Z.
  keyed.sort((a, b) => sign * order(a, b) || collator.compare(a.row.partner.shortName, b.row.partner.shortName));
  const rows = keyed.map((k) => k.row);
  sortedBySelection.set(selection, { by, ascending, lang, rows });
  return rows;
}

/** Markets are few (at most one per country), so they are sorted on each render. */
function sortedMarkets(rows: readonly MarketReach[], { by, ascending }: SortState['markets'], lang: Lang): MarketReach[] {
  const collator = collatorFor(lang);
  const keyed = rows.map((m) => ({ m, name: countryName(lang, m.country) }));
  keyed.sort((a, b) => {
    const order = by === 'country' ? collator.compare(a.name, b.name) : a.m.projects.length - b.m.projects.length;
    return (ascending ? order : -order) || collator.compare(a.name, b.name);
  });
  return keyed.map((k) => k.m);
}

/** Previous / Next and where the page is, under a table longer than a page. */
function pager(l: ListInput, page: number, pages: number, total: number): TemplateResult {
  const { msg, lang } = l;
  const first = page * PAGE_SIZE + 1;
  const last = Math.min(total, (page + 1) * PAGE_SIZE);
  const go = (e: Event, to: number) => {
    const pressed = e.currentTarget as HTMLButtonElement;
    l.onPage(to);
    // At an end the pressed button turns disabled and would drop focus to the page: hand it to the other one.
    requestAnimationFrame(() => {
      if (pressed.disabled && pressed.isConnected) pressed.parentElement?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    });
  };
  return html`<div class="pager" role="group" aria-label=${msg.partnerPages}>
    <button type="button" class="pager-previous" ?disabled=${page === 0} @click=${(e: Event) => go(e, page - 1)}>
      <span aria-hidden="true">‹ </span>${msg.previousPage}
    </button>
    <span class="pager-status" aria-live="polite">${msg.pageStatus(formatCount(lang, first), formatCount(lang, last), formatCount(lang, total))}</span>
    <button type="button" class="pager-next" ?disabled=${page >= pages - 1} @click=${(e: Event) => go(e, page + 1)}>
      ${msg.nextPage}<span aria-hidden="true"> ›</span>
    </button>
  </div>`;
}

/** A project in a table cell: its key, its name and a note (a partner's role, a programme). */
const projectLine = (l: ListInput, project: Project, note: string | undefined): TemplateResult =>
  html`<li>${projectKey(l.looks.get(project.id)?.colour ?? '#666', l.looks.get(project.id)?.shape ?? 0)}${project.name} <span class="sub">${note}</span></li>`;

export function listView(l: ListInput): TemplateResult {
  const { msg, sort } = l;
  const partners = filterPartners(sortedPartners(l.selection, sort.partners, l.lang, msg), l.filter);
  const markets = sortedMarkets(l.selection.markets, sort.markets, l.lang);
  const total = partners.length;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // A page past the end (the filters took rows away) shows the last one; NaN or negative, the first.
  const page = Math.min(pages - 1, Math.max(0, Math.trunc(l.page) || 0));
  const shown = partners.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const sortPartners = (by: PartnerColumn, ascending: boolean) => l.onSort({ ...sort, partners: { by, ascending } });
  const sortMarkets = (by: MarketColumn, ascending: boolean) => l.onSort({ ...sort, markets: { by, ascending } });
  return html`<div class="list" part="list">
    ${listDownload(l.data, { ...l.selection, partners }, msg)}
    ${projectsSection({
      ...l,
      projects: l.selection.projects,
      sort: sort.projects,
      onSort: (by, ascending) => l.onSort({ ...sort, projects: { by, ascending } }),
    })}
    ${partnerFilters(l.selection.partners, l.filter, l.lang, msg, l.onFilter)}
    <div class="table-scroll">
      <table class="partners-table">
        ${caption(msg.partnersTable(total))}
        <thead>
          <tr>
            ${header(msg.name, 'name', sort.partners, sortPartners, msg)} ${header(msg.type, 'type', sort.partners, sortPartners, msg)}
            ${header(msg.city, 'city', sort.partners, sortPartners, msg)} ${header(msg.country, 'country', sort.partners, sortPartners, msg)}
            ${header(msg.projectsRoles, 'projects', sort.partners, sortPartners, msg)}
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            ({ partner, roles }) =>
              html`<tr data-partner=${partner.id} class=${l.selectedPartner === partner.id ? 'selected' : ''}>
                <th scope="row">
                  <button type="button" class="row-link" @click=${(e: Event) => l.onPartner(partner.id, e.currentTarget as HTMLElement)}>
                    ${partner.shortName}
                  </button>
                  ${partner.shortName !== partner.name ? html`<span class="sub">${partner.name}</span>` : nothing}
                </th>
                <td>${typeName(msg, partner.type)}</td>
                <td>${partner.city}</td>
                <td>${countryName(l.lang, partner.country)}</td>
                <td>
                  <ul class="roles-cell">
                    ${capped(
                      roles,
                      ({ project, role }) => projectLine(l, project, msg.roles[role]),
                      (n) => msg.moreItems(formatCount(l.lang, n)),
                      CELL_CAP,
                    )}
                  </ul>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${pages > 1 ? pager(l, page, pages, total) : nothing}
    ${
      markets.length
        ? html`<div class="table-scroll">
            <table class="markets-table">
              ${caption(msg.marketsTable(markets.length))}
              <thead>
                <tr>
                  ${header(msg.country, 'country', sort.markets, sortMarkets, msg)} ${header(msg.programmes, 'programmes', sort.markets, sortMarkets, msg)}
                </tr>
              </thead>
              <tbody>
                ${markets.map(
                  (m) =>
                    html`<tr data-country=${m.country}>
                      <th scope="row">
                        <button type="button" class="row-link" @click=${(e: Event) => l.onCountry(m.country, e.currentTarget as HTMLElement)}>
                          ${countryName(l.lang, m.country)}
                        </button>
                      </th>
                      <td>
                        <ul class="roles-cell">
                          ${capped(
                            m.projects,
                            (p) => projectLine(l, p, p.programme),
                            (n) => msg.moreItems(formatCount(l.lang, n)),
                            CELL_CAP,
                          )}
                        </ul>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing
    }
  </div>`;
}
