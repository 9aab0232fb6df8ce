/** The list view's projects: their table, narrowed to a year when one is chosen, and their timeline. */
import { html, type TemplateResult } from 'lit';
import type { CollabEvent, Collaborations, Project } from '../data/types.js';
import { activeIn, yearsOf } from './project-time.js';
import { projectsTable, sortedProjects, type ProjectsInput } from './projects-table.js';
import { timeline } from './timeline.js';

export interface ProjectsSectionInput extends Omit<ProjectsInput, 'projects'> {
  readonly projects: readonly Project[];
  readonly data: Collaborations;
  /** The year chosen on the timeline, if any (one outside the axis counts as none). */
  readonly year: number | undefined;
  readonly onYear: (year: number | undefined) => void;
}

/** Events by project, once per data (10,000 events are not grouped again on every render). */
const eventsByData = new WeakMap<Collaborations, Map<string, CollabEvent[]>>();
function eventsByProject(data: Collaborations): Map<string, CollabEvent[]> {
  let byProject = eventsByData.get(data);
  if (!byProject) {
    eventsByData.set(data, (byProject = new Map<string, CollabEvent[]>()));
    for (const e of data.events) byProject.set(e.project, [...(byProject.get(e.project) ?? []), e]);
  }
  return byProject;
}

export function projectsSection(i: ProjectsSectionInput): TemplateResult {
  const events = eventsByProject(i.data);
  const years = yearsOf([...i.projects, ...i.projects.flatMap((p) => events.get(p.id) ?? [])]);
  const year = i.year !== undefined && years.includes(i.year) ? i.year : undefined;
  const chronological = sortedProjects({ ...i, sort: { by: 'start', ascending: true } });
  return html`${projectsTable({ ...i, projects: year === undefined ? i.projects : i.projects.filter((p) => activeIn(p, year)) })}
  ${timeline({ projects: chronological, events, years, year, lang: i.lang, msg: i.msg, looks: i.looks, onYear: i.onYear })}`;
}
