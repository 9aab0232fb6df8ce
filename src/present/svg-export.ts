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
import { polygonsOf } from '../data/polygons.js';
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
  /** The project in focus (a tour step, a project's details): the others are dimmed, as on screen. */
  readonly focus?: string;
  /** The part of the map's pixels to draw (land wholly outside is left out): the map's box unless
   *  a slide shows more around it. */
  readonly view?: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
  /** How much larger marks are drawn than on screen (a slide's, as in presentation mode). */
  readonly markScale?: number;
}

type Group = NonNullable<ExportInput['clustered']>['groups'][number];

/** Another project than the one in focus: drawn dimmed, as the map dims it. */
const DIM = 0.3;
const dimmedUnless = (input: ExportInput, of: boolean) => (input.focus && !of ? DIM : nothing);

const n = (v: number) => (Math.round(v * 10) / 10).toString();
const at = (x: number, y: number, scale?: number) => `translate(${n(x)} ${n(y)})${scale ? ` scale(${scale})` : ''}`;

function ringPath(ring: readonly (readonly number[])[], project: ExportInput['project']): string {
  return `M${ring.map(([lon = 0, lat = 0]) => project(lon, lat).map(n).join(' ')).join('L')}Z`;
}

/** Polygons of a geometry as one path's data, skipping pieces wholly outside the view. */
function geometryPath(geometry: GeoJSON.Geometry, input: ExportInput): string {
  const polygons = polygonsOf(geometry);
  let d = '';
  for (const polygon of polygons) {
    const outer = (polygon[0] ?? []).map(([lon = 0, lat = 0]) => input.project(lon, lat));
    const xs = outer.map((p) => p[0]);
    const ys = outer.map((p) => p[1]);
    const v = input.view ?? { x0: 0, y0: 0, x1: input.width, y1: input.height };
    if (Math.max(...xs) < v.x0 || Math.min(...xs) > v.x1 || Math.max(...ys) < v.y0 || Math.min(...ys) > v.y1) continue;
    for (const ring of polygon) d += ringPath(ring, input.project);
  }
  return d;
}

/** A group as the canvas draws it: a ring of project colours around its count. */
function groupSvg(g: Group, input: ExportInput): SVGTemplateResult {
  const colours = input.selection.projects.map((p) => (input.looks.get(p.id) ?? FALLBACK_LOOK).colour);
  const focus = input.selection.projects.findIndex((p) => p.id === input.focus);
  return svg`<g transform=${at(g.x, g.y, input.markScale)} opacity=${dimmedUnless(input, (g.parts[focus] ?? 0) > 0)}>${groupBody(g.parts, colours, g.r, g.count, input.colours.background, input.colours.text)}</g>`;
}

/** A partner as on the map: the map's own glyph, scaled from glyph units to its size in pixels. */
function partnerSvg(partner: Partner, xy: readonly [number, number], input: ExportInput, lead: boolean, projects: readonly string[]): SVGTemplateResult {
  const parts = projects.map((id) => input.looks.get(id) ?? FALLBACK_LOOK);
  return svg`<g class="partner" data-partner=${partner.id} transform=${at(xy[0], xy[1], ((lead ? LEAD_SIZE : MEMBER_SIZE) / 2) * (input.markScale ?? 1))} opacity=${dimmedUnless(input, projects.includes(input.focus ?? ''))}><title>${joinGiven(', ', partner.name, partner.city)}</title>${partnerBody(parts, lead, input.colours.text)}</g>`;
}

function eventSvg(event: CollabEvent, xy: readonly [number, number], input: ExportInput): SVGTemplateResult {
  const colour = (input.looks.get(event.project) ?? FALLBACK_LOOK).colour;
  return svg`<g class="event" data-event=${event.id} transform=${at(xy[0], xy[1], (EVENT_SIZE / 2) * (input.markScale ?? 1))} opacity=${dimmedUnless(input, event.project === input.focus)}><title>${joinGiven(', ', event.name, event.city)}</title>${eventBody(colour)}</g>`;
}

/** The target markets, shaded by reach, and the arcs from each consortium to its markets. */
function reachSvg(input: ExportInput): SVGTemplateResult {
  const { selection } = input;
  const shade = reachShading(selection.maxReach);
  const markets = selection.markets.map((m) => {
    const f = countries().byCode.get(m.country);
    const label = svg`<title>${`${m.country}: ${m.projects.map((p) => p.name).join(', ')}`}</title>`;
    const dim = dimmedUnless(
      input,
      m.projects.some((p) => p.id === input.focus),
    );
    if (!f || f.geometry.type === 'Point') {
      const [lon, lat] = countryAnchor(m.country) ?? [0, 0];
      const [x, y] = input.project(lon, lat);
      return svg`<circle data-market=${m.country} cx=${n(x)} cy=${n(y)} r=${MARKET.pointRadius} fill=${shade(m.projects.length)} stroke=${MARKET.stroke} opacity=${dim}>${label}</circle>`;
    }
    return svg`<path data-market=${m.country} d=${geometryPath(f.geometry, input) || 'M0 0'} fill=${shade(m.projects.length)} stroke=${MARKET.stroke} stroke-width=${MARKET.weight} fill-rule="evenodd" opacity=${dim}>${label}</path>`;
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
        svg`<path d=${`M${d}`} fill="none" stroke=${look.colour} stroke-width=${ARC.weight} stroke-dasharray=${look.dash} opacity=${input.focus && input.focus !== p.id ? ARC.opacity * DIM : ARC.opacity}></path>`,
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
      return [
        svg`<line x1=${n(x1)} y1=${n(y1)} x2=${n(x2)} y2=${n(y2)} stroke=${colour} stroke-width=${LINK.weight} opacity=${input.focus && input.focus !== p.id ? LINK.opacity * DIM : LINK.opacity}></line>`,
      ];
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

/** The map itself, in the map's pixels: sea, land, markets and arcs, links and marks, events. */
function mapSvg(input: ExportInput, sea: { readonly x: number; readonly y: number; readonly w: number; readonly h: number }): SVGTemplateResult {
  const { selection, layers, colours } = input;
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
  return svg`<rect x=${n(sea.x)} y=${n(sea.y)} width=${n(sea.w)} height=${n(sea.h)} fill=${colours.sea}></rect><g class="land" fill=${colours.land} stroke=${colours.borders} stroke-width=${LAND.weight} fill-rule="evenodd">${land}</g>${show('reach') && selection.markets.length ? reachSvg(input) : nothing}${show('consortia') ? consortiaSvg(input) : nothing}${show('events') ? svg`<g class="events">${events}</g>` : nothing}`;
}

/** A standalone SVG document of `width` × `height` holding `content`, as text. */
function documentOf(input: ExportInput, width: number, height: number, fontSize: number, content: SVGTemplateResult): string {
  const box = document.createElement('div');
  render(
    html`<svg
      width=${width}
      height=${height}
      viewBox=${`0 0 ${width} ${height}`}
      font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      font-size=${fontSize}
      fill=${input.colours.text}
    >
      <title>${input.title}</title>
      <desc>${input.summary}</desc>
      ${content}
    </svg>`,
    box,
  );
  const doc = box.querySelector('svg') as SVGSVGElement;
  clean(doc);
  // The element is in the SVG namespace, so the serialiser writes xmlns on it: a standalone file.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

/** The map at the size it is on screen, with its legend, title and attribution. */
export function exportSvg(input: ExportInput): string {
  const { width: w, height: h, colours } = input;
  return documentOf(
    input,
    w,
    h,
    13,
    svg`${mapSvg(input, { x: 0, y: 0, w, h })}${legendSvg(input, h)}<g class="title"><rect width=${w} height="44" fill=${colours.background} opacity="0.9"></rect><text x="12" y="20" font-size="16" font-weight="700">${input.title}</text><text x="12" y="36" font-size="12">${input.summary}</text></g><text class="attribution" x=${w - 8} y=${h - 8} font-size="10" text-anchor="end">${input.attribution}</text>`,
  );
}

/** A slide's size, and the bands above and below its map (title and caption; attribution). */
export const SLIDE = { width: 1920, height: 1080, top: 170, bottom: 56 } as const;

/**
 * The map as a 16:9 slide (1920×1080) to read from the back of a room: the title (56 px) and the
 * caption of the view (32 px) above; the view as on screen, scaled to the slide (marks at their
 * places, more of the world around it where the slide is wider or taller); the legend at 28 px;
 * the attribution (28 px) below.
 */
export function exportSlide(input: ExportInput, caption: string): string {
  const { width: w, height: h, colours } = input;
  const { width: W, height: H, top, bottom } = SLIDE;
  const mapH = H - top - bottom;
  const k = Math.min(W / w, mapH / h);
  // The part of the map's pixels the slide's map band shows, centred on the view on screen.
  const [mx, my] = [(W / k - w) / 2, (mapH / k - h) / 2];
  const view = { x0: -mx, y0: -my, x1: w + mx, y1: h + my };
  const legendScale = 28 / 13;
  return documentOf(
    input,
    W,
    H,
    28,
    svg`<rect width=${W} height=${H} fill=${colours.background}></rect>
      <svg x="0" y=${top} width=${W} height=${mapH} viewBox=${`${n(view.x0)} ${n(view.y0)} ${n(view.x1 - view.x0)} ${n(view.y1 - view.y0)}`}>${mapSvg({ ...input, view, markScale: 1.5 }, { x: view.x0, y: view.y0, w: view.x1 - view.x0, h: view.y1 - view.y0 })}</svg>
      <g transform=${`translate(0 ${top + mapH - 12}) scale(${n(legendScale)}) translate(0 ${-h})`} font-size="13">${legendSvg(input, h)}</g>
      <g class="title"><text x="48" y="78" font-size="56" font-weight="700">${input.title}</text><text x="48" y="136" font-size="32" fill=${colours.text}>${caption}</text></g>
      <text class="attribution" x=${W - 48} y=${H - 16} font-size="28" text-anchor="end">${input.attribution}</text>`,
  );
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
