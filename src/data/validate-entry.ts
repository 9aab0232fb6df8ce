// Entry of the Node build used by the `partner-map-validate` CLI: the same validator as the element.
export { parseCollaborations, parseCollaborationsText } from './parse.js';
export { loadCollaborations } from './load.js';
// The sheet reader, for `partner-map convert` (bundled in here, a chunk in the browser).
export { readSheet, byRow, parseSheetText } from './sheet.js';
