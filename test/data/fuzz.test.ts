// Issue #14: property-based tests. Thousands of generated inputs, near-valid and hostile, at the
// relaxed validator and the sheet reader: no exception escapes, every feature accepted is one the
// widget can draw, and every problem says where it is.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCollaborations } from '../../src/data/parse.js';
import { parseSheetText } from '../../src/data/sheet.js';
import { ROLES, type Collaborations, type DataError } from '../../src/data/types.js';

const RUNS = 10000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const visible = (v: unknown): boolean => typeof v === 'string' && /\S/.test(v);

/** What drawing relies on, for every feature the validator lets through. */
function assertDrawable({ projects, partners, events }: Collaborations): void {
  const projectIds = new Set(projects.map((p) => p.id));
  const ids = [...projects, ...partners, ...events].map((f) => f.id);
  expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
  for (const p of projects) {
    expect(SLUG.test(p.id) && visible(p.name), `project ${p.id}`).to.equal(true);
    for (const v of [p.programme, p.summary, p.lead, p.fullName]) expect(v === undefined || visible(v), `project ${p.id} text`).to.equal(true);
    expect([p.start, p.end].every((d) => d === null || /^\d{4}(-\d{2}){0,2}$/.test(d))).to.equal(true);
  }
  for (const p of partners) {
    expect(SLUG.test(p.id) && visible(p.name) && visible(p.shortName), `partner ${p.id}`).to.equal(true);
    const [lon, lat] = p.position;
    expect(Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90, `partner ${p.id} at ${lon}, ${lat}`).to.equal(true);
    expect(p.country === undefined || /^[A-Z]{2}$/.test(p.country), `partner ${p.id} country`).to.equal(true);
    for (const v of [p.type, p.city, p.region, p.summary]) expect(v === undefined || visible(v), `partner ${p.id} text`).to.equal(true);
    expect(p.url === undefined || /^https?:\/\//i.test(p.url)).to.equal(true);
    for (const [project, role] of Object.entries(p.roles)) {
      expect(projectIds.has(project), `partner ${p.id} role in ${project}`).to.equal(true);
      expect(ROLES).to.include(role);
    }
  }
  for (const e of events) {
    expect(SLUG.test(e.id) && visible(e.name) && projectIds.has(e.project), `event ${e.id}`).to.equal(true);
    expect(e.position.every((n) => Number.isFinite(n))).to.equal(true);
  }
}

/** Each problem says where: a feature's place in the list (and its message starts there), or the document. */
function assertLocated(errors: readonly DataError[], document: readonly string[]): void {
  for (const e of errors) {
    expect(typeof e.path === 'string' && visible(e.message), JSON.stringify(e)).to.equal(true);
    const at = /^(features\[\d+\]|row \d+)/.exec(e.path)?.[1];
    if (at) expect(e.message.startsWith(at), `${e.message} starts with ${at}`).to.equal(true);
    else expect(document, `a document-level problem: ${JSON.stringify(e)}`).to.include(e.path);
    expect([undefined, 'warning']).to.include(e.severity);
  }
}

// Values a data editor might write, and values nobody should.
const text = fc.oneof(fc.string(), fc.constantFrom('', ' ', 'Biocat', '<img src=x onerror=alert(1)>', 'constructor', '__proto__'));
const anyValue = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.anything({ maxDepth: 2 }));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.oneof(arb, anyValue), { nil: undefined, freq: 3 });
const ids = fc.constantFrom('alpha', 'beta', 'gamma', 'demo', 'other', 'constructor', 'tostring', 'Bad Id', '');
const coordinate = fc.oneof(fc.double({ min: -200, max: 200, noNaN: false }), fc.constantFrom(0, 90, -90, 180, -180, 123, Infinity), anyValue);
const point = fc.oneof(
  fc.record({ type: fc.constant('Point'), coordinates: fc.array(coordinate, { minLength: 0, maxLength: 4 }) }),
  fc.record({
    type: fc.constant('Point'),
    coordinates: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })),
  }),
  anyValue,
);
const roles = fc.dictionary(fc.oneof(ids, text), fc.oneof(fc.constantFrom(...ROLES), anyValue), { maxKeys: 3 });
const date = fc.oneof(fc.constantFrom('2018', '2018-06', '2019-02-30', '2020-13', null, ''), anyValue);
const country = fc.oneof(fc.constantFrom('ES', 'FR', 'NZ', 'XX', 'es', 'Spain'), anyValue);

const props = (kind: fc.Arbitrary<unknown>) =>
  fc.record(
    {
      kind,
      name: maybe(text),
      shortName: maybe(text),
      type: maybe(text),
      city: maybe(text),
      region: maybe(text),
      country: maybe(country),
      url: maybe(fc.constantFrom('https://example.org/', 'javascript:alert(1)', 'ftp://x')),
      roles: maybe(roles),
      project: maybe(ids),
      lead: maybe(ids),
      programme: maybe(text),
      summary: maybe(text),
      start: maybe(date),
      end: maybe(date),
      targetMarkets: maybe(fc.array(country, { maxLength: 3 })),
      organisers: maybe(fc.array(ids, { maxLength: 2 })),
      notes: maybe(fc.array(anyValue, { maxLength: 2 })),
    },
    { requiredKeys: ['kind'] },
  );
const feature = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ type: fc.constant('Feature'), id: ids, geometry: point, properties: props(fc.constantFrom('project', 'partner', 'event')) }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('Feature'), id: anyValue, geometry: anyValue, properties: fc.oneof(props(anyValue), anyValue) }) },
  { weight: 1, arbitrary: anyValue },
);
/** Near-valid: what a data editor writes, with a slip now and then (most are drawn and checked). */
const name = fc.oneof(fc.constantFrom('Biocat', 'Lyonbiopôle', 'Vilnius University', 'Ωmega'), text);
const goodPoint = fc.record({
  type: fc.constant('Point'),
  coordinates: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })),
});
const nearPartner = fc.record({
  type: fc.constant('Feature'),
  id: fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'p-1', 'p-2'),
  geometry: fc.oneof({ weight: 9, arbitrary: goodPoint }, { weight: 1, arbitrary: point }),
  properties: fc.record(
    {
      kind: fc.constant('partner'),
      name,
      roles: fc.oneof(
        { weight: 9, arbitrary: fc.dictionary(fc.constantFrom('demo', 'other', 'ghost'), fc.constantFrom(...ROLES), { maxKeys: 2 }) },
        { weight: 1, arbitrary: roles },
      ),
      shortName: maybe(name),
      type: maybe(fc.constantFrom('cluster', 'foundation')),
      country: maybe(country),
      city: maybe(name),
      url: maybe(fc.constantFrom('https://example.org/', 'javascript:alert(1)')),
    },
    { requiredKeys: ['kind', 'name', 'roles'] },
  ),
});
const nearProject = fc.record({
  type: fc.constant('Feature'),
  id: fc.constantFrom('demo', 'other'),
  geometry: fc.constant(null),
  properties: fc.record(
    { kind: fc.constant('project'), name, lead: maybe(ids), start: maybe(date), end: maybe(date), summary: maybe(text) },
    { requiredKeys: ['kind', 'name'] },
  ),
});
const nearEvent = fc.record({
  type: fc.constant('Feature'),
  id: fc.constantFrom('meet', 'forum'),
  geometry: goodPoint,
  properties: fc.record(
    { kind: fc.constant('event'), name, project: fc.constantFrom('demo', 'ghost'), country: maybe(country) },
    { requiredKeys: ['kind', 'name', 'project'] },
  ),
});
const collection = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.array(nearProject, { minLength: 1, maxLength: 2 }), fc.array(fc.oneof(nearPartner, nearPartner, nearEvent, feature), { maxLength: 8 }))
      .map(([projects, rest]) => ({ type: 'FeatureCollection', features: [...projects, ...rest] })),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(feature, { maxLength: 8 }) }) },
  { weight: 1, arbitrary: anyValue },
);

describe('fuzzed (issue #14)', function () {
  this.timeout(120000);

  it(`the validator: ${RUNS} generated collections, no exception, every feature accepted drawable, every problem located`, () => {
    let drawn = 0;
    fc.assert(
      fc.property(collection, (input) => {
        const { data, errors } = parseCollaborations(input);
        drawn += data.partners.length;
        assertDrawable(data);
        assertLocated(errors, ['', 'type', 'features']);
        // A feature that is not drawn (nor another with its id) is named by its place in the list.
        const features = typeof input === 'object' && input !== null ? (input as { features?: unknown }).features : undefined;
        if (!Array.isArray(features)) return;
        const kept = new Set([...data.projects, ...data.partners, ...data.events].map((f) => f.id));
        const first = new Map<unknown, number>();
        features.forEach((f: unknown, i) => {
          const id = typeof f === 'object' && f !== null ? (f as { id?: unknown }).id : undefined;
          if (!first.has(id)) first.set(id, i);
          const shown = typeof id === 'string' && kept.has(id) && first.get(id) === i;
          if (!shown)
            expect(
              errors.some((e) => e.path.startsWith(`features[${i}]`)),
              `features[${i}] is left out unsaid`,
            ).to.equal(true);
        });
      }),
      { numRuns: RUNS },
    );
    // The generator reaches past the refusals: many partners are accepted (and checked).
    expect(drawn).to.be.above(RUNS / 10);
  });

  const cell = fc.oneof(text, fc.constantFrom('41.3888', '2,159', '123', '-90', 'abc', '', 'lead', 'coordinator', '"quoted, cell"', 'a\nb', 'ES', 'NZ'));
  /** Each column's cells as a sheet has them, with a slip now and then. */
  const column: Record<string, fc.Arbitrary<string>> = {
    project: fc.oneof({ weight: 9, arbitrary: fc.constantFrom('Onconet', 'Health Valleys', 'Ωmega') }, { weight: 1, arbitrary: cell }),
    Organisation: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom('Biocat', 'Lyonbiopôle', 'VU', 'Graz, Uni', 'constructor') },
      { weight: 1, arbitrary: cell },
    ),
    ROLE: fc.oneof(fc.constantFrom('lead', 'partner', 'Coordinator', ''), cell),
    lat: fc.oneof({ weight: 9, arbitrary: fc.double({ min: -90, max: 90, noNaN: true }).map(String) }, { weight: 1, arbitrary: cell }),
    lon: fc.oneof({ weight: 9, arbitrary: fc.double({ min: -180, max: 180, noNaN: true }).map(String) }, { weight: 1, arbitrary: cell }),
  };
  const quote = (c: string) => (/[",;\t\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const sheet = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          fc.shuffledSubarray(['project', 'Organisation', 'ROLE', 'lat', 'lon', 'city', 'country', 'url', 'type', 'short name', 'junk'], { minLength: 4 }),
          fc.integer({ min: 0, max: 8 }),
          fc.constantFrom(',', ';', '\t'),
        )
        .chain(([head, n, sep]) =>
          fc
            .array(fc.tuple(...head.map((h) => column[h] ?? cell)), { minLength: n, maxLength: n })
            .map((rows) => [head, ...rows].map((r) => r.map(quote).join(sep)).join(sep === ';' ? '\r\n' : '\n')),
        ),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.shuffledSubarray(['project', 'Organisation', 'ROLE', 'city', 'country', 'lat', 'lon', 'url', 'type', 'short name', 'junk'], { minLength: 0 }),
          fc.array(fc.array(cell, { maxLength: 11 }), { maxLength: 8 }),
          fc.constantFrom(',', ';', '\t'),
        )
        .map(([head, rows, sep]) => [head, ...rows].map((r) => r.map(quote).join(sep)).join('\n')),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  );

  it(`the sheet reader: ${RUNS} generated sheets, no exception, every partner drawable, every problem said by row`, () => {
    let drawn = 0;
    fc.assert(
      fc.property(sheet, (csv) => {
        const { data, errors } = parseSheetText(csv);
        drawn += data.partners.length;
        assertDrawable(data);
        assertLocated(errors, ['', 'features']);
        const records = csv.split('\n').length + 1;
        for (const e of errors) {
          const row = Number(/^row (\d+)/.exec(e.path)?.[1] ?? 0);
          expect(row <= records, `${e.path} is a row of the sheet`).to.equal(true);
        }
      }),
      { numRuns: RUNS },
    );
    expect(drawn).to.be.above(RUNS / 10);
  });

  it('can fail: a collection the validator must refuse is refused, and said where', () => {
    const { data, errors } = parseCollaborations({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'x', geometry: null, properties: { kind: 'partner', name: 'X' } }],
    });
    expect(data.partners).to.deep.equal([]);
    expect(() => assertLocated([{ path: 'nowhere', message: 'm' }], [''])).to.throw();
    expect(errors.map((e) => e.path)).to.deep.equal(['features[0].geometry', 'features[0].properties.roles']);
  });
});
