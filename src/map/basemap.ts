/** The offline world basemap, decoded once per page from the bundled TopoJSON. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { basemap } from '../generated/basemap.js';

export interface CountryProps {
  /** Anchor [lon, lat]: where arcs end and where small countries are drawn as a dot. */
  readonly a: [number, number];
}
export type CountryFeature = Feature<Geometry, CountryProps> & { id: string };

let decoded: { all: CountryFeature[]; byCode: Map<string, CountryFeature> } | undefined;

/** Every country, keyed by ISO alpha-2. Small countries (not in the 110m set) are Points. */
export function countries(): { all: CountryFeature[]; byCode: Map<string, CountryFeature> } {
  if (!decoded) {
    const object = basemap.objects['countries'] as GeometryCollection<CountryProps>;
    const fc: FeatureCollection<Geometry, CountryProps> = feature<CountryProps>(basemap, object);
    const all = fc.features as CountryFeature[];
    decoded = { all, byCode: new Map(all.map((f) => [f.id, f])) };
  }
  return decoded;
}

export const countryAnchor = (code: string): readonly [number, number] | undefined =>
  countries().byCode.get(code)?.properties.a;
