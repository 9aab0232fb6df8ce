// The entry of the clustering chunk (dist/partner-map-scale.js): loaded only by maps with more
// partners than the clustering threshold (scale-loader.ts).
export { ScaleMode, preindex } from './scale/scale-mode.js';
