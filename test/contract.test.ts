import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { PartnerMap } from '../src/partner-map.js';
import { cleanup, drawnPartners, letTimePass, mountMap, nextEvent, settle, shadedMarkets, shadow, waitFor, waitForMapAtRest } from './helpers.js';

interface Expected {
  readonly file: string;
  readonly path: string;
  readonly message: string;
  readonly partners: readonly string[];
}

const FIXTURES = '/test/fixtures';
const expected = (await (await fetch(`${FIXTURES}/invalid/expected.json`)).json()) as Expected[];
const small = (await (await fetch(`${FIXTURES}/valid-small.geojson`)).json()) as unknown;

/** Mounts with the given src, resolving with the first data-error (if any) and map-ready. */
async function mountWithSrc(src: string): Promise<{ el: PartnerMap; errors: { path: string; message: string }[] }> {
  const el = document.createElement('partner-map');
  el.style.width = '800px';
  let errors: { path: string; message: string }[] = [];
  el.addEventListener('data-error', (e) => (errors = [...e.detail.errors]));
  el.src = src;
  const ready = nextEvent(el, 'map-ready');
  document.body.append(el);
  await ready;
  return { el, errors };
}

describe('contract: custom data', () => {
  afterEach(cleanup);

  it('draws data given as the data property, and never changes that object', async () => {
    const data = structuredClone(small);
    const before = JSON.stringify(data);
    const el = await mountMap({}, data);
    expect(drawnPartners(el)).to.deep.equal(['alpha', 'beta']);
    expect(shadedMarkets(el)).to.deep.equal(['JP', 'US']);
    expect(el.partners.map((p) => p.id)).to.deep.equal(['alpha', 'beta']);
    expect(el.markets).to.deep.equal([
      { country: 'JP', projects: ['demo'] },
      { country: 'US', projects: ['demo'] },
    ]);
    expect(JSON.stringify(data)).to.equal(before);
  });

  it('loads data from src, with a loading state until it is drawn', async () => {
    const el = document.createElement('partner-map');
    el.src = `${FIXTURES}/valid-small.geojson`;
    document.body.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('.loading')?.textContent.trim()).to.equal('Loading data…');
    await nextEvent(el, 'map-ready');
    await settle(el);
    expect(shadow(el).querySelector('.loading')).to.equal(null);
    expect(drawnPartners(el)).to.deep.equal(['alpha', 'beta']);
  });

  it('when src changes while loading, the latest wins', async () => {
    const el = document.createElement('partner-map');
    el.src = '/test/fixtures/../../data/collaborations.geojson';
    document.body.append(el);
    el.src = `${FIXTURES}/valid-small.geojson`;
    await nextEvent(el, 'map-ready');
    // A fixed wait on purpose: the earlier load must NOT replace the data afterwards.
    await letTimePass(300);
    expect(drawnPartners(el)).to.deep.equal(['alpha', 'beta']);
  });

  it('replaces its data when src changes later, and fires map-ready again', async () => {
    const { el } = await mountWithSrc(`${FIXTURES}/valid-small.geojson`);
    const again = nextEvent(el, 'map-ready');
    el.src = '/data/collaborations.geojson';
    expect((await again).detail).to.deep.equal({ partners: 25, markets: 10 });
  });

  it('says what went wrong when src answers 404, sends a web page, or does not answer in time', async () => {
    const missing = await mountWithSrc('/no/such/file.geojson');
    expect(missing.errors).to.deep.equal([{ path: 'src', message: 'src "/no/such/file.geojson": the server answered HTTP 404 Not Found' }]);
    expect(shadow(missing.el).querySelector('.errors')?.textContent).to.contain('HTTP 404');
    const page = await mountWithSrc('/demo/index.html');
    expect(page.errors[0]?.message).to.equal('src "/demo/index.html": the server sent a web page (text/html), not GeoJSON');
    const el = document.createElement('partner-map');
    // A server that answers only after 3 s (a file that is cached could beat any short limit).
    el.srcTimeout = 200;
    el.src = '/test/bad-server/hang';
    const error = nextEvent(el, 'data-error');
    document.body.append(el);
    expect((await error).detail.errors[0]?.message).to.match(/no answer within 200 ms; the request was stopped/);
  });

  for (const c of expected) {
    it(`invalid file ${c.file}: reports ${c.path || 'the document'} and still draws the valid rest`, async () => {
      const { el, errors } = await mountWithSrc(`${FIXTURES}/invalid/${c.file}`);
      const error = errors.find((e) => e.path === c.path);
      expect(error, JSON.stringify(errors)).to.not.equal(undefined);
      expect(error?.message).to.contain(c.message);
      expect(drawnPartners(el)).to.deep.equal([...c.partners]);
      expect(shadow(el).querySelector('.errors summary')?.textContent).to.match(/problems? in the data; the rest is shown/);
    });
  }
});

describe('contract: attributes, properties and methods', () => {
  afterEach(cleanup);

  it('two instances on one page keep their own data, filters and selection', async () => {
    const a = await mountMap({ projects: 'onconet' });
    const b = await mountMap({}, structuredClone(small));
    expect(drawnPartners(a)).to.have.length(8);
    expect(drawnPartners(b)).to.deep.equal(['alpha', 'beta']);
    a.selectPartner('ico');
    await settle(a);
    expect(shadow(b).querySelector('[part="details"]')).to.equal(null);
    b.projects = [];
    await settle(b);
    expect(drawnPartners(a)).to.have.length(8);
    expect(drawnPartners(b)).to.deep.equal([]);
    expect(shadow(b).querySelector('.empty')?.textContent).to.contain('No project selected');
  });

  it('theme="dark" and theme="light" switch the palette', async () => {
    const el = await mountMap({ theme: 'dark' });
    const sea = () => getComputedStyle(shadow(el).querySelector('.map')!).backgroundColor;
    expect(sea()).to.equal('rgb(27, 31, 36)');
    el.theme = 'light';
    await settle(el);
    expect(sea()).to.equal('rgb(223, 233, 241)');
    expect(el.getAttribute('theme')).to.equal('light');
  });

  it('theme="auto" follows the system: the dark palette when it prefers dark, the light one when light', async () => {
    const el = await mountMap({ theme: 'auto' });
    const sea = () => getComputedStyle(shadow(el).querySelector('.map')!).backgroundColor;
    const text = () => getComputedStyle(el).getPropertyValue('--partner-map-text').trim();
    try {
      await emulateMedia({ colorScheme: 'dark' });
      await waitFor(() => sea() === 'rgb(27, 31, 36)', 'the sea takes the dark palette');
      expect(text()).to.equal('#e6edf3');
      await emulateMedia({ colorScheme: 'light' });
      await waitFor(() => sea() === 'rgb(223, 233, 241)', 'the sea takes the light palette');
      expect(text()).to.equal('#1f2328');
    } finally {
      await emulateMedia({ colorScheme: 'no-preference' });
    }
  });

  it('host-set custom properties theme the map and the project colours', async () => {
    const el = document.createElement('partner-map');
    el.style.setProperty('--partner-map-land', 'rgb(1, 2, 3)');
    el.style.setProperty('--partner-map-color-onconet', 'rgb(200, 0, 0)');
    const ready = nextEvent(el, 'map-ready');
    document.body.append(el);
    await ready;
    expect(getComputedStyle(shadow(el).querySelector('.pm-land')!).fill).to.equal('rgb(1, 2, 3)');
    expect(shadow(el).querySelector('[data-partner="ut3"] path[data-shape]')?.getAttribute('fill')).to.equal('rgb(200, 0, 0)');
  });

  it('fitAll() brings every visible partner back into view after panning away, alone or in a group mark', async () => {
    const el = await mountMap();
    const ids = el.partners.map((p) => p.id);
    expect(ids).to.have.length(25);
    // The mark drawn for a partner now: its own, or the group it shares.
    const markOf = (id: string) =>
      [...shadow(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane .leaflet-marker-icon')].find(
        (m) => m.dataset['partner'] === id || (m.dataset['partners'] ?? '').split(' ').includes(id),
      );
    const inView = (id: string) => {
      const map = shadow(el).querySelector('.map')!.getBoundingClientRect();
      const r = markOf(id)?.getBoundingClientRect();
      return !!r && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
    };
    el.selectPartner('litek');
    await waitFor(() => !ids.every(inView), 'the map flies to LITEK and leaves some partner out of view');
    await waitForMapAtRest(el);
    el.fitAll();
    await waitFor(() => ids.every(inView), 'every partner is back in view');
    await waitForMapAtRest(el);
    for (const id of ids) expect(inView(id), id).to.equal(true);
  });

  it('partners and markets follow the filter', async () => {
    const el = await mountMap({ projects: 'bioxclusters-plus' });
    expect(el.partners.map((p) => p.id).sort()).to.deep.equal(['biocat', 'biom', 'biopmed', 'lyonbiopole']);
    expect(el.markets.map((m) => m.country).sort()).to.deep.equal(['AU', 'BR', 'CA', 'CN', 'JP', 'KR', 'US']);
    el.projects = ['boost4health'];
    await settle(el);
    expect(el.partners).to.have.length(10);
    expect(el.markets).to.deep.equal([]);
  });

  it('language follows lang, and unknown languages fall back to English', async () => {
    const el = await mountMap({ lang: 'es-ES' });
    expect(el.language).to.equal('es');
    el.lang = 'sv';
    await settle(el);
    expect(el.language).to.equal('en');
    expect(shadow(el).querySelector('h2')?.textContent).to.equal('International collaborations');
  });
});
