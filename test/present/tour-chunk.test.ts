/** The tour comes in a chunk of its own, fetched the first time it plays. Alone in its file: the
 *  page must not have played a tour before. */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { cleanup, letTimePass, mountMap, shadow } from '../helpers.js';

/** The requests for the tour's module (not its slot or caption, which are in the start). */
const tourFetches = () => performance.getEntriesByType('resource').filter((e) => /\/present\/tour\.(js|ts)\b/.test(e.name)).length;

describe('the tour’s chunk', () => {
  afterEach(cleanup);

  it('is not fetched by a map that is not presented; a stop while it is on its way, or the widget leaving the page, starts nothing; the next play shows its first step by updateComplete', async () => {
    const el = await mountMap();
    const steps: string[] = [];
    el.addEventListener('tour-step', (e) => steps.push(`${e.detail.project}/${e.detail.step}`));
    expect(tourFetches(), 'fetched before any tour').to.equal(0);
    expect(!!shadow(el).querySelector('.tour-play'), 'the ▶ button is there all the same').to.equal(true);

    // Played and stopped before the chunk arrived: the stop wins. Played by a widget that leaves
    // the page before it arrives: none starts there either (its timer would step on unseen).
    const gone = await mountMap();
    gone.addEventListener('tour-step', () => steps.push('a step on a widget that left the page'));
    el.playTour();
    el.stopTour();
    gone.playTour();
    gone.remove();
    await el.updateComplete;
    await gone.updateComplete;
    expect(tourFetches(), 'fetched on the first play').to.equal(1);
    // Something must NOT happen: a tour starting late, once the chunk has arrived.
    await letTimePass(300);
    expect(!!shadow(el).querySelector('.tour-bar'), 'a tour bar').to.equal(false);
    expect(steps).to.deep.equal([]);

    el.playTour();
    await el.updateComplete;
    expect(steps).to.deep.equal(['boost4health/consortium']);
    expect(shadow(el).querySelector('.tour-status')?.textContent).to.contain('Boost4Health');
    expect(!!shadow(el).querySelector('.tour-error'), 'an error said').to.equal(false);
    expect(tourFetches(), 'fetched once').to.equal(1);
    el.stopTour();
  });
});
