/**
 * The partners of a large network, clustered by supercluster: which groups and single partners
 * to draw for a view, how far to zoom to open a group, and at which zoom a partner stands alone.
 * Each group carries a per-project breakdown (memberships per visible project), so a ring of
 * project colours can say what a group is made of. Pure: no Leaflet, no DOM.
 */
import Supercluster, { type PointFeature } from 'supercluster';
import type { VisiblePartner } from '../../data/selectors.js';
import type { Project } from '../../data/types.js';

/** Something drawn for a view: a group of partners or one partner. */
export type ClusterItem =
  | { readonly kind: 'group'; readonly id: number; readonly count: number; readonly parts: readonly number[]; readonly lon: number; readonly lat: number }
  | { readonly kind: 'partner'; readonly index: number; readonly lon: number; readonly lat: number };

interface PointProps {
  readonly i: number;
}
interface GroupProps {
  /** Memberships per visible project, in project order. */
  c: number[];
  /** Whether c is this group's own array (not a partner's, shared). */
  own: boolean;
}

/** The partners as supercluster's points, and each one's memberships by project. */
export interface ClusterPoints {
  readonly counts: readonly number[][];
  readonly features: PointFeature<PointProps>[];
}

/** What an index of `partners` is made of: 100,000 partners' take ~100–200 ms, a task of its own
 *  before the index's (~400 ms more). */
export function clusterPoints(partners: readonly VisiblePartner[], projects: readonly Project[]): ClusterPoints {
  const slot = new Map(projects.map((p, i) => [p.id, i]));
  const n = projects.length;
  // Each partner's memberships, counted once. A group starts from its first partner's array and
  // copies it before adding the others (own), so no partner's counts are ever changed.
  const counts = partners.map(({ roles }) => {
    const c = new Array<number>(n).fill(0);
    for (const { project } of roles) {
      const k = slot.get(project.id);
      if (k !== undefined) c[k] = (c[k] ?? 0) + 1;
    }
    return c;
  });
  const features = partners.map((v, i) => ({
    type: 'Feature' as const,
    properties: { i },
    geometry: { type: 'Point' as const, coordinates: [v.partner.position[0], v.partner.position[1]] },
  }));
  return { counts, features };
}

export class ClusterIndex {
  private readonly index: Supercluster<PointProps, GroupProps>;

  constructor(
    readonly partners: readonly VisiblePartner[],
    projects: readonly Project[],
    /** The deepest zoom with groups: beyond it every partner stands alone. */
    readonly maxZoom: number,
    /** Groups closer than this (px) merge. */
    radius = 60,
    /** What the index is made of (clusterPoints), when made ahead, in a task of its own. */
    { counts, features }: ClusterPoints = clusterPoints(partners, projects),
  ) {
    const n = projects.length;
    this.index = new Supercluster<PointProps, GroupProps>({
      radius,
      // Leaflet's tiles are 256 px: with supercluster's default 512, the radius would be half.
      extent: 256,
      maxZoom,
      map: ({ i }) => ({ c: counts[i] ?? [], own: false }),
      reduce: (acc, { c }) => {
        if (!acc.own) [acc.c, acc.own] = [[...acc.c], true];
        for (let k = 0; k < n; k++) acc.c[k] = (acc.c[k] ?? 0) + (c[k] ?? 0);
      },
    });
    this.index.load(features);
  }

  /** What to draw inside [west, south, east, north] at a zoom. */
  items(bbox: readonly [number, number, number, number], zoom: number): ClusterItem[] {
    const [w, s, e, n] = bbox;
    const box: [number, number, number, number] = e - w >= 360 ? [-180, Math.max(-85, s), 180, Math.min(85, n)] : [w, Math.max(-85, s), e, Math.min(85, n)];
    return this.index.getClusters(box, Math.floor(zoom)).map((f): ClusterItem => {
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      const p = f.properties;
      return 'cluster' in p ? { kind: 'group', id: p.cluster_id, count: p.point_count, parts: p.c, lon, lat } : { kind: 'partner', index: p.i, lon, lat };
    });
  }

  /** The zoom at which a group splits (past maxZoom: its partners share a place). */
  expansionZoom(id: number): number {
    return this.index.getClusterExpansionZoom(id);
  }

  /** A group's partners, `limit` of them from `offset`. */
  members(id: number, limit: number, offset = 0): VisiblePartner[] {
    return this.index.getLeaves(id, limit, offset).flatMap((f) => {
      const v = this.partners[f.properties.i];
      return v ? [v] : [];
    });
  }

  /** Where a partner is in the list, or -1. */
  indexOf(partnerId: string): number {
    this.ids ??= new Map(this.partners.map((v, i) => [v.partner.id, i]));
    return this.ids.get(partnerId) ?? -1;
  }

  private ids: Map<string, number> | undefined;

  /**
   * The first zoom from `from` at which the partner is drawn on its own rather than in a group
   * (maxZoom + 1 when it shares its place with others).
   */
  revealZoom(index: number, from: number): number {
    const v = this.partners[index];
    if (!v) return from;
    const [lon, lat] = v.partner.position;
    const d = 1e-6;
    for (let z = Math.floor(from); z <= this.maxZoom; z++) {
      const alone = this.index.getClusters([lon - d, lat - d, lon + d, lat + d], z).some((f) => !('cluster' in f.properties) && f.properties.i === index);
      if (alone) return Math.max(z, from);
    }
    return this.maxZoom + 1;
  }
}
