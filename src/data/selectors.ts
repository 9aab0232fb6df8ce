/** Pure functions from the model and the element's state to what is drawn and listed. */
import { finish, type Sliced } from './slices.js';
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

/** A partner's role in a project: own keys only, so a project id such as "constructor" or
 *  "tostring" never reads the prototype (`roles.constructor` is Object on a plain object). */
export const roleIn = (partner: Partner, project: string): Role | undefined =>
  Object.prototype.hasOwnProperty.call(partner.roles, project) ? partner.roles[project] : undefined;

/** A partner's note on its role in a project, own keys only (see roleIn). */
export const roleNoteIn = (partner: Partner, project: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(partner.roleNotes, project) ? partner.roleNotes[project] : undefined;

export function visibleProjects(data: Collaborations, ids: readonly string[] | null): Project[] {
  if (ids === null) return [...data.projects];
  const wanted = new Set(ids);
  return data.projects.filter((p) => wanted.has(p.id));
}

/** Everything visible for a state: one pass the layers, legend and popups all share. About the
 *  number of roles in the data, never partners × projects (10k projects, 10k partners: 10k steps). */
export const select = (data: Collaborations, state: ViewState): Selection => finish(selectSteps(data, state));

/** Partners a slice of select (and of the view model): 100,000 partners took 70–100 ms in one go. */
export const PARTNERS_A_SLICE = 4096;

/** select, pausing after each PARTNERS_A_SLICE partners. */
export function* selectSteps(data: Collaborations, state: ViewState): Sliced<Selection> {
  const projects = visibleProjects(data, state.projects);
  // One { project, role } object per pair, shared by every partner in that role (immutable):
  // a network of 100k partners makes 100k role lists, not 100k more objects inside them.
  const index = new Map(projects.map((project, k) => [project.id, k]));
  // Made when first met (by project, then role): 10,000 projects' maps of every role took ~15 ms.
  const pairs: ({ readonly project: Project; readonly role: Role } | undefined)[][] = [];
  const partners: VisiblePartner[] = [];
  let n = 0;
  for (const partner of data.partners) {
    if (++n % PARTNERS_A_SLICE === 0) yield;
    let roles: { readonly project: Project; readonly role: Role }[] | undefined;
    let ordered = true;
    let last = -1;
    const own = partner.roles;
    // Own keys only (Object.keys): a project id such as "constructor" never reads the prototype.
    for (const id of Object.keys(own)) {
      const k = index.get(id);
      const project = k === undefined ? undefined : projects[k];
      const role = own[id];
      const r = role === undefined ? -1 : ROLES.indexOf(role);
      if (k === undefined || !project || role === undefined || r < 0) continue;
      const row = (pairs[k] ??= []);
      const pair = (row[r] ??= { project, role });
      (roles ??= []).push(pair);
      if (k < last) ordered = false;
      last = k;
    }
    // In project order, as the legend lists them (a partner's roles are rarely out of it).
    if (roles && !ordered) roles.sort((a, b) => (index.get(a.project.id) ?? 0) - (index.get(b.project.id) ?? 0));
    if (roles) partners.push({ partner, roles });
  }
  const reach = new Map<string, Project[]>();
  for (const project of projects) {
    for (const code of project.targetMarkets) {
      const list = reach.get(code);
      if (list) list.push(project);
      else reach.set(code, [project]);
    }
  }
  const markets = [...reach].map(([country, ps]) => ({ country, projects: ps }));
  return {
    projects,
    partners,
    markets,
    events: data.events.filter((e) => index.has(e.project)),
    maxReach: markets.reduce((m, x) => Math.max(m, x.projects.length), 0),
  };
}

/** Each visible project's visible members, from each partner's own roles (never partners × projects). */
export function membersBy(partners: readonly VisiblePartner[]): Map<string, Partner[]> {
  const members = new Map<string, Partner[]>();
  for (const { partner, roles } of partners) {
    for (const { project } of roles) {
      const list = members.get(project.id);
      if (list) list.push(partner);
      else members.set(project.id, [partner]);
    }
  }
  return members;
}

/** Whether a visible partner leads one of the visible projects (leads stay marks of their own). */
export const isLead = (v: VisiblePartner): boolean => v.roles.some((r) => r.role === 'lead');

/** Each project's members, in data order, made in one pass over the partners once per model (the
 *  model is immutable): asking for each of 10k projects does not walk 10k partners each time. */
const membersByData = new WeakMap<Collaborations, Map<string, Partner[]>>();
function membersOf(data: Collaborations, project: string): readonly Partner[] {
  let byProject = membersByData.get(data);
  if (!byProject) {
    byProject = new Map();
    for (const p of data.partners) {
      for (const id of Object.keys(p.roles)) {
        const list = byProject.get(id);
        if (list) list.push(p);
        else byProject.set(id, [p]);
      }
    }
    membersByData.set(data, byProject);
  }
  return byProject.get(project) ?? [];
}

/** The members of one project, lead first. */
export function consortium(data: Collaborations, project: Project): Partner[] {
  const members = [...membersOf(data, project.id)];
  return members.sort((a, b) => Number(b.id === project.lead) - Number(a.id === project.lead));
}

/** Each project's centre, once per model: the map's arcs and the inset's both start there, and a
 *  project of 25,000 partners took ~10–25 ms to average each time. */
const centresByData = new WeakMap<Collaborations, Map<string, readonly [number, number] | undefined>>();

/** Where a project's arcs start: the mean position of its consortium (its lead when alone). */
export function consortiumCentre(data: Collaborations, project: Project): readonly [number, number] | undefined {
  let centres = centresByData.get(data);
  if (!centres) centresByData.set(data, (centres = new Map<string, readonly [number, number] | undefined>()));
  if (centres.has(project.id)) return centres.get(project.id);
  const members = membersOf(data, project.id);
  let lon = 0;
  let lat = 0;
  for (const p of members) {
    lon += p.position[0];
    lat += p.position[1];
  }
  const centre = members.length ? ([lon / members.length, lat / members.length] as const) : undefined;
  centres.set(project.id, centre);
  return centre;
}

/** The visible partners in a country, with their roles in the visible projects. */
export const partnersIn = (selection: Selection, country: string): VisiblePartner[] => selection.partners.filter((v) => v.partner.country === country);

/** Everyone who shares one of `projects` (a partner's own) with `partner`, each with the projects
 *  they share, most shared first: one step per member of those projects (each project's members
 *  are kept by project), never partners × projects. */
export function coPartners(
  data: Collaborations,
  partner: Partner,
  projects: readonly Project[] = data.projects.filter((p) => roleIn(partner, p.id)),
): { readonly partner: Partner; readonly projects: Project[] }[] {
  const by = new Map<Partner, Project[]>();
  for (const project of projects) {
    for (const p of membersOf(data, project.id)) {
      if (p === partner) continue;
      const list = by.get(p);
      if (list) list.push(project);
      else by.set(p, [project]);
    }
  }
  return [...by].map(([p, ps]) => ({ partner: p, projects: ps })).sort((a, b) => b.projects.length - a.projects.length);
}

/** For each of `others` that shares members with `project`, those members: one step per role of
 *  the project's members, never members × projects. */
export function sharedMembers(
  data: Collaborations,
  project: Project,
  others: readonly Project[],
): { readonly project: Project; readonly partners: Partner[] }[] {
  const by = new Map<string, Partner[]>();
  for (const p of membersOf(data, project.id)) {
    for (const id of Object.keys(p.roles)) {
      if (id === project.id) continue;
      const list = by.get(id);
      if (list) list.push(p);
      else by.set(id, [p]);
    }
  }
  return others.flatMap((o) => {
    const partners = by.get(o.id);
    return partners ? [{ project: o, partners }] : [];
  });
}
