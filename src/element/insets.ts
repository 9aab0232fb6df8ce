import type { Insets } from '../map/map-input.js';

/** Space the legend and the details panel take at the map's edges, measured as drawn
 *  (presentation mode zooms the panels), relative to the map's box. */
export function overlayInsets(root: ParentNode, mapBox: HTMLElement | null): Insets {
  const map = mapBox?.getBoundingClientRect();
  const legend = root.querySelector<HTMLElement>('.legend')?.getBoundingClientRect();
  const drawer = root.querySelector<HTMLElement>('.drawer')?.getBoundingClientRect();
  if (!map) return { left: 0, right: 0, bottom: 0 };
  // A side panel (wide widgets) covers the right; a bottom sheet (narrow ones) the bottom.
  const side = drawer ? drawer.height > drawer.width : false;
  return {
    left: legend ? Math.max(0, legend.right - map.left) : 0,
    right: drawer && side ? Math.max(0, map.right - drawer.left) : 0,
    bottom: drawer && !side ? Math.max(0, map.bottom - drawer.top) : 0,
  };
}
