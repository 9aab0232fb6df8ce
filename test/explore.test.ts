import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { PartnerMap } from '../src/partner-map.js';
import { animationsDone, cleanup, drawnPartners, listShown, mountMap, nextEvent, settle, shadedMarkets, shadow, waitFor, waitForMapAtRest } from './helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = (el: PartnerMap, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const details = (el: PartnerMap) => $(el, '[part="details"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const LASER_GO = ['biocat', 'hts', 'litek', 'medicen', 'optence', 'opticsvalley'];
/** The partners and events a mark shows: its own id, or its group's members. */
const idsOf = (mark: HTMLElement) =>
  [mark.dataset['partner'], mark.dataset['event'], ...(mark.dataset['partners'] ?? '').split(' '), ...(mark.dataset['events'] ?? '').split(' ')].filter(
    (id): id is string => !!id,
  );
/** The mark drawn for a partner now: its own, or the group mark it shares. */
const markOf = (el: PartnerMap, id: string) => $$(el, '.leaflet-marker-pane .leaflet-marker-icon').find((m) => idsOf(m).includes(id));
/** Whether a pointer at the mark's centre reaches the mark itself: nothing covers it. */
const uncovered = (el: PartnerMap, mark: HTMLElement) => {
  const r = mark.getBoundingClientRect();
  return (
    shadow(el)
      .elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
      ?.closest('.leaflet-marker-icon') === mark
  );
};

describe('exploring: filters', () => {
  afterEach(cleanup);

  it('toggling a project changes the map, the legend, the list and fires projects-change once', async () => {
    const el = await mountMap();
    const events: string[][] = [];
    el.addEventListener('projects-change', (e) => events.push(e.detail.projects));
    $(el, '.filters [data-project="boost4health"]')?.click();
    await settle(el);
    expect(events).to.deep.equal([['onconet', 'laser-go', 'bioxclusters-plus']]);
    expect(el.getAttribute('projects')).to.equal('onconet laser-go bioxclusters-plus');
    expect($(el, '.filters [data-project="boost4health"]')?.getAttribute('aria-pressed')).to.equal('false');
    expect(drawnPartners(el)).to.not.include('bom');
    expect(drawnPartners(el)).to.include('biocat');
    expect($(el, '.legend [data-project="boost4health"]')).to.equal(null);
    el.view = 'list';
    await listShown(el);
    const rows = $$(el, '.partners-table tbody tr').map((r) => r.dataset['partner']);
    expect(rows).to.have.length(25 - 9);
    expect(rows).to.not.include('bom');
  });

  it('turning every project back on returns to "all" (no projects attribute)', async () => {
    const el = await mountMap();
    for (const id of ['boost4health', 'laser-go', 'bioxclusters-plus']) $(el, `.filters [data-project="${id}"]`)?.click();
    await settle(el);
    expect(el.getAttribute('projects')).to.equal('onconet');
    for (const id of ['boost4health', 'laser-go', 'bioxclusters-plus']) $(el, `.filters [data-project="${id}"]`)?.click();
    await settle(el);
    expect(el.hasAttribute('projects')).to.equal(false);
    expect(drawnPartners(el)).to.have.length(25);
  });

  it('setting projects from outside updates the toggles (only those projects are offered), and fires nothing', async () => {
    const el = await mountMap();
    let fired = 0;
    el.addEventListener('projects-change', () => fired++);
    el.projects = ['laser-go', 'onconet'];
    await settle(el);
    const pressed = () => $$(el, '.project-toggle').map((b) => [b.dataset['project'], b.getAttribute('aria-pressed')]);
    expect(pressed()).to.deep.equal([
      ['onconet', 'true'],
      ['laser-go', 'true'],
    ]);
    el.projects = null;
    await settle(el);
    expect(pressed()).to.have.length(4);
    expect(fired).to.equal(0);
  });

  it('shows each project toggle with its partner count', async () => {
    const el = await mountMap();
    const counts = $$(el, '.project-toggle').map((b) => b.textContent.replace(/\s+/g, ' ').trim());
    expect(counts).to.deep.equal(['Boost4Health 10', 'Onconet 8', 'LASER-GO 6', 'bioXclusters plus 4']);
  });

  it('layer toggles switch layers and keep the layers attribute in sync', async () => {
    const el = await mountMap();
    $(el, '[data-layer="reach"]')?.click();
    await settle(el);
    expect(el.getAttribute('layers')).to.equal('consortia events');
    expect(shadedMarkets(el)).to.deep.equal([]);
    el.setAttribute('layers', 'reach');
    await settle(el);
    expect($$(el, '.layer-toggle').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false']);
    expect(drawnPartners(el)).to.deep.equal([]);
  });
});

describe('exploring: details and selection', () => {
  afterEach(cleanup);

  it('hovering or focusing a mark shows its one-line label above it', async () => {
    const el = await mountMap();
    // LITEK (Vilnius) stands alone at the first view, far from every other mark.
    const mark = $(el, '.leaflet-marker-pane [data-partner="litek"]')!;
    mark.dispatchEvent(new MouseEvent('mouseenter'));
    const label = $(el, '.pm-label')!;
    expect(label.hidden).to.equal(false);
    expect(label.textContent).to.equal('LITEK · Vilnius');
    const l = label.getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    expect(l.bottom).to.be.at.most(m.top);
    expect(Math.abs((l.left + l.right) / 2 - (m.left + m.right) / 2)).to.be.below(2);
    mark.dispatchEvent(new MouseEvent('mouseleave'));
    expect(label.hidden).to.equal(true);
    mark.focus();
    expect(label.hidden).to.equal(false);
  });

  it('a click on a marker opens that partner and fires partner-select', async () => {
    const el = await mountMap();
    const selected = nextEvent(el, 'partner-select');
    $(el, '.leaflet-marker-pane [data-partner="litek"]')?.click();
    expect((await selected).detail.partner.id).to.equal('litek');
    await settle(el);
    expect(details(el)).to.contain('LITEK').and.contain('Vilnius, Vilnius County').and.contain('LASER-GO');
    expect($(el, '.leaflet-marker-pane [data-partner="litek"]')?.classList.contains('pm-selected')).to.equal(true);
  });

  it('the Barcelona-area partners are reached through their group mark: zooming in by pointer or by Enter splits them; Biocat and the forum it hosted share one place and are listed', async () => {
    const el = await mountMap();
    const group = markOf(el, 'biocat')!;
    expect(group.getAttribute('aria-label')).to.equal('Barcelona · 4: Biocat, ICO, VHIO, ONCO Emergence Forum. Enter zooms in to them.');
    expect(group.dataset['partners']?.split(' ').sort()).to.deep.equal(['biocat', 'ico', 'vhio']);
    expect(group.dataset['events']).to.equal('onco-emergence-forum');
    expect(uncovered(el, group), 'nothing covers the Barcelona group').to.equal(true);
    for (const how of ['pointer', 'keyboard'] as const) {
      const activate = async (mark: HTMLElement) => {
        if (how === 'pointer') mark.click();
        else {
          mark.focus();
          await sendKeys({ press: 'Enter' });
        }
      };
      el.fitAll();
      await waitForMapAtRest(el);
      await waitFor(() => markOf(el, 'vhio')?.dataset['partners']?.includes('biocat') ?? false, 'the fit draws VHIO in the Barcelona group again');
      for (const [id, name] of [
        ['ico', 'ICO'],
        ['vhio', 'VHIO'],
      ] as const) {
        // Each zoom into a group is at least one step deeper, so the loop ends.
        for (let step = 0; markOf(el, id)?.dataset['partner'] !== id; step++) {
          const shared = markOf(el, id)!;
          expect(shared.getAttribute('aria-label'), `${how}: ${id}'s group zooms in`).to.contain('Enter zooms in to them.');
          expect(uncovered(el, shared), `${how}: nothing covers ${id}'s group`).to.equal(true);
          expect(step, `${how}: ${id} stands alone after a few zooms`).to.be.below(6);
          await activate(shared);
          await waitFor(() => !shared.isConnected, `${how}: ${id}'s group splits`);
          if (how === 'keyboard') {
            // Focus follows to the mark that now shows part of the group's place, not to the page.
            const active = shadow(el).activeElement as HTMLElement | null;
            expect(!!active && idsOf(shared).some((m) => idsOf(active).includes(m)), `${how}: focus follows to a mark at the group's place`).to.equal(true);
          }
          await waitForMapAtRest(el);
        }
        const mark = markOf(el, id)!;
        expect(uncovered(el, mark), `${how}: nothing covers ${id}`).to.equal(true);
        await activate(mark);
        await settle(el);
        expect($(el, '.drawer h3')?.textContent, `${how}: ${id}`).to.contain(name);
        $(el, '.drawer h3')?.focus();
        await sendKeys({ press: 'Escape' });
        await settle(el);
        expect($(el, '[part="details"]')).to.equal(null);
        if (how === 'keyboard') expect(shadow(el).activeElement, `focus returns to ${id}`).to.equal(mark);
      }
      // Biocat and the forum stand at one address: at any zoom they share a mark, which lists them.
      const here = markOf(el, 'biocat')!;
      expect(here.dataset['partners']).to.equal('biocat');
      expect(here.dataset['events']).to.equal('onco-emergence-forum');
      expect(here.getAttribute('aria-label')).to.contain('They share one place; Enter lists them.');
      expect(uncovered(el, here), `${how}: nothing covers Biocat's mark`).to.equal(true);
      await activate(here);
      await settle(el);
      expect($(el, '.drawer [data-event="onco-emergence-forum"]')?.textContent).to.contain('ONCO Emergence Forum');
      const biocat = $(el, '.drawer [data-partner="biocat"]')!;
      expect(biocat.textContent).to.equal('Biocat');
      if (how === 'pointer') biocat.click();
      else {
        biocat.focus();
        await sendKeys({ press: 'Enter' });
      }
      await settle(el);
      expect($(el, '.drawer h3')?.textContent, `${how}: biocat`).to.contain('Biocat');
      $(el, '.drawer h3')?.focus();
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect($(el, '[part="details"]')).to.equal(null);
    }
  });

  it('selectPartner() opens the partner, fires partner-select and brings it into view', async () => {
    const el = await mountMap();
    const selected = nextEvent(el, 'partner-select');
    el.selectPartner('litek');
    expect((await selected).detail.partner.shortName).to.equal('LITEK');
    await waitForMapAtRest(el, 8000, 10);
    expect(details(el)).to.contain('Vilnius');
    const map = $(el, '.map')!.getBoundingClientRect();
    const drawer = $(el, '.drawer')!.getBoundingClientRect();
    const mark = $(el, '.leaflet-marker-pane [data-partner="litek"]')!.getBoundingClientRect();
    expect(mark.left).to.be.within(map.left, drawer.left);
    expect(mark.top).to.be.within(map.top, map.bottom);
  });

  it('focusProject() opens the project and fits its consortium and markets', async () => {
    const el = await mountMap();
    el.focusProject('onconet');
    await waitFor(() => details(el).includes('Interreg V B Sudoe'), 'the project opens');
    expect(details(el)).to.contain('not known');
    const members = ['ut3', 'coimbra', 'pts-granada', 'navarrabiomed', 'cnio', 'ico', 'vhio', 'biocat'];
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    /** The members whose marks are out of the map or under the details panel or the legend. */
    const hidden = () => {
      const map = $(el, '.map')!.getBoundingClientRect();
      const covers = [$(el, '.drawer')!.getBoundingClientRect(), $(el, '.legend')!.getBoundingClientRect()];
      return members.filter((id) => {
        // Alone or in a group mark (Barcelona's, Granada's): the mark drawn for the partner.
        const r = markOf(el, id)?.getBoundingClientRect();
        return !r || r.left < map.left || r.right > map.right || r.top < map.top || r.bottom > map.bottom || covers.some((c) => overlaps(r, c));
      });
    };
    // The fit may be made again once the reach inset arrives: what counts is where the map comes to rest.
    await waitFor(() => hidden().length === 0, `every member in sight (hidden: ${hidden().join(', ')})`, 8000);
    await waitForMapAtRest(el);
    expect(hidden()).to.deep.equal([]);
  });

  it("shows Boost4Health's vouchers as four bars: 12 travel, 6 market, 5 product, 3 impact", async () => {
    const el = await mountMap();
    el.focusProject('boost4health');
    await settle(el);
    const bars = $$(el, '.vouchers-chart .bar');
    expect(bars.map((b) => [b.dataset['kind'], b.textContent.replace(/\s+/g, ' ').trim()])).to.deep.equal([
      ['travel', 'Travel 12'],
      ['market-validation', 'Market validation 6'],
      ['product-validation', 'Product validation 5'],
      ['impact', 'Impact 3'],
    ]);
    const widths = bars.map((b) => Number(b.querySelector('rect')?.getAttribute('width')));
    expect(widths[0]! / widths[1]!).to.be.closeTo(2, 1e-6);
    expect(widths[2]! / widths[3]!).to.be.closeTo(5 / 3, 1e-6);
    expect(details(el)).to.contain('€1.24M');
  });

  it('a country shows the programmes that target it and the partners located there', async () => {
    const el = await mountMap();
    $(el, '.leaflet-marker-pane [data-partner="cnio"]')?.click();
    await settle(el);
    $(el, '.drawer [data-country="ES"]')?.click();
    await settle(el);
    const text = details(el);
    expect(text).to.contain('Spain');
    for (const name of ['Biocat', 'CNIO', 'ICO', 'VHIO', 'Navarrabiomed', 'PTS Granada']) expect(text).to.contain(name);
    el.view = 'list';
    await listShown(el);
    $(el, '.markets-table [data-country="IL"] button')?.click();
    await settle(el);
    expect(details(el)).to.contain('Israel').and.contain('LASER-GO').and.not.contain('bioXclusters plus');
  });
});

describe('exploring: search', () => {
  afterEach(cleanup);

  it('finds partners by city, accent-insensitively, and opens the one chosen with the keyboard', async () => {
    const el = await mountMap();
    const input = $(el, '.search input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'liege' });
    await waitFor(() => !!$(el, '.search [role="option"]'), 'the search lists a result');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect($$(el, '.search [role="option"]').map((o) => o.dataset['partner'])).to.deep.equal(['uliege']);
    const selected = nextEvent(el, 'partner-select');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(input.getAttribute('aria-activedescendant')).to.equal('search-option-0');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.partner.id).to.equal('uliege');
    await settle(el);
    expect(details(el)).to.contain('Université de Liège');
    expect(input.value).to.equal('');
  });

  it('lists every match for a city and opens the one clicked', async () => {
    const el = await mountMap();
    const input = $(el, '.search input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'Barcelona' });
    await waitFor(() => !!$(el, '.search [role="option"]'), 'the search lists a result');
    expect(
      $$(el, '.search [role="option"][data-partner]')
        .map((o) => o.dataset['partner'])
        .sort(),
    ).to.deep.equal(['biocat', 'vhio']);
    $(el, '.search [data-partner="vhio"]')?.click();
    await settle(el);
    expect(details(el)).to.contain('Vall d');
  });

  it('finds a partner by a former name, and says when nothing matches', async () => {
    const el = await mountMap();
    const input = $(el, '.search input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'Oost NV' });
    await waitFor(() => !!$(el, '.search [role="option"]'), 'the search lists a result');
    expect($$(el, '.search [role="option"]').map((o) => o.dataset['partner'])).to.deep.equal(['oost-nl']);
    input.value = '';
    await sendKeys({ type: 'zzzz' });
    await settle(el);
    expect($(el, '.search .no-results')?.textContent).to.contain('Nothing matches');
  });
});

describe('exploring: list view', () => {
  afterEach(cleanup);

  it('shows exactly the filtered partners and markets as tables with captions and header cells', async () => {
    const el = await mountMap({ projects: 'laser-go', view: 'list' });
    await listShown(el);
    expect($(el, '.map')?.hidden).to.equal(true);
    const partners = $$(el, '.partners-table tbody tr')
      .map((r) => r.dataset['partner'])
      .sort();
    expect(partners).to.deep.equal(LASER_GO);
    const markets = $$(el, '.markets-table tbody tr')
      .map((r) => r.dataset['country'])
      .sort();
    expect(markets).to.deep.equal(['AU', 'CA', 'IL', 'JP', 'KR', 'MY', 'SG', 'US']);
    expect($(el, '.partners-table caption')?.textContent).to.equal('Partners (6)');
    expect($$(el, '.partners-table thead th[scope="col"]')).to.have.length(5);
    expect($$(el, '.partners-table tbody th[scope="row"]')).to.have.length(6);
  });

  it('sorts by a column when its header is pressed, and says so with aria-sort', async () => {
    const el = await mountMap({ projects: 'laser-go', view: 'list' });
    await listShown(el);
    $(el, '.partners-table [data-column="city"]')?.click();
    await settle(el);
    const cities = $$(el, '.partners-table tbody tr td:nth-of-type(2)').map((c) => c.textContent.trim());
    expect(cities).to.deep.equal(['Barcelona', 'Graz', 'Palaiseau', 'Paris', 'Vilnius', 'Wörrstadt']);
    expect($(el, '.partners-table [data-column="city"]')?.closest('th')?.getAttribute('aria-sort')).to.equal('ascending');
    $(el, '.partners-table [data-column="city"]')?.click();
    await settle(el);
    expect($$(el, '.partners-table tbody tr td:nth-of-type(2)')[0]?.textContent.trim()).to.equal('Wörrstadt');
  });

  it('switches between map and list with the visible switch', async () => {
    const el = await mountMap();
    $(el, '[data-view="list"]')?.click();
    await listShown(el);
    expect(el.getAttribute('view')).to.equal('list');
    expect($(el, '.partners-table')).to.not.equal(null);
    $(el, '[data-view="map"]')?.click();
    await settle(el);
    expect($(el, '.partners-table')).to.equal(null);
    expect($(el, '.map')?.hidden).to.equal(false);
  });

  it('opens a partner from its row', async () => {
    const el = await mountMap({ view: 'list' });
    await listShown(el);
    const selected = nextEvent(el, 'partner-select');
    $(el, '.partners-table [data-partner="biom"] button')?.click();
    expect((await selected).detail.partner.id).to.equal('biom');
  });
});

describe('exploring: responsive layout', () => {
  afterEach(cleanup);

  it('on a 360 px phone: filters behind a toggle, details as a bottom sheet, nothing overflows', async () => {
    const el = await mountMap();
    el.style.width = '360px';
    await settle(el);
    const filtersBox = $(el, '.filters')!;
    expect(getComputedStyle(filtersBox).display).to.equal('none');
    const toggle = $(el, '.panels-toggle')!;
    expect(getComputedStyle(toggle).display).to.not.equal('none');
    toggle.click();
    await settle(el);
    expect(getComputedStyle(filtersBox).display).to.equal('flex');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    el.selectPartner('biocat');
    await waitForMapAtRest(el, 8000, 10);
    await animationsDone(el);
    const sheet = $(el, '.drawer')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(sheet.width).to.be.closeTo(host.width - 2, 2);
    expect(sheet.bottom).to.be.closeTo(host.bottom - 1, 2);
    for (const part of $$(el, '.header, .filters, .stage')) expect(part.scrollWidth, part.className).to.be.at.most(part.clientWidth + 1);
  });

  it('every control is at least 24 × 24 px', async () => {
    const el = await mountMap();
    const controls = $$(el, 'button, input, summary, [role="option"], .leaflet-marker-icon').filter((c) => c.offsetParent !== null);
    for (const c of controls) {
      const r = c.getBoundingClientRect();
      expect(r.width >= 24 && r.height >= 24, `${c.className} ${c.textContent.trim()} ${r.width}×${r.height}`).to.equal(true);
    }
  });
});
