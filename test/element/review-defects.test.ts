import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, languageShown, letTimePass, listShown, mountMap, settle, shadow } from '../helpers.js';

/** The text of the open details panel. */
const details = (el: PartnerMap) => shadow(el).querySelector('.drawer')?.textContent ?? '';
const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

describe('defects found in review', () => {
  afterEach(() => {
    cleanup();
    clearHash();
  });

  it('a language chosen while a src file loads is the language of its data too', async () => {
    const el = document.createElement('partner-map');
    el.lang = 'en';
    el.src = '/test/slow/collaborations.geojson';
    el.style.setProperty('--partner-map-height', '600px');
    const ready = oneEvent(el, 'map-ready');
    document.body.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('.loading'), 'still loading when the language changes').to.not.equal(null);
    el.lang = 'ca';
    await ready;
    await languageShown(el, 'ca');
    el.focusProject('boost4health');
    await settle(el);
    expect(details(el)).to.contain("Interreg V B Nord-oest d'Europa 2014–2020");
    expect(details(el)).to.not.contain('North-West Europe 2014');
  });

  it('a link with no project or layer filter shows every project and layer again', async () => {
    location.hash = 'map=p:onconet;l:consortia;v:list';
    const el = await mountMap({ lang: 'en', 'sync-url': 'map' });
    expect(el.projects).to.deep.equal(['onconet']);
    expect(el.layers).to.deep.equal(['consortia']);
    location.hash = 'map=v:list';
    await waitUntil(() => el.projects === null, 'the project filter is cleared');
    expect(el.layers).to.deep.equal(['consortia', 'reach', 'events']);
    expect(el.view).to.equal('list');
    await listShown(el);
    expect(shadow(el).querySelectorAll('.list tbody tr').length, 'every partner is listed').to.be.greaterThan(20);
  });

  it('leaves the host without a lang attribute when none was given', async () => {
    const el = await mountMap();
    expect(el.hasAttribute('lang')).to.equal(false);
    el.lang = 'es';
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('es');
    el.lang = '';
    await el.updateComplete;
    expect(el.hasAttribute('lang')).to.equal(false);
  });

  it('does not fire map-ready again when only the language changes', async () => {
    const el = await mountMap({ lang: 'en' });
    let readies = 0;
    el.addEventListener('map-ready', () => readies++);
    el.lang = 'ca';
    // The marks are drawn again with Catalan names: the language change has reached the map.
    // (LITEK, in Vilnius, stands alone at the first view; Biocat shares the Barcelona group.)
    await waitUntil(
      () => (shadow(el).querySelector('.leaflet-marker-pane [data-partner="litek"]')?.getAttribute('aria-label') ?? '').includes('Lituània'),
      'marks named in Catalan',
    );
    // Asserting that something does not happen: give a late event two more tasks to arrive.
    await letTimePass(50);
    await el.updateComplete;
    expect(readies).to.equal(0);
    // New data is still announced.
    const again = oneEvent(el, 'map-ready');
    el.data = JSON.parse(JSON.stringify(await (await fetch('/data/collaborations.geojson')).json()));
    await again;
  });
});
