/** The first view keeps every mark inside the map when the map's box changes before the visitor
 *  touches it (a problems banner arriving with the data). */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { SHEET_WITH_BAD_ROW } from '../fixtures/bad-row-sheet.js';
import { cleanup, shadow, waitFor, waitForMapAtRest } from '../helpers.js';

describe('first view: the map box changes before the visitor touches it', () => {
  afterEach(cleanup);

  it('a problems banner above a 660×420 map does not push the marks of its first view off the edges', async () => {
    const el: PartnerMap = document.createElement('partner-map');
    el.style.width = '660px';
    el.style.setProperty('--partner-map-height', '420px');
    el.src = `data:text/csv,${encodeURIComponent(SHEET_WITH_BAD_ROW)}`;
    document.body.append(el);
    await waitFor(() => !!shadow(el).querySelector('.errors') && shadow(el).querySelectorAll('.leaflet-marker-pane > *').length > 0, 'drawn, with its problem');
    await waitForMapAtRest(el, 5000, 10);
    const map = shadow(el).querySelector('.leaflet-container')!.getBoundingClientRect();
    const marks = [...shadow(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane > *')];
    expect(marks.length).to.be.at.least(3);
    for (const m of marks) {
      const r = m.getBoundingClientRect();
      const inside = r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
      expect(inside, `${m.dataset.partner ?? m.dataset.partners} inside the map`).to.equal(true);
    }
  });

  it('the first view is drawn once: the reach inset arrives in the room kept for it, and the map does not move', async () => {
    const el: PartnerMap = document.createElement('partner-map');
    el.style.width = '1280px';
    el.style.setProperty('--partner-map-height', '620px');
    // Every time Leaflet moves or zooms the map it sets each country's outline again: count the
    // settings of one outline from its first drawing until the inset is there and all is at rest.
    let sets = 1;
    const watch = new MutationObserver((records) => (sets += records.length));
    const ready = new Promise((resolve) => el.addEventListener('map-ready', resolve, { once: true }));
    document.body.append(el);
    await waitFor(() => !!shadow(el).querySelector('.leaflet-pm-base-pane path'), 'a country drawn');
    const outline = shadow(el).querySelector<SVGPathElement>('.leaflet-pm-base-pane path')!;
    watch.observe(outline, { attributes: true, attributeFilter: ['d'] });
    await ready;
    await waitFor(() => !!shadow(el).querySelector('.reach-inset'), 'the reach inset shown', 10000);
    await waitForMapAtRest(el, 5000, 10);
    watch.disconnect();
    expect(shadow(el).querySelector('.reach-inset-pending'), 'the room kept for it is gone').to.equal(null);
    expect(sets, 'times the outline was set').to.equal(1);
  });
});
