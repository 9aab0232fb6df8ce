/**
 * The marks as Lit `svg` templates: a partner, an event, a project key, a group. One drawing for
 * every renderer that uses DOM: the map's marks (as elements), the legend, the toggles and the
 * SVG export. Templates, not elements, so a re-render (a keystroke in search) updates the same
 * nodes instead of building new ones. Values from data are bound, never written as markup.
 */
import { html, nothing, render, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ringArcs, segmentPath, shapePath, starPath, SHAPE_NAMES } from './shapes.js';
import { EVENT_SIZE, FALLBACK_COLOUR, GROUP, HALO, INK, KEY_OUTLINE, LEAD_RING, LEAD_SIZE, MARK_RADIUS, MEMBER_SIZE, PAPER } from './tokens.js';

export interface MarkPart {
  readonly colour: string;
  readonly shape: number;
}

/**
 * A partner, centred on 0,0 in glyph units. In one project: that project's shape in its colour.
 * In several (Biocat: four): one circle split into a segment per project, clockwise from 12
 * o'clock in legend order, so a partner is always one mark, never stacked dots. A lead is ringed.
 */
export function partnerBody(parts: readonly MarkPart[], lead: boolean, ink = INK): SVGTemplateResult {
  const r = lead ? MARK_RADIUS.lead : MARK_RADIUS.member;
  const only = parts.length <= 1 ? parts[0] : undefined;
  const shape = only?.shape ?? 0;
  const body =
    only || !parts.length
      ? svg`<path d=${shapePath(shape, r)} fill=${only?.colour ?? FALLBACK_COLOUR} stroke=${HALO.colour} stroke-width=${HALO.width} stroke-linejoin="round" data-shape=${SHAPE_NAMES[shape] ?? 'circle'}></path>`
      : // A light halo separates the mark from the map and its segments from each other's edge.
        svg`${segmentsOf(parts, r)}<circle r=${r} fill="none" stroke=${HALO.colour} stroke-width=${HALO.width} class="pm-halo"></circle>`;
  return svg`${body}${lead ? svg`<circle r=${LEAD_RING.r} fill="none" stroke=${ink} stroke-width=${LEAD_RING.width} class="pm-ring"></circle>` : nothing}`;
}

/** Past this many projects, a partner's circle has one segment per colour, in order of first use:
 *  a lead of 10,000 projects was a mark of 10,000 paths (a segment under a pixel each) in eight
 *  colours, and so were its copies in the legend and the export. */
const MAX_SEGMENTS = 24;

function segmentsOf(parts: readonly MarkPart[], r: number): SVGTemplateResult[] {
  const shown = parts.length > MAX_SEGMENTS ? [...new Map(parts.map((p) => [p.colour, p])).values()] : parts;
  if (shown.length === 1) return [svg`<circle r=${r} fill=${shown[0]?.colour ?? FALLBACK_COLOUR}></circle>`];
  return shown.map((part, i) => svg`<path d=${segmentPath(i, shown.length, r)} fill=${part.colour}></path>`);
}

/** An event, centred on 0,0 in glyph units: a five-pointed star in its project's colour. */
export const eventBody = (colour: string): SVGTemplateResult =>
  svg`<path d=${starPath(MARK_RADIUS.event)} fill=${colour} stroke=${HALO.colour} stroke-width=${HALO.width} stroke-linejoin="round"></path>`;

/** A project's shape in its colour, centred on 0,0 in glyph units, thinly outlined. */
export const keyBody = (colour: string, shape: number): SVGTemplateResult =>
  svg`<path d=${shapePath(shape, MARK_RADIUS.key)} fill=${colour} stroke=${KEY_OUTLINE.colour} stroke-opacity=${KEY_OUTLINE.opacity} stroke-width=${KEY_OUTLINE.width}></path>`;

/**
 * A group as the canvas draws it, centred on 0,0 (px): a ring of project colours, each arc as long
 * as its share, round a count, with a faint dark edge at radius r.
 */
export function groupBody(
  shares: readonly number[],
  colours: readonly string[],
  r: number,
  count: string,
  paper = PAPER,
  ink = INK,
  ring: number = GROUP.ring,
  fontSize: number = GROUP.fontSize,
): SVGTemplateResult {
  const arcs = ringArcs(shares, r - ring / 2).map(
    ({ index, d }) => svg`<path d=${d} fill="none" stroke=${colours[index] ?? FALLBACK_COLOUR} stroke-width=${ring}></path>`,
  );
  return svg`<circle r=${r - ring} fill=${paper}></circle>${arcs}<circle r=${r} fill="none" stroke=${GROUP.edge} stroke-opacity=${GROUP.edgeOpacity}></circle><text y=${Math.round(fontSize * 0.35 * 10) / 10} text-anchor="middle" font-size=${fontSize} font-weight="700" fill=${ink}>${count}</text>`;
}

/** A mark's drawing in its own small <svg>, `size` px across. */
const glyph = (size: number, className: string, body: SVGTemplateResult): TemplateResult =>
  html`<svg width=${size} height=${size} viewBox="-1 -1 2 2" aria-hidden="true" class=${className}>${body}</svg>`;

export const partnerGlyph = (parts: readonly MarkPart[], lead: boolean): TemplateResult =>
  glyph(lead ? LEAD_SIZE : MEMBER_SIZE, 'pm-glyph', partnerBody(parts, lead));
export const eventGlyph = (colour: string): TemplateResult => glyph(EVENT_SIZE, 'pm-glyph', eventBody(colour));
/** A small key for legends and toggles: a project's shape in its colour. */
export const projectKey = (colour: string, shape: number, size = 14): TemplateResult => glyph(size, 'pm-key', keyBody(colour, shape));

/** Marks drawn already, by what they show: a copy of one is made in a fraction of the time a
 *  render takes (10,000 events' marks: ~1 ms each, most of drawing a batch). Bounded: group marks'
 *  counts and shares vary without end. */
const drawn = new Map<string, SVGSVGElement>();
const DRAWN_KEPT = 200;

/** A template's <svg> as an element of its own, for Leaflet's marker icons; `key` names what it
 *  shows (the same key, the same drawing). */
function element(key: string, template: () => TemplateResult): SVGSVGElement {
  let svg = drawn.get(key);
  if (!svg) {
    const box = document.createElement('div');
    render(template(), box);
    svg = box.querySelector('svg') as SVGSVGElement;
    if (drawn.size >= DRAWN_KEPT) drawn.clear();
    drawn.set(key, svg);
  }
  return svg.cloneNode(true) as SVGSVGElement;
}

/** A partner's mark as an element (a map marker's icon). */
export const partnerMark = (parts: readonly MarkPart[], lead: boolean): SVGSVGElement =>
  element(`partner ${lead} ${parts.map((p) => `${p.colour}/${p.shape}`).join(' ')}`, () => partnerGlyph(parts, lead));
/** An event's mark as an element (a map marker's icon). */
export const eventMark = (colour: string): SVGSVGElement => element(`event ${colour}`, () => eventGlyph(colour));

/** The drawn diameter (px, before the mark scale) of a group of marks that would overlap:
 *  larger than a lead (26), to read as "several". */
export const GROUP_MARK_SIZE = 30;

/** A group mark as an element (a map marker's icon): its count in a ring of its projects' colours,
 *  each arc as long as that project's share; the same drawing as the cluster canvas's groups. */
export const groupMark = (shares: readonly number[], colours: readonly string[], count: string): SVGSVGElement => {
  const r = GROUP_MARK_SIZE / 2;
  return element(
    `group ${count} ${shares.join(' ')} ${colours.join(' ')}`,
    () =>
      html`<svg width=${GROUP_MARK_SIZE} height=${GROUP_MARK_SIZE} viewBox="${-r} ${-r} ${2 * r} ${2 * r}" aria-hidden="true" class="pm-glyph pm-group-glyph">
        ${groupBody(shares, colours, r - 0.5, count)}
      </svg>`,
  );
};
