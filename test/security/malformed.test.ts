import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { parseCollaborations, parseCollaborationsText } from '../../src/data/parse.js';
import { catchUncaught, drawnPartners, nextEvent, shadow } from '../helpers.js';

const small = (await (await fetch('/test/fixtures/valid-small.geojson')).json()) as { type: string; features: unknown[] };
const smallText = JSON.stringify(small);

/** Loads `src` into a fresh widget; resolves once drawn, with every error reported. */
async function load(src: string, timeout?: number): Promise<{ el: PartnerMap; errors: { path: string; message: string }[] }> {
  const el = document.createElement('partner-map');
  el.style.width = '800px';
  if (timeout) el.srcTimeout = timeout;
  const errors: { path: string; message: string }[] = [];
  el.addEventListener('data-error', (e) => errors.push(...e.detail.errors));
  el.src = src;
  const ready = nextEvent(el, 'map-ready');
  document.body.append(el);
  await ready;
  return { el, errors };
}

const blobUrl = (parts: BlobPart[]) => URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
const withExtra = (extra: unknown[]) => JSON.stringify({ ...small, features: [...small.features, ...extra] });

interface Case {
  readonly name: string;
  /** Body of the file, or a src URL (when it starts with "/"). */
  readonly body: () => string | BlobPart[];
  readonly path: string;
  readonly message: RegExp;
  readonly partners: readonly string[];
  readonly timeout?: number;
}

const partner = (id: string, extra: Record<string, unknown> = {}, coordinates: unknown = [5, 45]) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: { kind: 'partner', name: id, shortName: id, type: 'cluster', city: 'C', region: 'R', country: 'FR', roles: { demo: 'partner' }, ...extra },
});

const CASES: readonly Case[] = [
  { name: 'a byte-order mark before the JSON', body: () => [`\ufeff${smallText}`], path: '', message: /^$/, partners: ['alpha', 'beta'] },
  {
    name: 'a file that is not UTF-8',
    body: () => [new Uint8Array([...new TextEncoder().encode(smallText.slice(0, -3)), 0xe9, 0x5d, 0x7d])],
    path: '',
    message: /the file is not UTF-8 text/,
    partners: [],
  },
  { name: 'truncated in the middle of a string', body: () => [smallText.slice(0, 200)], path: '', message: /not valid JSON/, partners: [] },
  { name: 'an empty file', body: () => [''], path: '', message: /not valid JSON/, partners: [] },
  { name: 'JSON null', body: () => ['null'], path: 'type', message: /must be a GeoJSON FeatureCollection, not null/, partners: [] },
  { name: 'a JSON string', body: () => ['"hello"'], path: 'type', message: /not "hello"/, partners: [] },
  { name: 'a JSON array', body: () => ['[]'], path: 'type', message: /must be a GeoJSON FeatureCollection, not \[\]/, partners: [] },
  { name: 'an empty collection', body: () => ['{"type":"FeatureCollection","features":[]}'], path: 'features', message: /features is empty/, partners: [] },
  {
    name: 'an enormous number as a coordinate',
    body: () => [withExtra([partner('huge', {}, [999, 45])]).replace('[999,45]', '[1e400,45]')],
    path: 'features[4].geometry.coordinates',
    message: /finite numbers/,
    partners: ['alpha', 'beta'],
  },
  {
    name: 'a coordinate given as a string',
    body: () => [withExtra([partner('text', {}, ['2.1', '41.3'])])],
    path: 'features[4].geometry.coordinates',
    message: /finite numbers, not \["2\.1","41\.3"\]/,
    partners: ['alpha', 'beta'],
  },
  {
    name: 'one coordinate only',
    body: () => [withExtra([partner('one', {}, [2])])],
    path: 'features[4].geometry.coordinates',
    message: /must be \[longitude, latitude\]/,
    partners: ['alpha', 'beta'],
  },
  {
    name: 'coordinates as an object',
    body: () => [withExtra([partner('obj', {}, { lon: 2, lat: 41 })])],
    path: 'features[4].geometry.coordinates',
    message: /must be \[longitude, latitude\]/,
    partners: ['alpha', 'beta'],
  },
  {
    name: 'a null feature',
    body: () => [withExtra([null])],
    path: 'features[4].type',
    message: /must be a GeoJSON Feature, not null/,
    partners: ['alpha', 'beta'],
  },
  {
    name: 'a feature without properties',
    body: () => [withExtra([{ type: 'Feature', id: 'bare', geometry: null }])],
    path: 'features[4].properties',
    message: /properties must be an object, not nothing/,
    partners: ['alpha', 'beta'],
  },
  {
    name: 'an id of 200 characters',
    body: () => [withExtra([partner('x'.repeat(200))])],
    path: 'features[4].id',
    message: /lowercase slug/,
    partners: ['alpha', 'beta'],
  },
  { name: 'an id with accents', body: () => [withExtra([partner('liège')])], path: 'features[4].id', message: /lowercase slug/, partners: ['alpha', 'beta'] },
  {
    name: 'a "constructor" role key',
    body: () => [withExtra([partner('ctor', { roles: { constructor: 'partner', demo: 'partner' } })])],
    path: 'features[4].properties.roles.constructor',
    message: /names a project that is not in the data/,
    partners: ['alpha', 'beta', 'ctor'],
  },
  {
    name: 'nesting 100,000 levels deep',
    body: () => [
      withExtra([partner('deep', { name: `${'['.repeat(100000)}${']'.repeat(100000)}` })]).replace(
        /"name":"\[+\]+"/,
        `"name":${'['.repeat(100000)}${']'.repeat(100000)}`,
      ),
    ],
    path: 'features[4].properties.name',
    message: /must be a non-empty string or translations .* not \[\[\[/,
    partners: ['alpha', 'beta'],
  },
  {
    name: 'a 50 MB file (an unknown property of 50 MB beside valid data)',
    body: () => [`{"type":"FeatureCollection","padding":"`, 'x'.repeat(50 * 1024 * 1024), `","features":${JSON.stringify(small.features)}}`],
    path: '',
    message: /^$/,
    partners: ['alpha', 'beta'],
  },
  {
    name: '100,000 features, all invalid, beside valid data',
    body: () => [withExtra(Array.from({ length: 100000 }, (_, i) => partner(`bad-${i}`, {}, [5, 123])))],
    path: 'features[4].geometry.coordinates',
    message: /latitude 123 is out of range/,
    partners: ['alpha', 'beta'],
  },
  { name: 'a server error (HTTP 500)', body: () => '/test/bad-server/500', path: 'src', message: /the server answered HTTP 500/, partners: [] },
  { name: 'a missing file (HTTP 404)', body: () => '/test/bad-server/missing.geojson', path: 'src', message: /the server answered HTTP 404/, partners: [] },
  {
    name: 'a web page instead of JSON',
    body: () => '/demo/index.html',
    path: 'src',
    message: /the server sent a web page \(text\/html\), not GeoJSON/,
    partners: [],
  },
  { name: 'a redirect to another origin', body: () => '/test/bad-server/elsewhere', path: 'src', message: /could not be fetched/, partners: [] },
  {
    name: 'a server that never answers',
    body: () => '/test/bad-server/hang',
    path: 'src',
    message: /no answer within 200 ms; the request was stopped/,
    partners: [],
    timeout: 200,
  },
];

describe('malformed data: each case says where, throws nothing, and keeps the valid rest', () => {
  /** Nothing escapes as an uncaught exception while a case runs. */
  const uncaught = catchUncaught();

  it('lists the first 50 of 100,000 problems, says how many more, and reports all in data-error', async function () {
    this.timeout(60000);
    const { el, errors } = await load(blobUrl([withExtra(Array.from({ length: 100000 }, (_, i) => partner(`bad-${i}`, {}, [5, 123])))]));
    expect(errors).to.have.length(100000);
    const lines = [...shadow(el).querySelectorAll('.errors li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(lines).to.have.length(51);
    expect(lines[0]).to.match(/^features\[4\]\.geometry\.coordinates .*latitude 123 is out of range/);
    expect(lines[50]).to.equal('…and 99950 more (all are in the data-error event).');
    expect(shadow(el).querySelector('.errors summary')?.textContent).to.contain('100000 problems');
    expect(drawnPartners(el)).to.deep.equal(['alpha', 'beta']);
  });

  for (const c of CASES) {
    it(c.name, async function () {
      this.timeout(60000);
      const body = c.body();
      const src = typeof body === 'string' ? body : blobUrl(body);
      const { el, errors } = await load(src, c.timeout);
      if (c.message.source === '^$') expect(errors, JSON.stringify(errors.slice(0, 3))).to.deep.equal([]);
      else {
        const hit = errors.find((e) => e.path === c.path && c.message.test(e.message));
        expect(hit, JSON.stringify(errors.slice(0, 3))).to.not.equal(undefined);
        // …and it is shown inside the widget, at most 50 lines of it.
        expect(shadow(el).querySelector('.errors')).to.not.equal(null);
        expect(shadow(el).querySelectorAll('.errors li').length).to.be.at.most(51);
      }
      expect(drawnPartners(el)).to.deep.equal([...c.partners]);
      expect(uncaught).to.deep.equal([]);
      // Still responsive: it answers a click.
      const first = shadow(el).querySelector<HTMLElement>('.leaflet-marker-pane [data-partner]');
      if (first) {
        first.click();
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="details"]')).to.not.equal(null);
      }
    });
  }

  it('never changes a data object it was given, even a hostile one', () => {
    const input = JSON.parse(
      withExtra([partner('ctor', { roles: { constructor: 'x', __proto__: 'y', demo: 'lead' } }), { type: 'Feature', id: 'alpha' }]),
    ) as unknown;
    const before = JSON.stringify(input);
    parseCollaborations(input);
    parseCollaborationsText(JSON.stringify(input));
    expect(JSON.stringify(input)).to.equal(before);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });
});
