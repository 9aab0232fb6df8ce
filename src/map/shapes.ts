/** Land and countries as Leaflet polygons: what L.geoJSON did with the widget's polygon features,
 *  without Leaflet's GeoJSON module and the FeatureGroup under it (~1.5 KB gzip at start, most of
 *  it toGeoJSON, which the widget never calls). */
import type { Feature, Geometry, Position } from 'geojson';
import * as L from './leaflet.js';
import { polygon } from './polygon.js';

const ring = (positions: readonly Position[]): L.LatLng[] => positions.map(([lon, lat]) => L.latLng(lat ?? 0, lon ?? 0));

/** A Polygon or MultiPolygon as one Leaflet polygon (its rings and parts as Leaflet nests them);
 *  undefined for any other geometry. */
export function polygonOf(geometry: Geometry, options: L.PolylineOptions): L.Polygon | undefined {
  if (geometry.type === 'Polygon') return polygon(geometry.coordinates.map(ring), options);
  if (geometry.type === 'MultiPolygon')
    return polygon(
      geometry.coordinates.map((polygon) => polygon.map(ring)),
      options,
    );
  return undefined;
}

/** The features' polygons in one group (points and lines are left out). */
export const polygons = (features: readonly Feature<Geometry, unknown>[], options: L.PolylineOptions): L.LayerGroup<L.Polygon> =>
  L.layerGroup(features.flatMap((f) => polygonOf(f.geometry, options) ?? []));
