import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, listShown, mountMap, settle, shadow } from '../helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);

/** What the browser paints for a control's state, as far as computed styles tell (in forced colours,
 *  colours are forced, shadows dropped): its own and its state glyph's. */
function looks(target: Element): string {
  const painted = (e: Element | null) => {
    if (!e) return '';
    const s = getComputedStyle(e);
    return [
      s.backgroundColor,
      s.color,
      s.borderTopStyle,
      s.borderTopWidth,
      s.borderTopColor,
      s.outlineStyle,
      s.boxShadow,
      s.textDecorationLine,
      s.fontWeight,
    ].join(' ');
  };
  return [
    painted(target),
    painted(target.querySelector('.check')),
    painted(target.querySelector('svg.pm-key')),
    painted(target.querySelector('svg.pm-key *')),
  ].join(' | ');
}

/* Forced colours are emulated by a command of the test runner's config (emulateMedia's forcedColors
   is not passed on to Chromium by @web/test-runner-chrome). */
describe('a11y: forced colours', () => {
  afterEach(async () => {
    cleanup();
    await executeServerCommand('forced-colors', 'none');
  });

  for (const forced of [true, false]) {
    it(`${forced ? 'forced colours' : 'normal colours'}: pressed and unpressed toggles look different (projects, layers, Map/List)`, async () => {
      if (forced) await executeServerCommand('forced-colors', 'active');
      // Boost4Health and BioXclusters plus turned off by their toggles (an embed's own projects= would
      // not offer them at all).
      const el = await mountMap({ layers: 'consortia events' });
      for (const id of ['boost4health', 'bioxclusters-plus']) $(el, `.filters [data-project="${id}"]`)?.click();
      await settle(el);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(forced);
      const pairs: [string, string][] = [
        ['[data-project="onconet"]', '[data-project="boost4health"]'],
        ['[data-layer="consortia"]', '[data-layer="reach"]'],
        ['[data-view="map"]', '[data-view="list"]'],
      ];
      for (const [pressed, unpressed] of pairs) {
        // Map/List is a radio group: its state is aria-checked.
        const state = pressed.includes('view') ? 'aria-checked' : 'aria-pressed';
        expect($(el, pressed)?.getAttribute(state)).to.equal('true');
        expect($(el, unpressed)?.getAttribute(state)).to.equal('false');
        expect(looks($(el, pressed)!), `${pressed} vs ${unpressed}`).to.not.equal(looks($(el, unpressed)!));
      }
    });
  }

  it('axe finds no violations in forced colours, map and list', async () => {
    await executeServerCommand('forced-colors', 'active');
    for (const view of ['map', 'list']) {
      const el = await mountMap({ view });
      if (view === 'list') await listShown(el);
      el.focusProject('boost4health');
      await settle(el);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it("normal colours: an unpressed project's key is drawn hollow (the rule reaches the svg key)", async () => {
    const el = await mountMap();
    for (const id of ['boost4health', 'laser-go', 'bioxclusters-plus']) $(el, `.filters [data-project="${id}"]`)?.click();
    await settle(el);
    const key = (id: string) => getComputedStyle($(el, `[data-project="${id}"] svg.pm-key path`)!).fill;
    expect(key('boost4health')).to.equal('none');
    expect(key('onconet')).to.not.equal('none');
  });

  it("the selected mark glows in the accent colour (its glow is not replaced by the marks' shadow)", async () => {
    const el = await mountMap();
    el.selectPartner('litek');
    await settle(el);
    const mark = $(el, '.leaflet-marker-pane [data-partner="litek"]')!;
    expect(mark.classList.contains('pm-selected')).to.equal(true);
    const accent = getComputedStyle($(el, '.frame')!).getPropertyValue('--partner-map-accent').trim();
    const filter = getComputedStyle(mark.querySelector('svg')!).filter;
    expect(filter.match(/drop-shadow/g), filter).to.have.length(2);
    expect(accent).to.equal('#0b5cad');
    expect(filter).to.contain('rgb(11, 92, 173)');
  });
});
