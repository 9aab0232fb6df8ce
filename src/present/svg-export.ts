/**
 * The map as a standalone SVG document, drawn from the data (not a screenshot of the DOM): basemap,
 * reach shading and arcs, consortium links, partner and event marks, legend, title, attribution.
 * Built as DOM with Lit `svg` templates (the same marks as the map and the legend) and serialised
 * with XMLSerializer: text from data or settings is bound as text and attribute values, so it is
 * escaped by construction; nothing is copied from the page's markup and no markup is written here.
 */
import { html, nothing, render, svg, type SVGTemplateResult } from 'lit';
import type { CollabEvent, LayerName, Partner } from '../data/types.js';
import { consortiumCentre, isLead, membersBy, type Selection, type VisiblePartner } from '../data/selectors.js';
import type { Collaborations } from '../data/types.js';
import { countries, countryAnchor } from '../data/world.js';
import { greatCircle } from '../graphics/arcs.js';
import { FALLBACK_LOOK, reachShading, type ProjectLook } from '../graphics/colours.js';
import { eventBody, groupBody, keyBody, partnerBody } from '../graphics/marks.js';
import { starPath } from '../graphics/shapes.js';
import { ARC, EVENT_SIZE, LAND, LEAD_SIZE, LINK, MARKET, MEMBER_SIZE, NEUTRAL_COLOUR } from '../graphics/tokens.js';
import { joinGiven } from '../ui/partner-text.js';

export interface ExportInput {
  readonly width: number;
  readonly height: number;
  /** [lon, lat] → [x, y] in the map's pixels, as on screen. */
  readonly project: (lon: number, lat: number) => readonly [number, number];
  /** Where each single mark is drawn now, by key `partner:id` / `event:id`. */
  readonly marks: ReadonlyMap<string, readonly [number, number]>;
  readonly data: Collaborations;
  readonly selection: Selection;
  readonly layers: readonly LayerName[];
  readonly looks: ReadonlyMap<string, ProjectLook>;
  readonly colours: { readonly sea: string; readonly land: string; readonly borders: string; readonly text: string; readonly background: string };
  readonly title: string;
  readonly summary: string;
  readonly attribution: string;
  readonly legend: { readonly lead: string; readonly reachedBy: (n: number) => string; readonly event: string };
  /** A large network, clustered: the groups drawn now (count as drawn, memberships per visible
   *  project) and the partners drawn on their own (leads included). Absent: every partner is a mark. */
  readonly clustered?: {
    readonly groups: readonly { readonly x: number; readonly y: number; readonly r: number; readonly count: string; readonly parts: readonly number[] }[];
    readonly singles: readonly VisiblePartner[];
  };
  /** Marks that would overlap on screen, drawn as one group mark each at their members' centre. */
  readonly markGroups?: NonNullable<ExportInput['clustered']>['groups'];
  /** The keys (`partner:id`, `event:id`) drawn inside those groups, not on their own. */
  readonly grouped?: ReadonlySet<string>;
}

type Group = NonNullable<ExportInput['clustered']>['groups'][number];

const n = (v: number) => (Math.round(v * 10) / 10).toString();
const at = (x: number, y: number, scale?: number) => `translate(${n(x)} ${n(y)})${scale ? ` scale(${scale})` : ''}`;

function ringPath(ring: readonly (readonly number[])[], project: ExportInput['project']): string {
  return `M${ring.map(([lon = 0, lat = 0]) => project(lon, lat).map(n).join(' ')).join('L')}Z`;
}

/** Polygons of a geometry as one path's data, skipping pieces wholly outside the view. */
function geometryPath(geometry: GeoJSON.Geometry, input: ExportInput): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let d = '';
  for (const polygon of polygons) {
    const outer = (polygon[0] ?? []).map(([lon = 0, lat = 0]) => input.project(lon, lat));
    const xs = outer.map((p) => p[0]);
    const ys = outer.map((p) => p[1]);
    if (Math.max(...xs) < 0 || Math.min(...xs) > input.width || Math.max(...ys) < 0 || Math.min(...ys) > input.height) continue;
    for (const ring of polygon) d += ringPath(ring, input.project);
  }
  return d;
}

/** A group as the canvas draws it: a ring of project colours around its count. */
function groupSvg(g: Group, input: ExportInput): SVGTemplateResult {
  const colours = input.selection.projects.map((p) => (input.looks.get(p.id) ?? FALLBACK_LOOK).colour);
  return svg`<g transform=${at(g.x, g.y)}>${groupBody(g.parts, colours, g.r, g.count, input.colours.background, input.colours.text)}</g>`;
}

/** A partner as on the map: the map's own glyph, scaled from glyph units to its size in pixels. */
function partnerSvg(partner: Partner, xy: readonly [number, number], input: ExportInput, lead: boolean, projects: readonly string[]): SVGTemplateResult {
  const parts = projects.map((id) => input.looks.get(id) ?? FALLBACK_LOOK);
  return svg`<g class="partner" data-partner=${partner.id} transform=${at(xy[0], xy[1], (lead ? LEAD_SIZE : MEMBER_SIZE) / 2)}><title>${joinGiven(', ', partner.name, partner.city)}</title>${partnerBody(parts, lead, input.colours.text)}</g>`;
}

function eventSvg(event: CollabEvent, xy: readonly [number, number], input: ExportInput): SVGTemplateResult {
  const colour = (input.looks.get(event.project) ?? FALLBACK_LOOK).colour;
  return svg`<g class="event" data-event=${event.id} transform=${at(xy[0], xy[1], EVENT_SIZE / 2)}><title>${joinGiven(', ', event.name, event.city)}</title>${eventBody(colour)}</g>`;
}

/** The target markets, shaded by reach, and the arcs from each consortium to its markets. */
function reachSvg(input: ExportInput): SVGTemplateResult {
  const { selection } = input;
  const shade = reachShading(selection.maxReach);
  const markets = selection.markets.map((m) => {
    const f = countries().byCode.get(m.country);
    const label = svg`<title>${`${m.country}: ${m.projects.map((p) => p.name).join(', ')}`}</title>`;
    if (!f || f.geometry.type === 'Point') {
      const [lon, lat] = countryAnchor(m.country) ?? [0, 0];
      const [x, y] = input.project(lon, lat);
      return svg`<circle data-market=${m.country} cx=${n(x)} cy=${n(y)} r=${MARKET.pointRadius} fill=${shade(m.projects.length)} stroke=${MARKET.stroke}>${label}</circle>`;
    }
    return svg`<path data-market=${m.country} d=${geometryPath(f.geometry, input) || 'M0 0'} fill=${shade(m.projects.length)} stroke=${MARKET.stroke} stroke-width=${MARKET.weight} fill-rule="evenodd">${label}</path>`;
  });
  const arcs = selection.projects.flatMap((p) => {
    const from = consortiumCentre(input.data, p);
    const look = input.looks.get(p.id) ?? FALLBACK_LOOK;
    if (!from) return [];
    return p.targetMarkets.flatMap((code) => {
      const to = countryAnchor(code);
      if (!to) return [];
      const d = greatCircle(from, to)
        .map(([lat, lon]) => input.project(lon, lat).map(n).join(' '))
        .join('L');
      return [
        svg`<path d=${`M${d}`} fill="none" stroke=${look.colour} stroke-width=${ARC.weight} stroke-dasharray=${look.dash} opacity=${ARC.opacity}></path>`,
      ];
    });
  });
  return svg`<g class="markets">${markets}</g><g class="arcs">${arcs}</g>`;
}

/** Links, groups and partner marks. Clustered, only the partners drawn on their own have marks
 *  and links; the rest are in groups. */
function consortiaSvg(input: ExportInput): SVGTemplateResult {
  const { selection } = input;
  const grouped = input.grouped ?? new Set<string>();
  const linked = input.clustered?.singles ?? selection.partners;
  const drawn = linked.filter(({ partner }) => !grouped.has(`partner:${partner.id}`));
  const byId = new Map(selection.partners.map((v) => [v.partner.id, v.partner]));
  // Each project's linked members from the partners' own roles (never partners × projects).
  const members = membersBy(linked);
  const links = selection.projects.flatMap((p) => {
    const lead = p.lead === undefined ? undefined : byId.get(p.lead);
    if (!lead) return [];
    const [x2, y2] = input.project(lead.position[0], lead.position[1]);
    const colour = (input.looks.get(p.id) ?? FALLBACK_LOOK).colour;
    return (members.get(p.id) ?? []).flatMap((partner) => {
      if (partner.id === lead.id) return [];
      const [x1, y1] = input.project(partner.position[0], partner.position[1]);
      return [svg`<line x1=${n(x1)} y1=${n(y1)} x2=${n(x2)} y2=${n(y2)} stroke=${colour} stroke-width=${LINK.weight} opacity=${LINK.opacity}></line>`];
    });
  });
  const marks = drawn.map(({ partner, roles }) => {
    const xy = input.marks.get(`partner:${partner.id}`) ?? input.project(partner.position[0], partner.position[1]);
    return partnerSvg(
      partner,
      xy,
      input,
      isLead({ partner, roles }),
      roles.map((r) => r.project.id),
    );
  });
  const all = [...(input.clustered?.groups ?? []), ...(input.markGroups ?? [])];
  const groups = all.length ? svg`<g class="groups">${all.map((g) => groupSvg(g, input))}</g>` : nothing;
  return svg`<g class="links">${links}</g>${groups}<g class="partners">${marks}</g>`;
}

/** The legend: one row per project (shape and colour), the lead mark, the event, the reach steps. */
function legendSvg(input: ExportInput, h: number): SVGTemplateResult {
  const { selection, colours } = input;
  const show = (l: LayerName) => input.layers.includes(l);
  const rows: SVGTemplateResult[] = [];
  const row = (mark: SVGTemplateResult, label: string) => rows.push(svg`<g transform=${at(0, rows.length * 18)}>${mark}<text x="20">${label}</text></g>`);
  const sample = (body: SVGTemplateResult, scale: number) => svg`<g transform=${at(7, -4, scale)}>${body}</g>`;
  for (const p of selection.projects) {
    const look = input.looks.get(p.id) ?? FALLBACK_LOOK;
    row(sample(keyBody(look.colour, look.shape), 6.9), p.name);
  }
  if (show('consortia') && selection.partners.length)
    row(sample(partnerBody([{ colour: NEUTRAL_COLOUR, shape: 0 }], true, colours.text), 7), input.legend.lead);
  if (show('events') && selection.events.length) row(svg`<path transform=${at(7, -4)} d=${starPath(6)} fill=${NEUTRAL_COLOUR}></path>`, input.legend.event);
  if (show('reach') && selection.maxReach) {
    const shade = reachShading(selection.maxReach);
    for (let k = 1; k <= selection.maxReach; k++)
      row(svg`<rect x="1" y="-10" width="12" height="12" fill=${shade(k)} stroke=${MARKET.stroke}></rect>`, input.legend.reachedBy(k));
  }
  const legendH = rows.length * 18 + 12;
  return svg`<g class="legend" transform=${at(12, h - legendH - 22)}><rect x="-8" y="-8" width="250" height=${legendH} rx="6" fill=${colours.background} opacity="0.94"></rect><g transform="translate(0 10)">${rows}</g></g>`;
}

/** Characters XML 1.0 does not allow: a document with one would not parse, and a lone surrogate
 *  makes encodeURIComponent throw (the PNG). C0 controls (but tab and line ends) are dropped;
 *  U+FFFE/U+FFFF and lone surrogates become U+FFFD, so the reader sees where something was. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\0-\x08\x0b\x0c\x0e-\x1f]/g;
const NOT_TEXT = /[\ufffe\uffff\p{Cs}]/gu;
export const wellFormed = (text: string): string => text.replace(CONTROLS, '').replace(NOT_TEXT, '\ufffd');

/** Drops Lit's comment markers and replaces characters XML does not allow, node by node. */
function clean(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
  const comments: Comment[] = [];
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node instanceof Comment) comments.push(node);
    else if (node instanceof Text) node.data = wellFormed(node.data);
    else if (node instanceof Element) for (const a of node.attributes) a.value = wellFormed(a.value);
  }
  for (const c of comments) c.remove();
}

export function exportSvg(input: ExportInput): string {
  const { width: w, height: h, selection, layers, colours } = input;
  const show = (l: LayerName) => layers.includes(l);
  const land = countries()
    .all.filter((f) => f.geometry.type !== 'Point')
    .map((f) => geometryPath(f.geometry, input))
    .filter(Boolean)
    .map((d) => svg`<path d=${d}></path>`);
  const events = show('events')
    ? selection.events
        .filter((e) => !input.grouped?.has(`event:${e.id}`))
        .map((e) => eventSvg(e, input.marks.get(`event:${e.id}`) ?? input.project(e.position[0], e.position[1]), input))
    : [];
  const box = document.createElement('div');
  render(
    html`<svg
      width=${w}
      height=${h}
      viewBox=${`0 0 ${w} ${h}`}
      font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      font-size="13"
      fill=${colours.text}
    >
      <title>${input.title}</title>
      <desc>${input.summary}</desc>
      ${svg`<rect width=${w} height=${h} fill=${colours.sea}></rect><g class="land" fill=${colours.land} stroke=${colours.borders} stroke-width=${LAND.weight} fill-rule="evenodd">${land}</g>${show('reach') && selection.markets.length ? reachSvg(input) : nothing}${show('consortia') ? consortiaSvg(input) : nothing}${show('events') ? svg`<g class="events">${events}</g>` : nothing}${legendSvg(input, h)}<g class="title"><rect width=${w} height="44" fill=${colours.background} opacity="0.9"></rect><text x="12" y="20" font-size="16" font-weight="700">${input.title}</text><text x="12" y="36" font-size="12">${input.summary}</text></g><text class="attribution" x=${w - 8} y=${h - 8} font-size="10" text-anchor="end">${input.attribution}</text>`}
    </svg>`,
    box,
  );
  const doc = box.querySelector('svg') as SVGSVGElement;
  clean(doc);
  // The element is in the SVG namespace, so the serialiser writes xmlns on it: a standalone file.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

/** Draws an SVG document on a canvas at `scale` (2 for slides) and returns it as a PNG. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  // A data: URL, which a strict CSP's `img-src 'self' data:` allows (a blob: URL would need more).
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(wellFormed(svgText))}`;
  {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  }
}
