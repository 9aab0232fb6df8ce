/**
 * The map as a standalone SVG document, drawn from the data (not a screenshot of the DOM): basemap,
 * reach shading and arcs, consortium links, partner and event marks, legend, title, attribution.
 * Every string from data or settings is XML-escaped; nothing is copied from the page's markup.
 */
import type { CollabEvent, LayerName, Partner } from '../data/types.js';
import { consortiumCentre, isLead, type Selection, type VisiblePartner } from '../data/selectors.js';
import type { Collaborations } from '../data/types.js';
import { countries, countryAnchor } from '../data/world.js';
import { greatCircle } from '../map/arcs.js';
import { reachShading, type ProjectLook } from '../map/colours.js';
import { ringArcs, segmentPath, shapePath, starPath } from '../map/marks.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text and attribute values for XML; control characters (not allowed in XML 1.0) are dropped. */
// eslint-disable-next-line no-control-regex
export const escapeXml = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

export interface ExportInput {
  readonly width: number;
  readonly height: number;
  /** [lon, lat] → [x, y] in the map's pixels, as on screen. */
  readonly project: (lon: number, lat: number) => readonly [number, number];
  /** Where each mark is drawn now (after spreading), by key `partner:id` / `event:id`. */
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
}

/** A group as the canvas draws it: a ring of project colours around its count. */
function groupSvg(g: NonNullable<ExportInput['clustered']>['groups'][number], input: ExportInput): string {
  const ring = 4.5;
  const arcs = ringArcs(g.parts, g.r - ring / 2).map(({ index, d }) => {
    const project = input.selection.projects[index];
    return `<path transform="translate(${n(g.x)} ${n(g.y)})" d="${d}" fill="none" stroke="${escapeXml((project && input.looks.get(project.id)?.colour) ?? '#666')}" stroke-width="${ring}"/>`;
  });
  return `<g><circle cx="${n(g.x)}" cy="${n(g.y)}" r="${n(g.r - ring)}" fill="${escapeXml(input.colours.background)}"/>${arcs.join('')}<circle cx="${n(g.x)}" cy="${n(g.y)}" r="${n(g.r)}" fill="none" stroke="#000" stroke-opacity="0.45"/><text x="${n(g.x)}" y="${n(g.y + 4)}" text-anchor="middle" font-size="12" font-weight="700" fill="${escapeXml(input.colours.text)}">${escapeXml(g.count)}</text></g>`;
}

const n = (v: number) => (Math.round(v * 10) / 10).toString();

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

function partnerSvg(partner: Partner, at: readonly [number, number], input: ExportInput, lead: boolean, projects: readonly string[]): string {
  const size = lead ? 13 : 9;
  const r = size * 0.74;
  const looks = projects.map((id) => input.looks.get(id) ?? { colour: '#666', shape: 0, dash: '' });
  let body: string;
  const only = looks.length === 1 ? looks[0] : undefined;
  if (only) body = `<path d="${shapePath(only.shape, r)}" fill="${escapeXml(only.colour)}" stroke="#fff" stroke-width="1.3"/>`;
  else {
    body = looks.map((look, i) => `<path d="${segmentPath(i, looks.length, r)}" fill="${escapeXml(look.colour)}"/>`).join('') + `<circle r="${n(r)}" fill="none" stroke="#fff" stroke-width="1.3"/>`;
  }
  const ring = lead ? `<circle r="${n(size * 0.92)}" fill="none" stroke="${escapeXml(input.colours.text)}" stroke-width="1.6"/>` : '';
  return `<g class="partner" data-partner="${escapeXml(partner.id)}" transform="translate(${n(at[0])} ${n(at[1])})"><title>${escapeXml(`${partner.name}, ${partner.city}`)}</title>${body}${ring}</g>`;
}

function eventSvg(event: CollabEvent, at: readonly [number, number], input: ExportInput): string {
  const colour = input.looks.get(event.project)?.colour ?? '#666';
  return `<g class="event" data-event="${escapeXml(event.id)}" transform="translate(${n(at[0])} ${n(at[1])})"><title>${escapeXml(`${event.name}, ${event.city}`)}</title><path d="${starPath(9.5)}" fill="${escapeXml(colour)}" stroke="#fff" stroke-width="1.3"/></g>`;
}

export function exportSvg(input: ExportInput): string {
  const { width: w, height: h, selection, layers, colours } = input;
  const show = (l: LayerName) => layers.includes(l);
  const parts: string[] = [];
  parts.push(`<rect width="${w}" height="${h}" fill="${escapeXml(colours.sea)}"/>`);
  const land = countries()
    .all.filter((f) => f.geometry.type !== 'Point')
    .map((f) => geometryPath(f.geometry, input))
    .filter(Boolean)
    .map((d) => `<path d="${d}"/>`);
  parts.push(`<g class="land" fill="${escapeXml(colours.land)}" stroke="${escapeXml(colours.borders)}" stroke-width="0.6" fill-rule="evenodd">${land.join('')}</g>`);

  if (show('reach') && selection.markets.length) {
    const shade = reachShading(selection.maxReach);
    const markets = selection.markets.map((m) => {
      const f = countries().byCode.get(m.country);
      const fill = escapeXml(shade(m.projects.length));
      const label = `<title>${escapeXml(`${m.country}: ${m.projects.map((p) => p.name).join(', ')}`)}</title>`;
      if (!f || f.geometry.type === 'Point') {
        const [lon, lat] = countryAnchor(m.country) ?? [0, 0];
        const [x, y] = input.project(lon, lat);
        return `<circle data-market="${escapeXml(m.country)}" cx="${n(x)}" cy="${n(y)}" r="6" fill="${fill}" stroke="#8a5d00">${label}</circle>`;
      }
      return `<path data-market="${escapeXml(m.country)}" d="${geometryPath(f.geometry, input) || 'M0 0'}" fill="${fill}" stroke="#8a5d00" stroke-width="0.7" fill-rule="evenodd">${label}</path>`;
    });
    parts.push(`<g class="markets">${markets.join('')}</g>`);
    const arcs: string[] = [];
    for (const p of selection.projects) {
      const from = consortiumCentre(input.data, p);
      const look = input.looks.get(p.id);
      if (!from) continue;
      for (const code of p.targetMarkets) {
        const to = countryAnchor(code);
        if (!to) continue;
        const d = greatCircle(from, to).map(([lat, lon]) => input.project(lon, lat).map(n).join(' ')).join('L');
        arcs.push(`<path d="M${d}" fill="none" stroke="${escapeXml(look?.colour ?? '#333')}" stroke-width="1.6" stroke-dasharray="${escapeXml(look?.dash ?? '6 4')}" opacity="0.8"/>`);
      }
    }
    parts.push(`<g class="arcs">${arcs.join('')}</g>`);
  }

  if (show('consortia')) {
    // Clustered, only the partners drawn on their own have marks and links; the rest are in groups.
    const drawn = input.clustered?.singles ?? selection.partners;
    const byId = new Map(selection.partners.map((v) => [v.partner.id, v.partner]));
    const links: string[] = [];
    for (const p of selection.projects) {
      const lead = byId.get(p.lead);
      if (!lead) continue;
      const [x2, y2] = input.project(lead.position[0], lead.position[1]);
      for (const { partner } of drawn) {
        if (partner.id === lead.id || !partner.roles[p.id]) continue;
        const [x1, y1] = input.project(partner.position[0], partner.position[1]);
        links.push(`<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${escapeXml(input.looks.get(p.id)?.colour ?? '#333')}" stroke-width="1.4" opacity="0.55"/>`);
      }
    }
    parts.push(`<g class="links">${links.join('')}</g>`);
    if (input.clustered) parts.push(`<g class="groups">${input.clustered.groups.map((g) => groupSvg(g, input)).join('')}</g>`);
    const marks = drawn.map(({ partner, roles }) => {
      const at = input.marks.get(`partner:${partner.id}`) ?? input.project(partner.position[0], partner.position[1]);
      return partnerSvg(partner, at, input, isLead({ partner, roles }), roles.map((r) => r.project.id));
    });
    parts.push(`<g class="partners">${marks.join('')}</g>`);
  }
  if (show('events')) {
    const events = selection.events.map((e) => eventSvg(e, input.marks.get(`event:${e.id}`) ?? input.project(e.position[0], e.position[1]), input));
    parts.push(`<g class="events">${events.join('')}</g>`);
  }

  // Legend: one row per project (shape and colour), then the reach steps.
  const rows: string[] = [];
  let y = 0;
  for (const p of selection.projects) {
    const look = input.looks.get(p.id) ?? { colour: '#666', shape: 0, dash: '' };
    rows.push(`<g transform="translate(0 ${y})"><path transform="translate(7 -4)" d="${shapePath(look.shape, 5.5)}" fill="${escapeXml(look.colour)}"/><text x="20">${escapeXml(p.name)}</text></g>`);
    y += 18;
  }
  if (show('consortia') && selection.partners.length) {
    rows.push(`<g transform="translate(0 ${y})"><circle cx="7" cy="-4" r="6.5" fill="none" stroke="${escapeXml(colours.text)}" stroke-width="1.6"/><circle cx="7" cy="-4" r="4" fill="#6e7781"/><text x="20">${escapeXml(input.legend.lead)}</text></g>`);
    y += 18;
  }
  if (show('events') && selection.events.length) {
    rows.push(`<g transform="translate(7 ${y - 4})"><path d="${starPath(6)}" fill="#6e7781"/><text x="13" y="4">${escapeXml(input.legend.event)}</text></g>`);
    y += 18;
  }
  if (show('reach') && selection.maxReach) {
    const shade = reachShading(selection.maxReach);
    for (let k = 1; k <= selection.maxReach; k++) {
      rows.push(`<g transform="translate(0 ${y})"><rect x="1" y="-10" width="12" height="12" fill="${escapeXml(shade(k))}" stroke="#8a5d00"/><text x="20">${escapeXml(input.legend.reachedBy(k))}</text></g>`);
      y += 18;
    }
  }
  const legendH = y + 12;
  parts.push(
    `<g class="legend" transform="translate(12 ${h - legendH - 22})"><rect x="-8" y="-8" width="250" height="${legendH}" rx="6" fill="${escapeXml(colours.background)}" opacity="0.94"/><g transform="translate(0 10)">${rows.join('')}</g></g>`,
  );
  parts.push(`<g class="title"><rect width="${w}" height="44" fill="${escapeXml(colours.background)}" opacity="0.9"/><text x="12" y="20" font-size="16" font-weight="700">${escapeXml(input.title)}</text><text x="12" y="36" font-size="12">${escapeXml(input.summary)}</text></g>`);
  parts.push(`<text class="attribution" x="${w - 8}" y="${h - 8}" font-size="10" text-anchor="end">${escapeXml(input.attribution)}</text>`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="13" fill="${escapeXml(colours.text)}">` +
    `<title>${escapeXml(input.title)}</title><desc>${escapeXml(input.summary)}</desc>${parts.join('')}</svg>`
  );
}

/** Draws an SVG document on a canvas at `scale` (2 for slides) and returns it as a PNG. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  // A data: URL, which a strict CSP's `img-src 'self' data:` allows (a blob: URL would need more).
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
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
