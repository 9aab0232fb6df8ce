import { scaleOrdinal } from 'd3-scale';
import { ARC, FALLBACK_COLOUR } from './tokens.js';

/** Okabe–Ito: distinguishable under the common colour-vision deficiencies, in the data's order. */
export const PROJECT_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#000000', '#F0E442'];

/** Amber, a hue no project uses, from light to strong. */
export const REACH_RAMP: readonly string[] = ['#fbe2b0', '#f4c35e', '#e69f00'];
const STRONGEST = '#e69f00';

/**
 * Reach shading: how many visible programmes target a country → a step of the amber ramp, spread
 * over the whole ramp (1 of 2 → lightest, 2 of 2 → strongest). Discrete steps, as the legend
 * lists them; an ordinal scale keeps d3's interpolators out of the bundle.
 */
export function reachShading(maxReach: number): (count: number) => string {
  const counts = Array.from({ length: Math.max(1, maxReach) }, (_, i) => i + 1);
  const last = REACH_RAMP.length - 1;
  const range = counts.map((c) => REACH_RAMP[counts.length === 1 ? last - 1 : Math.round(((c - 1) / (counts.length - 1)) * last)] ?? STRONGEST);
  const scale = scaleOrdinal<number, string>().domain(counts).range(range);
  return (count) => scale(Math.min(Math.max(1, count), counts.length));
}

/** How a project is drawn: colour, shape (index into the marks' shapes) and arc dashes. */
export interface ProjectLook {
  readonly colour: string;
  readonly shape: number;
  readonly dash: string;
}

/** A project drawn without a look of its own (never in practice). */
export const FALLBACK_LOOK: ProjectLook = { colour: FALLBACK_COLOUR, shape: 0, dash: ARC.dashes[0] };

/** Arc dash patterns by project: colour and dashes both tell the programmes apart. */
export const dashOf = (projectIndex: number): string => ARC.dashes[projectIndex % ARC.dashes.length] ?? ARC.dashes[0];

/** Projects' colours: the host's --partner-map-color-<id> if set, else the palette. One computed
 *  style (it is live) read for all of them: 10,000 projects made 10,000 getComputedStyle calls. */
export function projectColours(host: Element): (id: string, index: number) => string {
  let style: CSSStyleDeclaration | undefined;
  return (id, index) => {
    const custom = (style ??= getComputedStyle(host)).getPropertyValue(`--partner-map-color-${id}`).trim();
    return custom || PROJECT_PALETTE[index % PROJECT_PALETTE.length] || '#0072B2';
  };
}
