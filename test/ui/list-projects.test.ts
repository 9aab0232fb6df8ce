import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, listShown, mountMap, settle, shadow, waitFor } from '../helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = (el: PartnerMap, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const text = (e: Element | null | undefined) => e?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** The projects table as a reader sees it: per row, name, start and end. */
const rows = (el: PartnerMap) =>
  $$(el, '.projects-table tbody tr').map((r) => ({
    id: r.dataset['project'],
    name: text(r.querySelector('th')),
    start: text(r.querySelector('td:nth-of-type(2)')),
    end: text(r.querySelector('td:nth-of-type(3)')),
  }));

async function openList(attributes: Record<string, string> = {}): Promise<PartnerMap> {
  const el = await mountMap({ view: 'list', ...attributes });
  await listShown(el);
  return el;
}

/** Chooses a year in the timeline's selector, as the keyboard or a pointer would. */
async function chooseYear(el: PartnerMap, year: string): Promise<void> {
  const select = $(el, '.timeline select') as HTMLSelectElement;
  select.value = year;
  select.dispatchEvent(new Event('change'));
  await settle(el);
}

/** Where a project's bar lies on its track, in % of the track's width. */
function barSpan(el: PartnerMap, id: string): [number, number] {
  const track = $(el, `.tl-row[data-project="${id}"] .tl-track`)!.getBoundingClientRect();
  const bar = $(el, `.tl-bar[data-project="${id}"]`)!.getBoundingClientRect();
  return [((bar.left - track.left) / track.width) * 100, ((bar.right - track.left) / track.width) * 100];
}

describe('list view: the projects table', () => {
  afterEach(cleanup);

  it('shows start and end for every project, or "not known" where the data has none', async () => {
    const el = await openList();
    expect(text($(el, '.projects-table caption'))).to.equal('Projects (4)');
    const byId = new Map(rows(el).map((r) => [r.id, r]));
    expect([...byId.keys()].sort()).to.deep.equal(['bioxclusters-plus', 'boost4health', 'laser-go', 'onconet']);
    for (const r of rows(el)) {
      expect(r.start, `${r.name} start`).to.not.equal('');
      expect(r.end, `${r.name} end`).to.not.equal('');
      expect(`${r.start} ${r.end}`).to.not.match(/undefined|null|\?/);
    }
    expect([byId.get('boost4health')?.start, byId.get('boost4health')?.end]).to.deep.equal(['2016', 'December 2019']);
    expect([byId.get('laser-go')?.start, byId.get('laser-go')?.end]).to.deep.equal(['January 2018', 'Jun 30, 2019']);
    expect([byId.get('onconet')?.start, byId.get('onconet')?.end]).to.deep.equal(['not known', 'not known']);
    // Every column the issue asks for, with lead, members, markets and funding from the data.
    expect($$(el, '.projects-table thead th').map(text)).to.deep.equal(
      ['Name', 'Programme', 'Start', 'End', 'Lead', 'Members', 'Target markets', 'Funding'].map((c) => `${c}${c === 'Start' ? '▲' : '↕'}`),
    );
    const laser = text($(el, '.projects-table tr[data-project="laser-go"]'));
    expect(laser).to.contain('COSME — Clusters Go International').and.contain('LITEK');
    expect(text($(el, '.projects-table tr[data-project="onconet"] td:nth-of-type(7)'))).to.equal('€2.28M');
    expect(text($(el, '.projects-table tr[data-project="boost4health"] td:nth-of-type(5)'))).to.equal('10');
    expect(text($(el, '.projects-table tr[data-project="laser-go"] td:nth-of-type(6)'))).to.equal('8');
  });

  it('sorts by start, earliest first, the unknown dates last either way, and says so with aria-sort', async () => {
    const el = await openList();
    const start = () => $(el, '.projects-table [data-column="start"]')!;
    $(el, '.projects-table [data-column="name"]')!.click();
    await settle(el);
    expect(start().closest('th')?.getAttribute('aria-sort')).to.equal('none');
    start().click();
    await settle(el);
    expect(rows(el).map((r) => r.id)).to.deep.equal(['bioxclusters-plus', 'boost4health', 'laser-go', 'onconet']);
    expect(start().closest('th')?.getAttribute('aria-sort')).to.equal('ascending');
    start().click();
    await settle(el);
    expect(rows(el).map((r) => r.id)).to.deep.equal(['laser-go', 'bioxclusters-plus', 'boost4health', 'onconet']);
    expect(start().closest('th')?.getAttribute('aria-sort')).to.equal('descending');
  });

  it('opens a project from its name, by keyboard', async () => {
    const el = await openList();
    $(el, '.projects-table tr[data-project="onconet"] .row-link')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => $(el, '.drawer')?.dataset['kind'] === 'project', 'a project is shown');
    expect(text($(el, '.drawer h3'))).to.contain('Onconet');
    expect(el.view).to.equal('list');
  });

  it('lists only the projects the filters show', async () => {
    const el = await openList({ projects: 'laser-go onconet' });
    expect(rows(el).map((r) => r.id)).to.deep.equal(['laser-go', 'onconet']);
    expect($$(el, '.tl-row[data-project]').map((r) => r.dataset['project'])).to.deep.equal(['laser-go', 'onconet']);
  });
});

describe('list view: the timeline', () => {
  afterEach(cleanup);

  it('draws one bar per dated project, in its place on the year axis, and none for Onconet (dates unknown)', async () => {
    const el = await openList();
    expect($$(el, '.tl-bar').map((b) => b.dataset['project'])).to.have.members(['bioxclusters-plus', 'boost4health', 'laser-go']);
    expect($(el, '.tl-bar[data-project="onconet"]')).to.equal(null);
    expect(text($(el, '.tl-row[data-project="onconet"] .tl-label'))).to.contain('not known');
    // The axis runs from 2016 to the end of 2019: four years, a quarter of the track each.
    expect($$(el, '.tl-axis text').map(text)).to.deep.equal(['2016', '2017', '2018', '2019']);
    const [from, to] = barSpan(el, 'boost4health');
    expect(from).to.be.closeTo(0, 0.5);
    expect(to).to.be.closeTo(100, 0.5);
    const [laserFrom, laserTo] = barSpan(el, 'laser-go');
    expect(laserFrom).to.be.closeTo(50, 0.5); // 1 January 2018
    expect(laserTo).to.be.closeTo(87.5, 0.5); // 30 June 2019
  });

  it('draws the events as ticks on their project’s row, Onconet’s too, and says them in words', async () => {
    const el = await openList();
    expect($$(el, '.tl-row[data-project="onconet"] .tl-event')).to.have.length(2);
    expect($$(el, '.tl-row[data-project="boost4health"] .tl-event')).to.have.length(1);
    expect($$(el, '.tl-row[data-project="laser-go"] .tl-event')).to.have.length(0);
    const words = text($(el, '.tl-row[data-project="onconet"] .visually-hidden'));
    expect(words).to.contain('Oncothon').and.contain('ONCO Emergence Forum');
  });

  it('choosing 2018 shows the projects active then, in the table and on the timeline', async () => {
    const el = await openList();
    expect($$(el, '.timeline option').map(text)).to.deep.equal(['All years', '2016', '2017', '2018', '2019']);
    await chooseYear(el, '2018');
    expect(rows(el).map((r) => r.id)).to.have.members(['bioxclusters-plus', 'boost4health', 'laser-go']);
    expect(text($(el, '.projects-table caption'))).to.equal('Projects (3)');
    expect(text($(el, '.tl-active'))).to.equal('Active in 2018: bioXclusters plus, Boost4Health, LASER-GO');
    expect($(el, '.tl-active')?.getAttribute('role')).to.equal('status');
    expect($$(el, '.tl-row.on').map((r) => r.dataset['project'])).to.have.members(['bioxclusters-plus', 'boost4health', 'laser-go']);
    // Onconet's dates are unknown: it is not said to be active, but its row stays (its events were in 2018).
    expect($$(el, '.tl-row.off').map((r) => r.dataset['project'])).to.deep.equal(['onconet']);
    expect($$(el, '.tl-year')).to.have.length(4);
    await chooseYear(el, '2019');
    expect(rows(el).map((r) => r.id)).to.have.members(['boost4health', 'laser-go']);
    await chooseYear(el, '');
    expect(rows(el)).to.have.length(4);
    expect(text($(el, '.tl-active'))).to.equal('');
    expect($$(el, '.tl-row.off, .tl-row.on')).to.have.length(0);
  });

  it('passes axe with a year chosen, in both themes', async () => {
    const el = await openList();
    await chooseYear(el, '2018');
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'dark');
    await settle(el);
    await expect(el).to.be.accessible();
  });
});
