/**
 * Scale of other kinds than partners (bench/generate.mjs shapes): many events, many projects each
 * with its own lead, one partner leading thousands of projects. Untimed (the bench times them):
 * every mark is drawn once, alone or in a group, and panels list a bounded part and say the rest.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { generate } from '../../bench/generate.mjs';
import { cleanup, drawnIds, drawnPartners, mountMap, settle, shadow } from '../helpers.js';

describe('scale of events, projects and leads', function () {
  this.timeout(60000);
  afterEach(cleanup);

  it('3,000 events: each drawn once, alone or in a group', async () => {
    const el = await mountMap({ lang: 'en', layers: 'events' }, generate(3000, 42, 'events'));
    await settle(el);
    const ids = drawnIds(el, 'event');
    expect(ids).to.have.length(3000);
    expect(new Set(ids).size).to.equal(3000);
  });

  it('2,000 projects each led by a partner of its own: every lead drawn once; the legend and toggles list 100 and say the rest', async () => {
    const el = await mountMap({ lang: 'en' }, generate(2000, 42, 'projects'));
    await settle(el);
    expect(el.partners).to.have.length(2000);
    expect(new Set(drawnPartners(el)).size).to.equal(2000);
    expect(shadow(el).querySelectorAll('.legend-projects [data-project]')).to.have.length(100);
    expect(shadow(el).querySelector('.legend-projects .more')?.textContent).to.contain('1900 more');
  });

  it('one partner leading 2,000 projects: its details list 100 projects and say how many more', async () => {
    const el = await mountMap({ lang: 'en' }, generate(2000, 42, 'lead'));
    el.selectPartner('p0');
    await settle(el);
    const roles = shadow(el).querySelectorAll('[part="details"] .roles > li');
    expect(roles).to.have.length(101);
    expect(roles[100]?.textContent).to.contain('1,900 more');
  });
});
