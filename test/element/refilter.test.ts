/** A project turned off in a large network: the toggle answers at once, the new selection is
 *  derived over the next tasks (the page is not held up by it), and the widget is complete, for a
 *  host and for the announcement, once it is drawn. */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { generate } from '../../bench/generate.mjs';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, shadow, waitFor } from '../helpers.js';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

describe('a project turned off in a network of 20,000 partners', function () {
  this.timeout(60000);
  afterEach(cleanup);

  it('is pressed off at once; its partners go once the selection is derived, over tasks of their own', async () => {
    const el: PartnerMap = await mountMap({}, generate(20000, 42));
    const before = el.partners.length;
    const summary = shadow(el).querySelector('#summary')!;
    const said = summary.textContent;
    const toggle = shadow(el).querySelector<HTMLButtonElement>('.project-toggle[aria-pressed="true"]')!;
    const id = toggle.dataset['project']!;
    // Partners of this project alone (one in another project too stays, for that one).
    const members = el.partners.filter((p) => Object.keys(p.roles).every((project) => project === id)).length;
    expect(members, 'partners in the project').to.be.greaterThan(1000);

    toggle.click();
    await frame();
    // The next frame: the toggle shows the choice, and the old selection is still the one drawn
    // (deriving 20,000 partners' view takes tasks of its own; at once, it was done by now).
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(el.partners.length, 'the old selection, while the new one is derived').to.equal(before);

    await el.updateComplete;
    expect(el.partners.length).to.equal(before - members);
    expect(el.partners.every((p) => Object.keys(p.roles).some((project) => project !== id))).to.equal(true);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    // The summary says the new counts, and so does the announcement made once complete.
    expect(summary.textContent).not.to.equal(said);
    await waitFor(() => shadow(el).querySelector('[aria-live="polite"]')?.textContent === summary.textContent, 'the new summary announced');

    // Turned on again, all are back once complete.
    toggle.click();
    await el.updateComplete;
    expect(el.partners.length).to.equal(before);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
  });
});
