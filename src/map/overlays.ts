/** What lies over the map, as selectors in the element's shadow root: one list for the fits and
 *  for focused marks, so an overlay added to the element is kept clear of by both. */

/** What a fit keeps the data clear of: legend, details panel, tour bar, reach inset (or the room
 *  kept for it while its chunk loads) and the pan buttons. */
export const FIT_OVERLAYS = '.legend, .drawer, .tour-bar, .reach-inset, .reach-inset-pending, .pan';

/** What a focused mark is kept out from under: those, and the zoom and tool buttons, which a fit
 *  may leave data under (they are small, and keep their corner of the map). */
export const FOCUS_OVERLAYS = `${FIT_OVERLAYS}, .zoom, .tools-group`;
