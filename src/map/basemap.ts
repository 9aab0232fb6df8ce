/** The offline world basemap, decoded once per page from the bundled TopoJSON. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { basemapArcs, basemapTopology } from '../generated/basemap.js';

export interface CountryProps {
  /** Anchor [lon, lat]: where arcs end and where small countries are drawn as a dot. */
  readonly a: [number, number];
}
export type CountryFeature = Feature<Geometry, CountryProps> & { id: string };

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
    const object = basemap.objects['countries'] as GeometryCollection<CountryProps>;
    const fc: FeatureCollection<Geometry, CountryProps> = feature<CountryProps>(basemap, object);
    const all = fc.features as CountryFeature[];
    decoded = { all, byCode: new Map(all.map((f) => [f.id, f])) };
  }
  return decoded;
}

/**
 * [[south, west], [north, east]] of a country's main piece (its largest polygon), for fitting the
 * view: all of Australia, but not the whole Pacific for the United States' Alaska and Hawaii.
 */
export function countryMainBounds(code: string): [[number, number], [number, number]] | undefined {
  const f = countries().byCode.get(code);
  if (!f) return undefined;
  const g = f.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let best: [[number, number], [number, number]] | undefined;
  let bestArea = -1;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    const lons = ring.map((p) => p[0] ?? 0);
    const lats = ring.map((p) => p[1] ?? 0);
    const box: [[number, number], [number, number]] = [[Math.min(...lats), Math.min(...lons)], [Math.max(...lats), Math.max(...lons)]];
    const area = (box[1][0] - box[0][0]) * (box[1][1] - box[0][1]);
    if (area > bestArea) [best, bestArea] = [box, area];
  }
  const [lon, lat] = f.properties.a;
  return best ?? [[lat, lon], [lat, lon]];
}

export const countryAnchor = (code: string): readonly [number, number] | undefined =>
  countries().byCode.get(code)?.properties.a;
