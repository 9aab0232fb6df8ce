/** The partners table's filters: by organisation type, country and role, each "all" by default. */
import { html, type TemplateResult } from 'lit';
import type { VisiblePartner } from '../data/selectors.js';
import { ROLES, type Role } from '../data/types.js';
import { countryName } from '../i18n/format.js';
import type { Lang, Messages } from '../i18n/messages.js';
import { typeName } from './partner-text.js';

export interface PartnerFilter {
  readonly type?: string;
  readonly country?: string;
  readonly role?: Role;
}

/** The rows the filter keeps, in their order (one pass). */
export function filterPartners(rows: readonly VisiblePartner[], f: PartnerFilter): readonly VisiblePartner[] {
  if (!f.type && !f.country && !f.role) return rows;
  return rows.filter(
    ({ partner, roles }) =>
      (!f.type || partner.type === f.type) && (!f.country || partner.country === f.country) && (!f.role || roles.some((r) => r.role === f.role)),
  );
}

/** A labelled select of `all` and the values given, named as `name` says. */
function choice(
  id: string,
  label: string,
  all: string,
  values: readonly string[],
  name: (v: string) => string,
  chosen: string | undefined,
  on: (v: string | undefined) => void,
) {
  return html`<label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => on((e.target as HTMLSelectElement).value || undefined)}>
      <option value="" ?selected=${!chosen}>${all}</option>
      ${values.map((v) => html`<option value=${v} ?selected=${v === chosen}>${name(v)}</option>`)}
    </select>`;
}

/** The filters, offering only the types, countries and roles the visible partners have. */
export function partnerFilters(rows: readonly VisiblePartner[], f: PartnerFilter, lang: Lang, msg: Messages, on: (f: PartnerFilter) => void): TemplateResult {
  const types = new Set<string>();
  const countries = new Set<string>();
  const roles = new Set<Role>();
  for (const { partner, roles: rs } of rows) {
    if (partner.type) types.add(partner.type);
    if (partner.country) countries.add(partner.country);
    for (const r of rs) roles.add(r.role);
  }
  const byName = (values: Iterable<string>, name: (v: string) => string) => [...values].sort((a, b) => name(a).localeCompare(name(b), lang));
  const type = (v: string) => typeName(msg, v);
  const country = (v: string) => countryName(lang, v);
  return html`<div class="partner-filters" role="group" aria-label=${msg.partnerFilters}>
    ${choice('filter-type', msg.type, msg.allOption, byName(types, type), type, f.type, (v) => on({ ...f, type: v }))}
    ${choice('filter-country', msg.country, msg.allOption, byName(countries, country), country, f.country, (v) => on({ ...f, country: v }))}
    ${choice(
      'filter-role',
      msg.role,
      msg.allOption,
      ROLES.filter((r) => roles.has(r)),
      (r) => msg.roles[r as Role],
      f.role,
      (v) => on({ ...f, role: v as Role | undefined }),
    )}
  </div>`;
}
