import { expect, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { cleanup, drawnIds, drawnPartners, fillOf, languageShown, mountMap, settle, shadedMarkets, shadow, waitFor } from './helpers.js';
import { REACH_RAMP } from '../src/graphics/colours.js';
import type { MapReadyEvent } from '../src/element/api.js';
import type { PartnerMap } from '../src/partner-map.js';

const CONSORTIA: Record<string, string[]> = {
  boost4health: ['biocat', 'biopeople', 'bioregio-stern', 'bom', 'eurasante', 'id2sante', 'kcc', 'mgc', 'oost-nl', 'uliege'],
  onconet: ['biocat', 'cnio', 'coimbra', 'ico', 'navarrabiomed', 'pts-granada', 'ut3', 'vhio'],
  'laser-go': ['biocat', 'hts', 'litek', 'medicen', 'optence', 'opticsvalley'],
  'bioxclusters-plus': ['biocat', 'biom', 'biopmed', 'lyonbiopole'],
};
const LASER_GO_MARKETS = ['AU', 'CA', 'IL', 'JP', 'KR', 'MY', 'SG', 'US'];
const BIOX_MARKETS = ['AU', 'BR', 'CA', 'CN', 'JP', 'KR', 'US'];

/** The mark on the map that shows a partner or an event now: its own, or the group it is in. */
const markOf = (el: PartnerMap, kind: 'partner' | 'event', id: string): HTMLElement | null =>
  shadow(el).querySelector<HTMLElement>(`.leaflet-marker-pane [data-${kind}="${id}"], .leaflet-marker-pane [data-${kind}s~="${id}"]`);

const detailsText = (el: PartnerMap): string => shadow(el).querySelector('[part="details"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Opens the details of a partner or an event as a user does, with clicks: on its mark if it stands
 * alone, else on the group it is in, which zooms in until it splits, or, when its members share one
 * place, lists them (then on its name in that list). Returns the details' text once they name it.
 */
async function openByClicks(el: PartnerMap, kind: 'partner' | 'event', id: string, name: string): Promise<string> {
  const listed = () => shadow(el).querySelector<HTMLElement>(`[part="details"] button[data-${kind}="${id}"]`);
  for (let clicks = 0; clicks < 6 && !listed(); clicks++) {
    const mark = markOf(el, kind, id);
    if (!mark) throw new Error(`no mark shows ${kind} ${id}`);
    mark.click();
    if (mark.hasAttribute(`data-${kind}`)) break;
    await waitFor(() => !!listed() || markOf(el, kind, id) !== mark, `the group holding ${id} opens (zooms in or lists its members)`);
  }
  listed()?.click();
  await waitFor(() => !!shadow(el).querySelector('[part="details"] h3')?.textContent.includes(name), `the details of ${name} open`);
  return detailsText(el);
}

const inside = (r: DOMRect | undefined, box: DOMRect | undefined): boolean =>
  !!r && !!box && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;

describe('<partner-map>', () => {
  afterEach(cleanup);

  it('fires map-ready once drawn, bubbling out of the shadow root, with what it drew', async () => {
    const el = document.createElement('partner-map');
    const heard: Promise<MapReadyEvent> = oneEvent(document, 'map-ready');
    document.body.append(el);
    const event = await heard;
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ partners: 25, markets: 10 });
  });

  it('draws every organisation once, and Biocat (partners only, zoomed in to it) as one mark in four project colours', async () => {
    const el = await mountMap();
    const all = [...new Set(Object.values(CONSORTIA).flat())].sort();
    // Each once: alone, or in the group mark of its place (a second mark would repeat its id).
    expect(drawnPartners(el)).to.deep.equal(all);
    // Biocat shares its place with the ONCO Emergence Forum, so it stands alone only without events.
    el.layers = ['consortia'];
    await settle(el);
    el.selectPartner('biocat');
    await waitFor(() => !!shadow(el).querySelector('.leaflet-marker-pane [data-partner="biocat"]'), 'Biocat stands alone');
    const biocat = shadow(el).querySelector('.leaflet-marker-pane [data-partner="biocat"]');
    expect(biocat?.querySelectorAll('path')).to.have.length(4);
  });

  for (const [project, members] of Object.entries(CONSORTIA)) {
    it(`draws each partner of ${project}, and only those, when it is the one project shown`, async () => {
      const el = await mountMap({ projects: project });
      expect(drawnPartners(el)).to.deep.equal(members);
      // Every member but the lead is linked to the lead.
      expect(shadow(el).querySelectorAll(`.pm-link-${project}`)).to.have.length(members.length - 1);
      expect(shadow(el).querySelectorAll('.pm-lead')).to.have.length(1);
    });
  }

  it('shades exactly the LASER-GO markets, with one arc to each', async () => {
    const el = await mountMap({ projects: 'laser-go' });
    expect(shadedMarkets(el)).to.deep.equal(LASER_GO_MARKETS);
    expect(shadow(el).querySelectorAll('.pm-arc-laser-go')).to.have.length(8);
  });

  it('shades exactly the bioXclusters plus markets, with one arc to each', async () => {
    const el = await mountMap({ projects: 'bioxclusters-plus' });
    expect(shadedMarkets(el)).to.deep.equal(BIOX_MARKETS);
    expect(shadow(el).querySelectorAll('.pm-arc-bioxclusters-plus')).to.have.length(7);
  });

  it('shades countries reached by both programmes stronger than those reached by one', async () => {
    const el = await mountMap();
    expect(shadedMarkets(el)).to.deep.equal([...new Set([...LASER_GO_MARKETS, ...BIOX_MARKETS])].sort());
    for (const both of ['US', 'CA', 'JP', 'KR', 'AU']) expect(fillOf(el, both), both).to.equal(REACH_RAMP.at(-1));
    for (const one of ['IL', 'MY', 'SG', 'BR', 'CN']) expect(fillOf(el, one), one).to.equal(REACH_RAMP[0]);
    const legend = shadow(el).querySelector('[part="legend"]')?.textContent.replace(/\s+/g, ' ');
    expect(legend).to.contain('Target market of 1 programme').and.contain('Target market of 2 programmes');
  });

  it('shades nothing for projects without target markets', async () => {
    const el = await mountMap({ projects: 'boost4health onconet' });
    expect(shadedMarkets(el)).to.deep.equal([]);
    expect(shadow(el).querySelectorAll('.pm-arc')).to.have.length(0);
  });

  it('draws the three events, each as its own symbol where it stands alone', async () => {
    const el = await mountMap();
    const three = ['bio-europe-2018-matchmaking', 'onco-emergence-forum', 'oncothon'];
    // At the first view each shares a group with the partners of its city.
    expect(drawnIds(el, 'event')).to.deep.equal(three);
    el.layers = ['events'];
    await settle(el);
    const events = [...shadow(el).querySelectorAll('.pm-event')].map((m) => m.getAttribute('data-event')).sort();
    expect(events).to.deep.equal(three);
    // A five-pointed star: ten corners, unlike any project's shape.
    for (const star of shadow(el).querySelectorAll('.pm-event path')) expect(star.getAttribute('d')?.match(/[ML]/g)).to.have.length(10);
  });

  it('shows only the layers asked for', async () => {
    const el = await mountMap({ layers: 'reach' });
    expect(drawnPartners(el)).to.deep.equal([]);
    expect(drawnIds(el, 'event')).to.deep.equal([]);
    expect(shadedMarkets(el)).to.have.length(10);
    el.layers = ['consortia', 'events'];
    await settle(el);
    expect(drawnPartners(el)).to.have.length(25);
    expect(shadedMarkets(el)).to.deep.equal([]);
    expect(drawnIds(el, 'event')).to.have.length(3);
  });

  it('follows a change of the projects attribute', async () => {
    const el = await mountMap({ projects: 'onconet' });
    el.setAttribute('projects', 'bioxclusters-plus');
    await settle(el);
    expect(drawnPartners(el)).to.deep.equal(CONSORTIA['bioxclusters-plus']);
    expect(shadow(el).querySelector('.header')?.textContent).to.contain('Map of 1 project: 4 partners in 4 countries; 7 target markets');
  });

  it('opens the details of a partner, with its roles, by clicks on its mark (through the group of its place)', async () => {
    const el = await mountMap();
    const text = await openByClicks(el, 'partner', 'biocat', 'Biocat');
    expect(text).to.contain('Biocat').and.contain('Barcelona, Catalonia, Spain');
    for (const part of ['Boost4Health', 'Onconet', 'beneficiary', 'LASER-GO', 'bioXclusters plus', 'biocat.cat']) expect(text).to.contain(part);
  });

  it('opens the details of an event with its dates and participants, by clicks (through the group of its place)', async () => {
    const el = await mountMap();
    const text = await openByClicks(el, 'event', 'onco-emergence-forum', 'ONCO Emergence Forum');
    expect(text).to.contain('ONCO Emergence Forum').and.contain('more than 160').and.contain('Jun 21, 2018');
  });

  it('opens the details of a country naming the programmes that target it', async () => {
    const el = await mountMap();
    const path = shadow(el).querySelector('.pm-market-JP');
    path?.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 800, clientY: 200 }));
    await waitFor(() => !!shadow(el).querySelector('[part="details"]'), 'the details of Japan open');
    const text = shadow(el).querySelector('[part="details"]')?.textContent ?? '';
    expect(text).to.contain('Japan').and.contain('LASER-GO').and.contain('bioXclusters plus');
  });

  it('opens the details of a project from the legend, with the Boost4Health vouchers', async () => {
    const el = await mountMap();
    shadow(el).querySelector<HTMLButtonElement>('.legend [data-project="boost4health"]')?.click();
    await waitFor(() => !!shadow(el).querySelector('[part="details"]'), 'the details of Boost4Health open');
    const text = shadow(el).querySelector('[part="details"]')?.textContent.replace(/\s+/g, ' ') ?? '';
    expect(text).to.contain('Interreg V B North-West Europe').and.contain('€1.24M').and.contain('Travel 12').and.contain('Impact 3');
    expect(text).to.contain('BOM (Tilburg)').and.contain('10 partners');
  });

  it('names each partner marker for assistive technology: name, city and projects; a group names its members', async () => {
    const el = await mountMap({ projects: 'onconet' });
    const label = (selector: string) => shadow(el).querySelector(`.leaflet-marker-pane ${selector}`)?.getAttribute('aria-label');
    expect(label('[data-partner="cnio"]')).to.equal('CNIO, Madrid, Spain: Onconet (beneficiary)');
    expect(label('[data-partner="ut3"]')).to.equal('UT3, Toulouse, France: Onconet (lead partner)');
    expect(label('[data-partners~="vhio"]')).to.equal('Barcelona · 4: Biocat, ICO, VHIO, ONCO Emergence Forum. Enter zooms in to them.');
    // Focusable, with one mark at a time in the Tab order (arrows move among them).
    for (const mark of shadow(el).querySelectorAll('.leaflet-marker-pane [aria-label]')) expect(mark.getAttribute('tabindex')).to.be.oneOf(['0', '-1']);
    expect(shadow(el).querySelectorAll('.leaflet-marker-pane [tabindex="0"]')).to.have.length(1);
    // Zoomed in to it, VHIO has a mark, and a name, of its own.
    el.selectPartner('vhio');
    await waitFor(() => !!shadow(el).querySelector('.leaflet-marker-pane [data-partner="vhio"]'), 'VHIO stands alone');
    expect(label('[data-partner="vhio"]')).to.equal('VHIO, Barcelona, Spain: Onconet (associated beneficiary)');
    expect(shadow(el).querySelectorAll('.leaflet-marker-pane [tabindex="0"]')).to.have.length(1);
  });

  it('speaks Catalan with lang="ca": summary, legend and country names', async () => {
    const el = await mountMap({ lang: 'ca', projects: 'laser-go' });
    expect(shadow(el).querySelector('.header')?.textContent).to.contain('Mapa de 1 projecte');
    const path = shadow(el).querySelector('.pm-market-US');
    path?.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 300, clientY: 200 }));
    await waitFor(() => !!shadow(el).querySelector('[part="details"]'), 'the details of the United States open');
    expect(shadow(el).querySelector('[part="details"]')?.textContent).to.contain('Estats Units');
  });

  it('takes its language from the nearest ancestor when it has none', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'es';
    document.body.append(wrapper);
    const el = document.createElement('partner-map');
    const ready = oneEvent(el, 'map-ready');
    wrapper.append(el);
    await ready;
    await languageShown(el, 'es');
    expect(shadow(el).querySelector('h2')?.textContent).to.equal('Colaboraciones internacionales');
    wrapper.remove();
  });

  it('adds a raster tile layer only when tiles is set, with its attribution as text', async () => {
    const plain = await mountMap();
    expect(shadow(plain).querySelectorAll('img.leaflet-tile')).to.have.length(0);
    const template = `${location.origin}/test/fixtures/tile.gif?z={z}&x={x}&y={y}`;
    const el = await mountMap({ tiles: template, 'tiles-attribution': '<b>Tiles</b> © someone' });
    // The tile layer's code is loaded when first needed (a chunk of its own in the build).
    await waitFor(() => shadow(el).querySelectorAll('img.leaflet-tile').length > 0, 'tiles are drawn');
    const tile = shadow(el).querySelector('img.leaflet-tile') as HTMLImageElement;
    expect(tile.src).to.match(/tile\.gif\?z=\d+&x=\d+&y=\d+$/);
    // Requested without CORS unless the host asks for it.
    expect(tile.hasAttribute('crossorigin')).to.equal(false);
    const attribution = shadow(el).querySelector('.attribution');
    expect(attribution?.textContent).to.contain('<b>Tiles</b> © someone');
    expect(attribution?.querySelector('b')).to.equal(null);
  });

  it('requests tiles with CORS only with tiles-crossorigin', async () => {
    const el = await mountMap({ tiles: `${location.origin}/test/fixtures/tile.gif?{z}/{x}/{y}`, 'tiles-crossorigin': '' });
    await waitFor(() => shadow(el).querySelectorAll('img.leaflet-tile').length > 0, 'tiles are drawn');
    expect((shadow(el).querySelector('img.leaflet-tile') as HTMLImageElement).crossOrigin).to.equal('anonymous');
  });

  for (const [template, why] of [
    ['data:image/gif;base64,R0lGODlhAQABAAAAACw=', /only http\(s\)/],
    ['javascript:alert(1)//{z}', /only http\(s\)/],
    ['https://tiles.invalid/{foo}/{z}/{x}/{y}.png', /unknown placeholder \{foo\}/],
  ] as const) {
    it(`refuses the tiles template ${template.slice(0, 24)}… with a note in the widget, and draws its own basemap`, async () => {
      const warn = console.warn;
      const said: string[] = [];
      console.warn = (...args: unknown[]) => said.push(args.map(String).join(' '));
      try {
        const el = await mountMap({ tiles: template });
        // The check comes with the tiles chunk.
        await waitFor(() => !!shadow(el).querySelector('.tiles-error'), 'the refusal is said');
        const note = shadow(el).querySelector('.tiles-error');
        expect(note?.textContent).to.match(why);
        expect(note?.querySelector('[lang="en"]')).to.not.equal(null);
        expect(shadow(el).querySelectorAll('.leaflet-tile-pane img')).to.have.length(0);
        expect(shadow(el).querySelectorAll('.pm-land').length).to.be.greaterThan(0);
        expect(said.filter((s) => s.includes('tiles='))).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });
  }

  it('fits the consortia on start, and shows the markets from Brazil to Japan in the reach inset', async () => {
    const el = await mountMap();
    const box = shadow(el).querySelector('.map')?.getBoundingClientRect();
    // Every partner and event, from Coimbra to Vilnius and Granada to Manchester, is in view…
    for (const id of Object.values(CONSORTIA).flat()) expect(inside(markOf(el, 'partner', id)?.getBoundingClientRect(), box), id).to.equal(true);
    for (const id of ['bio-europe-2018-matchmaking', 'onco-emergence-forum', 'oncothon'])
      expect(inside(markOf(el, 'event', id)?.getBoundingClientRect(), box), id).to.equal(true);
    // …at Europe's scale, not the world's: the markets overseas are out of the main view…
    // (Leaflet clips shapes to the view: one out of it is drawn empty.)
    for (const code of ['JP', 'US', 'BR']) {
      const r = shadow(el).querySelector(`.pm-market-${code}`)?.getBoundingClientRect();
      expect(!!r && !!box && r.width > 0 && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom, code).to.equal(false);
    }
    // …and in the reach inset, in the map's corner.
    await waitFor(() => shadow(el).querySelectorAll('.reach-inset [data-market]').length > 0, 'the reach inset is drawn');
    const inset = [...shadow(el).querySelectorAll('.reach-inset [data-market]')].map((m) => m.getAttribute('data-market')).sort();
    expect(inset).to.deep.equal([...new Set([...LASER_GO_MARKETS, ...BIOX_MARKETS])].sort());
    expect(inside(shadow(el).querySelector('.reach-inset')?.getBoundingClientRect(), box), 'the inset').to.equal(true);
  });

  it('disposes its map when removed and draws a fresh one when added again', async () => {
    const el = await mountMap();
    el.remove();
    expect(shadow(el).querySelector('.leaflet-pane')).to.equal(null);
    const ready = oneEvent(el, 'map-ready');
    document.body.append(el);
    await ready;
    expect(drawnPartners(el)).to.have.length(25);
  });
});
