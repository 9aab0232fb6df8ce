/**
 * The tour as a room sees it: each step a short caption over an isolated project, the full text
 * one key away, steps fitted clear of the bar, and presentation mode large enough to read from
 * the back (#16).
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, settle, shadow, waitFor, waitForMapAtRest } from '../helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const text = (el: PartnerMap, selector: string) => $(el, selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
/** The font size a visitor sees, in CSS px: the computed size times the zoom of the panels. */
const shownPx = (e: Element) => Number.parseFloat(getComputedStyle(e).fontSize) * (e as Element & { currentCSSZoom: number }).currentCSSZoom;

/** Starts a tour paused on its first step, and steps on until `label` is shown. */
async function tourAt(el: PartnerMap, label: string): Promise<void> {
  el.playTour();
  await settle(el);
  $(el, '.tour-toggle')!.click(); // paused: the steps below are the test's
  for (let i = 0; i < 8 && !text(el, '.tour-status').startsWith(label); i++) {
    $(el, '.tour-next')!.click();
    await settle(el);
  }
  expect(text(el, '.tour-status')).to.contain(label);
}

describe('presenting: a tour for a room', () => {
  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('each step is a caption (headline and one line), with the details closed', async () => {
    const el = await mountMap();
    await tourAt(el, 'LASER-GO: consortium');
    expect(text(el, '.tour-line')).to.equal('2018–2019 · 6 partners in 5 countries');
    expect($(el, '.drawer')).to.equal(null);
    await tourAt(el, 'LASER-GO: reach');
    expect(text(el, '.tour-line')).to.equal('6 partners · 8 target markets');
    // Onconet's dates are not in the sources: the caption leaves them out rather than guess.
    await tourAt(el, 'Onconet: consortium');
    expect(text(el, '.tour-line')).to.equal('8 partners in 3 countries');
  });

  it('the full text is one key away: I opens the details and pauses; Escape returns to ⓘ, the tour still on', async () => {
    const el = await mountMap();
    el.tour = 30;
    await waitFor(() => text(el, '.tour-status').startsWith('Boost4Health'), 'the tour shows its first step');
    $(el, '.tour-next')!.focus();
    await sendKeys({ press: 'i' });
    await waitFor(() => !!$(el, '.drawer h3'), 'the details are open');
    expect(text(el, '.drawer h3')).to.contain('Boost4Health');
    expect($(el, '.tour-toggle')?.title).to.equal('Play the tour'); // paused
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '.drawer')).to.equal(null);
    expect($(el, '.tour-bar')).to.not.equal(null);
    expect(shadow(el).activeElement).to.equal($(el, '.tour-more'));
    el.stopTour();
  });

  it('a presenter’s clicker steps: Page Down goes on, Page Up goes back', async () => {
    const el = await mountMap({ projects: 'onconet laser-go' });
    const steps: string[] = [];
    el.addEventListener('tour-step', (e) => steps.push(`${e.detail.project}/${e.detail.step}`));
    el.tour = 30;
    await waitFor(() => steps.length === 1, 'the first step');
    $(el, '.tour-toggle')!.focus();
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageUp' });
    expect(steps).to.deep.equal(['onconet/consortium', 'laser-go/consortium', 'laser-go/reach', 'laser-go/consortium']);
    el.stopTour();
  });

  it('the LASER-GO reach step isolates LASER-GO: Brazil and China (bioXclusters plus only) dimmed, LITEK at full strength', async () => {
    const el = await mountMap();
    await tourAt(el, 'LASER-GO: reach');
    await waitForMapAtRest(el);
    const opacity = (s: string) => Number(getComputedStyle($(el, s)!).opacity);
    for (const code of ['BR', 'CN']) expect(opacity(`.pm-market-${code}`), code).to.be.at.most(0.4);
    for (const code of ['US', 'JP', 'IL']) expect(opacity(`.pm-market-${code}`), code).to.equal(1);
    for (const arc of shadow(el).querySelectorAll('.pm-arc-bioxclusters-plus')) expect(Number(getComputedStyle(arc).opacity)).to.be.at.most(0.4);
    const litek = $(el, '.leaflet-marker-pane [data-partner="litek"]')!;
    expect(Number(getComputedStyle(litek).opacity)).to.equal(1);
    el.stopTour();
  });

  it('the first step is fitted clear of the tour bar: every Boost4Health mark is above it or beside it', async () => {
    await setViewport({ width: 1300, height: 760 });
    const el = await mountMap();
    el.style.width = '1280px';
    el.style.setProperty('--partner-map-height', '720px');
    await settle(el);
    el.playTour();
    await waitFor(() => !!$(el, '.tour-bar'), 'the tour bar');
    $(el, '.tour-toggle')!.click();
    await waitForMapAtRest(el);
    const bar = $(el, '.tour-bar')!.getBoundingClientRect();
    const marks = [...shadow(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-partner], .leaflet-marker-pane [data-partners]')].filter((m) =>
      `${m.dataset.partner ?? ''} ${m.dataset.partners ?? ''}`.match(/\b(bom|biocat)\b/),
    );
    expect(marks.length).to.be.greaterThan(1);
    for (const m of marks) {
      const r = m.getBoundingClientRect();
      const under = r.bottom > bar.top && r.top < bar.bottom && r.right > bar.left && r.left < bar.right;
      expect(under, `${m.dataset.partner ?? m.dataset.partners} under the tour bar`).to.equal(false);
    }
    el.stopTour();
  });

  it('at 1920×1080 in presentation mode the title is at least 40 px, the caption at least 28 px, and search, list and download are tucked away', async () => {
    const el = await mountMap({ presentation: '' });
    el.style.width = '1920px';
    el.style.setProperty('--partner-map-height', '1080px');
    el.tour = 30;
    await waitFor(() => !!$(el, '.tour-line'), 'a caption');
    await settle(el);
    expect(shownPx($(el, 'h2')!)).to.be.at.least(40);
    expect(shownPx($(el, '.tour-status')!)).to.be.at.least(28);
    expect(shownPx($(el, '.tour-line')!)).to.be.at.least(28);
    for (const s of ['.search', '.switch', '.download']) expect($(el, s)?.checkVisibility(), s).to.equal(false);
    el.presentation = false;
    await settle(el);
    for (const s of ['.search', '.switch', '.download']) expect($(el, s)?.checkVisibility(), s).to.equal(true);
    el.stopTour();
  });
});
