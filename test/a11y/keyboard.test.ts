import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, listShown, mountMap, settle, shadow, waitFor } from '../helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const active = (el: PartnerMap) => shadow(el).activeElement as HTMLElement | null;
// Assertions compare strings and booleans, not elements: a failing one that prints a Leaflet or Lit
// element can hang the runner.

/** Starts the tour as a visitor does: Tab to ▶ (focused here), Enter. */
async function startTour(el: PartnerMap): Promise<void> {
  el.tour = 60;
  await settle(el);
  el.stopTour();
  await settle(el);
  $(el, '.tour-play')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitFor(() => !!$(el, '.tour-bar'), 'the tour bar is shown');
}

describe('a11y: the tour bar by keyboard', () => {
  afterEach(cleanup);

  for (const key of ['Enter', ' ']) {
    const name = key === ' ' ? 'Space' : key;
    it(`${name} on Next and Previous steps the tour, and focus stays on the control`, async () => {
      const el = await mountMap({ projects: 'onconet laser-go' });
      const steps: string[] = [];
      el.addEventListener('tour-step', (e) => steps.push(`${e.detail.project}/${e.detail.step}`));
      await startTour(el);
      await tabTo(el, 'tour-previous');
      await tabTo(el, 'tour-next');
      steps.length = 0;
      await sendKeys({ press: key });
      await settle(el);
      await sendKeys({ press: key });
      await settle(el);
      expect(steps).to.deep.equal(['laser-go/consortium', 'laser-go/reach']);
      expect(!!$(el, '.tour-bar'), 'the tour goes on').to.equal(true);
      expect(active(el)?.className).to.equal('tour-next');
      await shiftTab();
      await shiftTab();
      expect(active(el)?.className).to.equal('tour-previous');
      await sendKeys({ press: key });
      await settle(el);
      expect(steps.at(-1)).to.equal('laser-go/consortium');
      expect(active(el)?.className).to.equal('tour-previous');
      expect(!!$(el, '.tour-bar')).to.equal(true);
    });

    it(`${name} on Pause pauses (once), again plays; ${name} on Stop ends the tour and focus returns to ▶`, async () => {
      const el = await mountMap({ projects: 'onconet laser-go' });
      await startTour(el);
      $(el, '.tour-toggle')!.focus();
      expect($(el, '.tour-toggle')?.title).to.equal('Pause the tour');
      await sendKeys({ press: key });
      await settle(el);
      expect($(el, '.tour-toggle')?.title).to.equal('Play the tour');
      expect(active(el)?.className).to.equal('tour-toggle');
      await sendKeys({ press: key });
      await settle(el);
      expect($(el, '.tour-toggle')?.title).to.equal('Pause the tour');
      await tabTo(el, 'tour-stop');
      await sendKeys({ press: key });
      await settle(el);
      expect(!!$(el, '.tour-bar')).to.equal(false);
      expect(active(el)?.className).to.equal('tour-play');
    });
  }

  it('Escape in the bar ends the tour and focus returns to ▶', async () => {
    const el = await mountMap({ projects: 'onconet laser-go' });
    await startTour(el);
    $(el, '.tour-next')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(!!$(el, '.tour-bar')).to.equal(false);
    expect(active(el)?.className).to.equal('tour-play');
  });
});

describe('a11y: full screen', () => {
  afterEach(async () => {
    if (document.fullscreenElement) await document.exitFullscreen();
    cleanup();
  });

  it('Enter on Full screen enters it; the button keeps its name and says its state by aria-pressed', async () => {
    const el = await mountMap();
    const button = $(el, '.fullscreen')!;
    expect(button.getAttribute('aria-label')).to.equal('Full screen');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.focus();
    const entered = new Promise((r) => document.addEventListener('fullscreenchange', r, { once: true }));
    await sendKeys({ press: 'Enter' });
    await entered;
    await settle(el);
    expect(document.fullscreenElement).to.equal(el);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(button.getAttribute('aria-label'), 'the name stays').to.equal('Full screen');
  });
});

describe('a11y: focus after details opened from details', () => {
  afterEach(cleanup);

  it('map: a mark → Enter → its country → Enter → Escape returns focus to the mark', async () => {
    const el = await mountMap();
    const mark = await waitForMark(el, 'litek');
    mark.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => active(el) === $(el, '.drawer h3'), 'the details heading has focus');
    const country = $(el, '.drawer [data-country]')!;
    country.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => $(el, '.drawer')?.dataset['kind'] === 'country' && active(el) === $(el, '.drawer h3'), 'the country details have focus');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(!!$(el, '.drawer')).to.equal(false);
    expect(nameOf(active(el))).to.equal(nameOf(mark));
  });

  it('list: Biocat → Spain → Biocat → Escape returns focus to Biocat in the list', async () => {
    const el = await mountMap({ view: 'list' });
    await listShown(el);
    const row = $(el, '.list tr[data-partner="biocat"] .row-link')!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => active(el) === $(el, '.drawer h3'), 'the details heading has focus');
    $(el, '.drawer [data-country="ES"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => $(el, '.drawer')?.dataset['kind'] === 'country', 'Spain is shown');
    $(el, '.drawer [data-partner="biocat"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => $(el, '.drawer')?.dataset['kind'] === 'partner' && active(el) === $(el, '.drawer h3'), 'Biocat is shown again');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(!!$(el, '.drawer')).to.equal(false);
    expect(nameOf(active(el))).to.equal(nameOf(row));
  });
});

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** What a focused element is, in words a failure message can show (an element itself is too big
 *  to print). */
const nameOf = (e: Element | null): string => (e ? `${e.tagName} ${e.className} ${e.getAttribute('aria-label') ?? e.textContent.trim()}` : 'nothing');

/** Presses Tab (a few times at most) until the control with this class has focus. */
async function tabTo(el: PartnerMap, className: string): Promise<void> {
  for (let i = 0; i < 4 && active(el)?.className !== className; i++) await sendKeys({ press: 'Tab' });
  expect(active(el)?.className, `Tab reaches ${className}`).to.equal(className);
}

async function waitForMark(el: PartnerMap, id: string): Promise<HTMLElement> {
  await waitFor(() => !!$(el, `.leaflet-marker-pane [data-partner="${id}"]`), `the ${id} mark is drawn`);
  return $(el, `.leaflet-marker-pane [data-partner="${id}"]`)!;
}
