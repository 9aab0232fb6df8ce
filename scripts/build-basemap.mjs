// Prepares the offline basemap: Natural Earth 110m countries (world-atlas), keyed by ISO 3166-1
// alpha-2, cut at the antimeridian, re-encoded as a small TopoJSON that topojson-client reads at
// run time. Run by scripts/prepare.mjs; exported for tests of the build step itself.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { geoArea, geoCentroid, geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);

// Natural Earth features with no ISO numeric code. Kosovo has the widely used user-assigned code
// XK; Northern Cyprus and Somaliland are drawn as part of the ISO country that contains them, so
// every piece of land is drawn and every key is an ISO code a data file can name.
const UNCODED = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };

/** Degrees in, degrees out: an equirectangular "projection" whose only effect is d3's spherical
 *  antimeridian clipping, which splits Fiji, Russia and Chukotka and closes Antarctica along the
 *  edge instead of drawing a streak across the world. precision(0) keeps the vertices as they are. */
const cutAtAntimeridian = geoEquirectangular()
  .scale(180 / Math.PI)
  .translate([0, 0])
  .reflectY(true)
  .precision(0);

function round(geometry, digits) {
  const f = 10 ** digits;
  const r = (c) => [Math.round(c[0] * f) / f, Math.round(c[1] * f) / f];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.map(r)));
}

const readAtlas = async (name) => JSON.parse(await readFile(require.resolve(`world-atlas/${name}`), 'utf8'));

const codeOf = (f) => {
  const code = f.id === undefined ? UNCODED[f.properties.name] : countries.numericToAlpha2(f.id);
  if (!code) throw new Error(`basemap: no ISO alpha-2 code for ${f.properties.name} (${f.id})`);
  return code;
};

/** Where arcs end and labels sit: the centroid of a country's largest piece, so the United
 *  States anchor is in Kansas rather than pulled toward Alaska and Hawaii. */
function anchorOf(f) {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best = polygons[0];
  for (const p of polygons) {
    if (geoArea({ type: 'Polygon', coordinates: p }) > geoArea({ type: 'Polygon', coordinates: best })) best = p;
  }
  const [lon, lat] = geoCentroid({ type: 'Polygon', coordinates: best });
  return [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
}

/**
 * Countries of the 110m set as polygons; countries too small for it (Singapore, Malta, Monaco…)
 * as Points taken from the 50m set, so a data file can target any of them and see it drawn.
 * Every geometry's id is its ISO alpha-2 code; anchors (where arcs end) are computed at run time
 * from the largest piece, which costs less than shipping them.
 * @param {{ quantization?: number, digits?: number }} [options]
 * @returns {Promise<import('topojson-specification').Topology>}
 */
export async function buildBasemap({ quantization = 4000, digits = 2 } = {}) {
  const source = await readAtlas('countries-110m.json');
  const byCode = new Map();
  for (const f of feature(source, source.objects.countries).features) {
    const code = codeOf(f);
    const cut = geoProject(f, cutAtAntimeridian);
    if (!cut.geometry) continue;
    const polygons = round(cut.geometry, digits);
    byCode.set(code, [...(byCode.get(code) ?? []), ...polygons]);
  }
  const features = [...byCode].map(([code, polygons]) => ({
    type: 'Feature',
    id: code,
    properties: {},
    geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons },
  }));
  const detailed = await readAtlas('countries-50m.json');
  for (const f of feature(detailed, detailed.objects.countries).features) {
    // The 50m set has more uncoded pieces (Indian Ocean Ter., Ashmore and Cartier Is.…): skip them.
    const code = f.id === undefined ? undefined : countries.numericToAlpha2(f.id);
    if (!code || byCode.has(code)) continue;
    const anchor = anchorOf(f);
    byCode.set(code, []);
    features.push({ type: 'Feature', id: code, properties: {}, geometry: { type: 'Point', coordinates: anchor } });
  }
  const topo = topology({ countries: { type: 'FeatureCollection', features } }, quantization);
  for (const g of topo.objects.countries.geometries) delete g.properties;
  return topo;
}

/** Where finer coasts are drawn past zoom 5 (src/map/fine-land.ts holds the same box): Europe and its
 *  neighbours, from the Canary Islands and Iceland to Turkey and the Maghreb coast. */
export const FINE_BOX = { west: -32, south: 26, east: 46, north: 72 };

/**
 * The 50m countries cut to FINE_BOX and one degree around it, as one object of polygons with no
 * keys (only drawn, never looked up). The degree of margin keeps the straight cut edges, which are
 * stroked like borders, outside the box: at run time the box itself is the clip (fine-land.ts).
 * A planar rectangle clip (d3's clipExtent) rejoins the rings that cross the edge, so Russia or
 * the Sahara are cut cleanly, with no streaks and no gaps.
 * @param {{ quantization?: number, margin?: number }} [options]
 * @returns {Promise<import('topojson-specification').Topology>}
 */
export async function buildFineLand({ quantization = 8000, margin = 1 } = {}) {
  const { west, south, east, north } = FINE_BOX;
  const cut = geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([0, 0])
    .reflectY(true)
    .precision(0)
    .clipExtent([
      [west - margin, south - margin],
      [east + margin, north + margin],
    ]);
  const source = await readAtlas('countries-50m.json');
  const features = [];
  for (const f of feature(source, source.objects.countries).features) {
    const clipped = geoProject(f, cut);
    if (clipped.geometry) features.push({ type: 'Feature', properties: {}, geometry: clipped.geometry });
  }
  const topo = topology({ land: { type: 'FeatureCollection', features } }, quantization);
  for (const g of topo.objects.land.geometries) delete g.properties;
  return topo;
}

/** One integer as Google's polyline characters: zigzag sign, 5-bit groups, printable ASCII. */
function encodeInt(value) {
  let v = value < 0 ? ~(value << 1) : value << 1;
  let out = '';
  while (v >= 0x20) {
    out += String.fromCharCode((0x20 | (v & 0x1f)) + 63);
    v >>= 5;
  }
  return out + String.fromCharCode(v + 63);
}

/**
 * Packs a quantized topology's arcs (already delta-encoded) into one string: for each arc its
 * point count, then its x and y deltas. About a quarter smaller gzipped than the same arcs as
 * JSON arrays; src/data/world.ts decodes it (unpackArcs) once per page.
 * @returns {{ topology: object, arcs: string }}
 */
export function packArcs(topo) {
  let arcs = '';
  for (const arc of topo.arcs) {
    arcs += encodeInt(arc.length);
    for (const [x, y] of arc) arcs += encodeInt(x) + encodeInt(y);
  }
  return { topology: { ...topo, arcs: [] }, arcs };
}
