/** The target markets on the map are world paths (world-paths.ts): a visitor's click on one opens
 *  its country, a drag that starts and ends on it only moves the map. */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { cleanup, mountMap, settle, shadow, waitForMapAtRest } from '../helpers.js';

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
});
