import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { PartnerMap } from '../src/partner-map.js';
import { animationsDone, cleanup, languageShown, listShown, mountMap, settle, shadow, waitFor, waitForMapAtRest } from './helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = (el: PartnerMap, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];

describe('accessibility: axe-core finds no violations', () => {
  afterEach(cleanup);

  for (const lang of ['en', 'ca', 'es']) {
    for (const theme of ['light', 'dark']) {
      for (const view of ['map', 'list']) {
        it(`${view} view, ${theme} theme, ${lang}`, async () => {
          const el = await mountMap({ lang, theme, view });
          if (view === 'list') await listShown(el);
          el.focusProject('boost4health');
          await waitForMapAtRest(el, 8000, 10);
          await animationsDone(el);
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
      reached.push(
        active?.classList.contains('leaflet-marker-icon')
          ? 'mark'
          : (active?.dataset['view'] ?? active?.dataset['project'] ?? active?.dataset['layer'] ?? active?.className ?? ''),
      );
      await sendKeys({ press: 'Tab' });
    }
    // Map/List is a radio group: one Tab stop, the chosen view (arrows reach the other).
    expect(reached).to.include.members(['map', 'boost4health', 'reach', 'events']);
    expect(reached).to.not.include('list');
    const map = reached.findIndex((r) => r.includes('leaflet-container'));
    expect(map).to.be.above(-1);
    // Exactly one mark (alone or a group) is in the Tab order, right after the map.
    expect(reached.filter((r) => r === 'mark')).to.have.length(1);
    expect(reached[map + 1]).to.equal('mark');
    expect(shadow(el).querySelectorAll('.leaflet-marker-pane [tabindex="0"]')).to.have.length(1);
  });

  it('arrows walk the marks drawn, single and group marks, in reading order of their true places', async () => {
    const el = await mountMap();
    await waitForMapAtRest(el);
    const marks = $$(el, '.leaflet-marker-pane .leaflet-marker-icon');
    const box = $(el, '.leaflet-container')!.getBoundingClientRect();
    // Where a mark stands: its centre, at its place (a group's at its members' centre).
    const at = (m: HTMLElement) => {
      const r = m.getBoundingClientRect();
      return { x: r.left + r.width / 2 - box.left, y: r.top + r.height / 2 - box.top };
    };
    // Reading order: rows (24 px tall) top to bottom, each left to right.
    const expected = marks
      .map((m) => ({ m, p: at(m) }))
      .sort((a, b) => Math.round(a.p.y / 24) - Math.round(b.p.y / 24) || a.p.x - b.p.x)
      .map(({ m }) => m.getAttribute('aria-label'));
    const first = $(el, '.leaflet-marker-pane [tabindex="0"]')!;
    expect(first.getAttribute('aria-label')).to.equal(expected[0]);
    first.focus();
    const visited: (string | null)[] = [];
    for (let i = 0; i < marks.length + 2; i++) {
      const label = (shadow(el).activeElement as HTMLElement | null)?.getAttribute('aria-label') ?? null;
      if (visited.at(-1) !== label) visited.push(label);
      await sendKeys({ press: 'ArrowRight' });
    }
    expect(visited).to.deep.equal(expected);
    // Through those marks, alone or in groups, every partner and event is reached.
    const reached = (kind: string) => new Set(marks.flatMap((m) => [m.dataset[kind], ...(m.dataset[`${kind}s`] ?? '').split(' ')].filter(Boolean)));
    expect(reached('partner').size).to.equal(25);
    expect(reached('event').size).to.equal(3);
    await sendKeys({ press: 'End' });
    expect((shadow(el).activeElement as HTMLElement | null)?.getAttribute('aria-label')).to.equal(expected.at(-1));
    await sendKeys({ press: 'Home' });
    expect((shadow(el).activeElement as HTMLElement | null)?.getAttribute('aria-label')).to.equal(expected[0]);
  });

  it('the Barcelona partners are reached through their group: Enter zooms in and focus moves to the mark now showing that place; at one place, Enter lists them; Escape returns', async () => {
    const el = await mountMap();
    const active = () => shadow(el).activeElement as HTMLElement | null;
    const showing = (m: HTMLElement | null, id: string) => !!m && (m.dataset['partner'] === id || (m.dataset['partners'] ?? '').split(' ').includes(id));
    /** Walks the marks with the arrows from the first until one shows `id`, alone or in a group. */
    const walkTo = async (id: string) => {
      await sendKeys({ press: 'Home' });
      for (let i = 0; i < 40 && !showing(active(), id); i++) await sendKeys({ press: 'ArrowRight' });
      expect(showing(active(), id), `the arrows reach a mark showing ${id}`).to.equal(true);
    };
    /** Enter on the group showing `id` until `id`'s own mark is drawn (or its group lists, not zooms). */
    const zoomTo = async (id: string) => {
      for (let step = 0; active()?.dataset['partners'] && active()?.getAttribute('aria-label')?.includes('Enter zooms in'); step++) {
        expect(step, `${id} stands apart after a few zooms`).to.be.below(6);
        const group = active()!;
        const members = [...(group.dataset['partners'] ?? '').split(' '), ...(group.dataset['events'] ?? '').split(' ')];
        await sendKeys({ press: 'Enter' });
        await waitFor(() => !group.isConnected, 'the group splits as the map zooms in');
        // Focus is not lost to the page: it is on the mark that now shows part of the group's place.
        const now = active();
        expect(now?.classList.contains('leaflet-marker-icon'), 'focus stays on a mark').to.equal(true);
        const shows = [
          now?.dataset['partner'],
          now?.dataset['event'],
          ...(now?.dataset['partners'] ?? '').split(' '),
          ...(now?.dataset['events'] ?? '').split(' '),
        ];
        expect(
          shows.some((m) => !!m && members.includes(m)),
          "focus moves to a mark at the group's place",
        ).to.equal(true);
        await waitForMapAtRest(el);
        await walkTo(id);
      }
    };
    $(el, '.leaflet-marker-pane [tabindex="0"]')!.focus();
    await walkTo('biocat');
    expect(active()?.getAttribute('aria-label')).to.equal('Barcelona · 4: Biocat, ICO, VHIO, ONCO Emergence Forum. Enter zooms in to them.');
    for (const [id, name] of [
      ['vhio', 'VHIO'],
      ['ico', 'ICO'],
    ] as const) {
      await walkTo(id);
      await zoomTo(id);
      const mark = active()!;
      expect(mark.dataset['partner']).to.equal(id);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect($(el, '.drawer h3')?.textContent).to.contain(name);
      expect(active()).to.equal($(el, '.drawer h3'));
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect($(el, '[part="details"]')).to.equal(null);
      expect(active()).to.equal(mark);
    }
    // Biocat and the ONCO Emergence Forum share one address: their mark lists them.
    await walkTo('biocat');
    await zoomTo('biocat');
    const here = active()!;
    expect(here.getAttribute('aria-label')).to.contain('They share one place; Enter lists them.');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active()).to.equal($(el, '.drawer h3'));
    expect($(el, '.drawer [data-event="onco-emergence-forum"]')).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '[part="details"]')).to.equal(null);
    expect(active()).to.equal(here);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    for (let i = 0; i < 10 && active()?.dataset['partner'] !== 'biocat'; i++) await sendKeys({ press: 'Tab' });
    expect(active()?.dataset['partner'], 'Tab reaches Biocat in the list').to.equal('biocat');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '.drawer h3')?.textContent).to.contain('Biocat');
  });

  it('arrow keys on the map itself still pan it, and + zooms', async () => {
    const el = await mountMap();
    const map = $(el, '.leaflet-container')!;
    map.focus();
    const pane = $(el, '.leaflet-map-pane')!;
    const before = pane.style.transform;
    await sendKeys({ press: 'ArrowLeft' });
    await waitFor(() => pane.style.transform !== before, 'the map pans');
    await waitForMapAtRest(el);
    // LITEK (Vilnius) stands alone and away from the centre: a zoom moves its mark.
    const litek = () => $(el, '.leaflet-marker-pane [data-partner="litek"]')?.getBoundingClientRect();
    const zoomBefore = litek()!;
    await sendKeys({ press: '+' });
    await waitFor(() => {
      const now = litek();
      return !!now && Math.hypot(now.x - zoomBefore.x, now.y - zoomBefore.y) > 20;
    }, 'the map zooms in and LITEK moves away from the centre');
    expect(map.contains(shadow(el).activeElement) || shadow(el).activeElement === map).to.equal(true);
  });
});

describe('accessibility: screen readers', () => {
  afterEach(cleanup);

  it('names the map and describes it with a summary that follows the filter', async () => {
    const el = await mountMap({ projects: 'laser-go bioxclusters-plus' });
    // The map's Tab stop (Leaflet's container, which takes the keys) carries its name.
    const map = $(el, '.leaflet-container')!;
    expect(map.getAttribute('aria-label')).to.equal('Map of international collaborations');
    expect(map.getAttribute('aria-roledescription')).to.equal('map');
    const summary = shadow(el).getElementById(map.getAttribute('aria-describedby')?.split(' ')[1] ?? '');
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
    await listShown(el);
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
    await listShown(el);
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
    await languageShown(el, 'es');
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
