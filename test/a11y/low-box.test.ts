/** A box as low as a 1280×1024 screen at 400 % zoom (320×256 CSS px, WCAG 1.4.10): every map
 *  control stays inside the widget, and the world inset does not cover the map and its buttons. */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { cleanup, mountMap, settle, shadow } from '../helpers.js';

describe('a11y: a 320×256 widget (400 % zoom)', () => {
  afterEach(cleanup);

  it('keeps every map control inside its box and leaves the world inset out', async () => {
    const el = await mountMap();
    el.style.width = '320px';
    el.style.setProperty('--partner-map-height', '256px');
    await settle(el);
    const box = el.getBoundingClientRect();
    const controls = [...shadow(el).querySelectorAll<HTMLElement>('.zoom button, .pan button, .tools-group > button, .tools-group summary')];
    expect(controls.length).to.be.at.least(9);
    for (const c of controls) {
      const r = c.getBoundingClientRect();
      const inside = r.top >= box.top && r.bottom <= box.bottom && r.left >= box.left && r.right <= box.right;
      expect(inside, `${c.className || c.getAttribute('title') || c.textContent} inside the widget`).to.equal(true);
    }
    const inset = shadow(el).querySelector('.reach-inset');
    expect(!inset || !inset.checkVisibility()).to.equal(true);
  });
});
