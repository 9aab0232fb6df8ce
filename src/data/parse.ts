import { isoCodes } from '../generated/iso-codes.js';
import { nearCountry } from './world.js';
import { FieldReader, isObject, isSlug, own, show, type TextLang } from './fields.js';
import {
  PARTNER_TYPES,
  ROLES,
  type CollabEvent,
  type DataError,
  type Funding,
  type LonLat,
  type ParseResult,
  type Partner,
  type Participants,
  type Project,
  type Role,
  type Voucher,
} from './types.js';

const ISO = new Set(isoCodes.split(' '));
export const isCountryCode = (code: string): boolean => ISO.has(code);

const KINDS = ['project', 'partner', 'event'] as const;

/** Reads a Point geometry as [lon, lat], telling apart out-of-range and likely-swapped positions. */
function readPoint(geometry: unknown, r: FieldReader): LonLat | undefined {
  if (!isObject(geometry) || own(geometry, 'type') !== 'Point') {
    r.fail('geometry', `must be a Point, not ${show(isObject(geometry) ? own(geometry, 'type') : geometry)}`);
    return undefined;
  }
  const c = own(geometry, 'coordinates');
  if (!Array.isArray(c) || c.length < 2 || c.length > 3 || !c.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    r.fail('geometry.coordinates', `must be [longitude, latitude] in finite numbers, not ${show(c)}`);
    return undefined;
  }
  const [lon, lat] = c as [number, number];
  const lonOk = lon >= -180 && lon <= 180;
  const latOk = lat >= -90 && lat <= 90;
  if (!lonOk) r.fail('geometry.coordinates', `longitude ${lon} is out of range [-180, 180]`);
  if (!latOk) {
    // Swapped, the position would be valid: say so, since [lat, lon] is the commonest slip.
    const hint =
      Math.abs(lon) <= 90 && Math.abs(lat) <= 180 ? ` (swapped? GeoJSON positions are [longitude, latitude], and [${lat}, ${lon}] would be valid)` : '';
    r.fail('geometry.coordinates', `latitude ${lat} is out of range [-90, 90]${hint}`);
  }
  return lonOk && latOk ? [lon, lat] : undefined;
}

/**
 * A position inside the valid range can still be [lat, lon] by mistake (Barcelona written as
 * [41.39, 2.16] lands off Somalia). When the point is far from its country but the swapped one is
 * near it, that is the likely slip: report it and leave the feature out rather than misplace it.
 */
function checkSwapped(position: LonLat, country: string, r: FieldReader): void {
  const [lon, lat] = position;
  if (!nearCountry(country, position) && Math.abs(lon) <= 90 && nearCountry(country, [lat, lon])) {
    r.fail(
      'geometry.coordinates',
      `[${lon}, ${lat}] is far from ${country}, and [${lat}, ${lon}] would be in it: longitude and latitude look swapped (GeoJSON positions are [longitude, latitude])`,
    );
  }
}

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

function readProject(id: string, r: FieldReader): Project | undefined {
  const name = r.text('name');
  const programme = r.text('programme');
  const summary = r.text('summary');
  const start = r.date('start');
  const end = r.date('end');
  const lead = r.raw('lead');
  if (!isSlug(lead)) r.fail('properties.lead', `must be a partner id, not ${show(lead)}`);
  const markets = r.raw('targetMarkets');
  const targetMarkets: string[] = [];
  if (markets !== undefined && !Array.isArray(markets)) {
    r.fail('properties.targetMarkets', `must be a list of ISO 3166-1 alpha-2 codes, not ${show(markets)}`);
  } else {
    (markets ?? []).forEach((code: unknown, i: number) => {
      if (typeof code === 'string' && isCountryCode(code)) {
        if (!targetMarkets.includes(code)) targetMarkets.push(code);
      } else r.fail(`properties.targetMarkets[${i}]`, `must be an ISO 3166-1 alpha-2 code such as "US", not ${show(code)}`, false);
    });
  }
  if (start && end && end < start) r.fail('properties.end', `${show(end)} is before start ${show(start)}`);
  const fullName = r.text('fullName', true);
  const url = r.url('url');
  const funding = readFunding(r);
  const project: Project = {
    id,
    name: name ?? '',
    programme: programme ?? '',
    summary: summary ?? '',
    start: start ?? null,
    end: end ?? null,
    lead: isSlug(lead) ? lead : '',
    targetMarkets,
    vouchers: readVouchers(r),
    notes: r.texts('notes'),
    sources: r.strings('sources'),
    ...(fullName ? { fullName } : {}),
    ...(url ? { url } : {}),
    ...(funding ? { funding } : {}),
  };
  return r.ok ? project : undefined;
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

function readPartner(id: string, r: FieldReader, geometry: unknown): Partner | undefined {
  const name = r.text('name');
  const shortName = r.string('shortName');
  const type = r.oneOf('type', PARTNER_TYPES);
  const city = r.text('city');
  const region = r.text('region');
  const country = r.country('country', isCountryCode);
  const position = readPoint(geometry, r);
  const roles: Record<string, Role> = {};
  for (const [project, role] of readRecord(r, 'roles', true)) {
    if (!isSlug(project)) r.fail(`properties.roles`, `has a key ${show(project)} that is not a project id; it is left out`, false);
    else if (!(ROLES as readonly unknown[]).includes(role))
      r.fail(`properties.roles.${project}`, `must be one of ${ROLES.join(', ')}, not ${show(role)}`, false);
    else roles[project] = role as Role;
  }
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
  if (position && country) checkSwapped(position, country, r);
  if (!r.ok || !name || !shortName || !type || !city || !region || !country || !position) return undefined;
  return {
    id,
    name,
    shortName,
    aliases: r.strings('aliases'),
    type,
    city,
    region,
    country,
    roles,
    roleNotes,
    notes: r.texts('notes'),
    sources: r.strings('sources'),
    position,
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

function readEvent(id: string, r: FieldReader, geometry: unknown): CollabEvent | undefined {
  const name = r.text('name');
  const project = r.raw('project');
  if (!isSlug(project)) r.fail('properties.project', `must be a project id, not ${show(project)}`);
  const start = r.date('start');
  const end = r.date('end');
  if (start && end && end < start) r.fail('properties.end', `${show(end)} is before start ${show(start)}`);
  const city = r.text('city');
  const country = r.country('country', isCountryCode);
  const position = readPoint(geometry, r);
  const organisers = r.strings('organisers').filter((o) => {
    if (isSlug(o)) return true;
    r.fail('properties.organisers', `entry ${show(o)} is not a partner id`, false);
    return false;
  });
  const participants = readParticipants(r);
  const summary = r.text('summary', true);
  if (position && country) checkSwapped(position, country, r);
  if (!r.ok || !name || !isSlug(project) || !city || !country || !position || start === undefined || end === undefined) return undefined;
  return {
    id,
    name,
    project,
    start,
    end,
    city,
    country,
    organisers,
    notes: r.texts('notes'),
    position,
    ...(participants ? { participants } : {}),
    ...(summary ? { summary } : {}),
  };
}

/** Checks references between features once all are read; a broken one is reported and dropped. */
function link(projects: Project[], partners: Partner[], events: CollabEvent[], where: Map<string, number>, errors: DataError[]): ParseResult['data'] {
  const projectIds = new Set(projects.map((p) => p.id));
  // Only events name partners (organisers): the set of 100k ids is made only when one does.
  let ids: Set<string> | undefined;
  const partnerIds = { has: (id: string) => (ids ??= new Set(partners.map((p) => p.id))).has(id) };
  const fail = (id: string, field: string, message: string) => {
    const index = where.get(id);
    const at = index === undefined ? '' : `features[${index}]`;
    errors.push({ path: `${at}.${field}`, message: `${at} "${id}": ${field} ${message}` });
  };
  const linkedPartners = partners.map((p) => {
    let known = true;
    for (const k of Object.keys(p.roles)) if (!projectIds.has(k)) known = false;
    if (known) return p;
    const unknown = Object.keys(p.roles).filter((k) => !projectIds.has(k));
    for (const k of unknown) fail(p.id, `properties.roles.${k}`, `names a project that is not in the data; the role is left out`);
    return { ...p, roles: Object.fromEntries(Object.entries(p.roles).filter(([k]) => projectIds.has(k))) };
  });
  // Partners by id, made once: finding each of 10k leads among 10k partners one by one is 100M steps.
  const byId = new Map(linkedPartners.map((x) => [x.id, x]));
  for (const p of projects) {
    const lead = byId.get(p.lead);
    // Own keys only: a project id such as "constructor" must not read Object.prototype.
    const role = lead ? own(lead.roles, p.id) : undefined;
    if (!lead) fail(p.id, 'properties.lead', `names a partner ${show(p.lead)} that is not in the data`);
    else if (role !== 'lead') fail(p.id, 'properties.lead', `names ${show(p.lead)}, whose role in ${show(p.id)} is ${show(role)}, not "lead"`);
  }
  const linkedEvents = events
    .filter((e) => {
      if (!projectIds.has(e.project)) {
        fail(e.id, 'properties.project', `names a project ${show(e.project)} that is not in the data; the event is left out`);
        return false;
      }
      for (const o of e.organisers) if (!partnerIds.has(o)) fail(e.id, 'properties.organisers', `names a partner ${show(o)} that is not in the data`);
      return true;
    })
    .map((e) => (e.organisers.every((o) => partnerIds.has(o)) ? e : { ...e, organisers: e.organisers.filter((o) => partnerIds.has(o)) }));
  return { projects, partners: linkedPartners, events: linkedEvents };
}

function parseUnsafe(input: unknown, lang: TextLang): ParseResult {
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
  features.forEach((f: unknown, i) => {
    // A feature that cannot be read (a getter that throws, a Proxy that refuses) is one problem of
    // its own; the others are still read.
    try {
      readFeature(f, i);
    } catch (e) {
      errors.push({ path: pathOf(i), message: `${pathOf(i)}: could not be read: ${reason(e)}; this feature is left out` });
    }
  });
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
    return parseUnsafe(input, lang);
  } catch (e) {
    return { data: { projects: [], partners: [], events: [] }, errors: [{ path: '', message: `the data could not be read: ${reason(e)}` }] };
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
