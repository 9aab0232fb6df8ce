import type { Geometry, Position } from 'geojson';

/** A geometry's polygons, each as its rings ([outer, ...holes]): one for a Polygon, each part of a
 *  MultiPolygon, none for a point or a line. */
export const polygonsOf = (g: Geometry): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []);
