/** The world: countries keyed by ISO alpha-2, decoded once per page from the bundled basemap.
 *  Used to draw the basemap and reach, and by the validator to spot swapped coordinates. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { polygonsOf } from './polygons.js';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { basemapArcs, basemapTopology } from '../generated/basemap.js';

export type CountryFeature = Feature<Geometry, null> & { id: string };

/** Unpacks the arcs string (see packArcs in scripts/build-basemap.mjs): per arc a point count, then
 *  delta-encoded x, y pairs, each integer in Google's polyline characters. */
export function unpackArcs(packed: string): [number, number][][] {
  let i = 0;
  const next = (): number => {
    let result = 0;
    let shift = 0;
    let c: number;
    do {
      c = packed.charCodeAt(i++) - 63;
      result |= (c & 0x1f) << shift;
      shift += 5;
    } while (c >= 0x20);
    return result & 1 ? ~(result >> 1) : result >> 1;
  };
  const arcs: [number, number][][] = [];
  while (i < packed.length) {
    const n = next();
    const arc: [number, number][] = [];
    for (let k = 0; k < n; k++) arc.push([next(), next()]);
    arcs.push(arc);
  }
  return arcs;
}

let decoded: { all: CountryFeature[]; byCode: Map<string, CountryFeature> } | undefined;

/** Every country, keyed by ISO alpha-2. Small countries (not in the 110m set) are Points. */
export function countries(): { all: CountryFeature[]; byCode: Map<string, CountryFeature> } {
  if (!decoded) {
    const basemap: Topology = { ...basemapTopology, arcs: unpackArcs(basemapArcs) };
    const object = basemap.objects['countries'] as GeometryCollection<null>;
    const fc: FeatureCollection<Geometry, null> = feature<null>(basemap, object);
    const all = fc.features as CountryFeature[];
    decoded = { all, byCode: new Map(all.map((f) => [f.id, f])) };
  }
  return decoded;
}

/** The outer ring of a country's largest piece (by planar area), or undefined for a point. */
function mainRing(f: CountryFeature): number[][] | undefined {
  const g = f.geometry;
  const polygons = polygonsOf(g);
  let best: number[][] | undefined;
  let bestArea = -1;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    const area = Math.abs(shoelace(ring));
    if (area > bestArea) [best, bestArea] = [ring, area];
  }
  return best;
}

/** Twice the signed planar area of a ring (degrees²): enough to compare pieces and find centres. */
function shoelace(ring: number[][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]?.[0] ?? 0) * (ring[i]?.[1] ?? 0) - (ring[i]?.[0] ?? 0) * (ring[j]?.[1] ?? 0);
  return sum;
}

/**
 * [[south, west], [north, east]] of a country's main piece (its largest polygon), for fitting the
 * view: all of Australia, but not the whole Pacific for the United States' Alaska and Hawaii.
 */
export function countryMainBounds(code: string): [[number, number], [number, number]] | undefined {
  const f = countries().byCode.get(code);
  if (!f) return undefined;
  const ring = mainRing(f);
  if (!ring) {
    const [lon, lat] = countryAnchor(code) ?? [0, 0];
    return [
      [lat, lon],
      [lat, lon],
    ];
  }
  const lons = ring.map((p) => p[0] ?? 0);
  const lats = ring.map((p) => p[1] ?? 0);
  return [
    [Math.min(...lats), Math.min(...lons)],
    [Math.max(...lats), Math.max(...lons)],
  ];
}

const anchors = new Map<string, readonly [number, number]>();

/**
 * Where arcs end: the area centroid of a country's largest piece (the United States' in Kansas,
 * not pulled toward Alaska), or the point of a country too small for polygons (Singapore).
 */
export function countryAnchor(code: string): readonly [number, number] | undefined {
  const cached = anchors.get(code);
  if (cached) return cached;
  const f = countries().byCode.get(code);
  if (!f) return undefined;
  let anchor: [number, number];
  if (f.geometry.type === 'Point') anchor = [f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0];
  else {
    const ring = mainRing(f) ?? [];
    const a = shoelace(ring);
    let cx = 0;
    let cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x0 = 0, y0 = 0] = ring[j] ?? [];
      const [x1 = 0, y1 = 0] = ring[i] ?? [];
      const cross = x0 * y1 - x1 * y0;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    anchor = [cx / (3 * a), cy / (3 * a)];
  }
  anchors.set(code, anchor);
  return anchor;
}

const boxes = new Map<string, readonly [number, number, number, number] | null>();

/** [west, south, east, north] around all of a country's polygons; null for a point-only country. */
export function countryBox(code: string): readonly [number, number, number, number] | null | undefined {
  if (boxes.has(code)) return boxes.get(code);
  const f = countries().byCode.get(code);
  if (!f) return undefined;
  const g = f.geometry;
  const polygons = polygonsOf(g);
  const points = polygons.flatMap((p) => p[0] ?? []);
  const box = points.length
    ? ([
        Math.min(...points.map((p) => p[0] ?? 0)),
        Math.min(...points.map((p) => p[1] ?? 0)),
        Math.max(...points.map((p) => p[0] ?? 0)),
        Math.max(...points.map((p) => p[1] ?? 0)),
      ] as const)
    : null;
  boxes.set(code, box);
  return box;
}

/** Whether [lon, lat] lies within `margin` degrees of a country's bounding box. */
export function nearCountry(code: string, [lon, lat]: readonly [number, number], margin = 1.5): boolean {
  const box = countryBox(code);
  if (!box) return true; // a point-only or unknown country: nothing to check against
  return lon >= box[0] - margin && lon <= box[2] + margin && lat >= box[1] - margin && lat <= box[3] + margin;
}
