// Issue 19: the view switch as a radio group, the map's Tab stop named and described, pan buttons
// (2.5.7) and named button groups (4.1.2), as a keyboard or pointer user meets them.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import type { Messages } from '../../src/i18n/messages.js';
import { LANGS } from '../../src/i18n/messages.js';
import { cleanup, mountMap, settle, shadow, waitFor, waitForMapAtRest } from '../helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = (el: PartnerMap, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const active = (el: PartnerMap) => shadow(el).activeElement as HTMLElement | null;
/** The accessible description as aria-describedby composes it: the texts of the elements named. */
const description = (el: PartnerMap, target: HTMLElement) =>
  (target.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => shadow(el).getElementById(id)?.textContent.trim() ?? '')
    .join(' ');

describe('a11y: Map/List, a radio group', () => {
  afterEach(cleanup);

  it('is one named Tab stop; the arrows move to the other view and choose it', async () => {
    const el = await mountMap();
    const group = $(el, '.switch')!;
    expect(group.getAttribute('role')).to.equal('radiogroup');
    expect(group.getAttribute('aria-label')).to.equal('View');
    const state = () =>
      $$(el, '.switch [data-view]').map((b) => `${b.dataset['view']} ${b.getAttribute('role')} ${b.getAttribute('aria-checked')} ${b.tabIndex}`);
    expect(state()).to.deep.equal(['map radio true 0', 'list radio false -1']);
    $(el, '.search input')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.dataset['view']).to.equal('map');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.view).to.equal('list');
    expect(active(el)?.dataset['view']).to.equal('list');
    expect(state()).to.deep.equal(['map radio false -1', 'list radio true 0']);
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(el.view).to.equal('map');
    expect(active(el)?.dataset['view']).to.equal('map');
    // Tab leaves the group (the other radio is not a Tab stop).
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.dataset['view']).to.equal(undefined);
  });
});

describe("a11y: the map's Tab stop", () => {
  afterEach(cleanup);

  it('is a group named as a map and described by its keys and the summary', async () => {
    const el = await mountMap();
    const surface = $(el, '.leaflet-container')!;
    expect(surface.tabIndex).to.equal(0);
    expect(surface.getAttribute('role')).to.equal('group');
    expect(surface.getAttribute('aria-roledescription')).to.equal('map');
    expect(surface.getAttribute('aria-label')).to.equal('Map of international collaborations');
    expect(description(el, surface)).to.equal(
      'Arrow keys pan the map, + and − zoom; Tab goes to the marks. Map of 4 projects: 25 partners in 11 countries; 10 target markets',
    );
    // Reached by Tab as a visitor would: it is what has focus, named.
    $(el, '.filters [data-layer="events"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('aria-roledescription')).to.equal('map');
  });

  it('says so in the language shown', async () => {
    const el = await mountMap({ lang: 'ca' });
    const surface = $(el, '.leaflet-container')!;
    await waitFor(() => surface.getAttribute('aria-roledescription') === 'mapa', 'the map is named in Catalan');
    expect(surface.getAttribute('aria-label')).to.equal('Mapa de col·laboracions internacionals');
    expect(description(el, surface)).to.match(/^Les fletxes mouen el mapa/);
  });
});

describe('a11y: pan buttons (2.5.7)', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('a named group of four named buttons pans the map a quarter of its size a click, with no animation under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mountMap();
    await waitForMapAtRest(el);
    const group = $(el, '.pan')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Pan the map');
    const buttons = $$(el, '.pan button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Pan north', 'Pan east', 'Pan south', 'Pan west']);
    for (const b of buttons) {
      const r = b.getBoundingClientRect();
      expect(r.width >= 24 && r.height >= 24, 'at least 24 × 24 px').to.equal(true);
    }
    const size = $(el, '.leaflet-container')!.getBoundingClientRect();
    const mark = () => $(el, '.leaflet-marker-pane [data-partner]')!.getBoundingClientRect();
    const before = mark();
    buttons[1]!.click(); // east: what was a quarter of the width to the right comes to where it was
    const moved = mark();
    expect(Math.round(before.left - moved.left)).to.equal(Math.round(size.width / 4));
    expect(Math.round(moved.top - before.top)).to.equal(0);
    buttons[0]!.click(); // north
    expect(Math.round(mark().top - moved.top)).to.equal(Math.round(size.height / 4));
  });

  it('are named in every language', async () => {
    const names = new Set<string>();
    for (const lang of LANGS) {
      const { messages } = (await import(`../../src/i18n/locales/${lang}.ts`)) as { messages: Messages };
      for (const text of [messages.pan, ...messages.panDirections, messages.mapKeys, messages.zoom, messages.tools, messages.tour]) {
        expect(text.trim(), lang).to.not.equal('');
      }
      names.add(messages.panDirections.join());
    }
    expect(names.size).to.equal(LANGS.length);
  });
});

describe('a11y: button groups have names', () => {
  afterEach(cleanup);

  for (const lang of ['en', 'es']) {
    it(`every group of buttons is named (${lang}): projects, layers, zoom, pan, tools, the tour bar`, async () => {
      const el = await mountMap(lang === 'en' ? {} : { lang });
      el.tour = 60;
      await settle(el);
      await waitFor(() => !!$(el, '.tour-bar'), 'the tour bar is shown');
      const groups = $$(el, '[role="group"], [role="radiogroup"]');
      const unnamed = groups.filter((g) => !g.getAttribute('aria-label')?.trim()).map((g) => g.className);
      expect(unnamed).to.deep.equal([]);
      const named = (selector: string) => $(el, selector)?.getAttribute('aria-label');
      const expected =
        lang === 'en'
          ? ['Projects', 'Layers', 'Zoom', 'Pan the map', 'Tools', 'Tour']
          : ['Proyectos', 'Capas', 'Ampliación', 'Desplazar el mapa', 'Herramientas', 'Recorrido'];
      expect(['.filter-group', '.filter-group.layers', '.zoom', '.pan', '.tools-group', '.tour-bar'].map(named)).to.deep.equal(expected);
      el.stopTour();
    });
  }
});
