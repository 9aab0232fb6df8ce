/** The merged arcs of a selection, worked out once: the map and the reach inset both draw them,
 *  and the inset again at every move of the map (10,000 projects' consortium centres: ~100 ms). */
import { consortiumCentre, type Selection } from '../data/selectors.js';
import type { Collaborations } from '../data/types.js';
import { countryAnchor } from '../data/world.js';
import { MERGE_ARCS, mergedArcEnds } from './arcs.js';

type Ends = ReturnType<typeof mergedArcEnds>;
const bySelection = new WeakMap<Selection, Ends>();

/** mergedArcEnds of the selection's projects, from their consortia to their markets' anchors (a
 *  selection is immutable, and made anew when the data or the state changes). */
export function mergedReach(data: Collaborations, selection: Selection): Ends {
  let ends = bySelection.get(selection);
  if (!ends) bySelection.set(selection, (ends = mergedArcEnds(selection.projects, (p) => consortiumCentre(data, p), countryAnchor)));
  return ends;
}

/** Where the reach's arcs start, worked out ahead of drawing them, a step each (the map's first
 *  view and the inset's head start): each project's centre (100,000 partners: ~90 ms together),
 *  or past MERGE_ARCS projects the merged arcs. */
export const reachSteps = (data: Collaborations, selection: Selection): (() => void)[] =>
  selection.projects.length > MERGE_ARCS ? [() => void mergedReach(data, selection)] : selection.projects.map((p) => () => void consortiumCentre(data, p));
