/**
 * A spreadsheet in: a CSV or TSV with one row per partner and project (`project, organisation,
 * role, city, country, lat, lon`, and optionally `url, type, short name`) turned into the GeoJSON
 * format, then read by the same validator, its problems said by row. A chunk of its own (with
 * d3-dsv), loaded only for a `src` that is a sheet; the CLI's `convert` uses it too, with a
 * gazetteer to place rows that have no coordinates.
 */
import { dsvFormat } from 'd3-dsv';
import { parseCollaborations } from './parse.js';
import { show, type TextLang } from './fields.js';
import { ROLES, type DataError, type LonLat, type ParseResult, type Role } from './types.js';

/** Where a row is, found by city and country, or why it could not be (the CLI's gazetteer). */
export type Placement = { readonly position: LonLat; readonly note?: string } | { readonly problem: string };

export interface SheetOptions {
  /** Places a partner none of whose rows gives lat and lon; without it, such a partner is left out. */
  readonly place?: (city: string | undefined, country: string | undefined) => Placement;
}

/** The columns, each with the header names it is known by (folded: lower case, letters and digits). */
const COLUMNS = {
  project: ['project', 'projectname', 'projecte', 'proyecto', 'projet', 'projekt'],
  organisation: ['organisation', 'organization', 'organisationname', 'organizationname', 'org', 'partner', 'partnername', 'name', 'institution', 'entity'],
  role: ['role', 'partnerrole', 'rol', 'rolle'],
  city: ['city', 'town', 'ciutat', 'ciudad', 'ville', 'stadt'],
  country: ['country', 'countrycode', 'iso', 'iso2', 'pais', 'pays', 'land'],
  lat: ['lat', 'latitude', 'latitud', 'breitengrad'],
  lon: ['lon', 'lng', 'long', 'longitude', 'longitud', 'laengengrad'],
  url: ['url', 'website', 'web', 'link', 'homepage', 'site'],
  type: ['type', 'organisationtype', 'organizationtype', 'tipus', 'tipo'],
  shortName: ['shortname', 'short', 'acronym', 'abbreviation'],
} as const;
type Column = keyof typeof COLUMNS;

/** Lower case, no accents, letters and digits only: "Short name", "short_name" and "SHORT-NAME" match. */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** A word looked up folded, own keys only ("constructor" is no role). */
const word = <T>(words: Readonly<Record<string, T>>, v: string): T | undefined => (Object.hasOwn(words, fold(v)) ? words[fold(v)] : undefined);

/** Roles as people write them. */
const ROLE_WORDS: Readonly<Record<string, Role>> = {
  coordinator: 'lead',
  leader: 'lead',
  leadpartner: 'lead',
  projectlead: 'lead',
  associated: 'associate',
  associatedpartner: 'associate',
  associatepartner: 'associate',
  member: 'partner',
};

/** The delimiter the header line uses most: tab, semicolon (Excel in much of Europe) or comma. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length;
  return count('\t') > 1 && count('\t') >= count(',') ? '\t' : count(';') > count(',') ? ';' : ',';
}

/** A slug id from a name, unique among `used` ("Universitat de València" → "universitat-de-valencia"). */
function idOf(name: string, fallback: string, used: Set<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** A coordinate as a spreadsheet writes it ("41.38", " 41,38 "); undefined when empty, NaN when not a number. */
function numberOf(cell: string): number | undefined {
  const v = cell.trim();
  if (!v) return undefined;
  return /^[+-]?\d+,\d+$/.test(v) ? Number(v.replace(',', '.')) : /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v) ? Number(v) : NaN;
}

interface PartnerDraft {
  readonly id: string;
  readonly row: number;
  readonly props: Record<string, unknown>;
  readonly roles: Record<string, string>;
  position?: LonLat;
  /** The row that gave the position (the first with lat and lon). */
  at: number;
}

export interface Sheet {
  /** The sheet as collaboration GeoJSON, for the validator or for a file (`partner-map convert`). */
  readonly collection: { readonly type: 'FeatureCollection'; readonly features: readonly Record<string, unknown>[] };
  /** The sheet row of each feature (the header is row 1): where the validator's problems are. */
  readonly rows: readonly number[];
  /** Each feature's name as the sheet gives it, to say problems in the sheet's words. */
  readonly names: readonly string[];
  /** Problems of the sheet itself, by row: a row with no organisation, a latitude that is no number. */
  readonly errors: readonly DataError[];
}

const rowError = (row: number, message: string, warning = false): DataError =>
  warning ? { path: `row ${row}`, message: `row ${row}: warning: ${message}`, severity: 'warning' } : { path: `row ${row}`, message: `row ${row}: ${message}` };

/** Reads a sheet into collaboration GeoJSON. Never throws: every problem is said with its row. */
export function readSheet(text: string, options: SheetOptions = {}): Sheet {
  const errors: DataError[] = [];
  const table = dsvFormat(delimiterOf(text)).parseRows(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const header = table[0] ?? [];
  const index = new Map<Column, number>();
  header.forEach((name, i) => {
    const folded = fold(name);
    for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][])
      if (!index.has(column) && names.includes(folded)) index.set(column, i);
  });
  const missing = (['project', 'organisation'] as const).filter((c) => !index.has(c));
  if (missing.length) {
    errors.push({
      path: 'row 1',
      message: `row 1: the sheet needs the columns project and organisation (and lat, lon to place them); it has no ${missing.join(' and no ')} column, only ${show(header.join(', '))}`,
    });
    return { collection: { type: 'FeatureCollection', features: [] }, rows: [], names: [], errors };
  }
  const used = new Set<string>();
  const projects = new Map<string, { id: string; name: string; row: number; lead?: string }>();
  const partners = new Map<string, PartnerDraft>();
  const order: PartnerDraft[] = [];
  table.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (c: Column): string => {
      const k = index.get(c);
      return k === undefined ? '' : (cells[k] ?? '').trim();
    };
    if (cells.every((c) => !c.trim())) return;
    const projectName = cell('project');
    const name = cell('organisation');
    if (!projectName || !name) {
      errors.push(rowError(row, `has no ${!projectName ? 'project' : 'organisation'}; the row is left out`));
      return;
    }
    const city = cell('city');
    let project = projects.get(fold(projectName));
    if (!project) {
      project = { id: idOf(projectName, 'project', used), name: projectName, row };
      projects.set(fold(projectName), project);
    }
    const key = `${fold(name)}|${fold(city)}`;
    let partner = partners.get(key);
    if (!partner) {
      partner = { id: idOf(name, 'organisation', used), row, at: row, props: { kind: 'partner', name }, roles: {} };
      partners.set(key, partner);
      order.push(partner);
    }
    const props = partner.props;
    const given = (field: string, column: Column, transform = (v: string) => v) => {
      const v = cell(column);
      if (v && props[field] === undefined) props[field] = transform(v);
    };
    given('city', 'city');
    given('country', 'country', (v) => (/^[a-z]{2}$/i.test(v) ? v.toUpperCase() : v));
    given('url', 'url');
    given('type', 'type', (v) => word(TYPE_WORDS, v) ?? v);
    given('shortName', 'shortName');
    const roleText = cell('role');
    const role: Role | undefined = !roleText ? 'partner' : (ROLES.find((r) => fold(r) === fold(roleText)) ?? word(ROLE_WORDS, roleText));
    if (!role) errors.push(rowError(row, `role ${show(roleText)} is not one of ${ROLES.join(', ')}; it is taken as partner`, true));
    if (partner.roles[project.id] === undefined) partner.roles[project.id] = role ?? 'partner';
    if (role === 'lead' && !project.lead) project.lead = partner.id;
    const lat = numberOf(cell('lat'));
    const lon = numberOf(cell('lon'));
    if (Number.isNaN(lat) || Number.isNaN(lon)) {
      errors.push(rowError(row, `${Number.isNaN(lat) ? `lat ${show(cell('lat'))}` : `lon ${show(cell('lon'))}`} is not a number in degrees`));
    } else if ((lat === undefined) !== (lon === undefined)) {
      errors.push(rowError(row, `has ${lat === undefined ? 'lon but no lat' : 'lat but no lon'}; both are needed`));
    } else if (lat !== undefined && lon !== undefined && !partner.position) {
      partner.position = [lon, lat];
      partner.at = row;
    }
  });
  const features: Record<string, unknown>[] = [];
  const rows: number[] = [];
  const names: string[] = [];
  for (const p of projects.values()) {
    features.push({ type: 'Feature', id: p.id, geometry: null, properties: { kind: 'project', name: p.name, ...(p.lead ? { lead: p.lead } : {}) } });
    rows.push(p.row);
    names.push(p.name);
  }
  for (const p of order) {
    const name = String(p.props['name']);
    if (!p.position) {
      const city = typeof p.props['city'] === 'string' ? p.props['city'] : undefined;
      const country = typeof p.props['country'] === 'string' ? p.props['country'] : undefined;
      const placed = options.place?.(city, country);
      if (!placed || 'problem' in placed) {
        errors.push(
          rowError(
            p.row,
            `${show(name)} has no lat and lon${placed ? ` and ${placed.problem}` : ''}; it is left out${placed ? '' : ' (`partner-map convert` places rows by city and country)'}`,
          ),
        );
        continue;
      }
      p.position = placed.position;
      if (placed.note) errors.push(rowError(p.row, `${show(name)}: ${placed.note}`, true));
    }
    features.push({ type: 'Feature', id: p.id, geometry: { type: 'Point', coordinates: [...p.position] }, properties: { ...p.props, roles: p.roles } });
    rows.push(p.at);
    names.push(name);
  }
  return { collection: { type: 'FeatureCollection', features }, rows, names, errors };
}

/** Known kinds of organisation as people write them. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  cluster: 'cluster',
  agency: 'agency',
  university: 'university',
  research: 'research',
  researchcentre: 'research',
  researchcenter: 'research',
  hospital: 'hospital',
  authority: 'authority',
  park: 'park',
  sciencepark: 'park',
  businesssupport: 'business-support',
};

/** The validator's problems said by sheet row: `features[3] "acme"` becomes `row 5 "Acme Lab"`. */
export function byRow(errors: readonly DataError[], sheet: Pick<Sheet, 'rows' | 'names'>): DataError[] {
  return errors.map((e) => {
    const m = /^features\[(\d+)\]/.exec(e.path);
    const i = Number(m?.[1]);
    const row = sheet.rows[i];
    if (!m || row === undefined) return e;
    const at = `row ${row}`;
    const message = e.message.replace(/^features\[\d+\]( "[^"]*")?/, `${at} ${JSON.stringify(sheet.names[i] ?? '')}`);
    return { ...e, path: `${at}${e.path.slice(m[0].length)}`, message };
  });
}

/** A sheet's text read and validated: the model, every problem by row, and the GeoJSON it became. */
export function parseSheetText(text: string, lang: TextLang = 'en', options: SheetOptions = {}): ParseResult & { readonly json: unknown } {
  try {
    const sheet = readSheet(text, options);
    // A sheet that could not be read at all says why once, not also that nothing is left to draw.
    if (!sheet.collection.features.length && sheet.errors.length)
      return { data: { projects: [], partners: [], events: [] }, errors: sheet.errors, json: sheet.collection };
    const parsed = parseCollaborations(sheet.collection, lang);
    // The sheet's own problems first, then the validator's, all in row order.
    const errors = [...sheet.errors, ...byRow(parsed.errors, sheet)].sort((a, b) => rowNumber(a) - rowNumber(b));
    return { data: parsed.data, errors, json: sheet.collection };
  } catch (e) {
    return {
      data: { projects: [], partners: [], events: [] },
      errors: [{ path: '', message: `the sheet could not be read: ${e instanceof Error ? e.message : String(e)}` }],
      json: undefined,
    };
  }
}

const rowNumber = (e: DataError): number => Number(/^row (\d+)/.exec(e.path)?.[1] ?? 0);
