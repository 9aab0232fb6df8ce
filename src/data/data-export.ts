/**
 * The data out: what the list shows (after the filters) as a spreadsheet (CSV, one row per partner
 * and project, the columns a sheet `src` reads back) or as GeoJSON in the widget's own format (the
 * texts in the language shown). Loaded with the list's download buttons, never at start.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Selection } from './selectors.js';
import type { Collaborations } from './types.js';

/** The sheet's columns, as `src` reads them back (see sheet.ts). */
export const CSV_COLUMNS = ['project', 'organisation', 'role', 'city', 'country', 'lat', 'lon', 'url', 'type', 'short name'] as const;

/** A cell a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first) gets a
 *  leading apostrophe, which shows it as text; a plain number (a negative longitude) stays a number. */
export function neutralised(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}

/** One row per visible partner and visible project it is in, project by project. */
export function networkCsv(selection: Selection): string {
  const rows = selection.partners.flatMap(({ partner, roles }) =>
    roles.map(({ project, role }) => [
      project.name,
      partner.name,
      role,
      partner.city ?? '',
      partner.countryDerived ? '' : (partner.country ?? ''),
      String(partner.position[1]),
      String(partner.position[0]),
      partner.url ?? '',
      partner.type ?? '',
      partner.shortName === partner.name ? '' : partner.shortName,
    ]),
  );
  return csvFormatRows([[...CSV_COLUMNS], ...rows.map((row) => row.map(neutralised))]);
}

/** Own keys whose value is given: the format leaves out what the data does not say. */
const given = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Keys of `record` among `ids`. */
const only = <T>(record: Readonly<Record<string, T>>, ids: ReadonlySet<string>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => ids.has(k)));

/** The visible projects, their partners (with their roles in those projects only) and events, as a
 *  collaboration FeatureCollection the validator accepts. */
export function networkGeoJson(data: Collaborations, selection: Selection): GeoJSON.FeatureCollection<GeoJSON.Point | null> {
  const shown = new Set(selection.projects.map((p) => p.id));
  const out = new Set(selection.partners.map((v) => v.partner.id));
  const projects = selection.projects.map((p) => ({
    type: 'Feature' as const,
    id: p.id,
    geometry: null,
    properties: given({
      kind: 'project',
      name: p.name,
      fullName: p.fullName,
      programme: p.programme,
      summary: p.summary,
      start: p.start,
      end: p.end,
      // A lead the file leaves out (filtered away) would be an id it does not have.
      lead: p.lead !== undefined && out.has(p.lead) ? p.lead : undefined,
      url: p.url,
      targetMarkets: p.targetMarkets,
      funding: p.funding,
      vouchers: p.vouchers,
      notes: p.notes,
      sources: p.sources,
    }),
  }));
  const partners = selection.partners.map(({ partner: p }) => ({
    type: 'Feature' as const,
    id: p.id,
    geometry: { type: 'Point' as const, coordinates: [...p.position] },
    properties: given({
      kind: 'partner',
      name: p.name,
      shortName: p.shortName === p.name ? undefined : p.shortName,
      aliases: p.aliases,
      type: p.type,
      city: p.city,
      region: p.region,
      // A country the widget derived from the point is derived again on the way back in.
      country: p.countryDerived ? undefined : p.country,
      url: p.url,
      precision: p.precision,
      roles: only(p.roles, shown),
      roleNotes: only(p.roleNotes, shown),
      summary: p.summary,
      notes: p.notes,
      sources: p.sources,
    }),
  }));
  const events = data.events
    .filter((e) => shown.has(e.project))
    .map((e) => ({
      type: 'Feature' as const,
      id: e.id,
      geometry: { type: 'Point' as const, coordinates: [...e.position] },
      properties: given({
        kind: 'event',
        name: e.name,
        project: e.project,
        start: e.start,
        end: e.end,
        city: e.city,
        country: e.countryDerived ? undefined : e.country,
        // Organisers the file leaves out (their projects are hidden) would be ids it does not have.
        organisers: e.organisers.filter((id) => out.has(id)),
        participants: e.participants && (e.participants.atLeast ? { atLeast: e.participants.count } : e.participants.count),
        summary: e.summary,
        notes: e.notes,
      }),
    }));
  return { type: 'FeatureCollection', features: [...projects, ...partners, ...events] };
}
