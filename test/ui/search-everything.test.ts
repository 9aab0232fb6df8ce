import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { generate } from '../../bench/generate.mjs';
import { parseCollaborations } from '../../src/data/parse.js';
import { searchEverything } from '../../src/data/search-everything.js';
import { messages as en } from '../../src/i18n/locales/en.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, drawnPartners, mountMap, settle, shadow, waitFor } from '../helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = (el: PartnerMap, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const text = (e: Element | null | undefined) => e?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** Types a query into the search box and waits for the results (the search is a chunk of its own). */
async function search(el: PartnerMap, query: string): Promise<HTMLElement[]> {
  const input = $(el, '.search input') as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ type: query });
  await waitFor(() => !$(el, '#search-results')!.hidden, `results for "${query}" are shown`);
  await settle(el);
  return $$(el, '.search [role="option"]');
}

/** The results as "kind:id", in order. */
const found = (options: HTMLElement[]) => options.map((o) => `${o.dataset['kind']}:${o.dataset['id']}`);

/** The group an option sits in, by its label (the name a screen reader gives the group). */
const groupOf = (el: PartnerMap, option: HTMLElement) => {
  const group = option.closest('[role="group"]');
  return text($(el, `#${group?.getAttribute('aria-labelledby') ?? 'none'}`));
};

const drawer = (el: PartnerMap) => ({ kind: $(el, '.drawer')?.dataset['kind'], title: text($(el, '.drawer h3')) });

describe('search everything: kinds, grouped, each opening its details', () => {
  afterEach(cleanup);

  it('"japan" finds the country, in a group labelled Country, and Enter opens Japan’s details', async () => {
    const el = await mountMap();
    const options = await search(el, 'japan');
    expect(found(options)).to.deep.equal(['country:JP']);
    expect(groupOf(el, options[0]!)).to.equal('Country');
    expect($(el, '#search-results [role="group"]')?.getAttribute('role')).to.equal('group');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => drawer(el).kind === 'country', 'a country is shown');
    expect(drawer(el).title).to.contain('Japan');
    expect(text($(el, '.drawer'))).to.contain('LASER-GO');
  });

  it('"oncothon" finds the event and opens it', async () => {
    const el = await mountMap();
    const options = await search(el, 'oncothon');
    expect(found(options)).to.deep.equal(['event:oncothon']);
    expect(groupOf(el, options[0]!)).to.equal('Event');
    expect(text(options[0]?.querySelector('.hit-meta'))).to.equal('Granada, Spain');
    options[0]!.click();
    await waitFor(() => drawer(el).kind === 'event', 'an event is shown');
    expect(drawer(el).title).to.contain('Oncothon');
  });

  it('"onconet" finds the project and opens it', async () => {
    const el = await mountMap();
    const options = await search(el, 'onconet');
    expect(found(options)[0]).to.equal('project:onconet');
    expect(groupOf(el, options[0]!)).to.equal('Project');
    options[0]!.click();
    await waitFor(() => drawer(el).kind === 'project', 'a project is shown');
    expect(drawer(el).title).to.contain('Onconet');
  });

  it('"catalonia" finds the partners in Catalonia, saying why', async () => {
    const el = await mountMap();
    const options = await search(el, 'catalonia');
    expect(found(options).sort()).to.deep.equal(['partner:biocat', 'partner:ico', 'partner:vhio']);
    for (const o of options) expect(groupOf(el, o)).to.equal('Partner');
    expect(text(options[0]?.querySelector('.hit-meta'))).to.match(/^Catalonia · /);
  });

  it('"photonics" finds LASER-GO by its full name; "cosme" its programme’s two projects', async () => {
    const el = await mountMap();
    expect(found(await search(el, 'photonics'))).to.deep.equal(['project:laser-go']);
    expect(found(await search(el, 'cosme'))).to.deep.equal(['project:laser-go', 'project:bioxclusters-plus']);
  });

  it('finds partners by type and by country name, and a country groups before partners in it', async () => {
    const el = await mountMap();
    const hospitals = await search(el, 'hospital');
    expect(found(hospitals)).to.include('partner:ico');
    const lithuania = found(await search(el, 'lithuania'));
    expect(lithuania[0]).to.equal('country:LT');
    expect(lithuania).to.include('partner:litek');
  });

  it('folds accents and case: "lyonbiopole" and "LYONBIOPÔLE" find Lyonbiopôle, "liege" ULiège', async () => {
    const el = await mountMap();
    const options = await search(el, 'lyonbiopole');
    expect(found(options)).to.deep.equal(['partner:lyonbiopole']);
    expect(text(options[0]?.querySelector('.hit-name'))).to.equal('Lyonbiopôle');
    expect(found(await search(el, 'LYONBIOPÔLE'))).to.deep.equal(['partner:lyonbiopole']);
    expect(found(await search(el, 'liege'))).to.deep.equal(['partner:uliege']);
  });

  it('searches in the language shown: "japon" finds Japón in Spanish, "catalunya" Catalan partners', async () => {
    const es = await mountMap({ lang: 'es' });
    const options = await search(es, 'japon');
    expect(found(options)).to.deep.equal(['country:JP']);
    expect(text(options[0]?.querySelector('.hit-name'))).to.equal('Japón');
    expect(groupOf(es, options[0]!)).to.equal('País');
    es.remove();
    const ca = await mountMap({ lang: 'ca' });
    expect(found(await search(ca, 'catalunya')).sort()).to.deep.equal(['partner:biocat', 'partner:ico', 'partner:vhio']);
  });

  it('finds a partner of a hidden project, says so, and choosing it shows that project again', async () => {
    const el = await mountMap();
    // The reader hides bioXclusters plus with its toggle: Lyonbiopôle, in it alone, leaves the map.
    $(el, '.filters [data-project="bioxclusters-plus"]')!.click();
    await waitFor(() => !drawnPartners(el).includes('lyonbiopole'), 'Lyonbiopôle is hidden');
    const options = await search(el, 'lyonbiopole');
    expect(found(options)).to.deep.equal(['partner:lyonbiopole']);
    expect(text(options[0]?.querySelector('.hit-hidden'))).to.equal('in a hidden project — show it');
    // Biocat is in bioXclusters plus and in shown projects too: it is not offered as hidden.
    expect((await search(el, 'biocat'))[0]?.querySelector('.hit-hidden')).to.equal(null);
    const again = await search(el, 'lyonbiopole');
    const changed = new Promise<string[]>((resolve) => el.addEventListener('projects-change', (e) => resolve(e.detail.projects), { once: true }));
    again[0]!.click();
    expect([...(await changed)].sort()).to.deep.equal(['bioxclusters-plus', 'boost4health', 'laser-go', 'onconet']);
    expect(el.projects).to.equal(null);
    await waitFor(() => drawer(el).kind === 'partner', 'the partner is shown');
    expect(drawer(el).title).to.contain('Lyonbiopôle');
    await waitFor(() => drawnPartners(el).includes('lyonbiopole'), 'its mark is drawn');
  });

  it('says "Nothing matches." when nothing does, and passes axe with grouped results open', async () => {
    const el = await mountMap();
    await search(el, 'zzzz');
    expect(text($(el, '.search .no-results'))).to.equal('Nothing matches.');
    await search(el, 'bio');
    expect([...new Set($$(el, '.search [role="option"]').map((o) => o.dataset['kind']))]).to.include.members(['partner', 'project', 'event']);
    await expect(el).to.be.accessible();
  });
});

describe('search everything: a large network', () => {
  it('indexes 10,000 partners once and answers each query in one pass (well under a frame’s worth per keystroke)', () => {
    const { data } = parseCollaborations(generate(10000));
    const context = { data, offered: data.projects, visible: data.projects, lang: 'en' as const, msg: en };
    let t = performance.now();
    expect(searchEverything(context, 'org 9999').map((h) => h.id)).to.include('p9999');
    const first = performance.now() - t;
    t = performance.now();
    for (const q of ['o', 'or', 'org', 'org 1', 'org 12', 'org 123']) expect(searchEverything(context, q).length).to.be.greaterThan(0);
    const six = (performance.now() - t) / 6;
    // A quadratic index (each partner compared with each) would take seconds at 10,000.
    expect(first, 'building the index and the first query').to.be.below(1500);
    expect(six, 'a query on the built index').to.be.below(100);
  });
});

describe('search everything: what the embed offers', () => {
  afterEach(cleanup);

  it('projects="laser-go" at the start: partners of projects not offered are not found (the embed chose)', async () => {
    const el = await mountMap({ projects: 'laser-go' });
    expect(found(await search(el, 'lyonbiopole'))).to.deep.equal([]);
    expect(text($(el, '.search .no-results'))).to.equal('Nothing matches.');
    expect(found(await search(el, 'litek'))).to.deep.equal(['partner:litek']);
  });
});
