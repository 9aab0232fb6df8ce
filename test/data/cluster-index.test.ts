import { expect } from '@open-wc/testing';
import { generate } from '../../bench/generate.mjs';
import { parseCollaborations } from '../../src/data/parse.js';
import { select } from '../../src/data/selectors.js';
import { ClusterIndex, clusterPoints, pointsAhead, samePoints, type ClusterItem } from '../../src/data/cluster-index.js';

const WORLD = [-180, -85, 180, 85] as const;

describe('ClusterIndex', () => {
  const { data } = parseCollaborations(generate(5000));
  const selection = select(data, { projects: null, layers: ['consortia'] });
  const index = new ClusterIndex(clusterPoints(selection.partners, selection.projects), 12);
  const size = (item: ClusterItem) => (item.kind === 'group' ? item.count : 1);

  it('holds every partner at every zoom: groups and single partners add up to all of them', () => {
    for (const zoom of [0, 3, 6, 9, 12, 13]) {
      expect(
        index.items(WORLD, zoom).reduce((sum, item) => sum + size(item), 0),
        `zoom ${zoom}`,
      ).to.equal(5000);
    }
  });

  it('counts each group’s memberships per project, in project order (every 7th partner is in two projects)', () => {
    const memberships = selection.projects.map((p) => selection.partners.filter((v) => v.roles.some((r) => r.project.id === p.id)).length);
    const totals = selection.projects.map(() => 0);
    for (const item of index.items(WORLD, 2)) {
      if (item.kind === 'group') item.parts.forEach((n, k) => (totals[k] = (totals[k] ?? 0) + n));
      else for (const { project } of selection.partners[item.index]?.roles ?? []) totals[selection.projects.indexOf(project)]! += 1;
    }
    expect(totals).to.deep.equal(memberships);
    expect(memberships.reduce((a, b) => a + b, 0)).to.be.greaterThan(5000);
  });

  it('opens a group at its expansion zoom, into parts that are all smaller', () => {
    const group = index.items(WORLD, 3).find((item): item is Extract<ClusterItem, { kind: 'group' }> => item.kind === 'group' && item.count > 50);
    expect(group).to.not.equal(undefined);
    if (!group) return;
    const zoom = group.opensAt;
    expect(zoom).to.be.greaterThan(3);
    const d = 0.5;
    const near = index.items([group.lon - d, group.lat - d, group.lon + d, group.lat + d], zoom);
    expect(near.every((item) => size(item) < group.count)).to.equal(true);
    expect(index.members(group.id, 10)).to.have.length(10);
  });

  it('finds the zoom at which a partner stands alone', () => {
    const i = selection.partners.findIndex((v) => v.partner.id === 'p4321');
    expect(i).to.be.greaterThan(-1);
    const zoom = index.revealZoom(i, 2);
    const [lon, lat] = selection.partners[i]?.partner.position ?? [0, 0];
    const d = 1e-6;
    const here = (z: number) => index.items([lon - d, lat - d, lon + d, lat + d], z).some((item) => item.kind === 'partner' && item.index === i);
    expect(here(zoom)).to.equal(true);
    expect(here(zoom - 1)).to.equal(false);
  });
});

describe('grouping ahead (in the worker, before the page asks)', () => {
  const { data } = parseCollaborations(generate(8000));
  const pageOf = (projects: readonly string[] | null) => {
    const selection = select(data, { projects, layers: ['consortia'] });
    return clusterPoints(
      selection.partners.filter((v) => !v.roles.some((r) => r.role === 'lead')),
      selection.projects,
    );
  };

  it('makes the points the page will send, number for number, with or without a project filter', () => {
    const all = pointsAhead(data, { projects: null, threshold: 300 });
    expect(all && samePoints(all, pageOf(null))).to.equal(true);
    const some = pointsAhead(data, { projects: ['alpha', 'beta', 'gamma'], threshold: 300 });
    expect(some && samePoints(some, pageOf(['alpha', 'beta', 'gamma']))).to.equal(true);
    expect(some && all && samePoints(some, all), 'a filter makes other points').to.equal(false);
  });

  it('makes none where the page will not group in the worker: under the threshold, or under 5,000 partners', () => {
    expect(pointsAhead(data, { projects: null, threshold: 10000 })).to.equal(undefined);
    expect(pointsAhead(data, { projects: ['alpha'], threshold: 300 }), 'a quarter of 8,000').to.equal(undefined);
  });

  it('tells points apart by any number', () => {
    const a = pageOf(null);
    const moved = { ...a, lat: Float64Array.from(a.lat, (x, i) => (i === 4321 ? x + 1e-9 : x)) };
    expect(samePoints(a, pageOf(null))).to.equal(true);
    expect(samePoints(a, moved)).to.equal(false);
    expect(samePoints(a, { ...a, projects: a.projects + 1 })).to.equal(false);
  });
});
