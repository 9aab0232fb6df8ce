import { expect, waitUntil } from '@open-wc/testing';
import type { PartnerMap } from '../../src/partner-map.js';
import '../../src/register.js';
import { cleanup, letTimePass, mountMap, screenVertices, shadow, zoomOf } from '../helpers.js';
import { readHash, decodeState } from '../../src/present/url-state.js';

/** Whether the coasts chunk (src/map/coasts.ts here, dist/partner-map-coasts.js when built) was fetched. */
const coastsFetched = (): boolean => performance.getEntriesByType('resource').some((e) => /\/coasts\.(ts|js)|partner-map-coasts/.test(e.name));

/** Vertices of the land paths (fine or coarse) that are on screen, within the map. */
function vertices(el: PartnerMap, selector: string): number {
  const view = (shadow(el).querySelector('.leaflet-container') as HTMLElement).getBoundingClientRect();
  let n = 0;
  for (const path of shadow(el).querySelectorAll<SVGPathElement>(selector))
    for (const p of screenVertices(path)) if (p.x > view.left && p.x < view.right && p.y > view.top && p.y < view.bottom) n++;
  return n;
}

/** Moves the view as a visitor's link does (the widgets here keep their view under `fine`). */
const viewAt = (lat: number, lng: number, zoom: number): void => {
  location.hash = `fine=c:${lat},${lng},${zoom}`;
};
const zoomTo = (_el: PartnerMap, zoom: number): void => viewAt(41.39, 2.17, zoom);
const mount = () => mountMap({ 'sync-url': 'fine' });

/** The clip on the 110m land's SVG group ('' when none). */
const coarseClip = (el: PartnerMap): string => shadow(el).querySelector<SVGGElement>('.leaflet-pm-base-pane svg > g')?.style.clipPath ?? '';

describe('finer coasts past zoom 5', () => {
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('are not fetched at the first view; over Barcelona at zoom 8 the coast is the 50m one, and the 110m land is clipped away', async () => {
    const el = await mount();
    expect(zoomOf('fine')).to.be.below(5);
    // The first view is complete (map-ready) and a few tasks later still nothing was asked for.
    await letTimePass(0);
    expect(coastsFetched()).to.equal(false);
    expect(shadow(el).querySelectorAll('.pm-land-fine').length).to.equal(0);

    zoomTo(el, 8);
    await waitUntil(() => coarseClip(el).startsWith('path(evenodd'), 'the fine land is drawn and the coarse one clipped', { timeout: 10000 });
    expect(coastsFetched()).to.equal(true);
    // Spain, France, the Balearics… in the view: the 50m land has many times the 110m vertices there.
    const fine = vertices(el, '.pm-land-fine');
    const coarse = vertices(el, '.leaflet-pm-base-pane .pm-land');
    expect(fine).to.be.greaterThan(5 * coarse);
    // The fine land is drawn with the land's own look (a class, so the dark theme applies too).
    const path = shadow(el).querySelector('.pm-land-fine') as SVGPathElement;
    expect(getComputedStyle(path).fill).to.equal(getComputedStyle(shadow(el).querySelector('.leaflet-pm-base-pane .pm-land') as SVGPathElement).fill);
  });

  it('go again below zoom 5, and come back above it', async () => {
    const el = await mount();
    zoomTo(el, 6);
    await waitUntil(() => coarseClip(el).startsWith('path(evenodd'), 'fine land at zoom 6', { timeout: 10000 });
    zoomTo(el, 4);
    await waitUntil(() => shadow(el).querySelectorAll('.pm-land-fine').length === 0, 'no fine land at zoom 4');
    expect(coarseClip(el)).to.equal('');
    zoomTo(el, 7);
    await waitUntil(() => coarseClip(el).startsWith('path(evenodd'), 'fine land again at zoom 7', { timeout: 10000 });
    expect(vertices(el, '.pm-land-fine')).to.be.greaterThan(100);
  });

  it('are left out away from Europe, even zoomed in', async () => {
    const el = await mount();
    viewAt(35.68, 139.69, 8);
    await waitUntil(() => Math.round(decodeState(readHash(location.hash, 'fine') ?? '').centre?.lng ?? 0) === 140 && el.isConnected, 'over Tokyo');
    // Nothing may be fetched or drawn there: a late draw would come within a few tasks.
    await letTimePass(50);
    expect(shadow(el).querySelectorAll('.pm-land-fine').length).to.equal(0);
    expect(coarseClip(el)).to.equal('');
  });
});
