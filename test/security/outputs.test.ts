/**
 * A host script that changes what the widget hands out changes nothing in the widget, nor in a
 * widget created later on the page (the bundled data is parsed once and shared). Written as such a
 * script would act: it writes into `partners`, `markets` and event details, ignoring types.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, nextEvent, settle, shadow } from '../helpers.js';

const details = (el: PartnerMap) => shadow(el).querySelector('[part="details"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
/** What a careless or hostile host does: write, whatever the types say (strict mode throws; sloppy
 *  code would go on silently, so a throw is fine, a change is not). */
const tamper = (write: () => void) => {
  try {
    write();
  } catch {
    // A frozen object refused the write: the outcome a host must get.
  }
};
type Loose = Record<string, unknown> & { roles: Record<string, string>; notes: string[]; position: number[] };

describe('outputs are copies or frozen: mutating them changes nothing', () => {
  afterEach(cleanup);

  it("writing into el.partners changes neither this widget's details nor a widget created later", async () => {
    const el = await mountMap();
    const biocat = el.partners.find((p) => p.id === 'biocat') as unknown as Loose;
    tamper(() => (biocat['shortName'] = 'HACKED'));
    tamper(() => (biocat.roles['onconet'] = 'lead'));
    tamper(() => biocat.notes.push('<img src=x>'));
    tamper(() => (biocat.position[0] = 100));
    tamper(() => (el.partners as unknown as unknown[]).push({ id: 'ghost' }));
    tamper(() => (el.partners as unknown as unknown[]).splice(0));
    expect(el.partners.map((p) => p.id)).to.not.include('ghost');
    expect(el.partners).to.have.length(25);
    el.selectPartner('biocat');
    await settle(el);
    expect(details(el)).to.contain('Biocat').and.not.contain('HACKED');
    const later = await mountMap();
    const again = later.partners.find((p) => p.id === 'biocat');
    expect(again?.shortName).to.equal('Biocat');
    expect(again?.roles['onconet']).to.not.equal('lead');
    expect(again?.notes).to.not.include('<img src=x>');
    expect(again?.position[0]).to.be.below(10);
  });

  it('writing into el.markets changes nothing', async () => {
    const el = await mountMap();
    const before = JSON.stringify(el.markets);
    const m = el.markets[0] as unknown as { country: string; projects: string[] };
    tamper(() => (m.country = 'XX'));
    tamper(() => m.projects.push('ghost'));
    expect(JSON.stringify(el.markets)).to.equal(before);
  });

  it("a partner-select listener cannot make ICO Onconet's lead", async () => {
    const el = await mountMap();
    el.addEventListener('partner-select', (e) => {
      const p = e.detail.partner as unknown as Loose;
      tamper(() => (p.roles['onconet'] = 'lead'));
      tamper(() => (p['name'] = 'HACKED'));
    });
    const selected = nextEvent(el, 'partner-select');
    shadow(el).querySelector<HTMLElement>('.leaflet-marker-pane [data-partner="litek"]')?.click();
    const { detail } = await selected;
    expect(detail.partner.name).to.not.equal('HACKED');
    const later = await mountMap();
    expect(later.partners.find((p) => p.id === 'litek')?.name).to.not.equal('HACKED');
    expect(later.partners.find((p) => p.id === 'litek')?.roles['onconet']).to.not.equal('lead');
  });

  it('pushing into projects-change detail.projects leaves el.projects, the attribute and the map in step', async () => {
    const el = await mountMap();
    el.addEventListener('projects-change', (e) => tamper(() => e.detail.projects.push('onconet')));
    shadow(el).querySelector<HTMLElement>('.filters [data-project="onconet"]')?.click();
    await settle(el);
    expect(el.projects).to.not.include('onconet');
    expect(el.getAttribute('projects')?.split(' ')).to.not.include('onconet');
    expect(shadow(el).querySelector('.filters [data-project="onconet"]')?.getAttribute('aria-pressed')).to.equal('false');
  });

  it('a data-error listener cannot replace the problems the widget shows', async () => {
    const el = document.createElement('partner-map');
    el.addEventListener('data-error', (e) => {
      const errors = e.detail.errors as unknown as { message: string }[];
      tamper(() => errors.splice(0, errors.length, { message: 'all is well' }));
      tamper(() => errors[0] && (errors[0].message = 'all is well'));
    });
    el.data = { type: 'FeatureCollection', features: [] };
    const ready = nextEvent(el, 'map-ready');
    document.body.append(el);
    await ready;
    await settle(el);
    const shown = shadow(el).querySelector('.errors')?.textContent ?? '';
    expect(shown).to.contain('features is empty').and.not.contain('all is well');
  });

  it('map-ready and tour-step details are frozen', async () => {
    const el = document.createElement('partner-map');
    const ready = nextEvent(el, 'map-ready');
    document.body.append(el);
    const { detail } = await ready;
    expect(Object.isFrozen(detail)).to.equal(true);
    const step = nextEvent(el, 'tour-step');
    el.tour = 5;
    const s = await step;
    expect(Object.isFrozen(s.detail)).to.equal(true);
    el.tour = undefined;
  });

  it('what it hands out is frozen all the way down', async () => {
    const el = await mountMap();
    const frozenDeep = (v: unknown): boolean => typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(frozenDeep));
    expect(frozenDeep(el.partners)).to.equal(true);
    expect(frozenDeep(el.markets)).to.equal(true);
  });
});
