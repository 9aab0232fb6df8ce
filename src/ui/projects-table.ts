/** The list view's projects table: name, programme, start, end, lead, members, markets, funding;
 *  sortable like the partners table, each name opening the project's details. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Partner, Project } from '../data/types.js';
import type { ProjectLook } from '../graphics/colours.js';
import { projectKey } from '../graphics/marks.js';
import { formatCount, formatMoney, formatPartialDate } from '../i18n/format.js';
import type { Lang, Messages } from '../i18n/messages.js';
import { yearAt } from './project-time.js';
import { caption, collatorFor, header } from './table-parts.js';

export type ProjectColumn = 'name' | 'programme' | 'start' | 'end' | 'lead' | 'members' | 'markets' | 'funding';

/** Rows shown before "…and N more": a network of 10,000 projects is narrowed by a year or the filters. */
export const PROJECT_ROWS = 100;

export interface ProjectsInput {
  /** The projects to list (the visible ones, those active in the chosen year if there is one). */
  readonly projects: readonly Project[];
  readonly sort: { readonly by: ProjectColumn; readonly ascending: boolean };
  readonly lang: Lang;
  readonly msg: Messages;
  readonly looks: ReadonlyMap<string, ProjectLook>;
  /** Partners per project (in the whole data). */
  readonly counts: ReadonlyMap<string, number>;
  readonly partner: (id: string) => Partner | undefined;
  readonly onSort: (by: ProjectColumn, ascending: boolean) => void;
  readonly onProject: (project: Project, origin: HTMLElement) => void;
  readonly onPartner: (id: string, origin: HTMLElement) => void;
}

/** A sort key: text (compared by the collator) or a number; undefined (an unknown date, no
 *  funding) sorts last whichever way the column is sorted. */
type Key = string | number | undefined;

function keyOf(p: Project, by: ProjectColumn, i: ProjectsInput): Key {
  switch (by) {
    case 'name':
      return p.name;
    case 'programme':
      return p.programme;
    case 'start':
      return p.start ? yearAt(p.start, false) : undefined;
    case 'end':
      return p.end ? yearAt(p.end, true) : undefined;
    case 'lead':
      return p.lead && i.partner(p.lead)?.shortName;
    case 'members':
      return i.counts.get(p.id) ?? 0;
    case 'markets':
      return p.targetMarkets.length;
    case 'funding':
      return p.funding?.amount;
  }
}

/** The projects in the sort's order; ties by name, A to Z. */
export function sortedProjects(i: ProjectsInput): Project[] {
  const collator = collatorFor(i.lang);
  const sign = i.sort.ascending ? 1 : -1;
  const keyed = i.projects.map((p) => ({ p, key: keyOf(p, i.sort.by, i) }));
  const compare = (a: Key, b: Key): number => (typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b)));
  keyed.sort(
    (a, b) =>
      (a.key === undefined ? 1 : 0) - (b.key === undefined ? 1 : 0) ||
      (a.key === undefined || b.key === undefined ? 0 : sign * compare(a.key, b.key)) ||
      collator.compare(a.p.name, b.p.name),
  );
  return keyed.map((k) => k.p);
}

const unknownCell = (msg: Messages) => html`<td class="unknown">${msg.datesUnknown}</td>`;

export function projectsTable(i: ProjectsInput): TemplateResult {
  const { msg, lang } = i;
  const rows = sortedProjects(i);
  const column = (label: string, by: ProjectColumn) => header(label, by, i.sort, i.onSort, msg);
  const date = (d: string | null) => (d ? html`<td>${formatPartialDate(lang, d)}</td>` : unknownCell(msg));
  return html`<div class="table-scroll">
      <table class="projects-table">
        ${caption(msg.projectsTable(formatCount(lang, rows.length)))}
        <thead>
          <tr>
            ${column(msg.name, 'name')} ${column(msg.programme, 'programme')} ${column(msg.start, 'start')} ${column(msg.end, 'end')}
            ${column(msg.lead, 'lead')} ${column(msg.members, 'members')} ${column(msg.targetMarkets, 'markets')} ${column(msg.funding, 'funding')}
          </tr>
        </thead>
        <tbody>
          ${rows.slice(0, PROJECT_ROWS).map((p) => {
            const look = i.looks.get(p.id);
            const lead = p.lead ? i.partner(p.lead) : undefined;
            return html`<tr data-project=${p.id}>
              <th scope="row">
                <button type="button" class="row-link" @click=${(e: Event) => i.onProject(p, e.currentTarget as HTMLElement)}>
                  ${projectKey(look?.colour ?? '#666', look?.shape ?? 0)}${p.name}
                </button>
              </th>
              <td>${p.programme}</td>
              ${date(p.start)} ${date(p.end)}
              <td>
                ${
                  lead
                    ? html`<button type="button" class="row-link" @click=${(e: Event) => i.onPartner(lead.id, e.currentTarget as HTMLElement)}>
                        ${lead.shortName}
                      </button>`
                    : nothing
                }
              </td>
              <td class="number">${formatCount(lang, i.counts.get(p.id) ?? 0)}</td>
              <td class="number">${formatCount(lang, p.targetMarkets.length)}</td>
              <td class="number">${p.funding ? formatMoney(lang, p.funding.amount, p.funding.currency) : nothing}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${rows.length > PROJECT_ROWS ? html`<p class="more-rows">${msg.moreItems(formatCount(lang, rows.length - PROJECT_ROWS))}</p>` : nothing}`;
}
