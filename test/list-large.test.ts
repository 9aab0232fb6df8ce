import { expect } from '@open-wc/testing';
import '../src/index.js';
import { generate, type GeneratedCollection } from '../bench/generate.mjs';
import type { PartnerMap } from '../src/partner-map.js';
import { cleanup, languageShown, listShown, mountMap, settle, shadow } from './helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = (el: PartnerMap, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const rows = (el: PartnerMap) => $$(el, '.partners-table tbody tr');
const firstName = (el: PartnerMap) => text($(el, '.partners-table tbody tr .row-link'));
const status = (el: PartnerMap) => text($(el, '.pager [aria-live="polite"]'));
const button = (el: PartnerMap, which: 'previous' | 'next') => $(el, `.pager .pager-${which}`) as HTMLButtonElement;

interface GeneratedPartner {
  readonly shortName: string;
  readonly country: string;
  readonly roles: Record<string, string>;
}
/** The generated partners as the data gives them, to compute what the widget should show. */
const partnersOf = (data: GeneratedCollection): GeneratedPartner[] =>
  data.features.filter((f) => f.properties['kind'] === 'partner').map((f) => f.properties as unknown as GeneratedPartner);

const en = new Intl.NumberFormat('en');

/** Switches to the list view with the visible switch, as a reader would. */
async function openList(el: PartnerMap): Promise<void> {
  $(el, '[data-view="list"]')?.click();
  await listShown(el);
}

describe('list view with 100,000 partners', function () {
  // Parsing and drawing 100k generated partners takes seconds; the element is built once for the suite.
  this.timeout(60000);
  const data = generate(100000);
  const partners = partnersOf(data);
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const byName = partners.map((p) => p.shortName).sort((a, b) => collator.compare(a, b));
  let el: PartnerMap;

  before(async () => {
    el = await mountMap({}, data);
    await openList(el);
  });
  after(cleanup);

  it('shows the total in the caption, one page of 100 rows and where that page is', () => {
    expect(text($(el, '.partners-table caption'))).to.equal(`Partners (${en.format(partners.length)})`);
    expect(text($(el, '.partners-table caption'))).to.equal('Partners (100,000)');
    expect(rows(el)).to.have.length(100);
    expect(firstName(el)).to.equal(byName[0]);
    expect(status(el)).to.equal('Partners 1–100 of 100,000');
    expect($(el, '.pager')?.getAttribute('role')).to.equal('group');
    expect($(el, '.pager')?.getAttribute('aria-label')).to.equal('Pages of the partners table');
    expect(button(el, 'previous').disabled).to.equal(true);
    expect(button(el, 'next').disabled).to.equal(false);
  });

  it('Next shows the next hundred, Previous comes back', async () => {
    button(el, 'next').click();
    await settle(el);
    expect(firstName(el)).to.equal(byName[100]);
    expect(rows(el)).to.have.length(100);
    expect(status(el)).to.equal('Partners 101–200 of 100,000');
    expect(button(el, 'previous').disabled).to.equal(false);
    button(el, 'previous').click();
    await settle(el);
    expect(firstName(el)).to.equal(byName[0]);
    expect(status(el)).to.equal('Partners 1–100 of 100,000');
    expect(button(el, 'previous').disabled).to.equal(true);
  });

  it('sorts the whole set, not the page, and a new sort starts again at page 1', async () => {
    button(el, 'next').click();
    await settle(el);
    expect(status(el)).to.equal('Partners 101–200 of 100,000');
    const name = $(el, '.partners-table [data-column="name"]')!;
    // Sorted by name A to Z already: one press turns it Z to A.
    name.click();
    await settle(el);
    expect(name.closest('th')?.getAttribute('aria-sort')).to.equal('descending');
    const last = byName.at(-1);
    expect(firstName(el)).to.equal(last);
    expect(status(el)).to.equal('Partners 1–100 of 100,000');
    expect(rows(el)).to.have.length(100);
    name.click();
    await settle(el);
    expect(firstName(el)).to.equal(byName[0]);
  });

  it("a country's details name 50 of its partners and say how many more there are", async () => {
    const inFrance = partners.filter((p) => p.country === 'FR').length;
    $(el, '.partners-table tbody tr .row-link')?.click();
    await settle(el);
    $(el, '.drawer [data-country="FR"]')?.click();
    await settle(el);
    expect(text($(el, '.drawer h3'))).to.equal('France');
    expect($$(el, '.drawer ul.plain li')).to.have.length(50);
    expect(text($(el, '.drawer .more-partners'))).to.equal(`…and ${en.format(inFrance - 50)} more — see the list view.`);
    $(el, '.drawer .close')?.click();
    await settle(el);
  });

  it('turning a project off counts only the partners still shown', async () => {
    const shown = partners.filter((p) => Object.keys(p.roles).some((project) => project !== 'alpha')).length;
    button(el, 'next').click();
    await settle(el);
    $(el, '.filters [data-project="alpha"]')?.click();
    await settle(el);
    expect(text($(el, '.partners-table caption'))).to.equal(`Partners (${en.format(shown)})`);
    // A new filter starts at page 1 of what it shows.
    expect(status(el)).to.equal(`Partners 1–100 of ${en.format(shown)}`);
    expect(rows(el)).to.have.length(100);
  });

  it('writes the counts as the language does (Catalan: 100.000)', async () => {
    const shown = partners.filter((p) => Object.keys(p.roles).some((project) => project !== 'alpha')).length;
    const ca = new Intl.NumberFormat('ca');
    el.lang = 'ca';
    await languageShown(el, 'ca');
    expect(text($(el, '.partners-table caption'))).to.equal(`Socis (${ca.format(shown)})`);
    expect(status(el)).to.equal(`Socis 1–100 de ${ca.format(shown)}`);
    expect(text(button(el, 'next'))).to.equal('Següent ›');
  });
});

describe('list view pager: ends and the selected row', function () {
  this.timeout(30000);
  const data = generate(250);
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const byName = partnersOf(data)
    .map((p) => p.shortName)
    .sort((a, b) => collator.compare(a, b));
  let el: PartnerMap;

  before(async () => {
    el = await mountMap({}, data);
    await openList(el);
  });
  after(cleanup);

  it('disables Previous on the first page and Next on the last, which holds the rest', async () => {
    expect(button(el, 'previous').disabled).to.equal(true);
    button(el, 'next').click();
    await settle(el);
    const next = button(el, 'next');
    next.focus();
    next.click();
    await settle(el);
    expect(status(el)).to.equal('Partners 201–250 of 250');
    expect(rows(el)).to.have.length(50);
    expect(firstName(el)).to.equal(byName[200]);
    expect(button(el, 'next').disabled).to.equal(true);
    expect(button(el, 'previous').disabled).to.equal(false);
    // The pressed button is now disabled: focus moved to the one that still works, not to the page.
    expect(shadow(el).activeElement).to.equal(button(el, 'previous'));
  });

  it('marks the opened partner on its page, and stays on the page the reader chose', async () => {
    const row = rows(el)[3]!;
    const id = row.dataset['partner'];
    row.querySelector<HTMLElement>('.row-link')?.click();
    await settle(el);
    expect($(el, `.partners-table tr[data-partner="${id}"]`)?.classList.contains('selected')).to.equal(true);
    button(el, 'previous').click();
    await settle(el);
    expect(status(el)).to.equal('Partners 101–200 of 250');
    expect($$(el, '.partners-table tr.selected')).to.have.length(0);
    button(el, 'next').click();
    await settle(el);
    expect($(el, `.partners-table tr[data-partner="${id}"]`)?.classList.contains('selected')).to.equal(true);
  });

  it('passes axe with the pager, in both themes', async () => {
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'dark');
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('shows no pager when every partner fits on one page', async () => {
    const small = await mountMap({ view: 'list' });
    await listShown(small);
    expect(rows(small)).to.have.length(25);
    expect($(small, '.pager')).to.equal(null);
  });
});
