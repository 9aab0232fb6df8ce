// Leaflet for the widget: the subset of its ES sources we use (leaflet-subset.js). Never the bare
// `leaflet` import: that resolves to the UMD build, which writes window.L and would clobber a host
// page's own Leaflet.
export * from './leaflet-subset.js';
