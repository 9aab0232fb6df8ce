// Leaflet's polygon (with its clipping, ~1 KB gzip), only for the finer coasts' chunk: the land and
// the target markets at start are world paths (world-paths.ts). Types: polygon.d.ts.
export { polygon } from 'leaflet/src/layer/vector/Polygon';
