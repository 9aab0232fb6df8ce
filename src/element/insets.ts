import type { Insets, Side } from '../map/map-input.js';
import { FIT_OVERLAYS } from '../map/overlays.js';

/** How close to an edge (px) an overlay must be to count as lying along it (the inset stands left of
 *  the tool buttons, 56 px from the edge, 84 px in presentation mode). */
const EDGE = 96;

/**
 * Space the overlays take at the map's edges, measured as drawn (presentation mode zooms the
 * panels), relative to the map's box. Each overlay is kept clear along the edge it lies on that
 * costs the least area (a corner box: its side or its bottom, whichever is thinner).
 */
export function overlayInsets(root: ParentNode, mapBox: HTMLElement | null): Insets {
  const map = mapBox?.getBoundingClientRect();
  const out = { left: 0, right: 0, top: 0, bottom: 0 };
  const choices: Side[][] = [];
  if (!map || !map.width) return out;
  for (const el of root.querySelectorAll<HTMLElement>(FIT_OVERLAYS)) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || r.right <= map.left || r.left >= map.right || r.bottom <= map.top || r.top >= map.bottom) continue;
    const sides = [
      { side: 'left' as const, by: r.right - map.left, near: r.left - map.left < EDGE, cost: (r.right - map.left) * map.height },
      { side: 'right' as const, by: map.right - r.left, near: map.right - r.right < EDGE, cost: (map.right - r.left) * map.height },
      { side: 'top' as const, by: r.bottom - map.top, near: r.top - map.top < EDGE, cost: (r.bottom - map.top) * map.width },
      { side: 'bottom' as const, by: map.bottom - r.top, near: map.bottom - r.bottom < EDGE, cost: (map.bottom - r.top) * map.width },
    ].filter((s) => s.near);
    const best = sides.sort((a, b) => a.cost - b.cost)[0];
    if (best) out[best.side] = Math.max(out[best.side], best.by);
    if (sides.length) choices.push(sides.map(({ side, by }) => ({ side, by })));
  }
  return { ...out, choices };
}
