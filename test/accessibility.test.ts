import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { PartnerMap } from '../src/partner-map.js';
import { cleanup, mountMap, settle, shadow } from './helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const pause = (ms = 60) => new Promise((r) => setTimeout(r, ms));

describe('accessibility: axe-core finds no violations', () => {
  afterEach(cleanup);

  for (const lang of ['en', 'ca', 'es']) {
    for (const theme of ['light', 'dark']) {
      for (const view of ['map', 'list']) {
        it(`${view} view, ${theme} theme, ${lang}`, async () => {
          const el = await mountMap({ lang, theme, view });
          el.focusProject('boost4health');
          await pause(300);
          await expect(el).to.be.accessible();
        });
      }
    }
  }
});

describe('accessibility: keyboard', () => {
  afterEach(cleanup);

  it('Tab reaches the search, the switch, the toggles, the map and one mark', async () => {
    const el = await mountMap();
    const reached: string[] = [];
    $(el, '.search input')?.focus();
    for (let i = 0; i < 16; i++) {
      const active = shadow(el).activeElement as HTMLElement | null;
      reached.push(active?.dataset['view'] ?? active?.dataset['project'] ?? active?.dataset['layer'] ?? active?.dataset['partner'] ?? active?.className ?? '');
      await sendKeys({ press: 'Tab' });
    }
    expect(reached).to.include.members(['map', 'list', 'boost4health', 'reach', 'events']);
    expect(reached.some((r) => r.includes('leaflet-container'))).to.equal(true);
    // Exactly one mark is in the Tab order, right after the map.
    const marks = reached.filter((r) => /^[a-z0-9-]+$/.test(r) && shadow(el).querySelector(`.leaflet-marker-pane [data-partner="${r}"]`));
    expect(marks).to.have.length(1);
  });

  it('arrows walk the marks in reading order and reach each Barcelona-area partner; Enter opens, Escape returns', async () => {
    const el = await mountMap();
    const first = $(el, '.leaflet-marker-pane [tabindex="0"]')!;
    first.focus();
    const visited = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const active = shadow(el).activeElement as HTMLElement | null;
      visited.add(active?.dataset['partner'] ?? active?.dataset['event'] ?? '');
      await sendKeys({ press: 'ArrowRight' });
    }
    expect(visited.size).to.equal(28); // 25 partners and 3 events
    for (const [id, name] of [
      ['biocat', 'Biocat'],
      ['vhio', 'VHIO'],
      ['ico', 'ICO'],
    ] as const) {
      await sendKeys({ press: 'Home' });
      for (let i = 0; i < 40 && (shadow(el).activeElement as HTMLElement | null)?.dataset['partner'] !== id; i++) await sendKeys({ press: 'ArrowRight' });
      const mark = shadow(el).activeElement as HTMLElement;
      expect(mark.dataset['partner']).to.equal(id);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect($(el, '.drawer h3')?.textContent).to.contain(name);
      expect(shadow(el).activeElement).to.equal($(el, '.drawer h3'));
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect($(el, '[part="details"]')).to.equal(null);
      expect(shadow(el).activeElement).to.equal(mark);
    }
  });

  it('arrow keys on the map itself still pan it, and + zooms', async () => {
    const el = await mountMap();
    const map = $(el, '.leaflet-container')!;
    map.focus();
    const pane = $(el, '.leaflet-map-pane')!;
    const before = pane.style.transform;
    await sendKeys({ press: 'ArrowLeft' });
    await pause(400);
    expect(pane.style.transform).to.not.equal(before);
    const zoomBefore = $(el, '.leaflet-marker-pane [data-partner="bom"]')!.getBoundingClientRect();
    await sendKeys({ press: '+' });
    await pause(600);
    expect($(el, '.leaflet-marker-pane [data-partner="bom"]')!.getBoundingClientRect()).to.not.deep.equal(zoomBefore);
  });
});

describe('accessibility: screen readers', () => {
  afterEach(cleanup);

  it('names the map and describes it with a summary that follows the filter', async () => {
    const el = await mountMap({ projects: 'laser-go bioxclusters-plus' });
    const map = $(el, '.map')!;
    expect(map.getAttribute('aria-label')).to.equal('Map of international collaborations');
    expect(map.getAttribute('aria-roledescription')).to.equal('map');
    const summary = shadow(el).getElementById(map.getAttribute('aria-describedby') ?? '');
    expect(summary?.textContent).to.equal('Map of 2 projects: 9 partners in 6 countries; 10 target markets');
    el.projects = ['onconet', 'boost4health'];
    await settle(el);
    expect(summary?.textContent).to.equal('Map of 2 projects: 17 partners in 8 countries; 0 target markets');
  });

  it('announces selections, filter changes and view changes in a polite live region', async () => {
    const el = await mountMap();
    const live = $(el, '[aria-live="polite"]')!;
    expect(live.getAttribute('role')).to.equal('status');
    el.selectPartner('vhio');
    await settle(el);
    expect(live.textContent).to.equal('Partner VHIO: details open. Escape closes them.');
    $(el, '.filters [data-project="onconet"]')?.click();
    await settle(el);
    await settle(el);
    expect(live.textContent).to.equal('Map of 3 projects: 18 partners in 10 countries; 10 target markets');
    $(el, '[data-view="list"]')?.click();
    await settle(el);
    expect(live.textContent).to.equal('List view.');
  });
});

describe('accessibility: languages', () => {
  afterEach(cleanup);

  it('lang="ca": Catalan country names and Catalan money', async () => {
    const el = await mountMap({ lang: 'ca', view: 'list' });
    const markets = [...shadow(el).querySelectorAll('.markets-table tbody th')].map((th) => th.textContent.trim());
    expect(markets).to.include.members(['Estats Units', 'Japó', 'Corea del Sud', 'Brasil', 'Xina']);
    el.focusProject('boost4health');
    await settle(el);
    // Catalan puts the unit after the number, with a decimal comma: "1,24 M €".
    expect($(el, '[part="details"]')?.textContent).to.match(/1,24\sM\s?€/);
    expect($(el, '.partners-table caption')?.textContent).to.equal('Socis (25)');
  });

  it('lang="es": Spanish interface, names and money', async () => {
    const el = await mountMap({ lang: 'es', view: 'list' });
    const markets = [...shadow(el).querySelectorAll('.markets-table tbody th')].map((th) => th.textContent.trim());
    expect(markets).to.include.members(['Estados Unidos', 'Japón', 'Corea del Sur']);
    expect($(el, '[data-view="list"]')?.textContent.trim()).to.equal('Lista');
    el.focusProject('boost4health');
    await settle(el);
    expect($(el, '[part="details"]')?.textContent).to.match(/1,24\sM\s?€/);
  });

  it('shows translated data text in the widget language, and follows a change of lang', async () => {
    const data = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'p',
          geometry: null,
          properties: {
            kind: 'project',
            name: { en: 'Health network', ca: 'Xarxa de salut', es: 'Red de salud' },
            programme: 'COSME',
            summary: { en: 'Summary', ca: 'Resum' },
            start: '2020',
            end: '2021',
            lead: 'a',
            targetMarkets: [],
          },
        },
        {
          type: 'Feature',
          id: 'a',
          geometry: { type: 'Point', coordinates: [2.16, 41.39] },
          properties: {
            kind: 'partner',
            name: 'Alpha',
            shortName: 'Alpha',
            type: 'cluster',
            city: { en: 'Barcelona', es: 'Barcelona' },
            region: { en: 'Catalonia', ca: 'Catalunya', es: 'Cataluña' },
            country: 'ES',
            roles: { p: 'lead' },
          },
        },
      ],
    };
    const el = await mountMap({ lang: 'ca' }, data);
    expect($(el, '.legend')?.textContent).to.contain('Xarxa de salut');
    el.focusProject('p');
    await settle(el);
    expect($(el, '[part="details"]')?.textContent).to.contain('Resum');
    el.lang = 'es';
    await settle(el);
    expect($(el, '.legend')?.textContent).to.contain('Red de salud');
    // No Spanish summary: English, not another language, is the fallback.
    expect($(el, '[part="details"]')?.textContent).to.contain('Summary');
  });
});

describe('accessibility: reduced motion', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('jumps instead of flying when the visitor prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mountMap();
    el.selectPartner('litek');
    await el.updateComplete;
    await Promise.resolve();
    // Already there: no animation frames needed.
    const map = $(el, '.map')!.getBoundingClientRect();
    const mark = $(el, '.leaflet-marker-pane [data-partner="litek"]')!.getBoundingClientRect();
    expect(mark.left).to.be.within(map.left, map.right);
    expect($(el, '.leaflet-container')?.classList.contains('leaflet-zoom-anim')).to.equal(false);
  });
});
