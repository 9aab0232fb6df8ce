// The entry of the clustering chunk (dist/partner-map-cluster.js): loaded only by maps with more
// partners than the clustering threshold (cluster-loader.ts).
export { ClusterMode, preindex } from './cluster/cluster-mode.js';
