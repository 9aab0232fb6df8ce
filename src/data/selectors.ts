/** Pure functions from the model and the element's state to what is drawn and listed. */
import type { CollabEvent, Collaborations, LayerName, Partner, Project, Role } from './types.js';

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
  const partners: VisiblePartner[] = [];
  for (const partner of data.partners) {
    const roles = projects.flatMap((project) => {
      const role = partner.roles[project.id];
      return role ? [{ project, role }] : [];
    });
    if (roles.length) partners.push({ partner, roles });
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

/** The members of one project, lead first. */
export function consortium(data: Collaborations, project: Project): Partner[] {
  const members = data.partners.filter((p) => p.roles[project.id]);
  return members.sort((a, b) => Number(b.id === project.lead) - Number(a.id === project.lead));
}

/** Where a project's arcs start: the mean position of its consortium (its lead when alone). */
export function consortiumCentre(data: Collaborations, project: Project): readonly [number, number] | undefined {
  const members = consortium(data, project);
  if (!members.length) return undefined;
  const lon = members.reduce((s, p) => s + p.position[0], 0) / members.length;
  const lat = members.reduce((s, p) => s + p.position[1], 0) / members.length;
  return [lon, lat];
}

export const partnersIn = (selection: Selection, country: string): Partner[] =>
  selection.partners.filter((v) => v.partner.country === country).map((v) => v.partner);
