// tiles.js re-exports Leaflet's own tileLayer: the `leaflet` typings describe it.
export { tileLayer } from 'leaflet';
