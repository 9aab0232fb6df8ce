/** How large networks are grouped: shared by the map, its clustering chunk and the worker (which
 *  groups a network ahead of the page's asking, see src/data/worker-main.ts). No imports: the start
 *  bundle and the worker take these numbers without the index. */

/** The deepest zoom of the map, and of the groups (at it, a group that does not split is listed). */
export const MAX_ZOOM = 12;

/** Groups closer than this (px, at mark scale 1) merge: marks of up to ~28 px radius rarely overlap. */
export const RADIUS = 60;

/** Past this many partners (leads aside) a network is grouped in the worker, not on the page. */
export const OFF_PAGE = 5000;

/** What the worker needs to group a network as the page will ask for it: the project filter (null:
 *  all) and the element's clustering threshold. */
export interface GroupHint {
  readonly projects: readonly string[] | null;
  readonly threshold: number;
}
