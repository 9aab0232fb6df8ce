/** Pure functions from the model and the element's state to what is drawn and listed. */
import { ROLES, type CollabEvent, type Collaborations, type LayerName, type Partner, type Project, type Role } from './types.js';

export interface ViewState {
  /** Ids of the projects to show; every project when null. */
  readonly projects: readonly string[] | null;
  readonly layers: readonly LayerName[];
}

export interface VisiblePartner {
  readonly partner: Partner;
  /** The partner's roles in the visible projects, in project order. */
  readonly roles: readonly { readonly project: Project; readonly role: Role }[];
}

export interface MarketReach {
  /** ISO alpha-2 code. */
  readonly country: string;
  /** The visible projects that target it, in project order. */
  readonly projects: readonly Project[];
}

export interface Selection {
  readonly projects: readonly Project[];
  readonly partners: readonly VisiblePartner[];
  readonly markets: readonly MarketReach[];
  readonly events: readonly CollabEvent[];
  /** The largest number of visible projects reaching one country (0 when none). */
  readonly maxReach: number;
}

export function visibleProjects(data: Collaborations, ids: readonly string[] | null): Project[] {
  return ids === null ? [...data.projects] : data.projects.filter((p) => ids.includes(p.id));
}

/** Everything visible for a state: one pass the layers, legend and popups all share. */
export function select(data: Collaborations, state: ViewState): Selection {
  const projects = visibleProjects(data, state.projects);
  // One { project, role } object per pair, shared by every partner in that role (immutable):
  // a network of 100k partners makes 100k role lists, not 100k more objects inside them.
  const pairs = projects.map((project) => new Map(ROLES.map((role) => [role, { project, role }] as const)));
  const partners: VisiblePartner[] = [];
  for (const partner of data.partners) {
    let roles: { readonly project: Project; readonly role: Role }[] | undefined;
    for (let k = 0; k < projects.length; k++) {
      const role = partner.roles[projects[k]?.id ?? ''];
      const pair = role && pairs[k]?.get(role);
      if (pair) (roles ??= []).push(pair);
    }
    if (roles) partners.push({ partner, roles });
  }
  const reach = new Map<string, Project[]>();
  for (const project of projects) {
    for (const code of project.targetMarkets) reach.set(code, [...(reach.get(code) ?? []), project]);
  }
  const markets = [...reach].map(([country, ps]) => ({ country, projects: ps }));
  const ids = new Set(projects.map((p) => p.id));
  return {
    projects,
    partners,
    markets,
    events: data.events.filter((e) => ids.has(e.project)),
    maxReach: markets.reduce((m, x) => Math.max(m, x.projects.length), 0),
  };
}

/** Whether a visible partner leads one of the visible projects (leads stay marks of their own). */
export const isLead = (v: VisiblePartner): boolean => v.roles.some((r) => r.role === 'lead');

/** The members of one project, lead first. */
export function consortium(data: Collaborations, project: Project): Partner[] {
  const members = data.partners.filter((p) => p.roles[project.id]);
  return members.sort((a, b) => Number(b.id === project.lead) - Number(a.id === project.lead));
}

/** Where a project's arcs start: the mean position of its consortium (its lead when alone). */
export function consortiumCentre(data: Collaborations, project: Project): readonly [number, number] | undefined {
  // One pass, no list: a large network's consortium can have tens of thousands of members.
  let n = 0;
  let lon = 0;
  let lat = 0;
  for (const p of data.partners) {
    if (!p.roles[project.id]) continue;
    n++;
    lon += p.position[0];
    lat += p.position[1];
  }
  return n ? [lon / n, lat / n] : undefined;
}

export const partnersIn = (selection: Selection, country: string): Partner[] =>
  selection.partners.filter((v) => v.partner.country === country).map((v) => v.partner);
