/**
 * The clustering chunk (dist/partner-map-cluster.js in the ES build), fetched the first time a map
 * has more partners than its clustering threshold, and what the rest of the widget needs before it.
 */
import type { Selection } from '../data/selectors.js';

export { MAX_ZOOM } from '../data/cluster-settings.js';

let clusterModule: Promise<typeof import('./cluster.js')> | undefined;
export const loadCluster = (): Promise<typeof import('./cluster.js')> => (clusterModule ??= import('./cluster.js'));

/** Starts fetching the clustering module as soon as the data is known to need it, and indexes
 *  the partners in a task of its own when it arrives, while the basemap is being drawn. */
export const preloadCluster = (selection: Selection): void =>
  void loadCluster().then(
    ({ preindex }) => setTimeout(() => preindex(selection), 0),
    () => undefined,
  );
