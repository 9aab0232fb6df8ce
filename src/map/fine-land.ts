/**
 * Finer coasts past zoom 5 over Europe and its neighbours. The 110m world basemap is drawn at
 * start; its coasts are a few points per country, so zoomed in to Barcelona the coast is a
 * polygon of five points. The 50m land of BOX is a chunk of its own (dist/partner-map-coasts.js,
 * coasts.ts), fetched the first time the view reaches into BOX at zoom 5 or more; from then on
 * the chunk follows the zoom itself. The start bundle holds only this watcher, and below zoom 5
 * it does nothing but read the zoom.
 */
import type * as L from './leaflet.js';
import type { Coasts } from './coasts.js';

/** [[south, west], [north, east]]: scripts/build-basemap.mjs cuts the 50m land to the same box. */
const BOX: [[number, number], [number, number]] = [
  [26, -32],
  [72, 46],
];

let warned = false;

/** Watches `map` until the fine land is needed, then loads and hands over to it; remove() ends both. */
export function fineLand(map: L.Map): { remove(): void } {
  /** The fine land once its chunk has come: removed at once with the map (a watcher of its own
   *  must not outlive the map, whose panes go with it). */
  let live: Coasts | undefined;
  let removed = false;
  const update = (): void => {
    if (map.getZoom() < 5 || !map.getBounds().intersects(BOX)) return;
    map.off('moveend', update);
    void import('./coasts.js').then(
      ({ Coasts }) => {
        if (!removed) live = new Coasts(map, BOX);
      },
      (error: unknown) => {
        // Without the chunk (a copy of dist/ that left it out) the 110m coasts stay, as at start.
        if (!warned) console.warn('partner-map: no finer coasts', error);
        warned = true;
      },
    );
  };
  map.on('moveend', update);
  return {
    remove() {
      removed = true;
      map.off('moveend', update);
      live?.remove();
      live = undefined;
    },
  };
}
