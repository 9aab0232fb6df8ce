/** The country at a point, from the bundled basemap's shapes: only the validator uses it (a chunk),
 *  so it is a module of its own, out of the start bundle that world.ts is in. */
import { countries } from './world.js';
import { polygonsOf } from './polygons.js';

/** Whether [x, y] is inside a ring (even-odd ray casting: holes are rings of their own). */
function inRing(ring: readonly (readonly number[])[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Squared planar distance (degrees², longitude scaled by the latitude) from a point to a segment. */
function segmentDistance2(x: number, y: number, a: readonly number[], b: readonly number[], k: number): number {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = (bx - ax) * k;
  const dy = by - ay;
  const px = (x - ax) * k;
  const py = y - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy))) : 0;
  return (px - t * dx) ** 2 + (py - t * dy) ** 2;
}

/** How far off a coast a point may be and still belong to that country: the basemap is coarse
 *  (1:110m), and Sydney, Auckland or Barcelona can fall a few kilometres into its sea. */
const COAST_MARGIN = 1;

interface Piece {
  readonly id: string;
  /** [west, south, east, north] of the piece's outer ring. */
  readonly box: readonly [number, number, number, number];
  readonly rings: readonly (readonly (readonly number[])[])[];
}

let pieces: readonly Piece[] | undefined;

/** Every polygon of every country with its own box (France's mainland apart from Guiana's), made once. */
function piecesOf(): readonly Piece[] {
  if (pieces) return pieces;
  const out: Piece[] = [];
  for (const f of countries().all) {
    const g = f.geometry;
    if (g.type === 'Point') {
      const [x = 0, y = 0] = g.coordinates;
      out.push({ id: f.id, box: [x, y, x, y], rings: [[[x, y]]] });
      continue;
    }
    for (const rings of polygonsOf(g)) {
      const outer = rings[0] ?? [];
      const xs = outer.map((p) => p[0] ?? 0);
      const ys = outer.map((p) => p[1] ?? 0);
      out.push({ id: f.id, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], rings });
    }
  }
  return (pieces = out);
}

/**
 * The ISO alpha-2 code of the country at [lon, lat] in the bundled basemap: the one whose shape
 * holds it, else the nearest within about 100 km (a coastal city off the coarse coast, a small
 * country drawn as a point), else undefined (open sea). Near a border the coarse shapes can be
 * wrong by a few kilometres (Geneva falls in France): data that says its country is believed.
 */
export function countryAt([lon, lat]: readonly [number, number]): string | undefined {
  const all = piecesOf();
  // Inside a shape first, with boxes alone to skip: most points are on land.
  for (const { id, box, rings } of all) {
    if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3] || (rings.length === 1 && rings[0]?.length === 1)) continue;
    if (rings.reduce((inside, ring) => (inRing(ring, lon, lat) ? !inside : inside), false)) return id;
  }
  const k = Math.cos((lat * Math.PI) / 180);
  let best: string | undefined;
  let bestDistance = COAST_MARGIN * COAST_MARGIN;
  for (const { id, box, rings } of all) {
    if (lon < box[0] - COAST_MARGIN || lon > box[2] + COAST_MARGIN || lat < box[1] - COAST_MARGIN || lat > box[3] + COAST_MARGIN) continue;
    for (const ring of rings) {
      if (ring.length === 1) {
        const [x = 0, y = 0] = ring[0] ?? [];
        const d = ((lon - x) * k) ** 2 + (lat - y) ** 2;
        if (d < bestDistance) [best, bestDistance] = [id, d];
      }
      for (let i = 1; i < ring.length; i++) {
        const d = segmentDistance2(lon, lat, ring[i - 1] ?? [], ring[i] ?? [], k);
        if (d < bestDistance) [best, bestDistance] = [id, d];
      }
    }
  }
  return best;
}
