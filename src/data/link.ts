/** References between features, checked once all are read. A reference to what is not in the data
 *  is reported: a role or event that would hang in the air is left out (an error); a lead that is
 *  not one draws no lead ring (a warning: everything given is still drawn). */
import { own, show } from './fields.js';
import type { CollabEvent, DataError, ParseResult, Partner, Project } from './types.js';

/** Checks references between features once all are read; a broken one is reported and dropped. */
export function link(projects: Project[], partners: Partner[], events: CollabEvent[], where: Map<string, number>, errors: DataError[]): ParseResult['data'] {
  const projectIds = new Set(projects.map((p) => p.id));
  // Only events name partners (organisers): the set of 100k ids is made only when one does.
  let ids: Set<string> | undefined;
  const partnerIds = { has: (id: string) => (ids ??= new Set(partners.map((p) => p.id))).has(id) };
  const fail = (id: string, field: string, message: string, warning = false) => {
    const index = where.get(id);
    const at = index === undefined ? '' : `features[${index}]`;
    errors.push(
      warning
        ? { path: `${at}.${field}`, message: `${at} "${id}": warning: ${field} ${message}`, severity: 'warning' }
        : { path: `${at}.${field}`, message: `${at} "${id}": ${field} ${message}` },
    );
  };
  const linkedPartners = partners.map((p) => {
    let known = true;
    for (const k of Object.keys(p.roles)) if (!projectIds.has(k)) known = false;
    if (known) return p;
    const unknown = Object.keys(p.roles).filter((k) => !projectIds.has(k));
    for (const k of unknown) fail(p.id, `properties.roles.${k}`, `names a project that is not in the data; the role is left out`);
    return { ...p, roles: Object.fromEntries(Object.entries(p.roles).filter(([k]) => projectIds.has(k))) };
  });
  // Partners by id, made once: finding each of 10k leads among 10k partners one by one is 100M steps.
  const byId = new Map(linkedPartners.map((x) => [x.id, x]));
  for (const p of projects) {
    if (p.lead === undefined) continue;
    const lead = byId.get(p.lead);
    // Own keys only: a project id such as "constructor" must not read Object.prototype.
    const role = lead ? own(lead.roles, p.id) : undefined;
    if (!lead) fail(p.id, 'properties.lead', `names a partner ${show(p.lead)} that is not in the data`, true);
    else if (role !== 'lead') fail(p.id, 'properties.lead', `names ${show(p.lead)}, whose role in ${show(p.id)} is ${show(role)}, not "lead"`, true);
  }
  const linkedEvents = events
    .filter((e) => {
      if (!projectIds.has(e.project)) {
        fail(e.id, 'properties.project', `names a project ${show(e.project)} that is not in the data; the event is left out`);
        return false;
      }
      for (const o of e.organisers) if (!partnerIds.has(o)) fail(e.id, 'properties.organisers', `names a partner ${show(o)} that is not in the data`);
      return true;
    })
    .map((e) => (e.organisers.every((o) => partnerIds.has(o)) ? e : { ...e, organisers: e.organisers.filter((o) => partnerIds.has(o)) }));
  return { projects, partners: linkedPartners, events: linkedEvents };
}
