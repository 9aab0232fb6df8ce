/** The partners table narrowed by organisation type, country and role (#15), as a visitor chooses. */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, settle, shadow, waitFor } from '../helpers.js';

const rows = (el: PartnerMap) => [...shadow(el).querySelectorAll<HTMLElement>('.partners-table tbody tr')].map((r) => r.dataset.partner ?? '');
const cell = (el: PartnerMap, id: string, column: number) =>
  shadow(el).querySelector(`.partners-table tbody tr[data-partner="${id}"]`)?.children[column]?.textContent.trim() ?? '';

async function choose(el: PartnerMap, label: string, option: string): Promise<void> {
  const select = [...shadow(el).querySelectorAll('.partner-filters label')].find((l) => l.textContent.trim() === label)
    ?.nextElementSibling as HTMLSelectElement;
  const value = [...select.options].find((o) => o.textContent.trim() === option)?.value;
  expect(value, `${label}: ${option} is offered`).to.not.equal(undefined);
  select.value = value ?? '';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

describe('list: narrowing the partners by type, country and role', () => {
  afterEach(cleanup);

  it('keeps the universities, then the Spanish ones, then the lead partners; All brings them back', async () => {
    const el = await mountMap({ view: 'list' });
    await waitFor(() => !!shadow(el).querySelector('.partner-filters'), 'the list and its filters');
    expect(rows(el)).to.have.length(25);
    await choose(el, 'Type', 'university');
    const universities = rows(el);
    expect(universities.length).to.be.greaterThan(0).and.lessThan(25);
    for (const id of universities) expect(el.partners.find((p) => p.id === id)?.type).to.equal('university');
    await choose(el, 'Type', 'All');
    await choose(el, 'Country', 'Spain');
    expect(rows(el).sort()).to.deep.equal(
      el.partners
        .filter((p) => p.country === 'ES')
        .map((p) => p.id)
        .sort(),
    );
    for (const id of rows(el)) expect(cell(el, id, 3)).to.equal('Spain');
    await choose(el, 'Country', 'All');
    await choose(el, 'Role', 'lead partner');
    // One lead a project: BOM (Boost4Health), UT3 (Onconet), LITEK (LASER-GO), Lyonbiopôle (bioXclusters plus).
    expect(rows(el).sort()).to.deep.equal(['bom', 'litek', 'lyonbiopole', 'ut3']);
    expect(shadow(el).querySelector('.partners-table caption')?.textContent).to.contain('4');
    await choose(el, 'Role', 'All');
    expect(rows(el)).to.have.length(25);
  });
});

describe('list: at 360 px', () => {
  afterEach(cleanup);

  it('every column of every table is reachable: each scrolls sideways in its own box, with a shadow at the edge that has more', async () => {
    const el = await mountMap({ view: 'list' });
    el.style.width = '360px';
    await waitFor(() => shadow(el).querySelectorAll('.table-scroll').length >= 3, 'the three tables');
    await settle(el);
    for (const box of shadow(el).querySelectorAll<HTMLElement>('.table-scroll')) {
      const name = box.querySelector('table')?.className ?? '';
      if (box.scrollWidth <= box.clientWidth) continue; // fits: nothing to reach
      expect(getComputedStyle(box).backgroundImage, `${name}: a cue`).to.contain('radial-gradient');
      box.scrollLeft = box.scrollWidth;
      await settle(el);
      const last = [...box.querySelectorAll('thead th')].at(-1)!.getBoundingClientRect();
      const seen = box.getBoundingClientRect();
      expect(last.right <= seen.right + 1 && last.left >= seen.left - 1, `${name}: its last column in view`).to.equal(true);
    }
    const partners = shadow(el).querySelector<HTMLElement>('.partners-table')!.parentElement!;
    expect(partners.scrollWidth, 'the partners table is wider than 360 px').to.be.greaterThan(partners.clientWidth);
  });
});
