/** The element's public types and its attribute converters. */
import { LAYERS, type DataError, type LayerName, type Partner } from '../data/types.js';

export type MapReadyEvent = CustomEvent<{ partners: number; markets: number }>;
export type DataErrorEvent = CustomEvent<{ errors: readonly DataError[] }>;
export type PartnerSelectEvent = CustomEvent<{ partner: Partner }>;
export type ProjectsChangeEvent = CustomEvent<{ projects: string[] }>;
export type TourStepEvent = CustomEvent<{ project: string; step: 'consortium' | 'reach' }>;

export type View = 'map' | 'list';
export type Theme = 'light' | 'dark' | 'auto';

/** A target market as the element reports it: the country and the ids of the projects reaching it. */
export interface MarketSummary {
  readonly country: string;
  readonly projects: readonly string[];
}

/** Space-separated ids ↔ list; an absent attribute means "all". */
export const idList = {
  fromAttribute: (v: string | null): string[] | null => (v === null ? null : v.split(/\s+/).filter(Boolean)),
  toAttribute: (v: readonly string[] | null): string | null => (v === null ? null : v.join(' ')),
};

export const layerList = {
  fromAttribute: (v: string | null): LayerName[] => (v === null ? [...LAYERS] : LAYERS.filter((l) => v.split(/\s+/).includes(l))),
  toAttribute: (v: readonly LayerName[]): string => v.join(' '),
};

/** An empty `lang` is not reflected: `lang=""` on the host would mean "unknown language". */
export const langAttribute = { toAttribute: (v: string): string | null => v || null };

declare global {
  interface GlobalEventHandlersEventMap {
    'map-ready': MapReadyEvent;
    'data-error': DataErrorEvent;
    'partner-select': PartnerSelectEvent;
    'projects-change': ProjectsChangeEvent;
    'tour-step': TourStepEvent;
  }
}

/** Options of `exportSVG()` and `exportPNG()`. */
export interface ExportOptions {
  /** A 16:9 slide (1920×1080) of the view: title, caption, legend and attribution at 28 px or more. */
  readonly slide?: boolean;
}
