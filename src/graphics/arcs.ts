/** Great-circle arcs, by spherical linear interpolation (a few lines; d3-geo would add ~3 KB gzip). */

const RAD = Math.PI / 180;

const toVector = ([lon, lat]: readonly [number, number]): [number, number, number] => [
  Math.cos(lat * RAD) * Math.cos(lon * RAD),
  Math.cos(lat * RAD) * Math.sin(lon * RAD),
  Math.sin(lat * RAD),
];

/**
 * A great-circle arc from `from` to `to` ([lon, lat]) as Leaflet [lat, lng] points. Longitudes are
 * unwrapped so an arc across the antimeridian continues past ±180° instead of jumping back.
 */
export function greatCircle(from: readonly [number, number], to: readonly [number, number], steps = 48): [number, number][] {
  const a = toVector(from);
  const b = toVector(to);
  const angle = Math.acos(Math.min(1, Math.max(-1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2])));
  const points: [number, number][] = [];
  let previous = from[0];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    // Same point (angle 0): stay there. Otherwise slerp between the two unit vectors.
    const wa = angle < 1e-9 ? 1 - t : Math.sin((1 - t) * angle) / Math.sin(angle);
    const wb = angle < 1e-9 ? t : Math.sin(t * angle) / Math.sin(angle);
    const x = wa * a[0] + wb * b[0];
    const y = wa * a[1] + wb * b[1];
    const z = wa * a[2] + wb * b[2];
    let lon = Math.atan2(y, x) / RAD;
    const lat = Math.atan2(z, Math.hypot(x, y)) / RAD;
    while (lon - previous > 180) lon -= 360;
    while (previous - lon > 180) lon += 360;
    previous = lon;
    points.push([lat, lon]);
  }
  return points;
}

/** Visible projects past which arcs are merged (see mergedArcEnds): eight colours and four dashes
 *  no longer tell a project's arcs apart, and thousands of dashed arcs took seconds to raster. */
export const MERGE_ARCS = 200;

/** Degrees of the cells whose consortia share one merged arc to each market. */
const ARC_CELL = 3;

/**
 * The arcs drawn for many projects: one from each cell of ARC_CELL degrees holding a consortium
 * centre to each market its projects reach, from the first such centre (a real consortium's). Over
 * Europe that is at most ~60 cells × the markets: 10,000 projects' 13,000 arcs became ~600, which
 * a browser rasters in a fraction of a second rather than 40 s (dashed) or 4 s (solid).
 */
export function mergedArcEnds<P extends { readonly targetMarkets: readonly string[] }>(
  projects: readonly P[],
  centreOf: (project: P) => readonly [number, number] | undefined,
  anchorOf: (code: string) => readonly [number, number] | undefined,
): [readonly [number, number], readonly [number, number]][] {
  const ends: [readonly [number, number], readonly [number, number]][] = [];
  const seen = new Set<string>();
  for (const project of projects) {
    if (!project.targetMarkets.length) continue;
    const from = centreOf(project);
    if (!from) continue;
    const cell = `${Math.floor(from[0] / ARC_CELL)},${Math.floor(from[1] / ARC_CELL)}`;
    for (const code of project.targetMarkets) {
      const to = anchorOf(code);
      const key = `${cell} ${code}`;
      if (!to || seen.has(key)) continue;
      seen.add(key);
      ends.push([from, to]);
    }
  }
  return ends;
}
