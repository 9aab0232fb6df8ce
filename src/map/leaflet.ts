// Leaflet's ESM build: the bare `leaflet` import resolves to the UMD build, which writes window.L
// and would clobber a host page's own Leaflet.
export * from 'leaflet/dist/leaflet-src.esm.js';
