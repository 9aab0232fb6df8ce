/** The target markets on the map are world paths (world-paths.ts): a visitor's click on one opens
 *  its country, a drag that starts and ends on it only moves the map. */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { countries } from '../../src/data/world.js';
import { cleanup, mountMap, settle, shadow, waitForMapAtRest } from '../helpers.js';

/** A project whose one target market is Singapore (a point on the basemap: too small for it), led
 *  by a partner in Barcelona, with a partner at `at` ([lon, lat]). */
const toSingapore = (at: readonly number[]) => ({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'sea', geometry: null, properties: { kind: 'project', name: 'Sea', lead: 'bcn', targetMarkets: ['SG'] } },
    {
      type: 'Feature',
      id: 'bcn',
      geometry: { type: 'Point', coordinates: [2.159, 41.3888] },
      properties: { kind: 'partner', name: 'Barcelona Lab', city: 'Barcelona', country: 'ES', roles: { sea: 'lead' } },
    },
    {
      type: 'Feature',
      id: 'far',
      geometry: { type: 'Point', coordinates: at },
      properties: { kind: 'partner', name: 'Far Lab', city: 'Far', country: 'SG', roles: { sea: 'partner' } },
    },
  ],
});

describe('target markets on the map', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a click on the United States opens its details; a drag across it does not', async () => {
    const el = await mountMap({ 'sync-url': 'mk' });
    location.hash = 'mk=c:39,-98,4';
    await waitForMapAtRest(el, 5000, 10);
    const box = shadow(el).querySelector('.leaflet-container')!.getBoundingClientRect();
    const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    // Kansas, in the middle of the map: the shaded shape of the United States is what is there.
    const under = shadow(el).elementFromPoint(x, y);
    expect(under?.getAttribute('data-market')).to.equal('US');
    expect(getComputedStyle(under!).cursor).to.equal('pointer');

    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 8; i++) await sendMouse({ type: 'move', position: [x + i * 6, y + i * 2] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(shadow(el).querySelector('[part="details"]'), 'no details after a drag').to.equal(null);

    await waitForMapAtRest(el);
    await sendMouse({ type: 'click', position: [x, y] });
    await settle(el);
    expect(shadow(el).querySelector('.drawer h3')?.textContent).to.contain('United States');
  });

  it('a country too small for the basemap is a dot at its place, the same size at every zoom, and opens on a click', async () => {
    const point = countries().byCode.get('SG')?.geometry;
    const [lon = 0, lat = 0] = point?.type === 'Point' ? point.coordinates : [];
    // A partner exactly there: its mark's centre is where the map puts Singapore.
    const el = await mountMap({ 'sync-url': 'mk' }, toSingapore([lon, lat]));
    const centre = (e: Element | null | undefined) => {
      const r = e?.getBoundingClientRect();
      return r ? [r.left + r.width / 2, r.top + r.height / 2] : [NaN, NaN];
    };
    for (const zoom of [3, 7.5]) {
      location.hash = `mk=c:${lat},${lon},${zoom}`;
      await waitForMapAtRest(el, 5000, 10);
      const [x = 0, y = 0] = centre(shadow(el).querySelector('[data-market="SG"]'));
      const [mx = 0, my = 0] = centre(shadow(el).querySelector('.leaflet-marker-pane [data-partner="far"]'));
      expect(Math.hypot(x - mx, y - my), `the dot at Singapore, zoom ${zoom}`).to.be.below(1.5);
    }
    cleanup();
    // The partner elsewhere, so that nothing covers the dot: 12.7 px across at both zooms (what is
    // under the pointer 5 px from its centre is the dot, 8 px away is not), and a click opens it.
    const other = await mountMap({ 'sync-url': 'mk' }, toSingapore([100, 20]));
    const market = (x: number, y: number) => shadow(other).elementFromPoint(x, y)?.closest('[data-market]')?.getAttribute('data-market');
    for (const zoom of [3, 7.5, 5]) {
      location.hash = `mk=c:${lat},${lon},${zoom}`;
      await waitForMapAtRest(other, 5000, 10);
      const [x = 0, y = 0] = centre(shadow(other).querySelector('[data-market="SG"]'));
      expect([market(x + 5, y), market(x, y - 5), market(x + 8, y), market(x, y + 8)], `the dot at zoom ${zoom}`).to.deep.equal([
        'SG',
        'SG',
        undefined,
        undefined,
      ]);
    }
    const [x = 0, y = 0] = centre(shadow(other).querySelector('[data-market="SG"]'));
    await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
    await settle(other);
    expect(shadow(other).querySelector('.drawer h3')?.textContent).to.contain('Singapore');
  });
});
