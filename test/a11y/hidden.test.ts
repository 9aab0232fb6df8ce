import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, settle, shadow, waitFor, waitForMapAtRest } from '../helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const active = (el: PartnerMap) => shadow(el).activeElement as HTMLElement | null;

/** Whether the element is what a visitor sees at its own centre (nothing covers it). */
function seen(el: PartnerMap, target: HTMLElement): boolean {
  return coveredBy(el, target) === '';
}

/** What a visitor sees at the element's centre instead of it ('' when it is the element). */
function coveredBy(el: PartnerMap, target: HTMLElement): string {
  const r = target.getBoundingClientRect();
  const hit = shadow(el).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  const where = `at ${Math.round(r.left)},${Math.round(r.top)}`;
  return r.width > 0 && hit && (hit === target || target.contains(hit))
    ? ''
    : hit
      ? `${nameOf(hit.closest('[class]') ?? hit).slice(0, 60)} ${where}`
      : `nothing ${where}`;
}

/** What a control is, in words a failure message can show. */
const nameOf = (e: Element): string => `${e.tagName} ${e.className} ${e.getAttribute('aria-label') ?? e.textContent.trim().slice(0, 40)}`;

/** Controls a Tab can reach now (drawn, in the Tab order), outside the details panel and the map
 *  (the map's one mark in the Tab order is brought into view when it takes focus: tested below). */
function tabbable(el: PartnerMap): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('button, summary, a[href], input, [tabindex="0"]')].filter(
    (c) => c.tabIndex >= 0 && !c.closest('.drawer') && !c.closest('.leaflet-container') && c.checkVisibility({ visibilityProperty: true }),
  );
}

async function mountAt(width: number): Promise<PartnerMap> {
  await setViewport({ width: width + 20, height: 760 });
  const el = await mountMap();
  el.style.width = `${width}px`;
  await settle(el);
  await waitForMapAtRest(el);
  return el;
}

describe('a11y: no control hidden under the details panel', () => {
  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [1280, 700, 400]) {
    it(`${width} px: with details open, every control a Tab reaches outside the panel is visible`, async () => {
      const el = await mountAt(width);
      el.focusProject('laser-go');
      await waitFor(() => !!$(el, '.drawer'), 'the details are open');
      await settle(el);
      await waitForMapAtRest(el);
      const hidden = tabbable(el)
        .filter((c) => !seen(el, c))
        .map((c) => `${nameOf(c)} under ${coveredBy(el, c)}`);
      expect(hidden).to.deep.equal([]);
    });

    it(`${width} px: with the tour on and its step's details open (ⓘ), the tour bar is not covered`, async () => {
      const el = await mountAt(width);
      el.playTour();
      await waitFor(() => !!$(el, '.tour-more'), 'the tour shows a step');
      $(el, '.tour-more')!.click();
      await waitFor(() => !!$(el, '.drawer'), "the step's details are open");
      await settle(el);
      const bar = [...shadow(el).querySelectorAll<HTMLElement>('.tour-bar button')];
      expect(bar.filter((c) => !seen(el, c)).map((c) => `${nameOf(c)} under ${coveredBy(el, c)}`)).to.deep.equal([]);
      el.stopTour();
    });
  }

  for (const width of [1280, 400]) {
    it(`${width} px: arrowing through every mark with details open, each focused mark is in view, not under the panel or the legend`, async () => {
      const el = await mountAt(width);
      el.focusProject('onconet');
      await waitFor(() => !!$(el, '.drawer'), 'the details are open');
      await waitForMapAtRest(el);
      // As a visitor: Tab from the map to its one mark in the Tab order, then Home.
      $(el, '.leaflet-container')!.focus({ preventScroll: true });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Home' });
      const covered: string[] = [];
      const visited = new Set<HTMLElement>();
      for (let i = 0; i < 40; i++) {
        await waitForMapAtRest(el);
        const mark = active(el)!;
        if (!seen(el, mark)) covered.push(`${nameOf(mark)} under ${coveredBy(el, mark)}`);
        if (visited.has(mark)) break;
        visited.add(mark);
        await sendKeys({ press: 'ArrowRight' });
      }
      expect(visited.size, 'the walk went over several marks').to.be.above(5);
      expect(covered).to.deep.equal([]);
    });
  }
});
