import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { DataErrorEvent } from '../../src/element/api.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, nextEvent, settle, shadow, waitFor } from '../helpers.js';

const $$ = (el: PartnerMap, selector: string): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const title = (el: PartnerMap): string => shadow(el).querySelector('.header h2')?.textContent.trim() ?? '';
const summary = (el: PartnerMap): string => shadow(el).querySelector('.header .summary')?.textContent.trim() ?? '';
const toggles = (el: PartnerMap): string[] => $$(el, '.project-toggle').map((b) => b.dataset['project'] ?? '');
const legendProjects = (el: PartnerMap): string[] => $$(el, '.legend .project-key').map((b) => b.dataset['project'] ?? '');
const problems = (el: PartnerMap): string => shadow(el).querySelector('.id-problems')?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** Mounts with the given attributes, resolving with the element once drawn and every data-error it fired by then. */
async function mountWatching(attributes: Record<string, string>): Promise<{ el: PartnerMap; errors: DataErrorEvent['detail']['errors'][number][] }> {
  const errors: DataErrorEvent['detail']['errors'][number][] = [];
  const listener = (e: DataErrorEvent) => errors.push(...e.detail.errors);
  document.addEventListener('data-error', listener);
  try {
    const el = await mountMap(attributes);
    await settle(el);
    return { el, errors };
  } finally {
    document.removeEventListener('data-error', listener);
  }
}

/** The drawn marks' boxes, by partner id (single marks only). */
const markBoxes = (el: PartnerMap): Map<string, DOMRect> =>
  new Map($$(el, '.leaflet-marker-pane [data-partner]').map((m) => [m.dataset['partner'] ?? '', m.getBoundingClientRect()]));

describe("a partner's view (partner=…)", () => {
  afterEach(cleanup);

  it('partner="lyonbiopole" shows its one project: 4 partners, 7 markets, one toggle, and says so in the title', async () => {
    const el = await mountMap({ partner: 'lyonbiopole', lang: 'en' });
    expect(el.partners.map((p) => p.id).sort()).to.deep.equal(['biocat', 'biom', 'biopmed', 'lyonbiopole']);
    expect(el.partners).to.have.length(4);
    expect(el.markets).to.have.length(7);
    expect(title(el)).to.equal('Lyonbiopôle’s international collaborations');
    expect(toggles(el)).to.deep.equal(['bioxclusters-plus']);
    expect(legendProjects(el)).to.deep.equal(['bioxclusters-plus']);
    // The partner attribute is not turned into a projects attribute: the host's markup stays as written.
    expect(el.getAttribute('projects')).to.equal(null);
  });

  it('translates the title in Catalan and Spanish', async () => {
    const ca = await mountMap({ partner: 'lyonbiopole', lang: 'ca' });
    expect(title(ca)).to.equal('Col·laboracions internacionals de Lyonbiopôle');
    const es = await mountMap({ partner: 'lyonbiopole', lang: 'es' });
    expect(title(es)).to.equal('Colaboraciones internacionales de Lyonbiopôle');
  });

  it('rings its mark and draws its links stronger, and only its', async () => {
    const el = await mountMap({ partner: 'lyonbiopole' });
    await waitFor(() => $$(el, '.pm-link').length > 0, 'the links are drawn');
    const emphasised = $$(el, '.leaflet-marker-pane .pm-emph');
    expect(emphasised).to.have.length(1);
    expect(emphasised[0]?.dataset['partner'] ?? emphasised[0]?.dataset['partners']).to.contain('lyonbiopole');
    const ring = getComputedStyle(emphasised[0]?.querySelector('svg') as SVGElement);
    expect(ring.outlineStyle).to.equal('solid');
    expect(Number.parseFloat(ring.outlineWidth)).to.be.at.least(2);
    // Its three members' links to it, the lead: drawn at 3 px where the others are drawn at 1.4.
    const links = $$(el, '.pm-link');
    expect(links.filter((l) => l.classList.contains('pm-emph'))).to.have.length(3);
    for (const link of links) expect(Number.parseFloat(getComputedStyle(link).strokeWidth)).to.equal(3);
    const plain = await mountMap({ projects: 'bioxclusters-plus' });
    await waitFor(() => $$(plain, '.pm-link').length > 0, 'the links are drawn');
    expect($$(plain, '.pm-emph')).to.have.length(0);
    expect(Number.parseFloat(getComputedStyle($$(plain, '.pm-link')[0] as Element).strokeWidth)).to.be.below(2);
  });

  it('a partner in one link of several projects: only its own links stand out (Biocat)', async () => {
    const el = await mountMap({ partner: 'biocat' });
    await waitFor(() => $$(el, '.pm-link').length > 0, 'the links are drawn');
    // Biocat leads none of the four: one line from it to each project's lead.
    expect($$(el, '.pm-link.pm-emph')).to.have.length(4);
    expect($$(el, '.pm-link').length).to.be.above(4);
  });

  it('opens on its network: every partner of it in view, in a 700×420 embed', async () => {
    const el = document.createElement('partner-map');
    el.setAttribute('partner', 'lyonbiopole');
    el.style.setProperty('--partner-map-height', '420px');
    el.style.width = '700px';
    const ready = nextEvent(el, 'map-ready');
    document.body.append(el);
    await ready;
    await settle(el);
    const box = shadow(el).querySelector('.map')?.getBoundingClientRect() as DOMRect;
    const marks = markBoxes(el);
    const inView = (id: string) => {
      const r = marks.get(id) ?? [...$$(el, `.leaflet-marker-pane [data-partners~="${id}"]`)].map((m) => m.getBoundingClientRect())[0];
      return !!r && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
    };
    for (const id of ['lyonbiopole', 'biom', 'biopmed', 'biocat']) expect(inView(id), id).to.equal(true);
  });

  it('partner="biocat" shows all four projects', async () => {
    const el = await mountMap({ partner: 'biocat' });
    expect(toggles(el)).to.deep.equal(['boost4health', 'onconet', 'laser-go', 'bioxclusters-plus']);
    expect(el.partners).to.have.length(25);
    expect(title(el)).to.equal('Biocat’s international collaborations');
  });

  it('with projects too, shows only those of its projects; a partner set later changes the view', async () => {
    const el = await mountMap({ partner: 'biocat', projects: 'laser-go onconet' });
    expect(toggles(el)).to.deep.equal(['onconet', 'laser-go']);
    el.partner = 'litek';
    await settle(el);
    expect(toggles(el)).to.deep.equal(['laser-go']);
    expect(el.partners.map((p) => p.id).sort()).to.deep.equal(['biocat', 'hts', 'litek', 'medicen', 'optence', 'opticsvalley']);
    expect(title(el)).to.contain('LITEK');
  });
});

describe('heading: the host’s own title', () => {
  afterEach(cleanup);

  it('the heading attribute replaces the title, a partner’s view’s too', async () => {
    const el = await mountMap({ partner: 'lyonbiopole', heading: 'Nos collaborations' });
    expect(title(el)).to.equal('Nos collaborations');
    el.heading = undefined;
    await settle(el);
    expect(title(el)).to.equal('Lyonbiopôle’s international collaborations');
  });

  it('markup in the heading slot is shown as the title', async () => {
    const el = document.createElement('partner-map');
    el.innerHTML = '<span slot="heading">Our <em>partners</em></span>';
    const ready = nextEvent(el, 'map-ready');
    document.body.append(el);
    await ready;
    const slot = shadow(el).querySelector<HTMLSlotElement>('.header h2 slot[name="heading"]');
    expect(slot?.assignedElements().map((e) => e.textContent)).to.deep.equal(['Our partners']);
    // The slotted title is what is seen: inside the h2, in place of the widget's own.
    const span = el.querySelector('span') as HTMLElement;
    const h2 = shadow(el).querySelector('.header h2')?.getBoundingClientRect() as DOMRect;
    const shown = span.getBoundingClientRect();
    expect(shown.width).to.be.above(0);
    expect(shown.top).to.be.at.least(h2.top - 1);
    expect(shown.bottom).to.be.at.most(h2.bottom + 1);
  });
});

describe('an embed limited to some projects offers only those', () => {
  afterEach(cleanup);

  it('projects="bioxclusters-plus" offers one toggle, and the legend lists one project', async () => {
    const el = await mountMap({ projects: 'bioxclusters-plus' });
    expect(toggles(el)).to.deep.equal(['bioxclusters-plus']);
    expect(legendProjects(el)).to.deep.equal(['bioxclusters-plus']);
  });

  it('toggling keeps the offer: off and on again, still one toggle and the host’s projects', async () => {
    const el = await mountMap({ projects: 'laser-go bioxclusters-plus' });
    expect(toggles(el)).to.deep.equal(['laser-go', 'bioxclusters-plus']);
    shadow(el).querySelector<HTMLElement>('.project-toggle[data-project="laser-go"]')?.click();
    await settle(el);
    expect(toggles(el)).to.deep.equal(['laser-go', 'bioxclusters-plus']);
    expect(el.projects).to.deep.equal(['bioxclusters-plus']);
    expect(el.partners).to.have.length(4);
    shadow(el).querySelector<HTMLElement>('.project-toggle[data-project="laser-go"]')?.click();
    await settle(el);
    expect(el.projects).to.deep.equal(['laser-go', 'bioxclusters-plus']);
    expect(toggles(el)).to.deep.equal(['laser-go', 'bioxclusters-plus']);
    // The host widens it: the toggles follow.
    el.projects = null;
    await settle(el);
    expect(toggles(el)).to.have.length(4);
  });
});

describe('unknown ids are reported', () => {
  afterEach(cleanup);

  it('projects="bioXclusters": data-error with path projects naming it and the ids there are, and a message in the widget', async () => {
    const { el, errors } = await mountWatching({ projects: 'bioXclusters' });
    await waitFor(() => errors.length > 0 && problems(el) !== '', 'the unknown id is reported and said');
    expect(errors).to.have.length(1);
    expect(errors[0]?.path).to.equal('projects');
    expect(errors[0]?.message).to.contain('"bioXclusters"').and.contain('boost4health, onconet, laser-go, bioxclusters-plus');
    expect(problems(el)).to.equal('Project “bioXclusters”: not in the data. The ids there are: boost4health, onconet, laser-go, bioxclusters-plus.');
    expect(shadow(el).querySelector('.id-problems')?.getAttribute('role')).to.equal('alert');
    // It limits nothing: every toggle is offered, none is on, and the visitor can still choose.
    expect(el.partners).to.have.length(0);
    expect(toggles(el)).to.have.length(4);
    expect(shadow(el).querySelector('.empty')?.textContent).to.contain('choose one above');
    shadow(el).querySelector<HTMLElement>('.project-toggle[data-project="onconet"]')?.click();
    await settle(el);
    expect(el.partners).to.have.length(8);
  });

  it('one unknown id among known ones: the known one is shown, the unknown one reported', async () => {
    const { el, errors } = await mountWatching({ projects: 'laser-go bioXclusters' });
    await waitFor(() => errors.length > 0 && problems(el) !== '', 'the unknown id is reported and said');
    expect(errors.map((e) => e.path)).to.deep.equal(['projects']);
    expect(toggles(el)).to.deep.equal(['laser-go']);
    expect(problems(el)).to.contain('bioXclusters');
  });

  it('partner="nobody": data-error with path partner listing the partner ids, and a message in the visitor’s language', async () => {
    const { el, errors } = await mountWatching({ partner: 'nobody', lang: 'es' });
    await waitFor(() => errors.length > 0 && problems(el) !== '', 'the unknown id is reported and said');
    expect(errors).to.have.length(1);
    expect(errors[0]?.path).to.equal('partner');
    expect(errors[0]?.message).to.contain('"nobody"').and.contain('lyonbiopole').and.contain('biocat');
    expect(problems(el)).to.match(/^Socio «nobody»: no está en los datos\. Los identificadores que hay son: biocat, bom, .*lyonbiopole/);
    // The rest of the map is the whole network, with the usual title.
    expect(el.partners).to.have.length(25);
    expect(title(el)).to.equal('Colaboraciones internacionales');
  });

  it('selectPartner and focusProject with unknown ids report them; a known id afterwards clears the message', async () => {
    const el = await mountMap({});
    const partnerError = nextEvent(el, 'data-error');
    el.selectPartner('nobody');
    const p = await partnerError;
    expect(p.detail.errors.map((e) => e.path)).to.deep.equal(['partner']);
    expect(p.detail.errors[0]?.message).to.contain('selectPartner("nobody")').and.contain('biocat');
    await settle(el);
    expect(problems(el)).to.contain('“nobody”');
    const projectError = nextEvent(el, 'data-error');
    el.focusProject('bioXclusters');
    const q = await projectError;
    expect(q.detail.errors.map((e) => e.path)).to.deep.equal(['projects']);
    expect(q.detail.errors[0]?.message).to.contain('focusProject("bioXclusters")').and.contain('bioxclusters-plus');
    await settle(el);
    expect(problems(el)).to.contain('“bioXclusters”');
    el.focusProject('bioxclusters-plus');
    await settle(el);
    expect(shadow(el).querySelector('.id-problems')).to.equal(null);
  });

  it('fixing the attribute takes the message away', async () => {
    const { el } = await mountWatching({ projects: 'bioXclusters' });
    await waitFor(() => problems(el) !== '', 'the unknown id is said');
    el.setAttribute('projects', 'bioxclusters-plus');
    await settle(el);
    expect(shadow(el).querySelector('.id-problems')).to.equal(null);
    expect(el.partners).to.have.length(4);
  });
});

describe("the header's counts follow the layers shown", () => {
  afterEach(cleanup);

  it('no target markets without Reach, no partners without Consortia', async () => {
    const cases: [string, string][] = [
      ['consortia reach events', 'Map of 4 projects: 25 partners in 11 countries; 10 target markets'],
      ['consortia events', 'Map of 4 projects: 25 partners in 11 countries'],
      ['reach events', 'Map of 4 projects: 10 target markets'],
      ['events', 'Map of 4 projects'],
    ];
    for (const [layers, expected] of cases) {
      const el = await mountMap({ layers });
      expect(summary(el), layers).to.equal(expected);
      // One at a time: a map far below the viewport is not made, so it would never be ready.
      cleanup();
    }
  });

  it('turning Reach off with its toggle takes the markets out of the summary', async () => {
    const el = await mountMap({ partner: 'lyonbiopole', lang: 'ca' });
    expect(summary(el)).to.contain('7 mercats objectiu');
    shadow(el).querySelector<HTMLElement>('.layer-toggle[data-layer="reach"]')?.click();
    await settle(el);
    expect(summary(el)).to.equal('Mapa de 1 projecte: 4 socis a 4 països');
  });
});
