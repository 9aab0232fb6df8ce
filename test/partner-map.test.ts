import { expect, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { cleanup, drawnPartners, fillOf, mountMap, settle, shadedMarkets, shadow, waitFor } from './helpers.js';
import { REACH_RAMP } from '../src/graphics/colours.js';
import type { MapReadyEvent } from '../src/partner-map.js';

const CONSORTIA: Record<string, string[]> = {
  boost4health: ['biocat', 'biopeople', 'bioregio-stern', 'bom', 'eurasante', 'id2sante', 'kcc', 'mgc', 'oost-nl', 'uliege'],
  onconet: ['biocat', 'cnio', 'coimbra', 'ico', 'navarrabiomed', 'pts-granada', 'ut3', 'vhio'],
  'laser-go': ['biocat', 'hts', 'litek', 'medicen', 'optence', 'opticsvalley'],
  'bioxclusters-plus': ['biocat', 'biom', 'biopmed', 'lyonbiopole'],
};
const LASER_GO_MARKETS = ['AU', 'CA', 'IL', 'JP', 'KR', 'MY', 'SG', 'US'];
const BIOX_MARKETS = ['AU', 'BR', 'CA', 'CN', 'JP', 'KR', 'US'];

/** Opens a marker's popup with a click and returns the popup's text. */
async function clickMarker(el: HTMLElement & { shadowRoot: ShadowRoot | null }, selector: string): Promise<string> {
  const marker = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!marker) throw new Error(`no marker ${selector}`);
  marker.click();
  await waitFor(() => !!el.shadowRoot?.querySelector('[part="details"]'), `the details of ${selector} open`);
  return el.shadowRoot?.querySelector('[part="details"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

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

  it('draws every organisation once, Biocat as one mark in four project colours', async () => {
    const el = await mountMap();
    const all = [...new Set(Object.values(CONSORTIA).flat())].sort();
    expect(drawnPartners(el)).to.deep.equal(all);
    const biocat = shadow(el).querySelector('[data-partner="biocat"]');
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

  it('draws the three events as their own symbol', async () => {
    const el = await mountMap();
    const events = [...shadow(el).querySelectorAll('.pm-event')].map((m) => m.getAttribute('data-event')).sort();
    expect(events).to.deep.equal(['bio-europe-2018-matchmaking', 'onco-emergence-forum', 'oncothon']);
    // A five-pointed star: ten corners, unlike any project's shape.
    expect(shadow(el).querySelector('.pm-event path')?.getAttribute('d')?.match(/[ML]/g)).to.have.length(10);
  });

  it('shows only the layers asked for', async () => {
    const el = await mountMap({ layers: 'reach' });
    expect(drawnPartners(el)).to.deep.equal([]);
    expect(shadow(el).querySelectorAll('.pm-event')).to.have.length(0);
    expect(shadedMarkets(el)).to.have.length(10);
    el.layers = ['consortia', 'events'];
    await settle(el);
    expect(drawnPartners(el)).to.have.length(25);
    expect(shadedMarkets(el)).to.deep.equal([]);
    expect(shadow(el).querySelectorAll('.pm-event')).to.have.length(3);
  });

  it('follows a change of the projects attribute', async () => {
    const el = await mountMap({ projects: 'onconet' });
    el.setAttribute('projects', 'bioxclusters-plus');
    await settle(el);
    expect(drawnPartners(el)).to.deep.equal(CONSORTIA['bioxclusters-plus']);
    expect(shadow(el).querySelector('.header')?.textContent).to.contain('Map of 1 project: 4 partners in 4 countries; 7 target markets');
  });

  it('opens the details of a partner, with its roles, when its marker is clicked', async () => {
    const el = await mountMap();
    const text = await clickMarker(el, '[data-partner="biocat"]');
    expect(text).to.contain('Biocat').and.contain('Barcelona, Catalonia, Spain');
    for (const part of ['Boost4Health', 'Onconet', 'beneficiary', 'LASER-GO', 'bioXclusters plus', 'biocat.cat']) expect(text).to.contain(part);
  });

  it('opens the details of an event with its dates and participants', async () => {
    const el = await mountMap();
    const text = await clickMarker(el, '[data-event="onco-emergence-forum"]');
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

  it('names each partner marker for assistive technology: name, city and projects', async () => {
    const el = await mountMap({ projects: 'onconet' });
    const vhio = shadow(el).querySelector('[data-partner="vhio"]');
    expect(vhio?.getAttribute('aria-label')).to.equal('VHIO, Barcelona, Spain: Onconet (associated beneficiary)');
    // Focusable, with one mark at a time in the Tab order (arrows move among them).
    expect(vhio?.getAttribute('tabindex')).to.be.oneOf(['0', '-1']);
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
    expect(shadow(el).querySelector('h2')?.textContent).to.equal('Colaboraciones internacionales');
    wrapper.remove();
  });

  it('adds a raster tile layer only when tiles is set, with its attribution as text', async () => {
    const plain = await mountMap();
    expect(shadow(plain).querySelectorAll('img.leaflet-tile')).to.have.length(0);
    const pixel = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const el = await mountMap({ tiles: pixel, 'tiles-attribution': '<b>Tiles</b> © someone' });
    // The tile layer's code is loaded when first needed (a chunk of its own in the build).
    await waitFor(() => shadow(el).querySelectorAll('img.leaflet-tile').length > 0, 'tiles are drawn');
    const attribution = shadow(el).querySelector('.attribution');
    expect(attribution?.textContent).to.contain('<b>Tiles</b> © someone');
    expect(attribution?.querySelector('b')).to.equal(null);
  });

  it('fits the visible data on start: Europe and the markets from Brazil to Japan', async () => {
    const el = await mountMap();
    const box = shadow(el).querySelector('.map')?.getBoundingClientRect();
    for (const selector of ['[data-partner="biocat"]', '[data-partner="litek"]', '.pm-market-SG']) {
      const r = shadow(el).querySelector(selector)?.getBoundingClientRect();
      expect(r && box && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom, selector).to.equal(true);
    }
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
