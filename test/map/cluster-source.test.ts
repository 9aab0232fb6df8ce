import { expect } from '@open-wc/testing';
import { generate } from '../../bench/generate.mjs';
import { ClusterIndex, clusterPoints } from '../../src/data/cluster-index.js';
import { parseCollaborations } from '../../src/data/parse.js';
import { isLead, select } from '../../src/data/selectors.js';
import { ClusterSource } from '../../src/map/cluster/cluster-source.js';

const WORLD = [-180, -85, 180, 85] as const;

describe('ClusterSource', () => {
  const { data } = parseCollaborations(generate(5000));
  const selection = select(data, { projects: null, layers: ['consortia'] });
  const members = selection.partners.filter((v) => !isLead(v));
  const onPage = new ClusterIndex(clusterPoints(members, selection.projects), 12, 60);

  /** The workers made while `run` runs (by their script's URL). */
  async function workersMade(run: () => Promise<void>): Promise<string[]> {
    const made: string[] = [];
    const original = window.Worker;
    window.Worker = class extends original {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        made.push(String(args[0]));
      }
    };
    try {
      await run();
    } finally {
      window.Worker = original;
    }
    return made;
  }

  it('indexes a network of a few thousand partners on the page, with no worker started for it', async () => {
    const small = members.slice(0, 2000);
    const made = await workersMade(async () => {
      const source = await ClusterSource.build(small, selection.projects, 12, 60);
      const here = new ClusterIndex(clusterPoints(small, selection.projects), 12, 60);
      expect(await source.items(WORLD, 3)).to.deep.equal(here.items(WORLD, 3));
    });
    expect(made, 'no worker started').to.deep.equal([]);
  });

  it('answers from the worker what an index on the page answers: the same groups, members and zooms', async function () {
    this.timeout(20000);
    let source: ClusterSource | undefined;
    const made = await workersMade(async () => void (source = await ClusterSource.build(members, selection.projects, 12, 60, true)));
    expect(made, 'the worker started for it').to.have.length(1);
    if (!source) return;
    for (const zoom of [0, 2, 4, 6, 8, 10, 12, 13]) expect(await source.items(WORLD, zoom), `zoom ${zoom}`).to.deep.equal(onPage.items(WORLD, zoom));
    const europe = [-10, 35, 30, 60] as const;
    expect(await source.items(europe, 5)).to.deep.equal(onPage.items(europe, 5));
    const group = onPage.items(WORLD, 3).find((item) => item.kind === 'group');
    expect(group, 'a group at zoom 3').to.not.equal(undefined);
    if (group?.kind !== 'group') return;
    const listed = await source.members(group.id, 20, 5);
    expect(listed.map((v) => v.partner.id)).to.deep.equal(onPage.members(group.id, 20, 5).map((i) => members[i]?.partner.id));
    expect(listed).to.have.length(20);
    const i = source.indexOf('p4321');
    expect(i).to.be.greaterThan(-1);
    expect(members[i]?.partner.id).to.equal('p4321');
    expect(await source.revealZoom(i, 2)).to.equal(onPage.revealZoom(i, 2));
  });
});
