// The subset re-exports Leaflet's own functions: the `leaflet` typings describe them.
export * from 'leaflet';
