// Public entry: registers <partner-map> and exports its class, types and validator.
import './register.js';

export { PartnerMap } from './partner-map.js';
export type {
  MapReadyEvent,
  DataErrorEvent,
  PartnerSelectEvent,
  ProjectsChangeEvent,
  TourStepEvent,
  View,
  Theme,
  MarketSummary,
  ExportOptions,
} from './element/api.js';
export type * from './data/types.js';
export { parseCollaborations, parseCollaborationsText } from './data/parse.js';
