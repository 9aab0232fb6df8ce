import { expect } from '@open-wc/testing';
import { parseCollaborations, parseCollaborationsText } from '../../src/data/parse.js';

const project = (id: string, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  id,
  geometry: null,
  properties: {
    kind: 'project',
    name: 'Demo',
    programme: 'COSME',
    summary: 'A project.',
    start: '2018-01',
    end: '2019-06-30',
    lead: 'lead-org',
    targetMarkets: ['US'],
    ...extra,
  },
});

const partner = (id: string, coordinates: unknown = [2.159, 41.3888], extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: {
    kind: 'partner',
    name: `Organisation ${id}`,
    shortName: id,
    type: 'cluster',
    city: 'Barcelona',
    region: 'Catalonia',
    country: 'ES',
    url: 'https://example.org/',
    roles: { demo: id === 'lead-org' ? 'lead' : 'partner' },
    ...extra,
  },
});

const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const valid = () => collection(project('demo'), partner('lead-org'), partner('other', [2.1, 41.36]));
const messages = (input: unknown) => parseCollaborations(input).errors.map((e) => e.message);

describe('parseCollaborations', () => {
  it('reads a valid collection into projects and partners with no errors', () => {
    const { data, errors } = parseCollaborations(valid());
    expect(errors).to.deep.equal([]);
    expect(data.projects.map((p) => p.id)).to.deep.equal(['demo']);
    expect(data.partners.map((p) => p.id)).to.deep.equal(['lead-org', 'other']);
    expect(data.partners[1]?.position).to.deep.equal([2.1, 41.36]);
  });

  it('says where a latitude is out of range, and keeps the valid rest', () => {
    const input = collection(project('demo'), partner('lead-org'), partner('oncothon', [2, 123]));
    const { data, errors } = parseCollaborations(input);
    expect(errors).to.have.length(1);
    expect(errors[0]?.message).to.match(/^features\[2\] "oncothon": geometry\.coordinates latitude 123 is out of range \[-90, 90\]/);
    expect(errors[0]?.path).to.equal('features[2].geometry.coordinates');
    expect(data.partners.map((p) => p.id)).to.deep.equal(['lead-org']);
  });

  it('recognises [lat, lon] written the wrong way round, in range or out of it', () => {
    const errs = messages(collection(project('demo'), partner('lead-org', [41.3888, 2.159]), partner('x', [55.67, 120])));
    expect(errs[0]).to.equal(
      'features[1] "lead-org": geometry.coordinates [41.3888, 2.159] is far from ES, and [2.159, 41.3888] would be in it: longitude and latitude look swapped (GeoJSON positions are [longitude, latitude])',
    );
    expect(errs[1]).to.match(
      /features\[2\] "x": geometry\.coordinates latitude 120 is out of range \[-90, 90\] \(swapped\? GeoJSON positions are \[longitude, latitude\], and \[120, 55\.67\] would be valid\)/,
    );
  });

  it('accepts positions near their country: a coastal city, an island, an overseas region', () => {
    const far = (coordinates: number[], country: string) =>
      messages(collection(project('demo'), partner('lead-org', coordinates, { country }))).filter((m) => m.includes('swapped'));
    expect(far([12.5683, 55.6761], 'DK')).to.deep.equal([]); // Copenhagen, on the coast
    expect(far([-15.4134, 28.1235], 'ES')).to.deep.equal([]); // Las Palmas, Canary Islands
    expect(far([-52.33, 4.92], 'FR')).to.deep.equal([]); // Cayenne, French Guiana
    expect(far([103.8198, 1.3521], 'SG')).to.deep.equal([]); // a country drawn as a point
  });

  it('refuses a document that is not a FeatureCollection, or not JSON', () => {
    expect(messages({ type: 'Feature' })[0]).to.match(/must be a GeoJSON FeatureCollection/);
    expect(messages(null)[0]).to.match(/FeatureCollection/);
    expect(parseCollaborationsText('{"type": "FeatureCollection", "features": [').errors[0]?.message).to.match(/not valid JSON/);
  });

  it('accepts a byte-order mark before the JSON', () => {
    expect(parseCollaborationsText(`\ufeff${JSON.stringify(valid())}`).errors).to.deep.equal([]);
  });

  it('reports missing and mistyped properties by name', () => {
    const bad = partner('bad');
    delete (bad.properties as Record<string, unknown>)['name'];
    (bad.properties as Record<string, unknown>)['city'] = 42;
    const errs = messages(collection(project('demo'), partner('lead-org'), bad));
    expect(errs).to.include('features[2] "bad": properties.name must be a non-empty string or translations { "en": …, "fr": …, … }, not nothing');
    expect(errs).to.include('features[2] "bad": properties.city must be a non-empty string or translations { "en": …, "fr": …, … }, not 42');
  });

  it('refuses unknown ISO codes in countries and target markets', () => {
    const errs = messages(collection(project('demo', { targetMarkets: ['US', 'XX', 'usa'] }), partner('lead-org', undefined, { country: 'SPAIN' })));
    expect(errs).to.include('features[0] "demo": properties.targetMarkets[1] must be an ISO 3166-1 alpha-2 code such as "US", not "XX"');
    expect(errs).to.include('features[0] "demo": properties.targetMarkets[2] must be an ISO 3166-1 alpha-2 code such as "US", not "usa"');
    expect(errs).to.include(
      'features[1] "lead-org": properties.country must be an ISO 3166-1 alpha-2 code such as "ES", not "SPAIN"; it is found from the point instead',
    );
  });

  it('drops a link that is not http(s), keeping the partner', () => {
    const input = collection(project('demo'), partner('lead-org', undefined, { url: 'javascript:alert(1)' }));
    const { data, errors } = parseCollaborations(input);
    expect(errors[0]?.message).to.equal('features[1] "lead-org": properties.url must be an http(s) URL, not "javascript:alert(1)"; the link is left out');
    expect(data.partners[0]?.url).to.equal(undefined);
    expect(data.partners[0]?.name).to.equal('Organisation lead-org');
  });

  it('reports duplicate ids and unknown references', () => {
    const errs = messages(
      collection(project('demo', { lead: 'nobody' }), partner('lead-org', undefined, { roles: { demo: 'lead', ghost: 'partner' } }), partner('lead-org'), {
        type: 'Feature',
        id: 'meetup',
        geometry: { type: 'Point', coordinates: [2, 41] },
        properties: { kind: 'event', name: 'Meetup', project: 'ghost', start: '2018', end: '2018', city: 'Barcelona', country: 'ES' },
      }),
    );
    expect(errs).to.include('features[2] "lead-org": id is already used by features[1]; this feature is left out');
    expect(errs).to.include('features[1] "lead-org": properties.roles.ghost names a project that is not in the data; the role is left out');
    expect(errs).to.include('features[0] "demo": warning: properties.lead names a partner "nobody" that is not in the data');
    expect(errs).to.include('features[3] "meetup": properties.project names a project "ghost" that is not in the data; the event is left out');
  });

  it('checks dates: format, calendar and order', () => {
    const errs = messages(collection(project('demo', { start: '2019-02-30', end: '2018' }), partner('lead-org')));
    expect(errs[0]).to.match(/properties\.start must be a date "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null when unknown, not "2019-02-30"/);
    expect(messages(collection(project('demo', { start: '2019', end: '2018' }), partner('lead-org')))[0]).to.match(
      /properties\.end "2018" is before start "2019"/,
    );
  });

  it('keeps "__proto__" keys in the data from reaching any prototype', () => {
    const text = `{"type":"FeatureCollection","features":[${JSON.stringify(project('demo'))},${JSON.stringify(partner('lead-org')).replace('"roles":{', '"roles":{"__proto__":{"polluted":"yes"},')}]}`;
    const { data, errors } = parseCollaborationsText(text);
    expect(errors.map((e) => e.message).join()).to.match(/__proto__/);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.getPrototypeOf(data.partners[0]?.roles)).to.equal(Object.prototype);
  });

  it('never changes the object it was given', () => {
    const input = valid();
    const before = JSON.stringify(input);
    const freeze = (o: unknown): void => {
      if (o && typeof o === 'object') {
        Object.freeze(o);
        Object.values(o).forEach(freeze);
      }
    };
    freeze(input);
    parseCollaborations(input);
    parseCollaborations(collection(project('demo', { lead: 'nobody' }), partner('lead-org', undefined, { roles: { demo: 'lead', ghost: 'x' } })));
    expect(JSON.stringify(input)).to.equal(before);
  });
});
