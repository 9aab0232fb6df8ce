// The validator as one lazily loaded chunk (dist/partner-map-validator.js in the ES build): the
// element needs it only for `data` and `src`, since the bundled data was validated at build time.
export { parseCollaborations, parseCollaborationsInTasks } from './parse.js';
export { loadCollaborations } from './load.js';
