/**
 * Crafted hashes and history, as a hostile link or a user's back button would bring them: the URL
 * says the whole state, the screen follows it exactly, and what the data does not have is dropped
 * with a note in the console, never copied into attributes.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { MAX_URL_STATE } from '../../src/present/url-sync.js';
import { cleanup, drawnPartners, listShown, mountMap, settle, shadow, waitFor } from '../helpers.js';

const ALL_LAYERS = ['consortia', 'reach', 'events'];
/** Sets the hash as a link or a history step would, and waits for the page's hashchange. */
async function go(hash: string): Promise<void> {
  const changed = new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
  location.hash = hash;
  await changed;
}
async function back(): Promise<void> {
  const changed = new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
  history.back();
  await changed;
}
const heading = (el: PartnerMap) => shadow(el).querySelector('.drawer h3')?.textContent.trim() ?? '';

/** console.warn, recorded while a case runs. */
let notes: string[] = [];
const warn = console.warn;

describe('URL state: a whole state, checked', () => {
  beforeEach(() => {
    notes = [];
    console.warn = (...args: unknown[]) => notes.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('back to #map=v:list after #map=p:onconet;l:consortia;v:list shows every project and layer again', async () => {
    const el = await mountMap({ 'sync-url': 'map' });
    await go('map=v:list');
    await settle(el);
    await go('map=p:onconet;l:consortia;v:list');
    await settle(el);
    expect(el.projects).to.deep.equal(['onconet']);
    expect(el.layers).to.deep.equal(['consortia']);
    await back();
    await settle(el);
    expect(el.projects).to.equal(null);
    expect(el.layers).to.deep.equal(ALL_LAYERS);
    expect(el.view).to.equal('list');
    await listShown(el);
    expect(shadow(el).querySelectorAll('.partners-table tbody tr')).to.have.length(25);
  });

  it('#map= (an empty state) clears the filter; a hash without the key returns to the state the element began with', async () => {
    const el = await mountMap({ 'sync-url': 'map', projects: 'laser-go' });
    await go('map=p:onconet');
    await settle(el);
    expect(drawnPartners(el)).to.not.include('litek');
    await go('map=');
    await settle(el);
    expect(el.projects).to.equal(null);
    await go('other=1');
    await settle(el);
    expect(el.projects).to.deep.equal(['laser-go']);
  });

  it('removing sync-url at run time stops following the hash; setting it again starts', async () => {
    const el = await mountMap({ 'sync-url': 'map' });
    el.removeAttribute('sync-url');
    await settle(el);
    await go('map=p:onconet');
    await settle(el);
    expect(el.projects).to.equal(null);
    el.setAttribute('sync-url', 'map');
    await settle(el);
    expect(el.projects).to.deep.equal(['onconet']);
    await go('map=p:laser-go');
    await waitFor(() => el.projects?.join(' ') === 'laser-go', 'the element follows the hash again');
  });

  it('a removed widget leaves the URL alone, even when it updates afterwards', async () => {
    const el = await mountMap({ 'sync-url': 'map' });
    el.remove();
    history.replaceState(null, '', location.pathname + location.search);
    el.projects = ['onconet'];
    await settle(el);
    expect(location.hash).to.equal('');
    go('map=p:laser-go').catch(() => undefined);
    await waitFor(() => location.hash === '#map=p:laser-go', 'the page moved on');
    await settle(el);
    expect(el.projects).to.deep.equal(['onconet']);
  });

  it('sync-url set only at run time writes the state to the hash and listens from then on', async () => {
    const el = await mountMap({ projects: 'onconet' });
    el.setAttribute('sync-url', 'late');
    await waitFor(() => location.hash.includes('late=p:onconet'), 'the state is in the hash');
    await go(`${location.hash.slice(1)}&x=1`.replace(/late=[^&]*/, 'late=p:laser-go'));
    await waitFor(() => el.projects?.join(' ') === 'laser-go', 'the element follows the hash');
  });

  it('unknown project ids are dropped with a note, never copied into the projects attribute', async () => {
    history.replaceState(null, '', '#map=p:onconet,no-such-project,x1');
    const el = await mountMap({ 'sync-url': 'map' });
    await settle(el);
    expect(el.projects).to.deep.equal(['onconet']);
    expect(el.getAttribute('projects')).to.equal('onconet');
    expect(notes.join('\n')).to.contain('2 id(s) not in the data left out');
  });

  it(`a hash over ${MAX_URL_STATE} characters is ignored with a note, and not copied anywhere`, async () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `made-up-${i}`).join(',');
    history.replaceState(null, '', `#map=p:onconet,${ids}`);
    const el = await mountMap({ 'sync-url': 'map' });
    await settle(el);
    expect(el.projects).to.equal(null);
    expect(el.hasAttribute('projects')).to.equal(false);
    expect(notes.join('\n')).to.contain(`over ${MAX_URL_STATE} characters`);
    expect(drawnPartners(el)).to.have.length(25);
  });

  it('a country from the URL must be an ISO code: s:country.Call-555-0100 opens nothing, s:country.FR opens France', async () => {
    history.replaceState(null, '', '#map=s:country.Call-555-0100');
    const el = await mountMap({ 'sync-url': 'map' });
    await settle(el);
    expect(heading(el)).to.equal('');
    await go('map=s:country.ZZ');
    await settle(el);
    expect(heading(el)).to.equal('');
    await go('map=s:country.FR');
    await waitFor(() => heading(el).includes('France'), 'the details of France are open');
  });

  it('a selection the data does not have opens nothing and is noted', async () => {
    history.replaceState(null, '', '#map=s:partner.nobody');
    const el = await mountMap({ 'sync-url': 'map' });
    await settle(el);
    expect(heading(el)).to.equal('');
    expect(notes.join('\n')).to.contain('1 id(s) not in the data left out');
  });
});
