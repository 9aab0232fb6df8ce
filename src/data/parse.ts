import { FieldReader, isObject, isSlug, own, show, type TextLang } from './fields.js';
import { isCountryCode, readCountry, readPoint } from './places.js';
import { link } from './link.js';
import { finish, finishInTasks, type Sliced } from './slices.js';
import {
  ROLES,
  type CollabEvent,
  type DataError,
  type Funding,
  type ParseResult,
  type Partner,
  type Participants,
  type Project,
  type Role,
  type Voucher,
} from './types.js';

export { isCountryCode };

const KINDS = ['project', 'partner', 'event'] as const;

function readFunding(r: FieldReader): Funding | undefined {
  const v = r.raw('funding');
  if (v === undefined) return undefined;
  const amount = isObject(v) ? own(v, 'amount') : undefined;
  const currency = isObject(v) ? own(v, 'currency') : undefined;
  const purpose = isObject(v) ? own(v, 'purpose') : undefined;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    r.fail('properties.funding', `must be { amount: a number ≥ 0, currency: an ISO 4217 code such as "EUR" }, not ${show(v)}`, false);
    return undefined;
  }
  const text = r.resolve(purpose);
  return text !== undefined ? { amount, currency, purpose: text } : { amount, currency };
}

function readVouchers(r: FieldReader): Voucher[] {
  const v = r.raw('vouchers');
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    r.fail('properties.vouchers', `must be a list of { kind, count }, not ${show(v)}`, false);
    return [];
  }
  const out: Voucher[] = [];
  v.forEach((item: unknown, i) => {
    const kind = isObject(item) ? own(item, 'kind') : undefined;
    const count = isObject(item) ? own(item, 'count') : undefined;
    if (isSlug(kind) && typeof count === 'number' && Number.isInteger(count) && count >= 0) out.push({ kind, count });
    else r.fail(`properties.vouchers[${i}]`, `must be { kind: a lowercase slug, count: a whole number ≥ 0 }, not ${show(item)}`, false);
  });
  return out;
}

/** A project: only its name is required to draw it; the rest is shown when given. */
function readProject(id: string, r: FieldReader): Project | undefined {
  const name = r.text('name');
  const programme = r.text('programme', true);
  const summary = r.text('summary', true);
  const start = r.date('start', true);
  const end = r.date('end', true);
  const lead = r.raw('lead');
  if (lead !== undefined && !isSlug(lead)) r.fail('properties.lead', `must be a partner id, not ${show(lead)}; no partner is drawn as the lead`, false);
  const markets = r.raw('targetMarkets');
  const targetMarkets: string[] = [];
  if (markets !== undefined && !Array.isArray(markets)) {
    r.fail('properties.targetMarkets', `must be a list of ISO 3166-1 alpha-2 codes, not ${show(markets)}`, false);
  } else {
    (markets ?? []).forEach((code: unknown, i: number) => {
      if (typeof code === 'string' && isCountryCode(code)) {
        if (!targetMarkets.includes(code)) targetMarkets.push(code);
      } else r.fail(`properties.targetMarkets[${i}]`, `must be an ISO 3166-1 alpha-2 code such as "US", not ${show(code)}`, false);
    });
  }
  const datesOk = !(start && end && end < start);
  if (!datesOk) r.fail('properties.end', `${show(end)} is before start ${show(start)}; the dates are left out`, false);
  const fullName = r.text('fullName', true);
  const url = r.url('url');
  const funding = readFunding(r);
  if (!r.ok || name === undefined) return undefined;
  return {
    id,
    name,
    start: datesOk ? (start ?? null) : null,
    end: datesOk ? (end ?? null) : null,
    targetMarkets,
    vouchers: readVouchers(r),
    notes: r.texts('notes'),
    sources: r.strings('sources'),
    ...(programme ? { programme } : {}),
    ...(summary ? { summary } : {}),
    ...(isSlug(lead) ? { lead } : {}),
    ...(fullName ? { fullName } : {}),
    ...(url ? { url } : {}),
    ...(funding ? { funding } : {}),
  };
}

function readRecord(r: FieldReader, key: string, required: boolean): [string, unknown][] {
  const v = r.raw(key);
  if (v === undefined && !required) return [];
  if (!isObject(v)) {
    r.fail(`properties.${key}`, `must be an object keyed by project id, not ${show(v)}`, required);
    return [];
  }
  return Object.keys(v).map((k) => [k, v[k]]);
}

/** A partner: a name, a Point and its roles are what drawing needs; the rest has fallbacks. */
function readPartner(id: string, r: FieldReader, geometry: unknown): Partner | undefined {
  const name = r.text('name');
  const shortName = r.string('shortName', true);
  const type = r.text('type', true);
  const city = r.text('city', true);
  const region = r.text('region', true);
  const position = readPoint(geometry, r);
  const roles: Record<string, Role> = {};
  for (const [project, role] of readRecord(r, 'roles', true)) {
    if (!isSlug(project)) r.fail(`properties.roles`, `has a key ${show(project)} that is not a project id; it is left out`, false);
    else if (!(ROLES as readonly unknown[]).includes(role))
      r.fail(`properties.roles.${project}`, `must be one of ${ROLES.join(', ')}, not ${show(role)}`, false);
    else roles[project] = role as Role;
  }
  if (isObject(r.raw('roles')) && !Object.keys(r.raw('roles') as object).length)
    r.warn('properties.roles', 'is empty: the partner is in no project, so no project shows it');
  const roleNotes: Record<string, string> = {};
  for (const [project, note] of readRecord(r, 'roleNotes', false)) {
    const text = r.resolve(note);
    if (isSlug(project) && text !== undefined) roleNotes[project] = text;
    else r.fail(`properties.roleNotes`, `entry ${show(project)} must map a project id to a text, not ${show(note)}`, false);
  }
  const precision = r.raw('precision');
  if (precision !== undefined && precision !== 'city' && precision !== 'site') {
    r.fail('properties.precision', `must be "city" or "site", not ${show(precision)}`, false);
  }
  const url = r.url('url');
  const summary = r.text('summary', true);
  const place = readCountry(r, position);
  if (!r.ok || !name || !position) return undefined;
  return {
    id,
    name,
    shortName: shortName ?? name,
    aliases: r.strings('aliases'),
    roles,
    roleNotes,
    notes: r.texts('notes'),
    sources: r.strings('sources'),
    position,
    ...(type ? { type } : {}),
    ...(city ? { city } : {}),
    ...(region ? { region } : {}),
    ...place,
    ...(url ? { url } : {}),
    ...(summary ? { summary } : {}),
    ...(precision === 'city' || precision === 'site' ? { precision } : {}),
  };
}

function readParticipants(r: FieldReader): Participants | undefined {
  const v = r.raw('participants');
  if (v === undefined) return undefined;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return { count: v, atLeast: false };
  const atLeast = isObject(v) ? own(v, 'atLeast') : undefined;
  if (typeof atLeast === 'number' && Number.isInteger(atLeast) && atLeast >= 0) return { count: atLeast, atLeast: true };
  r.fail('properties.participants', `must be a whole number or { atLeast: a whole number }, not ${show(v)}`, false);
  return undefined;
}

/** An event: a name, a Point and its project are what drawing needs. */
function readEvent(id: string, r: FieldReader, geometry: unknown): CollabEvent | undefined {
  const name = r.text('name');
  const project = r.raw('project');
  if (!isSlug(project)) r.fail('properties.project', `must be a project id, not ${show(project)}`);
  const start = r.date('start', true);
  const end = r.date('end', true);
  const datesOk = !(start && end && end < start);
  if (!datesOk) r.fail('properties.end', `${show(end)} is before start ${show(start)}; the dates are left out`, false);
  const city = r.text('city', true);
  const position = readPoint(geometry, r);
  const organisers = r.strings('organisers').filter((o) => {
    if (isSlug(o)) return true;
    r.fail('properties.organisers', `entry ${show(o)} is not a partner id`, false);
    return false;
  });
  const participants = readParticipants(r);
  const summary = r.text('summary', true);
  const place = readCountry(r, position);
  if (!r.ok || !name || !isSlug(project) || !position) return undefined;
  return {
    id,
    name,
    project,
    start: datesOk ? (start ?? null) : null,
    end: datesOk ? (end ?? null) : null,
    organisers,
    notes: r.texts('notes'),
    position,
    ...(city ? { city } : {}),
    ...place,
    ...(participants ? { participants } : {}),
    ...(summary ? { summary } : {}),
  };
}

/** Features read between two pauses of parseCollaborationsInTasks (~40 ms on a slow core). */
const SLICE = 2000;

/** The parse, paused (a `yield`) after every SLICE features and before linking. */
function* parseSteps(input: unknown, lang: TextLang): Sliced<ParseResult> {
  const errors: DataError[] = [];
  const empty = { projects: [], partners: [], events: [] };
  if (!isObject(input) || own(input, 'type') !== 'FeatureCollection') {
    errors.push({
      path: 'type',
      message: `the data must be a GeoJSON FeatureCollection, not ${isObject(input) ? `an object of type ${show(own(input, 'type'))}` : show(input)}`,
    });
    if (!isObject(input)) return { data: empty, errors };
  }
  const features = own(input, 'features');
  if (!Array.isArray(features)) {
    errors.push({ path: 'features', message: `features must be a list, not ${show(features)}` });
    return { data: empty, errors };
  }
  if (!features.length) errors.push({ path: 'features', message: 'features is empty: there is nothing to draw' });
  const projects: Project[] = [];
  const partners: Partner[] = [];
  const events: CollabEvent[] = [];
  /** Where each id first appears (its index in features). */
  const where = new Map<string, number>();
  // Paths and labels are strings made only for problems: 100k valid features need none.
  const pathOf = (i: number) => `features[${i}]`;
  for (let i = 0; i < features.length; i++) {
    if (i && i % SLICE === 0) yield;
    // Holes are skipped, as forEach does.
    if (!(i in features)) continue;
    // A feature that cannot be read (a getter that throws, a Proxy that refuses) is one problem of
    // its own; the others are still read.
    try {
      readFeature(features[i], i);
    } catch (e) {
      errors.push({ path: pathOf(i), message: `${pathOf(i)}: could not be read: ${reason(e)}; this feature is left out` });
    }
  }
  if (features.length > SLICE) yield;
  function readFeature(f: unknown, i: number): void {
    if (!isObject(f) || own(f, 'type') !== 'Feature') {
      const path = pathOf(i);
      errors.push({ path: `${path}.type`, message: `${path}: must be a GeoJSON Feature, not ${show(isObject(f) ? own(f, 'type') : f)}` });
      return;
    }
    const id = own(f, 'id');
    if (!isSlug(id)) {
      const path = pathOf(i);
      errors.push({ path: `${path}.id`, message: `${path}: id must be a lowercase slug such as "biocat", not ${show(id)}` });
      return;
    }
    const label = () => `${pathOf(i)} ${JSON.stringify(id)}`;
    const first = where.get(id);
    if (first !== undefined) {
      errors.push({ path: `${pathOf(i)}.id`, message: `${label()}: id is already used by ${pathOf(first)}; this feature is left out` });
      return;
    }
    where.set(id, i);
    const props = own(f, 'properties');
    if (!isObject(props)) {
      errors.push({ path: `${pathOf(i)}.properties`, message: `${label()}: properties must be an object, not ${show(props)}` });
      return;
    }
    const r = new FieldReader(lang, props, i, id, errors);
    const kind = r.oneOf('kind', KINDS);
    if (kind === 'project') {
      const geometry = own(f, 'geometry');
      if (geometry !== null && geometry !== undefined) r.fail('geometry', 'must be null for a project (its places are its partners)', false);
      const p = readProject(id, r);
      if (p) projects.push(p);
    } else if (kind === 'partner') {
      const p = readPartner(id, r, own(f, 'geometry'));
      if (p) partners.push(p);
    } else if (kind === 'event') {
      const e = readEvent(id, r, own(f, 'geometry'));
      if (e) events.push(e);
    }
  }
  return { data: link(projects, partners, events, where, errors), errors };
}

const reason = (e: unknown): string => {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'an exception that cannot be printed';
  }
};

/**
 * Validates a parsed GeoJSON collaboration FeatureCollection. Never throws and never mutates the
 * input: returns every valid feature as the model, and one error per problem, each naming where.
 * Translated texts ({ en, ca, es }) resolve to `lang`, else English. Input that cannot be read at
 * all (a Proxy or getters that throw, on the collection itself) is one problem, not an exception.
 */
export function parseCollaborations(input: unknown, lang: TextLang = 'en'): ParseResult {
  try {
    return finish(parseSteps(input, lang));
  } catch (e) {
    return unreadable(e);
  }
}

const unreadable = (e: unknown): ParseResult => ({
  data: { projects: [], partners: [], events: [] },
  errors: [{ path: '', message: `the data could not be read: ${reason(e)}` }],
});

/**
 * parseCollaborations in tasks of a few thousand features each, so that a host page given 20,000
 * features stays responsive while they are validated (one task took ~0.4 s on a slow core).
 */
export async function parseCollaborationsInTasks(input: unknown, lang: TextLang = 'en'): Promise<ParseResult> {
  try {
    return await finishInTasks(parseSteps(input, lang), 0);
  } catch (e) {
    return unreadable(e);
  }
}

/** Parses text (a file or a response body) first: a BOM is allowed, anything not JSON is an error. */
export function parseCollaborationsText(text: string, lang: TextLang = 'en'): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return {
      data: { projects: [], partners: [], events: [] },
      errors: [{ path: '', message: `the data is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
  return parseCollaborations(json, lang);
}
