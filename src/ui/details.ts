/** Details of a partner, project, country or event: Lit templates, so data is always text. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CollabEvent, Collaborations, Partner, Project } from '../data/types.js';
import { consortium, coPartners, partnersIn, roleIn, roleNoteIn, sharedMembers, type Selection, type VisiblePartner } from '../data/selectors.js';
import { countryName, formatCount, formatDateRange, formatMoney } from '../i18n/format.js';
import type { Lang, Messages } from '../i18n/messages.js';
import { isWebUrl } from '../data/web-url.js';
import { isBundled } from '../data/bundled.js';
import type { DetailsTarget } from '../map/map-input.js';
import { vouchersChart } from './vouchers-chart.js';
import { capped, PANEL_LIST_CAP, showMore, type Pager } from './capped.js';
import { joinGiven, typeName } from './partner-text.js';
import { projectKey } from '../graphics/marks.js';
import type { ProjectLook } from '../graphics/colours.js';

export interface DetailsContext {
  readonly data: Collaborations;
  readonly selection: Selection;
  readonly lang: Lang;
  readonly msg: Messages;
  readonly looks: ReadonlyMap<string, ProjectLook>;
  /** Opens other details from inside these (a project named in a partner's roles…). */
  readonly open: (target: DetailsTarget) => void;
  /** Fits the map to a project's consortium and markets. */
  readonly focusProject: (project: Project) => void;
  /** Whether a partner's links to its co-partners are drawn, and the toggle that draws them. */
  readonly links?: { readonly shown: boolean; readonly toggle: () => void };
  /** A partner's projects, paged: how many are listed, and "Show 100 more". */
  readonly pager?: Pager;
}

/** "…and N more" after a long list's first items. */
const more = (ctx: DetailsContext) => (n: number) => ctx.msg.moreItems(formatCount(ctx.lang, n));

/** The last item of a paged list: how many more, and the button that shows the next ones. */
const pagedItem = (ctx: DetailsContext, pager: Pager) => (text: string, n: number) => html`<li class="more">${text}${showMore(ctx.msg, n, pager)}</li>`;

/** A project's key (its shape in its colour) before its name. */
const key = (look: ProjectLook | undefined) => projectKey(look?.colour ?? '#666', look?.shape ?? 0);

/** A partner's name as a button that opens its details (`id`: marked with the partner's id; the
 *  map's marks carry theirs too, so only a country's or a group's list does). */
const partnerDoor = (ctx: DetailsContext, p: Partner, id?: boolean) => {
  const open = () => ctx.open({ kind: 'partner', partner: p });
  return html`<button type="button" class="link-button" data-partner=${id ? p.id : nothing} @click=${open}>${p.shortName}</button>`;
};

/** A project's name as a button that opens its details. */
const projectDoor = (ctx: DetailsContext, p: Project) =>
  html`<button type="button" class="project link-button" @click=${() => ctx.open({ kind: 'project', project: p })}>${p.name}</button>`;

/** Names as buttons, comma separated: the first few, then how many more (a hub in 10k projects). */
const doors = <T>(ctx: DetailsContext, items: readonly T[], door: (ctx: DetailsContext, item: T) => unknown, cap = 12) => [
  items.slice(0, cap).map((x, i) => html`${i ? ', ' : ''}${door(ctx, x)}`),
  items.length > cap ? ` ${more(ctx)(items.length - cap)}` : '',
];

/** A partner's name as a button, then what else is given ("UT3 · lead · Toulouse"). */
const partnerItem = (ctx: DetailsContext, p: Partner, ...parts: (string | undefined)[]) => {
  const rest = joinGiven(' · ', ...parts);
  return html`<li>${partnerDoor(ctx, p)}${rest ? ` · ${rest}` : ''}</li>`;
};

/** A link, only if http(s) (the validator already refused others; this guards custom callers). */
function link(url: string | undefined, label: string): TemplateResult | typeof nothing {
  if (!url || !isWebUrl(url)) return nothing;
  const text = new URL(url).hostname.replace(/^www\./, '');
  return html`<p class="link"><a href=${url} target="_blank" rel="noopener noreferrer" aria-label=${`${label}: ${text}`}>${text} ↗</a></p>`;
}

const notes = (ctx: DetailsContext, items: readonly string[]) =>
  items.length
    ? html`<details class="notes">
        <summary>${ctx.msg.notes} (${items.length})</summary>
        <ul>
          ${capped(
            items,
            (n) => html`<li lang=${isBundled(ctx.data) ? 'en' : nothing}>${n}</li>`,
            (n) => ctx.msg.moreItems(formatCount(ctx.lang, n)),
          )}
        </ul>
      </details>`
    : nothing;

/** " (country derived from the location)" after a country the data did not give. */
const derived = (ctx: DetailsContext, of: Pick<Partner, 'countryDerived'>): string => (of.countryDerived ? ` (${ctx.msg.countryDerived})` : '');

export function partnerDetails(ctx: DetailsContext, partner: Partner): TemplateResult {
  const { msg, data } = ctx;
  const roles = data.projects.filter((p) => roleIn(partner, p.id));
  // "University · Barcelona, Catalonia, Spain": what the data gives, never "undefined".
  const where = joinGiven(', ', partner.city, partner.region);
  const head = joinGiven(' · ', typeName(msg, partner.type), where);
  const { country } = partner;
  return html`<article class="details" lang=${ctx.lang}>
    <h3 id="details-title" tabindex="-1">${partner.shortName !== partner.name ? partner.shortName : partner.name}</h3>
    ${partner.shortName !== partner.name ? html`<p class="full">${partner.name}</p>` : nothing}
    <p class="meta">
      ${head}${head && country ? (where ? ', ' : ' · ') : ''}${
        country
          ? html`<button type="button" class="link-button" data-country=${country} @click=${() => ctx.open({ kind: 'country', country })}>
                ${countryName(ctx.lang, country)}</button
              >${derived(ctx, partner)}`
          : nothing
      }
    </p>
    <ul class="roles">
      ${capped(
        roles,
        (p) => {
          const role = roleIn(partner, p.id);
          const note = roleNoteIn(partner, p.id);
          return html`<li>
            ${key(ctx.looks.get(p.id))}${projectDoor(ctx, p)}
            <span class="role">${role ? msg.roles[role] : ''}</span>${note ? html`<span class="role-note">${note}</span>` : nothing}
          </li>`;
        },
        more(ctx),
        ctx.pager?.shown,
        ctx.pager && pagedItem(ctx, ctx.pager),
      )}
    </ul>
    ${coPartnerList(ctx, partner, roles)} ${partner.summary ? html`<p class="summary">${partner.summary}</p>` : nothing} ${link(partner.url, msg.website)}
    ${notes(ctx, partner.notes)}
  </article>`;
}

/** Who a partner works with: each co-partner (a button) with the projects they share, and the
 *  toggle that draws the links to them on the map. */
function coPartnerList(ctx: DetailsContext, partner: Partner, projects: readonly Project[]): TemplateResult | typeof nothing {
  const co = coPartners(ctx.data, partner, projects);
  if (!co.length) return nothing;
  const names = (ps: readonly Project[]) =>
    ps
      .slice(0, 3)
      .map((p) => p.name)
      .join(', ') + (ps.length > 3 ? ', …' : '');
  return html`<p class="label">${ctx.msg.worksWith(co.length, new Set(co.flatMap((c) => c.projects)).size)}</p>
    ${ctx.links ? html`<p><button type="button" class="action" aria-pressed=${ctx.links.shown} @click=${ctx.links.toggle}>${ctx.msg.showLinks}</button></p>` : nothing}
    <ul class="plain">
      ${capped(co, (c) => partnerItem(ctx, c.partner, names(c.projects)), more(ctx))}
    </ul>`;
}

export function projectDetails(ctx: DetailsContext, project: Project): TemplateResult {
  const { msg, lang } = ctx;
  const members = consortium(ctx.data, project);
  const lead = members.find((p) => p.id === project.lead);
  const events = ctx.data.events.filter((e) => e.project === project.id);
  return html`<article class="details" lang=${lang}>
    <h3 id="details-title" tabindex="-1">${key(ctx.looks.get(project.id))}${project.name}</h3>
    ${project.fullName ? html`<p class="full">${project.fullName}</p>` : nothing}
    <dl>
      ${
        project.programme
          ? html`<dt>${msg.programme}</dt>
              <dd>${project.programme}</dd>`
          : nothing
      }
      <dt>${msg.dates}</dt>
      <dd>${formatDateRange(lang, project.start, project.end, msg.datesUnknown)}</dd>
      ${
        lead
          ? html`<dt>${msg.lead}</dt>
              <dd>${lead.shortName}${lead.city ? ` (${lead.city})` : ''}</dd>`
          : nothing
      }
      <dt>${msg.consortium}</dt>
      <dd>${msg.partners(members.length)}</dd>
      ${
        project.funding
          ? html`<dt>${msg.funding}</dt>
              <dd>
                ${formatMoney(lang, project.funding.amount, project.funding.currency)}${project.funding.purpose ? html` — ${project.funding.purpose}` : nothing}
              </dd>`
          : nothing
      }
    </dl>
    <p class="label">${msg.members}</p>
    <ul class="plain">
      ${capped(
        members,
        (p) => {
          const role = roleIn(p, project.id);
          return partnerItem(ctx, p, role && msg.roles[role], p.city);
        },
        more(ctx),
      )}
    </ul>
    <ul class="plain">
      ${capped(
        sharedMembers(ctx.data, project, ctx.selection.projects),
        (s) => html`<li>${key(ctx.looks.get(s.project.id))}${msg.sharesWith(s.partners.length, s.project.name)}: ${doors(ctx, s.partners, partnerDoor)}</li>`,
        more(ctx),
      )}
    </ul>
    ${project.vouchers.length ? vouchersChart(project.vouchers, ctx.looks.get(project.id)?.colour ?? '#666', lang, msg) : nothing}
    ${project.summary ? html`<p class="summary">${project.summary}</p>` : nothing}
    ${
      project.targetMarkets.length
        ? html`<p class="label">${msg.targetMarkets}</p>
            <ul class="chips">
              ${capped(
                project.targetMarkets,
                (c) =>
                  html`<li>
                    <button type="button" class="link-button" @click=${() => ctx.open({ kind: 'country', country: c })}>${countryName(lang, c)}</button>
                  </li>`,
                more(ctx),
              )}
            </ul>`
        : nothing
    }
    ${
      events.length
        ? html`<ul class="events">
            ${capped(events, (e) => html`<li>◆ ${e.name} — ${joinGiven(', ', e.city, formatDateRange(lang, e.start, e.end, msg.datesUnknown))}</li>`, more(ctx))}
          </ul>`
        : nothing
    }
    <p><button type="button" class="action" data-focus-project=${project.id} @click=${() => ctx.focusProject(project)}>${msg.showProject}</button></p>
    ${link(project.url, msg.website)} ${notes(ctx, project.notes)}
  </article>`;
}

/** Partners a country's details name: a panel, not a table; with thousands in one country, the list view pages them. */
export const COUNTRY_PARTNERS_SHOWN = 50;

export function countryDetails(ctx: DetailsContext, country: string): TemplateResult {
  const { msg, lang } = ctx;
  const market = ctx.selection.markets.find((m) => m.country === country);
  const here = partnersIn(ctx.selection, country);
  return html`<article class="details" lang=${lang}>
    <h3 id="details-title" tabindex="-1">${countryName(lang, country)}</h3>
    ${
      market
        ? html`<p class="label">${msg.targetedBy}</p>
            <ul class="roles">
              ${capped(market.projects, (p) => html`<li>${key(ctx.looks.get(p.id))}${projectDoor(ctx, p)}<span class="role">${p.programme}</span></li>`, more(ctx))}
            </ul>`
        : nothing
    }
    <p class="label">${msg.partnersHere}</p>
    ${here.length ? partnerList(ctx, here, here.length) : html`<p class="meta">${msg.noPartnersHere}</p>`}
  </article>`;
}

/** The first partners as buttons that open their details (short name · city · their projects, each
 *  a button), then how many of `total` are not listed. */
export function partnerList(ctx: DetailsContext, visible: readonly VisiblePartner[], total: number): TemplateResult {
  const partners = visible.slice(0, COUNTRY_PARTNERS_SHOWN);
  const more = total - partners.length;
  return html`<ul class="plain">
      ${partners.map(
        ({ partner, roles }) =>
          html`<li>
            ${partnerDoor(ctx, partner, true)}${partner.city ? ` · ${partner.city}` : ''} ·
            ${doors(
              ctx,
              roles.map((r) => r.project),
              projectDoor,
              3,
            )}
          </li>`,
      )}
    </ul>
    ${more > 0 ? html`<p class="meta more-partners">${ctx.msg.morePartnersHere(formatCount(ctx.lang, more))}</p>` : nothing}`;
}

export function eventDetails(ctx: DetailsContext, event: CollabEvent): TemplateResult {
  const { msg, lang } = ctx;
  const project = ctx.data.projects.find((p) => p.id === event.project);
  // Partners by id once, not a search of every partner per organiser (30k organisers × 100k partners).
  const byId = new Map(event.organisers.length ? ctx.data.partners.map((p) => [p.id, p]) : []);
  const organisers = event.organisers.flatMap((id) => byId.get(id)?.shortName ?? []);
  return html`<article class="details" lang=${lang}>
    <h3 id="details-title" tabindex="-1">${key(ctx.looks.get(event.project))}${event.name}</h3>
    <p class="meta">
      ${msg.event} ·
      ${project ? html`<button type="button" class="link-button" @click=${() => ctx.open({ kind: 'project', project })}>${project.name}</button>` : event.project}
    </p>
    <dl>
      <dt>${msg.dates}</dt>
      <dd>${formatDateRange(lang, event.start, event.end, msg.datesUnknown)}</dd>
      ${
        event.participants
          ? html`<dt>${msg.participants}</dt>
              <dd>${event.participants.atLeast ? msg.atLeast(formatCount(lang, event.participants.count)) : formatCount(lang, event.participants.count)}</dd>`
          : nothing
      }
      ${
        organisers.length
          ? html`<dt>${msg.organisers}</dt>
              <dd>
                ${organisers.slice(0, PANEL_LIST_CAP).join(', ')} ${organisers.length > PANEL_LIST_CAP ? more(ctx)(organisers.length - PANEL_LIST_CAP) : ''}
              </dd>`
          : nothing
      }
    </dl>
    <p class="meta">${joinGiven(', ', event.city, countryName(lang, event.country))}${derived(ctx, event)}</p>
    ${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing} ${notes(ctx, event.notes)}
  </article>`;
}
