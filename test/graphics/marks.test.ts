import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { cleanup, mountMap, settle, shadow, waitFor } from '../helpers.js';

describe('marks that templates reuse', () => {
  afterEach(cleanup);

  it("keeps the legend's and toggles' project keys as the same nodes while typing in search", async () => {
    const el = await mountMap();
    const keys = () => [...shadow(el).querySelectorAll('.legend-projects .pm-key, .project-toggle .pm-key, .legend-marks .pm-glyph')];
    const before = keys();
    expect(before.length).to.be.greaterThan(8);
    const input = shadow(el).querySelector<HTMLInputElement>('.search input')!;
    for (const value of ['b', 'ba', 'bar']) {
      input.value = value;
      input.dispatchEvent(new InputEvent('input'));
      await settle(el);
    }
    // The search comes in a chunk of its own: its results follow once it is here.
    await waitFor(() => shadow(el).querySelectorAll('.search [role="option"]').length > 0, 'search did re-render');
    const after = keys();
    expect(after).to.have.length(before.length);
    for (const [i, node] of after.entries()) expect(node === before[i], `key ${i} is the same node`).to.equal(true);
  });
});
