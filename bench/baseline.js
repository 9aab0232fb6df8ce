// The baseline: the same basemap and partners drawn with plain Leaflet 1.9 (the same version), no
// Lit, no extras: what the widget is measured against. Bundled by bench/run.mjs with esbuild.
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { feature } from 'topojson-client';
import { basemapArcs, basemapTopology } from '../src/generated/basemap.js';
import { bundledData } from '../src/generated/bundled-data.js';
import { unpackArcs } from '../src/data/world.js';

export function draw(container, data = bundledData, canvas = false) {
  const map = L.map(container, { preferCanvas: canvas, zoomSnap: 0.25 }).setView([35, 10], 2);
  const topo = { ...basemapTopology, arcs: unpackArcs(basemapArcs) };
  const land = feature(topo, topo.objects.countries).features.filter((f) => f.geometry.type !== 'Point');
  L.geoJSON(land, { style: { color: '#b9b2a5', weight: 0.6, fillColor: '#f3f1ec', fillOpacity: 1 }, interactive: false }).addTo(map);
  const points = [];
  for (const f of data.features) {
    if (f.properties.kind !== 'partner') continue;
    const [lon, lat] = f.geometry.coordinates;
    points.push([lat, lon]);
    L.circleMarker([lat, lon], { radius: 7, color: '#fff', weight: 1.5, fillColor: '#0072B2', fillOpacity: 1 }).addTo(map);
  }
  map.fitBounds(L.latLngBounds(points), { padding: [24, 24] });
  return map;
}
