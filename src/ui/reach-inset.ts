/** The reach inset: a small world map in a corner that keeps every target market, and the arcs to
 *  them, in sight while the main map is fitted to the consortia in Europe. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Collaborations } from '../data/types.js';
import { consortiumCentre, type Selection } from '../data/selectors.js';
import { countryAnchor, countryBox } from '../data/world.js';
import { INSET_HEIGHT, insetProject } from '../graphics/inset-projection.js';
import { insetShapes } from '../generated/inset-land.js';

export { INSET_HEIGHT, insetProject };
import type { Lang, Messages } from '../i18n/messages.js';
import { countryName } from '../i18n/format.js';
import { listOf } from '../i18n/list.js';
import { greatCircle, MERGE_ARCS } from '../graphics/arcs.js';
import { mergedReach, reachSteps } from '../graphics/merged-reach.js';
import { NEUTRAL_COLOUR } from '../graphics/tokens.js';
import { reachShading, type ProjectLook } from '../graphics/colours.js';

// One chunk: the inset and its styles come together.
export { reachInsetStyles } from './reach-inset.styles.js';

export interface ReachInsetInput {
  readonly selection: Selection;
  readonly data: Collaborations;
  readonly looks: ReadonlyMap<string, ProjectLook>;
  /** The main map's view as [west, south, east, north], drawn as a frame; none when undefined. */
  readonly bounds: readonly [number, number, number, number] | undefined;
  readonly msg: Messages;
  readonly lang: Lang;
  readonly onCountry: (code: string) => void;
  readonly onWorld: () => void;
}

/** A country's shape in the inset, drawn at build time ('' for one too small to draw there). */
const shapeOf = (code: string): string => (Object.hasOwn(insetShapes, code) ? (insetShapes[code] ?? '') : '');
/** The world's land: every country's shape. */
let land: string | undefined;

/** A point in a path: projected, to a tenth of a unit. */
const at = (lon: number, lat: number): string =>
  insetProject(lon, lat)
    .map((v) => v.toFixed(1))
    .join(' ');

/** An arc as a path; where it crosses the antimeridian it ends at one edge and goes on from the other. */
function arcPath(from: readonly [number, number], to: readonly [number, number]): string {
  let d = '';
  let previous: [number, number] | undefined;
  for (const [lat, raw] of greatCircle(from, to, 32)) {
    const lon = ((((raw + 180) % 360) + 360) % 360) - 180;
    if (previous && Math.abs(lon - previous[0]) > 180) {
      const edge = lon < previous[0] ? 180 : -180;
      const mid = previous[1] + ((lat - previous[1]) * (edge - previous[0])) / (lon + 2 * edge - previous[0]);
      d += `L${at(edge, mid)}M${at(-edge, mid)}`;
    }
    d += `${previous ? 'L' : 'M'}${at(lon, lat)}`;
    previous = [lon, lat];
  }
  return d;
}

/** The main map's view as a frame (its sides follow the projection's curve). */
function viewPath([west, south, east, north]: readonly [number, number, number, number]): string {
  const w = Math.max(-180, west);
  const e = Math.min(180, east);
  const lats = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => south + ((north - south) * i) / 8);
  return `M${[...lats.map((lat) => at(w, lat)), ...lats.reverse().map((lat) => at(e, lat))].join('L')}Z`;
}

const GLOBE = html`<svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
  ${svg`<g fill="none" stroke="currentColor"><circle r="6"></circle><ellipse rx="2.6" ry="6"></ellipse><path d="M-6 0H6"></path></g>`}
</svg>`;

/** The inset's arcs, made once per selection and looks: the inset is drawn again at every move of
 *  the main map (its view frame), and 10,000 projects' arcs took ~100 ms each time. */
const arcsMade = new WeakMap<Selection, { readonly looks: ReadonlyMap<string, ProjectLook>; readonly arcs: readonly TemplateResult[] }>();
function arcsOf(selection: Selection, data: Collaborations, looks: ReadonlyMap<string, ProjectLook>): readonly TemplateResult[] {
  const made = arcsMade.get(selection);
  if (made?.looks === looks) return made.arcs;
  // Past MERGE_ARCS projects, one neutral solid path of merged arcs, as on the map (mergedArcEnds):
  // 10,000 projects' arcs were 13,000 paths, then thousands of dashed arcs in eight looks (seconds).
  const paths: { colour: string; dash: string; d: string }[] = [];
  if (selection.projects.length > MERGE_ARCS) {
    const d = mergedReach(data, selection)
      .map(([from, to]) => arcPath(from, to))
      .join('');
    paths.push({ colour: NEUTRAL_COLOUR, dash: '', d });
  } else {
    for (const project of selection.projects) {
      const centre = consortiumCentre(data, project);
      const look = looks.get(project.id);
      if (!centre) continue;
      for (const code of project.targetMarkets) {
        const anchor = countryAnchor(code);
        if (anchor) paths.push({ colour: look?.colour ?? '#333', dash: look?.dash ?? '6 4', d: arcPath(centre, anchor) });
      }
    }
  }
  const arcs = paths.filter((p) => p.d).map((p) => svg`<path class="arc" d=${p.d} stroke=${p.colour} stroke-dasharray=${p.dash || nothing}></path>`);
  arcsMade.set(selection, { looks, arcs });
  return arcs;
}

/** What the first drawing of the inset needs that is slow the first time, as steps the element runs
 *  before it, in tasks of their own (short ones share one): the markets' names (a country the build
 *  did not name loads ICU's names), where the arcs start, and the arcs (10,000 projects' ~100 ms). */
export function insetSteps(selection: Selection, data: Collaborations, looks: ReadonlyMap<string, ProjectLook>, lang: Lang): (() => void)[] {
  return [() => void selection.markets.map((m) => countryName(lang, m.country)), ...reachSteps(data, selection), () => void arcsOf(selection, data, looks)];
}

export function reachInset({ selection, data, looks, bounds, msg, lang, onCountry, onWorld }: ReachInsetInput): TemplateResult {
  const shade = reachShading(selection.maxReach);
  const names = selection.markets.map((m) => countryName(lang, m.country));
  const markets = selection.markets.map(({ country, projects }, i) => {
    const d = shapeOf(country);
    const [x, y] = insetProject(...(countryAnchor(country) ?? [0, 0]));
    const box = countryBox(country);
    // A dot where a shape would be too small to see or click: Singapore (a point), Israel.
    const small = !box || (box[2] - box[0]) * (box[3] - box[1]) < 12;
    return svg`<g class="market" data-market=${country} fill=${shade(projects.length)}><title>${names[i]}</title>${d ? svg`<path d=${d}></path>` : nothing}${small ? svg`<circle cx=${x} cy=${y} r="2.6"></circle>` : nothing}</g>`;
  });
  const arcs = arcsOf(selection, data, looks);
  const pick = (event: Event) => {
    const code = (event.target as Element).closest('[data-market]')?.getAttribute('data-market');
    if (code) onCountry(code);
  };
  return html`<figure class="reach-inset" part="inset">
    <figcaption>${msg.targetMarkets}</figcaption>
    <svg viewBox="0 0 360 ${INSET_HEIGHT}" role="img" aria-label=${msg.insetLabel(listOf(lang, names))} @click=${pick}>
      ${svg`<rect class="sea" width="360" height=${INSET_HEIGHT}></rect><path class="land" d=${(land ??= Object.values(insetShapes).join(''))}></path>${markets}${arcs}${bounds ? svg`<path class="view" d=${viewPath(bounds)}></path>` : nothing}`}
    </svg>
    <button type="button" class="inset-world" title=${msg.showWorld} @click=${onWorld}>${GLOBE}<span>${msg.showWorld}</span></button>
  </figure>`;
}
