/**
 * The shapes of marks as SVG path data, centred on 0,0: numbers in, path data out, no DOM. The
 * map's marks, the cluster canvas (Path2D), the legend and the export all draw these.
 * Projects differ by shape as well as colour (circle, square, triangle, diamond, …), so the map
 * reads without colour vision too; events are stars; a partner in several projects is a pie.
 */

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
