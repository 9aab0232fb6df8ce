/** The legend: explains every mark on the map, for the projects and layers shown now. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LayerName, Project } from '../data/types.js';
import type { Selection } from '../data/selectors.js';
import type { Messages } from '../i18n/messages.js';
import { eventGlyph, groupBody, partnerGlyph, projectKey } from '../graphics/marks.js';
import { reachShading, type ProjectLook } from '../graphics/colours.js';
import { ARC, MARKET, NEUTRAL_COLOUR } from '../graphics/tokens.js';
import { capped } from './capped.js';
import { MERGE_ARCS } from '../graphics/arcs.js';

export interface LegendInput {
  readonly selection: Selection;
  readonly layers: readonly LayerName[];
  readonly looks: ReadonlyMap<string, ProjectLook>;
  readonly msg: Messages;
  readonly onProject: (project: Project) => void;
  /** Partners are grouped (a large network): the legend keys a group and says how to open one. */
  readonly clustered: boolean;
}

/** Memberships per project, per selection: counted once, not on every render (100k partners). */
const memberships = new WeakMap<Selection, Map<string, number>>();

function countsOf(selection: Selection): Map<string, number> {
  let counts = memberships.get(selection);
  if (counts) return counts;
  counts = new Map<string, number>();
  for (const { roles } of selection.partners) for (const { project } of roles) counts.set(project.id, (counts.get(project.id) ?? 0) + 1);
  memberships.set(selection, counts);
  return counts;
}

/** A group's key: a ring of the projects' colours around a count, as the canvas draws it; one part
 *  per colour (the group marks' rings do the same), not per project: 10,000 projects were a ring of
 *  10,000 paths in eight colours. */
const groupKey = (projectColours: readonly string[]): TemplateResult => {
  const colours = [...new Set(projectColours)];
  return html`<svg class="group-key" width="24" height="24" viewBox="-12 -12 24 24" aria-hidden="true">
    ${groupBody(
      colours.map((c) => projectColours.filter((p) => p === c).length),
      colours,
      11.5,
      '42',
      undefined,
      undefined,
      4,
      9.5,
    )}
  </svg>`;
};

const NEUTRAL_LOOK: ProjectLook = { colour: NEUTRAL_COLOUR, shape: 0, dash: ARC.dashes[0] };

/** A reach step's colour as an SVG fill (a presentation attribute): a style attribute would be
 *  refused under a strict CSP without 'unsafe-inline' styles, and Lit writes one on first render. */
const reachKey = (colour: string) =>
  html`<svg class="reach-key" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
    ${svg`<rect x="0.5" y="0.5" width="13" height="13" rx="3" fill=${colour} stroke=${MARKET.stroke}></rect>`}
  </svg>`;

/** A short sample of a project's arcs: its colour and its dashes. */
const arcSample = (look: ProjectLook) =>
  html`<svg class="arc-key" width="26" height="8" viewBox="0 0 26 8" aria-hidden="true">
    ${svg`<line x1="1" y1="4" x2="25" y2="4" stroke=${look.colour} stroke-width="2" stroke-dasharray=${look.dash}></line>`}
  </svg>`;

/** The reach shades the legend keys: each count up to 6, else six spread from 1 to the most (a
 *  country reached by 3,000 projects is not 3,000 keys). */
function reachSteps(max: number): number[] {
  if (max <= 6) return Array.from({ length: max }, (_, i) => i + 1);
  return [...new Set(Array.from({ length: 6 }, (_, i) => Math.round(1 + ((max - 1) * i) / 5)))];
}

export function legend({ selection, layers, looks, msg, onProject, clustered }: LegendInput): TemplateResult {
  const counts = countsOf(selection);
  const steps = reachSteps(selection.maxReach);
  const colour = reachShading(selection.maxReach);
  const showConsortia = layers.includes('consortia');
  const showReach = layers.includes('reach') && selection.markets.length > 0;
  const look = (p: Project) => looks.get(p.id) ?? NEUTRAL_LOOK;
  // Many projects' arcs are merged into neutral lines (mergedArcEnds): no project's own sample.
  const merged = selection.projects.length > MERGE_ARCS;
  return html`<details class="legend" part="legend" open>
    <summary>${msg.legend}</summary>
    <ul class="legend-projects">
      ${capped(
        selection.projects,
        (p) =>
          html`<li>
            <button type="button" class="project-key" data-project=${p.id} @click=${() => onProject(p)}>
              ${projectKey(look(p).colour, look(p).shape)}
              <span class="name">${p.name}</span>${showReach && !merged && p.targetMarkets.length ? arcSample(look(p)) : nothing}<span class="count"
                >${msg.count(counts.get(p.id) ?? 0)}</span
              >
            </button>
          </li>`,
        (n) => msg.moreItems(String(n)),
      )}
    </ul>
    <ul class="legend-marks">
      ${
        showConsortia
          ? html`${clustered ? html`<li class="group-step">${groupKey(selection.projects.map((p) => look(p).colour))}<span>${msg.groupMark}</span></li>` : nothing}
              <li>${partnerGlyph([NEUTRAL_LOOK], true)}<span>${msg.leadMark}</span></li>
              <li>${partnerGlyph([NEUTRAL_LOOK], false)}<span>${msg.memberMark}</span></li>
              ${
                selection.projects.length > 1
                  ? html`<li>${partnerGlyph(selection.projects.slice(0, 4).map(look), false)}<span>${msg.multiMark}</span></li>`
                  : nothing
              }
              <li><span class="line solid"></span><span>${msg.consortiumLink}</span></li>`
          : nothing
      }
      ${
        showReach
          ? html`${steps.map((n) => html`<li class="reach-step">${reachKey(colour(n))}<span>${msg.reachedBy(n)}</span></li>`)}
            ${
              merged
                ? html`<li><span class="line"></span><span>${msg.arcsMerged}</span></li>`
                : html`<li><span class="line dashed"></span><span>${msg.arc}</span></li>`
            }`
          : nothing
      }
      ${layers.includes('events') && selection.events.length ? html`<li>${eventGlyph(NEUTRAL_COLOUR)}<span>${msg.event}</span></li>` : nothing}
    </ul>
  </details>`;
}
