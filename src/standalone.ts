// Entry of dist/partner-map.js, the self-contained ES module a page loads at start: registers
// <partner-map> and exports its class. The validator (parseCollaborations) is not exported here,
// so it stays out of what loads at start: it is a chunk the element fetches only for `data` and
// `src`. Bundler users get it from the package entry (src/index.ts), the CLI from dist/validate.js.
import './register.js';

export { PartnerMap } from './partner-map.js';
