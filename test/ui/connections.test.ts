/** Who works with whom (issue #15): a project's members, a partner's co-partners and their links on
 *  the map, the partners two projects share, and every name in the details a button that opens it. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, settle, shadow, waitFor } from '../helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const active = (el: PartnerMap) => shadow(el).activeElement as HTMLElement | null;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const heading = (el: PartnerMap) => text($(el, '.drawer h3'));
/** The buttons in the details, by their accessible name (their text). */
const buttons = (el: PartnerMap, within = '.drawer') => [...shadow(el).querySelectorAll<HTMLButtonElement>(`${within} button`)];
const button = (el: PartnerMap, name: string, within = '.drawer') => buttons(el, within).find((b) => text(b) === name);
/** The lines the map draws from a partner to its co-partners. */
const coLinks = (el: PartnerMap) => shadow(el).querySelectorAll('.leaflet-container path.pm-colink').length;
/** The list items after a label in the details whose text starts with `label`. */
function itemsAfter(el: PartnerMap, label: string): string[] {
  const p = [...shadow(el).querySelectorAll('.drawer .label')].find((l) => text(l).startsWith(label));
  let list = p?.nextElementSibling;
  while (list && list.tagName !== 'UL') list = list.nextElementSibling;
  return [...(list?.querySelectorAll(':scope > li') ?? [])].map(text);
}
// Assertions compare strings and numbers, not elements: a failing one that prints a Lit element can hang the runner.

describe('connections in the details', () => {
  afterEach(cleanup);

  it("Onconet's details name its 8 members, each with its role and city, lead first", async () => {
    const el = await mountMap();
    el.focusProject('onconet');
    await waitFor(() => heading(el) === 'Onconet', 'Onconet is shown');
    const members = itemsAfter(el, 'Members');
    expect(members).to.have.length(8);
    expect(members[0]).to.equal('UT3 · lead partner · Toulouse');
    expect(members.map((m) => m.split(' · ')[0])).to.have.members(['UT3', 'Navarrabiomed', 'CNIO', 'PTS Granada', 'UC', 'ICO', 'VHIO', 'Biocat']);
    expect(members).to.include('VHIO · associated beneficiary · Barcelona');
  });

  it('a member is a button that opens the partner; Escape returns to what opened the project', async () => {
    const el = await mountMap();
    const legend = $(el, '.legend [data-project="onconet"]')!;
    legend.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => heading(el) === 'Onconet' && active(el) === $(el, '.drawer h3'), 'Onconet has focus');
    button(el, 'CNIO')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => heading(el) === 'CNIO' && active(el) === $(el, '.drawer h3'), 'CNIO has focus');
    expect($(el, '.drawer')?.dataset['kind']).to.equal('partner');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(!!$(el, '.drawer')).to.equal(false);
    expect(active(el)?.dataset['project']).to.equal('onconet');
  });

  it("Lyonbiopôle's details name BioM, bioPmed and Biocat as co-partners, labelled by the project they share", async () => {
    const el = await mountMap();
    el.selectPartner('lyonbiopole');
    await waitFor(() => heading(el) === 'Lyonbiopôle', 'Lyonbiopôle is shown');
    expect(text($(el, '.drawer')), 'the count').to.contain('Works with 3 organisations in 1 project');
    expect(itemsAfter(el, 'Works with')).to.have.members(['Biocat · bioXclusters plus', 'BioM · bioXclusters plus', 'bioPmed · bioXclusters plus']);
    button(el, 'BioM')!.click();
    await waitFor(() => heading(el) === 'BioM', 'BioM is shown');
  });

  it('Biocat works with 24 organisations in 4 projects, those in most shared projects first', async () => {
    const el = await mountMap();
    el.selectPartner('biocat');
    await waitFor(() => heading(el) === 'Biocat', 'Biocat is shown');
    expect(text($(el, '.drawer'))).to.contain('Works with 24 organisations in 4 projects');
    const co = itemsAfter(el, 'Works with');
    expect(co).to.have.length(24);
    expect(co).to.include('UT3 · Onconet');
  });

  it('"Show links" draws one dashed line per co-partner; they go when the details close or another partner is chosen', async () => {
    const el = await mountMap();
    el.selectPartner('lyonbiopole');
    await waitFor(() => heading(el) === 'Lyonbiopôle', 'Lyonbiopôle is shown');
    expect(coLinks(el), 'none before asked').to.equal(0);
    const toggle = button(el, 'Show links on the map')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await waitFor(() => coLinks(el) === 3, 'three lines are drawn');
    expect(button(el, 'Show links on the map')?.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(el).querySelector('path.pm-colink')?.getAttribute('stroke-dasharray')).to.not.equal(null);
    // Pressed again: gone.
    button(el, 'Show links on the map')!.click();
    await waitFor(() => coLinks(el) === 0, 'the lines go when the toggle is off');
    button(el, 'Show links on the map')!.click();
    await waitFor(() => coLinks(el) === 3, 'three lines again');
    $(el, '.drawer .close')!.click();
    await waitFor(() => coLinks(el) === 0, 'the lines go with the details');

    el.selectPartner('biocat');
    await waitFor(() => heading(el) === 'Biocat', 'Biocat is shown');
    button(el, 'Show links on the map')!.click();
    await waitFor(() => coLinks(el) === 24, "a line to each of Biocat's 24 co-partners");
    button(el, 'BioM')!.click();
    await waitFor(() => heading(el) === 'BioM' && coLinks(el) === 0, "another partner's details: Biocat's lines go");
  });

  it('a project names the partners it shares with each other visible project, each a button', async () => {
    const el = await mountMap();
    el.focusProject('onconet');
    await waitFor(() => heading(el) === 'Onconet', 'Onconet is shown');
    const shared = [...shadow(el).querySelectorAll('.drawer li')].map(text).filter((t) => t.startsWith('Shares'));
    expect(shared).to.deep.equal([
      'Shares 1 partner with Boost4Health: Biocat',
      'Shares 1 partner with LASER-GO: Biocat',
      'Shares 1 partner with bioXclusters plus: Biocat',
    ]);
    const line = [...shadow(el).querySelectorAll('.drawer li')].find((li) => text(li).startsWith('Shares 1 partner with LASER-GO'));
    line?.querySelector('button')?.click();
    await waitFor(() => heading(el) === 'Biocat', 'Biocat is shown');

    // With the other projects hidden, nothing is shared with them.
    el.projects = ['onconet'];
    el.focusProject('onconet');
    await waitFor(() => heading(el) === 'Onconet', 'Onconet is shown again');
    expect(text($(el, '.drawer'))).to.not.contain('Shares');
  });

  it('a market chip opens that country by keyboard (Tab to it, Enter); Escape returns focus to the opener', async () => {
    const el = await mountMap();
    const legend = $(el, '.legend [data-project="bioxclusters-plus"]')!;
    legend.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => heading(el) === 'bioXclusters plus' && active(el) === $(el, '.drawer h3'), 'the project has focus');
    const japan = () => [...shadow(el).querySelectorAll<HTMLButtonElement>('.drawer .chips button')].find((b) => text(b) === 'Japan');
    expect(!!japan(), 'Japan is a button').to.equal(true);
    for (let i = 0; i < 40 && active(el) !== japan(); i++) await sendKeys({ press: 'Tab' });
    expect(text(active(el))).to.equal('Japan');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => heading(el) === 'Japan' && active(el) === $(el, '.drawer h3'), 'Japan has focus');
    expect($(el, '.drawer')?.dataset['kind']).to.equal('country');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(!!$(el, '.drawer')).to.equal(false);
    expect(active(el)?.dataset['project']).to.equal('bioxclusters-plus');
  });

  it("a partner's project names open the project; a country's details name each partner's projects, each a button", async () => {
    const el = await mountMap();
    el.selectPartner('lyonbiopole');
    await waitFor(() => heading(el) === 'Lyonbiopôle', 'Lyonbiopôle is shown');
    button(el, 'France')!.click();
    await waitFor(() => heading(el) === 'France', 'France is shown');
    const items = itemsAfter(el, 'Partners here');
    expect(items).to.include('Lyonbiopôle · Lyon · bioXclusters plus');
    expect(items).to.include('Eurasanté · Loos · Boost4Health');
    const lyon = [...shadow(el).querySelectorAll('.drawer li')].find((li) => text(li).startsWith('Lyonbiopôle'));
    [...(lyon?.querySelectorAll('button') ?? [])].find((b) => text(b) === 'bioXclusters plus')?.click();
    await waitFor(() => heading(el) === 'bioXclusters plus', 'the project is shown');
    button(el, 'BioM')!.click();
    await waitFor(() => heading(el) === 'BioM', 'BioM is shown');
    button(el, 'bioXclusters plus')!.click();
    await waitFor(() => heading(el) === 'bioXclusters plus', 'the project is shown from its partner');
  });
});

/** One project of `n` partners (the first its lead), and a second that shares the first 300. */
function hub(n: number): unknown {
  const project = (id: string, lead: string) => ({ type: 'Feature', id, geometry: null, properties: { kind: 'project', name: id, lead, targetMarkets: [] } });
  const partner = (i: number) => ({
    type: 'Feature',
    id: `p${i}`,
    geometry: { type: 'Point', coordinates: [-10 + (i % 50) * 0.8, 36 + Math.floor(i / 50) * 0.3] },
    properties: {
      kind: 'partner',
      name: `Partner ${i}`,
      country: 'ES',
      roles: i < 300 ? { big: i ? 'partner' : 'lead', small: i ? 'partner' : 'lead' } : { big: 'partner' },
    },
  });
  return { type: 'FeatureCollection', features: [project('big', 'p0'), project('small', 'p0'), ...Array.from({ length: n }, (_, i) => partner(i))] };
}

describe('connections in a large network', function () {
  this.timeout(30000);
  afterEach(cleanup);

  it('3,000 partners in one project: the details list 100 and say how many more; the links are drawn as one path', async () => {
    const el = await mountMap({}, hub(3000));
    el.selectPartner('p0');
    await waitFor(() => heading(el) === 'Partner 0', 'the hub is shown');
    expect(text($(el, '.drawer'))).to.contain('Works with 2,999 organisations in 2 projects');
    const co = itemsAfter(el, 'Works with');
    expect(co).to.have.length(101);
    expect(co[0], 'in both projects first').to.equal('Partner 1 · big, small');
    expect(co[100]).to.equal('…and 2,899 more');
    button(el, 'Show links on the map')!.click();
    await waitFor(() => coLinks(el) === 1, 'the 2,999 lines are drawn as one path');

    el.focusProject('small');
    await waitFor(() => heading(el) === 'small' && coLinks(el) === 0, "the project's details: the lines go");
    expect(itemsAfter(el, 'Members')).to.have.length(101);
    const shared = [...shadow(el).querySelectorAll('.drawer li')].map(text).find((t) => t.startsWith('Shares'));
    expect(shared).to.match(/^Shares 300 partners with big: Partner 0, Partner 1, .*Partner 11 …and 288 more$/);
  });
});
