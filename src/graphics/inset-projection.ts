/** The reach inset's projection and its shapes: Leaflet- and Lit-free, so the build can draw the
 *  world's land for the inset once (scripts/prepare.mjs writes it to src/generated/inset-land.ts)
 *  instead of every visitor's browser (about 100 ms of the start, for a picture that never changes). */
import type { Geometry } from 'geojson';
import { polygonsOf } from '../data/polygons.js';

const RAD = Math.PI / 180;
const NORTH = 78;
const SOUTH = -56;
/** Natural Earth I's polynomial (Šavrič et al.): rounder than equirectangular, a few lines instead of d3-geo. */
const ny = (p: number) => {
  const p2 = p * p;
  return p * (1.007226 + p2 * (0.015085 + p2 * p2 * (-0.044475 + 0.028874 * p2 - 0.005916 * p2 * p2)));
};
/** Viewbox units per projected unit: the world's width at the equator is 360. */
const K = 180 / (0.8707 * Math.PI);
const TOP = K * ny(NORTH * RAD);
export const INSET_HEIGHT = Math.ceil(TOP - K * ny(SOUTH * RAD));

/** [lon, lat] → [x, y] in the inset's viewBox (0 0 360 INSET_HEIGHT), latitudes cropped to 56° S…78° N. */
export function insetProject(lon: number, lat: number): [number, number] {
  const p = Math.min(NORTH, Math.max(SOUTH, lat)) * RAD;
  const p2 = p * p;
  const p4 = p2 * p2;
  const x = lon * RAD * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
  return [180 + K * x, TOP - K * ny(p)];
}

/**
 * One path for a geometry's rings, in tenths of a unit, simplified for the inset's size: a point
 * goes when it is close to the last one kept or nearly in line with it and the next (a triangle
 * under TURN tenths², a light Visvalingam), and rings under half a unit² (islands of a pixel) go.
 * The basemap cuts rings at the antimeridian, so none streaks across the world.
 */
const STEP = 6;
const TURN = 120;

export function geometryPath(g: Geometry): string {
  let d = '';
  for (const ring of polygonsOf(g).flat()) {
    const all = ring.map(([lon = 0, lat = 0]) => insetProject(lon, lat).map((v) => Math.round(v * 10)) as [number, number]);
    const points: [number, number][] = [];
    all.forEach(([x, y], i) => {
      const [a, b] = points.at(-1) ?? [x, y];
      const [c, e] = all[i + 1] ?? [a, b];
      if (!points.length || (Math.abs(x - a) + Math.abs(y - b) >= STEP && Math.abs((x - a) * (e - b) - (c - a) * (y - b)) >= TURN)) points.push([x, y]);
    });
    let area = 0;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++)
      area += (points[j]?.[0] ?? 0) * (points[i]?.[1] ?? 0) - (points[i]?.[0] ?? 0) * (points[j]?.[1] ?? 0);
    if (Math.abs(area) < 100) continue; // 0.5 unit² = 50 tenths², doubled by the shoelace
    // Relative moves after the first point: shorter (most are a digit or two) and exact in tenths.
    d +=
      points
        .map(([x, y], i) =>
          i ? `${i > 1 ? ' ' : 'l'}${(x - (points[i - 1]?.[0] ?? 0)) / 10} ${(y - (points[i - 1]?.[1] ?? 0)) / 10}` : `M${x / 10} ${y / 10}`,
        )
        .join('') + 'z';
  }
  return d;
}
