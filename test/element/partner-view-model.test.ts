import { expect } from '@open-wc/testing';
import { bundledCollaborations } from '../../src/data/bundled.js';
import { PartnerViewState, idError, partnerView } from '../../src/element/partner-view.js';
import type { DataError } from '../../src/data/types.js';

const data = bundledCollaborations();
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

/** A state with the host's `projects` set, and what it reports. */
function stateWith(projects: readonly string[] | null, partner: string | null = null) {
  const reported: DataError[] = [];
  const state = new PartnerViewState((errors) => reported.push(...errors));
  state.update(data, projects, partner, true);
  return { state, reported };
}

describe('partnerView: what an embed offers and shows', () => {
  it('with nothing named, offers every project and shows them all (null)', () => {
    const v = partnerView(data, null, null, null);
    expect(ids(v.offered)).to.deep.equal(['boost4health', 'onconet', 'laser-go', 'bioxclusters-plus']);
    expect(v.shown).to.equal(null);
    expect(v.problems).to.deep.equal([]);
  });

  it("a partner's view offers only its projects; with projects too, only those of them", () => {
    expect(ids(partnerView(data, null, null, 'lyonbiopole').offered)).to.deep.equal(['bioxclusters-plus']);
    expect(partnerView(data, null, null, 'lyonbiopole').shown).to.deep.equal(['bioxclusters-plus']);
    expect(partnerView(data, null, null, 'biocat').shown).to.equal(null);
    const v = partnerView(data, ['laser-go', 'boost4health'], ['laser-go', 'boost4health'], 'litek');
    expect(ids(v.offered)).to.deep.equal(['laser-go']);
    expect(v.shown).to.deep.equal(['laser-go']);
  });

  it('names the unknown ids, each once, with the ids there are; the known ones still count', () => {
    const v = partnerView(data, ['bioXclusters', 'laser-go', 'bioXclusters'], ['bioXclusters', 'laser-go'], 'nobody');
    expect(v.problems.map((p) => [p.path, p.ids])).to.deep.equal([
      ['projects', ['bioXclusters']],
      ['partner', ['nobody']],
    ]);
    expect(v.problems[0]?.known).to.deep.equal(['boost4health', 'onconet', 'laser-go', 'bioxclusters-plus']);
    expect(v.problems[1]?.known).to.have.length(25);
    expect(v.partner).to.equal(undefined);
    expect(ids(v.offered)).to.deep.equal(['laser-go']);
  });

  it('a host value naming no project there is (empty, or only unknown ids) offers every project and shows none', () => {
    for (const offer of [[], ['bioXclusters']]) {
      const v = partnerView(data, offer, offer, null);
      expect(ids(v.offered), String(offer)).to.have.length(4);
      expect(v.shown).to.deep.equal([]);
      // Every toggle turned on again: all of them (null), not the host's empty choice.
      const { state } = stateWith(offer);
      let projects: string[] | null = offer;
      for (const p of ['boost4health', 'onconet', 'laser-go', 'bioxclusters-plus']) projects = state.toggle(projects, p).projects;
      expect(projects).to.equal(null);
    }
  });

  it('says in the event which attribute or call named the id', () => {
    const [p] = partnerView(data, ['bioXclusters'], ['bioXclusters'], null).problems;
    expect(idError(p!)).to.deep.equal({
      path: 'projects',
      message: 'projects "bioXclusters": no such project in the data; the project ids are: boost4health, onconet, laser-go, bioxclusters-plus',
    });
    expect(idError({ path: 'partner', ids: ['nobody'], known: ['a', 'b'], source: 'selectPartner' }).message).to.equal(
      'selectPartner("nobody"): no such partner in the data; the partner ids are: a, b',
    );
  });
});

describe('PartnerViewState: toggling within an offer, reporting once', () => {
  it('turning a project off and on again gives back the host’s value', () => {
    const host = ['laser-go', 'bioxclusters-plus'];
    const { state } = stateWith(host);
    const off = state.toggle(host, 'laser-go');
    expect(off).to.deep.equal({ projects: ['bioxclusters-plus'], shown: ['bioxclusters-plus'] });
    expect(ids(state.update(data, off.projects, null, true).offered)).to.deep.equal(host);
    expect(state.toggle(off.projects, 'laser-go')).to.deep.equal({ projects: host, shown: host });
  });

  it('with no offer, every project on again is null (all), as before', () => {
    const { state } = stateWith(null);
    const off = state.toggle(null, 'onconet');
    expect(off.projects).to.deep.equal(['boost4health', 'laser-go', 'bioxclusters-plus']);
    expect(state.toggle(off.projects, 'onconet').projects).to.equal(null);
  });

  it('takes a new offer from the host, and reports the same unknown ids once', () => {
    const { state, reported } = stateWith(['laser-go']);
    expect(ids(state.update(data, null, null, true).offered)).to.have.length(4);
    state.update(data, ['nope'], null, true);
    state.update(data, ['nope'], null, true);
    state.update(data, ['nope'], null, true);
    expect(reported.map((e) => e.path)).to.deep.equal(['projects']);
    state.update(data, ['laser-go'], null, true);
    state.update(data, ['nope'], null, true);
    expect(reported.map((e) => e.path)).to.deep.equal(['projects', 'projects']);
  });

  it('reports nothing before the data is here', () => {
    const reported: DataError[] = [];
    const state = new PartnerViewState((errors) => reported.push(...errors));
    state.update({ projects: [], partners: [], events: [] }, ['laser-go'], null, false);
    expect(reported).to.deep.equal([]);
    state.update(data, ['laser-go'], null, true);
    expect(reported).to.deep.equal([]);
  });
});
