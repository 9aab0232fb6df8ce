// polygon.js re-exports Leaflet's own polygon: the `leaflet` typings describe it.
export { polygon } from 'leaflet';
