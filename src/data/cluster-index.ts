/**
 * The partners of a large network, clustered by supercluster: which groups and single partners
 * to draw for a view, how far to zoom to open a group, and at which zoom a partner stands alone.
 * Each group carries a per-project breakdown (memberships per visible project), so a ring of
 * project colours can say what a group is made of.
 *
 * Pure and made of numbers only (no Leaflet, no DOM, no model objects): the same index runs in the
 * widget's worker, built from points the page copies to it, or on the page where workers are
 * refused (src/map/cluster/cluster-source.ts).
 */
import Supercluster, { type PointFeature } from 'supercluster';
import { MAX_ZOOM, OFF_PAGE, RADIUS, type GroupHint } from './cluster-settings.js';
import { isLead, select, type Selection, type VisiblePartner } from './selectors.js';
import type { Collaborations, Project } from './types.js';

/** Something drawn for a view: a group of partners (`opensAt`: the zoom at which it splits; past
 *  the index's maxZoom, its partners share a place) or one partner, by its place in the points. */
export type ClusterItem =
  | {
      readonly kind: 'group';
      readonly id: number;
      readonly count: number;
      readonly parts: readonly number[];
      readonly lon: number;
      readonly lat: number;
      readonly opensAt: number;
    }
  | { readonly kind: 'partner'; readonly index: number; readonly lon: number; readonly lat: number };

/** What an index is made of, as typed arrays (copied to a worker in one go, no objects to clone):
 *  each point's place, and its memberships as project slots (point i's are
 *  `slots[offsets[i]]..slots[offsets[i + 1] - 1]`, one entry per role). */
export interface ClusterPoints {
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly offsets: Int32Array;
  readonly slots: Int32Array;
  /** How many projects the slots count in (a group's breakdown is this long). */
  readonly projects: number;
}

/** The points of `partners`, with their roles as slots in `projects`. */
export function clusterPoints(partners: readonly VisiblePartner[], projects: readonly Project[]): ClusterPoints {
  const slot = new Map(projects.map((p, i) => [p.id, i]));
  const n = partners.length;
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const offsets = new Int32Array(n + 1);
  let roles = 0;
  for (let i = 0; i < n; i++) roles += partners[i]?.roles.length ?? 0;
  const slots = new Int32Array(roles);
  let w = 0;
  for (let i = 0; i < n; i++) {
    const v = partners[i];
    offsets[i] = w;
    if (!v) continue;
    [lon[i], lat[i]] = v.partner.position;
    for (const { project } of v.roles) slots[w++] = slot.get(project.id) ?? -1;
  }
  offsets[n] = w;
  return { lon, lat, offsets, slots, projects: projects.length };
}

/** The partners a selection groups: all but the leads, which stay marks of their own. The page
 *  and the worker (grouping ahead) must agree on them, number for number. */
export const groupedOf = (selection: Selection): VisiblePartner[] => selection.partners.filter((v) => !isLead(v));

/** The points the page will ask the worker to group for `data`, at mark scale 1, when the hint
 *  says it will (consortia shown, past the threshold and OFF_PAGE); undefined when it will not. */
export function pointsAhead(data: Collaborations, hint: GroupHint): ClusterPoints | undefined {
  const selection = select(data, { projects: hint.projects, layers: ['consortia'] });
  if (selection.partners.length <= hint.threshold) return undefined;
  const members = groupedOf(selection);
  return members.length > OFF_PAGE ? clusterPoints(members, selection.projects) : undefined;
}

/** An index of the points at the map's deepest zoom and radius (mark scale 1), as the page asks. */
export const indexAhead = (points: ClusterPoints): ClusterIndex => new ClusterIndex(points, MAX_ZOOM, RADIUS);

const sameArray = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** Whether two sets of points are the same, number for number. */
export const samePoints = (a: ClusterPoints, b: ClusterPoints): boolean =>
  a.projects === b.projects && sameArray(a.offsets, b.offsets) && sameArray(a.slots, b.slots) && sameArray(a.lon, b.lon) && sameArray(a.lat, b.lat);

interface PointProps {
  readonly i: number;
}
interface GroupProps {
  /** Memberships per project, in project order. */
  c: number[];
  /** Whether c is this group's own array (not a point's, shared). */
  own: boolean;
}

export class ClusterIndex {
  private readonly index: Supercluster<PointProps, GroupProps>;
  private readonly size: number;

  constructor(
    private readonly points: ClusterPoints,
    /** The deepest zoom with groups: beyond it every partner stands alone. */
    readonly maxZoom: number,
    /** Groups closer than this (px) merge. */
    radius = RADIUS,
  ) {
    const { lon, lat, offsets, slots, projects: n } = points;
    this.size = lon.length;
    // Each point's memberships, counted once. A group starts from its first point's array and
    // copies it before adding the others (own), so no point's counts are ever changed.
    const counts = (i: number): number[] => {
      const c = new Array<number>(n).fill(0);
      for (let k = offsets[i] ?? 0, end = offsets[i + 1] ?? 0; k < end; k++) {
        const s = slots[k] ?? -1;
        if (s >= 0) c[s] = (c[s] ?? 0) + 1;
      }
      return c;
    };
    this.index = new Supercluster<PointProps, GroupProps>({
      radius,
      // Leaflet's tiles are 256 px: with supercluster's default 512, the radius would be half.
      extent: 256,
      maxZoom,
      map: ({ i }) => ({ c: counts(i), own: false }),
      reduce: (acc, { c }) => {
        if (!acc.own) [acc.c, acc.own] = [[...acc.c], true];
        for (let k = 0; k < n; k++) acc.c[k] = (acc.c[k] ?? 0) + (c[k] ?? 0);
      },
    });
    this.index.load(
      Array.from(lon, (x, i): PointFeature<PointProps> => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [x, lat[i] ?? 0] } })),
    );
  }

  /** What to draw inside [west, south, east, north] at a zoom. */
  items(bbox: readonly [number, number, number, number], zoom: number): ClusterItem[] {
    const [w, s, e, n] = bbox;
    const box: [number, number, number, number] = e - w >= 360 ? [-180, Math.max(-85, s), 180, Math.min(85, n)] : [w, Math.max(-85, s), e, Math.min(85, n)];
    return this.index.getClusters(box, Math.floor(zoom)).map((f): ClusterItem => {
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      const p = f.properties;
      return 'cluster' in p
        ? { kind: 'group', id: p.cluster_id, count: p.point_count, parts: p.c, lon, lat, opensAt: this.index.getClusterExpansionZoom(p.cluster_id) }
        : { kind: 'partner', index: p.i, lon, lat };
    });
  }

  /** A group's points (their places in the points), `limit` of them from `offset`. */
  members(id: number, limit: number, offset = 0): number[] {
    return this.index.getLeaves(id, limit, offset).map((f) => f.properties.i);
  }

  /**
   * The first zoom from `from` at which a point is drawn on its own rather than in a group
   * (maxZoom + 1 when it shares its place with others).
   */
  revealZoom(index: number, from: number): number {
    if (index < 0 || index >= this.size) return from;
    const lon = this.points.lon[index] ?? 0;
    const lat = this.points.lat[index] ?? 0;
    const d = 1e-6;
    for (let z = Math.floor(from); z <= this.maxZoom; z++) {
      const alone = this.index.getClusters([lon - d, lat - d, lon + d, lat + d], z).some((f) => !('cluster' in f.properties) && f.properties.i === index);
      if (alone) return Math.max(z, from);
    }
    return this.maxZoom + 1;
  }
}
