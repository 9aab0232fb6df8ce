/**
 * The marks drawn for partners and events: small SVG elements built from numbers, never markup.
 * Projects differ by shape as well as colour (circle, square, triangle, diamond, …), so the map
 * reads without colour vision too; events are stars; a lead is larger and ringed.
 */

const SVG = 'http://www.w3.org/2000/svg';

function svgEl<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** Every mark is at least this big a target, whatever its drawing's size. */
export const TARGET_SIZE = 24;
export const MEMBER_SIZE = 18;
export const LEAD_SIZE = 26;
export const EVENT_SIZE = 20;

const f = (n: number) => n.toFixed(3);

/** A regular polygon (or star, with an inner radius) centred on 0,0, first point straight up. */
function polygon(points: number, radius: number, inner?: number, rotate = 0): string {
  const n = inner === undefined ? points : points * 2;
  let d = '';
  for (let i = 0; i < n; i++) {
    const r = inner !== undefined && i % 2 === 1 ? inner : radius;
    const a = -Math.PI / 2 + rotate + (2 * Math.PI * i) / n;
    d += `${i ? 'L' : 'M'}${f(r * Math.cos(a))} ${f(r * Math.sin(a))}`;
  }
  return `${d}Z`;
}

/** Shapes in the order projects take them; sized so that each covers about the same area. */
const SHAPES: readonly ((r: number) => string)[] = [
  (r) => `M${f(-r)} 0A${f(r)} ${f(r)} 0 1 1 ${f(r)} 0A${f(r)} ${f(r)} 0 1 1 ${f(-r)} 0Z`, // circle
  (r) => polygon(4, r * 1.2, undefined, Math.PI / 4), // square
  (r) => polygon(3, r * 1.3), // triangle
  (r) => polygon(4, r * 1.22), // diamond
  (r) => polygon(6, r * 1.08), // hexagon
  (r) => polygon(3, r * 1.3, undefined, Math.PI), // triangle pointing down
  (r) => polygon(5, r * 1.12), // pentagon
];

export const SHAPE_NAMES = ['circle', 'square', 'triangle', 'diamond', 'hexagon', 'down-triangle', 'pentagon'] as const;
export const shapeOf = (projectIndex: number): number => projectIndex % SHAPES.length;

/** The outline of a project's shape at radius r, as SVG path data. */
export const shapePath = (shape: number, r: number): string => (SHAPES[shape % SHAPES.length] ?? SHAPES[0] ?? (() => ''))(r);

/** Segment i of n of a circle of radius r, clockwise from 12 o'clock: one project of a partner. */
export function segmentPath(i: number, count: number, r: number): string {
  const step = (2 * Math.PI) / count;
  const a0 = i * step - Math.PI / 2;
  const a1 = a0 + step;
  return `M0 0L${f(r * Math.cos(a0))} ${f(r * Math.sin(a0))}A${f(r)} ${f(r)} 0 ${step > Math.PI ? 1 : 0} 1 ${f(r * Math.cos(a1))} ${f(r * Math.sin(a1))}Z`;
}

/** A group's ring: one arc per non-empty share, each as long as its share of the whole, clockwise
 *  from 12 o'clock on a circle of radius r centred on 0,0; with its angles (for a canvas) and its
 *  SVG path data (a share that is everything is a full circle, in two halves). */
export function ringArcs(shares: readonly number[], r: number): { readonly index: number; readonly a0: number; readonly a1: number; readonly d: string }[] {
  const total = shares.reduce((a, b) => a + b, 0) || 1;
  let a0 = -Math.PI / 2;
  return shares.flatMap((share, index) => {
    if (!share) return [];
    const a1 = a0 + (2 * Math.PI * share) / total;
    const d =
      a1 - a0 > 2 * Math.PI - 1e-6
        ? `M0 ${f(-r)}A${f(r)} ${f(r)} 0 1 1 0 ${f(r)}A${f(r)} ${f(r)} 0 1 1 0 ${f(-r)}`
        : `M${f(r * Math.cos(a0))} ${f(r * Math.sin(a0))}A${f(r)} ${f(r)} 0 ${a1 - a0 > Math.PI ? 1 : 0} 1 ${f(r * Math.cos(a1))} ${f(r * Math.sin(a1))}`;
    const arc = { index, a0, a1, d };
    a0 = a1;
    return [arc];
  });
}

/** An event's five-pointed star of radius r. */
export const starPath = (r: number): string => polygon(5, r, r * 0.44);

export interface MarkPart {
  readonly colour: string;
  readonly shape: number;
}

/**
 * A partner. In one project: that project's shape in its colour. In several (Biocat: four): one
 * circle split into a segment per project, clockwise from 12 o'clock in legend order, so a
 * partner is always one mark, never stacked dots. A lead is larger, with a ring.
 */
export function partnerMark(parts: readonly MarkPart[], lead: boolean): SVGSVGElement {
  const size = lead ? LEAD_SIZE : MEMBER_SIZE;
  const svg = svgEl('svg', { width: size, height: size, viewBox: '-1 -1 2 2', 'aria-hidden': 'true', class: 'pm-glyph' });
  const r = lead ? 0.66 : 0.74;
  const only = parts.length <= 1 ? parts[0] : undefined;
  if (only || !parts.length) {
    svg.append(svgEl('path', { d: shapePath(only?.shape ?? 0, r), fill: only?.colour ?? '#666', stroke: '#fff', 'stroke-width': 0.14, 'stroke-linejoin': 'round', 'data-shape': SHAPE_NAMES[only?.shape ?? 0] ?? 'circle' }));
  } else {
    parts.forEach((part, i) => svg.append(svgEl('path', { d: segmentPath(i, parts.length, r), fill: part.colour })));
    // A light halo separates the mark from the map and its segments from each other's edge.
    svg.append(svgEl('circle', { r, fill: 'none', stroke: '#fff', 'stroke-width': 0.14, class: 'pm-halo' }));
  }
  if (lead) svg.append(svgEl('circle', { r: 0.92, fill: 'none', stroke: '#1f2328', 'stroke-width': 0.12, class: 'pm-ring' }));
  return svg;
}

/** An event: a five-pointed star in its project's colour. */
export function eventMark(colour: string): SVGSVGElement {
  const svg = svgEl('svg', { width: EVENT_SIZE, height: EVENT_SIZE, viewBox: '-1 -1 2 2', 'aria-hidden': 'true', class: 'pm-glyph' });
  svg.append(svgEl('path', { d: starPath(0.95), fill: colour, stroke: '#fff', 'stroke-width': 0.14, 'stroke-linejoin': 'round' }));
  return svg;
}

/** A small key for legends and toggles: a project's shape in its colour. */
export function projectKey(colour: string, shape: number, size = 14): SVGSVGElement {
  const svg = svgEl('svg', { width: size, height: size, viewBox: '-1 -1 2 2', 'aria-hidden': 'true', class: 'pm-key' });
  svg.append(svgEl('path', { d: shapePath(shape, 0.8), fill: colour, stroke: 'rgb(0 0 0 / 0.35)', 'stroke-width': 0.1 }));
  return svg;
}

/** Arc dash patterns by project: colour and dashes both tell the programmes apart. */
const DASHES = ['6 4', '2 4', '10 3 2 3', '1 3 6 3'];
export const dashOf = (projectIndex: number): string => DASHES[projectIndex % DASHES.length] ?? '6 4';
