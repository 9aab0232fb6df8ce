// Leaflet's tile layer (with GridLayer, ~3 KB gzip), in a chunk of its own: only maps given a
// `tiles` URL load it. Types: tiles.d.ts.
export { tileLayer } from 'leaflet/src/layer/tile/TileLayer';
