// Leaflet's ESM build has the same API as the typed package; only its module name differs.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
