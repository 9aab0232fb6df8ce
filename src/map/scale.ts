// The entry of the clustering chunk (dist/partner-map-scale.js): loaded only by maps with more
// partners than the clustering threshold.
export { ClusterLayer, ClusterIndex } from './scale/cluster-layer.js';
