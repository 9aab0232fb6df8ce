/** The marks drawn for partners and events: small SVG elements built from numbers, never markup. */

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

/**
 * A partner: one circle split into one segment per visible project it belongs to (Biocat: four),
 * so a multi-project partner is one mark, not stacked dots. A lead is larger, with a dark ring.
 */
export function partnerMark(colours: readonly string[], lead: boolean): SVGSVGElement {
  const size = lead ? LEAD_SIZE : MEMBER_SIZE;
  const svg = svgEl('svg', { width: size, height: size, viewBox: '-1 -1 2 2', 'aria-hidden': 'true', class: 'pm-glyph' });
  const r = lead ? 0.72 : 0.8;
  if (colours.length <= 1) {
    svg.append(svgEl('circle', { r, fill: colours[0] ?? '#666' }));
  } else {
    const step = (2 * Math.PI) / colours.length;
    colours.forEach((colour, i) => {
      // Segments start at 12 o'clock and run clockwise, in project order.
      const a0 = i * step - Math.PI / 2;
      const a1 = a0 + step;
      const large = step > Math.PI ? 1 : 0;
      const d = `M0 0L${(r * Math.cos(a0)).toFixed(4)} ${(r * Math.sin(a0)).toFixed(4)}A${r} ${r} 0 ${large} 1 ${(r * Math.cos(a1)).toFixed(4)} ${(r * Math.sin(a1)).toFixed(4)}Z`;
      svg.append(svgEl('path', { d, fill: colour }));
    });
  }
  // A light halo separates the mark from the map and from its neighbours.
  svg.append(svgEl('circle', { r, fill: 'none', stroke: '#fff', 'stroke-width': 0.14, class: 'pm-halo' }));
  if (lead) svg.append(svgEl('circle', { r: 0.9, fill: 'none', stroke: '#1f2328', 'stroke-width': 0.13, class: 'pm-ring' }));
  return svg;
}

export const EVENT_SIZE = 18;

/** An event: a diamond in its project's colour. */
export function eventMark(colour: string): SVGSVGElement {
  const svg = svgEl('svg', { width: EVENT_SIZE, height: EVENT_SIZE, viewBox: '-1 -1 2 2', 'aria-hidden': 'true', class: 'pm-glyph' });
  svg.append(svgEl('path', { d: 'M0 -0.85L0.85 0L0 0.85L-0.85 0Z', fill: colour, stroke: '#fff', 'stroke-width': 0.16 }));
  return svg;
}
