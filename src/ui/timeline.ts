/** The list view's timeline: each project's period as a bar on a year axis, its events as ticks on
 *  its row, unknown dates said as unknown (no bar), and a year selector that says which projects
 *  were active then and highlights them. The bars are drawn for the eye (aria-hidden); each row says
 *  the same in words: the project, its dates and its events. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { CollabEvent, Project } from '../data/types.js';
import type { ProjectLook } from '../graphics/colours.js';
import { projectKey } from '../graphics/marks.js';
import { formatDateRange, formatPartialDate } from '../i18n/format.js';
import type { Lang, Messages } from '../i18n/messages.js';
import { activeIn, yearAt, type Dated } from './project-time.js';
import { PROJECT_ROWS } from './projects-table.js';

export interface TimelineInput {
  /** The visible projects, earliest first (unknown dates last). */
  readonly projects: readonly Project[];
  /** Events by project id. */
  readonly events: ReadonlyMap<string, readonly CollabEvent[]>;
  /** Every year of the axis (project-time.ts yearsOf), and the one chosen, if any. */
  readonly years: readonly number[];
  readonly year: number | undefined;
  readonly lang: Lang;
  readonly msg: Messages;
  readonly looks: ReadonlyMap<string, ProjectLook>;
  readonly onYear: (year: number | undefined) => void;
}

/** Ticks of one row closer than this (in % of the axis) are drawn as one: 10,000 events stay a few hundred lines. */
const TICK_STEP = 0.25;

/** "2016 – December 2019"; "not known" for a side the data does not give. */
export function periodText(lang: Lang, msg: Messages, { start, end }: Dated): string {
  if (!start && !end) return msg.datesUnknown;
  if (start === end) return formatDateRange(lang, start, end, msg.datesUnknown);
  const side = (d: string | null) => (d ? formatPartialDate(lang, d) : msg.datesUnknown);
  return `${side(start)} – ${side(end)}`;
}

export function timeline(t: TimelineInput): TemplateResult {
  const { msg, lang, years, year } = t;
  const first = years[0] ?? 0;
  const span = years.length || 1;
  const x = (at: number) => ((at - first) / span) * 100;
  const pct = (at: number) => `${x(at).toFixed(3)}%`;
  // Year labels: about eight at most, so they never crowd a phone's width.
  const step = Math.ceil(years.length / 8);
  const labelled = years.filter((_, i) => i % step === 0);
  const rows = t.projects.slice(0, PROJECT_ROWS);
  const active = year === undefined ? [] : t.projects.filter((p) => activeIn(p, year));
  const grid = svg`${labelled.map((y) => svg`<line class="tl-grid" x1=${pct(y)} x2=${pct(y)} y1="0" y2="100%"></line>`)}${
    year === undefined ? nothing : svg`<rect class="tl-year" x=${pct(year)} width=${`${(100 / span).toFixed(3)}%`} y="0" height="100%"></rect>`
  }`;
  return html`<section class="timeline" aria-labelledby="timeline-title">
    <div class="tl-head">
      <h3 id="timeline-title">${msg.timeline}</h3>
      ${
        years.length
          ? html`<label class="tl-pick"
              >${msg.activeIn}
              <select
                @change=${(e: Event) => {
                  const value = (e.target as HTMLSelectElement).value;
                  t.onYear(value ? Number(value) : undefined);
                }}
              >
                <option value="" ?selected=${year === undefined}>${msg.allYears}</option>
                ${years.map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
              </select></label
            >`
          : nothing
      }
    </div>
    <p class="tl-active" role="status">
      ${year === undefined ? '' : active.length ? msg.activeInYear(String(year), active.map((p) => p.name).join(', ')) : msg.noneActive(String(year))}
    </p>
    ${
      years.length
        ? html`<div class="tl-row tl-axis" aria-hidden="true">
            <span></span>
            <svg class="tl-track">${labelled.map((y) => svg`<text x=${pct(y + 0.5)} y="14" text-anchor="middle">${y}</text>`)}</svg>
          </div>`
        : nothing
    }
    <ol class="tl-rows">
      ${rows.map((p) => {
        const look = t.looks.get(p.id);
        const events = t.events.get(p.id) ?? [];
        const bar = p.start && p.end ? ([yearAt(p.start, false), yearAt(p.end, true)] as const) : undefined;
        const ticks = new Map<number, CollabEvent[]>();
        for (const e of events) {
          if (!e.start) continue;
          const at = Math.round(x(yearAt(e.start, false)) / TICK_STEP) * TICK_STEP;
          ticks.set(at, [...(ticks.get(at) ?? []), e]);
        }
        const on = year !== undefined && activeIn(p, year);
        return html`<li class="tl-row ${year === undefined ? '' : on ? 'on' : 'off'}" data-project=${p.id}>
          <span class="tl-label"
            >${projectKey(look?.colour ?? '#666', look?.shape ?? 0)}${p.name}
            <span class="sub ${bar ? '' : 'unknown'}">${periodText(lang, msg, p)}</span>
            ${
              events.length
                ? html`<span class="visually-hidden"
                    >${msg.layerNames.events}: ${events.map((e) => `${e.name} (${periodText(lang, msg, e)})`).join('; ')}</span
                  >`
                : nothing
            }</span
          >
          <svg class="tl-track" aria-hidden="true">
            ${grid}
            ${
              bar
                ? svg`<rect class="tl-bar" data-project=${p.id} x=${pct(bar[0])} width=${`${(x(bar[1]) - x(bar[0])).toFixed(3)}%`} y="5" height="12" rx="3" fill=${look?.colour ?? '#666'}><title>${p.name}: ${periodText(lang, msg, p)}</title></rect>`
                : nothing
            }
            ${[...ticks].map(
              ([at, es]) =>
                svg`<line class="tl-event" x1=${`${at}%`} x2=${`${at}%`} y1="1" y2="21"><title>${es.map((e) => `${e.name} (${periodText(lang, msg, e)})`).join('; ')}</title></line>`,
            )}
          </svg>
        </li>`;
      })}
    </ol>
  </section>`;
}
