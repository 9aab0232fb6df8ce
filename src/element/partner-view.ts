/**
 * An embed's point of view: the projects it offers (its own `projects`, and only those of its
 * `partner`), the partner it speaks for, and the ids it names that the data does not have.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Collaborations, DataError, Partner, Project } from '../data/types.js';
import type { Messages } from '../i18n/messages.js';

/** Ids an embed or a script named that the data does not have, and the ids there are. */
export interface IdProblem {
  readonly path: 'projects' | 'partner';
  readonly ids: readonly string[];
  readonly known: readonly string[];
  /** What named them: the `projects` or `partner` attribute, or a method. */
  readonly source: string;
}

export interface PartnerView {
  /** The partner named by `partner`, when the data has it. */
  readonly partner: Partner | undefined;
  /** The projects the toggles offer, in the data's order. */
  readonly offered: readonly Project[];
  /** Ids of the projects shown (for the selectors); null: every project of the data. */
  readonly shown: readonly string[] | null;
  /** Ids named by `projects` and `partner` that the data does not have. */
  readonly problems: readonly IdProblem[];
}

const problem = (data: Collaborations, source: string, path: IdProblem['path'], ids: readonly string[]): IdProblem => ({
  path,
  ids,
  known: (path === 'projects' ? data.projects : data.partners).map((x) => x.id),
  source,
});

/**
 * What an embed shows: `offer` is the host's `projects` (null: all), `projects` the current one
 * (the toggles' state; null: all offered), `partner` the id of the organisation it speaks for.
 * A host's `projects` that names no project there is (empty, or only unknown ids) limits nothing:
 * every toggle is offered, none is on, and the visitor can still choose.
 */
export function partnerView(data: Collaborations, offer: readonly string[] | null, projects: readonly string[] | null, partnerId: string | null): PartnerView {
  const known = data.projects.map((p) => p.id);
  // No partner named: no pass over the partners (100,000 of them at every update).
  const partner = partnerId === null ? undefined : data.partners.find((p) => p.id === partnerId);
  const limit = offer?.some((id) => known.includes(id)) && offer;
  const offered = data.projects.filter((p) => (!limit || limit.includes(p.id)) && (!partner || p.id in partner.roles));
  const ids = offered.map((p) => p.id);
  const unknown = [...new Set([...(offer ?? []), ...(projects ?? [])])].filter((id) => !known.includes(id));
  return {
    partner,
    offered,
    shown: projects ? ids.filter((id) => projects.includes(id)) : offered.length < known.length ? ids : null,
    problems: [
      ...(unknown.length ? [problem(data, 'projects', 'projects', unknown)] : []),
      ...(partnerId && !partner ? [problem(data, 'partner', 'partner', [partnerId])] : []),
    ],
  };
}

/** The title: the host's `heading`, else the partner's view's, else the widget's own. */
export const titleOf = (msg: Messages, heading: string | null | undefined, view: PartnerView): string =>
  heading || (view.partner ? msg.partnerTitle(view.partner.shortName) : msg.title);

/** A problem in the words of the data-error event (English, like the validator's). */
export function idError(p: IdProblem): DataError {
  const what = p.path === 'projects' ? 'project' : 'partner';
  const ids = p.ids.map((id) => `"${id}"`).join(', ');
  return {
    path: p.path,
    message: `${p.source === p.path ? `${p.source} ${ids}` : `${p.source}(${ids})`}: no such ${what} in the data; the ${what} ids are: ${p.known.join(', ')}`,
  };
}

/**
 * The element's side of it: keeps apart who set `projects` (the host, whose value decides which
 * toggles are offered, or the widget itself: a toggle, a link restored from the URL), reports each
 * new set of unknown ids once, and the last method call's unknown id until a call succeeds.
 */
export class PartnerViewState {
  /** The view as last worked out. */
  view: PartnerView = { partner: undefined, offered: [], shown: null, problems: [] };
  /** The host's `projects`: null offers every project. */
  #offer: readonly string[] | null = null;
  /** The value the widget set last: a different value was set by the host. */
  #own: readonly string[] | null = null;
  #data: Collaborations = { projects: [], partners: [], events: [] };
  #partner: string | null = null;
  /** The attributes' problems as last reported, and the last method call's. */
  #reported = '';
  #call: IdProblem | undefined;

  constructor(private readonly emit: (errors: readonly DataError[]) => void) {}

  /** Works the view out from the element's `projects` and `partner` (the host may have set
   *  `projects` since); unknown ids are reported once the data is here (`settled`). */
  update(data: Collaborations, projects: readonly string[] | null, partner: string | null, settled: boolean): PartnerView {
    this.#sync(projects);
    [this.#data, this.#partner] = [data, partner];
    const view = (this.view = partnerView(data, this.#offer, projects, partner));
    const key = JSON.stringify(view.problems);
    if (settled && key !== this.#reported) {
      this.#reported = key;
      if (view.problems.length) this.emit(view.problems.map(idError));
    }
    return view;
  }

  /** The widget sets `projects` (a link restored): call with the value it is about to set. */
  setOwn(current: readonly string[] | null, next: readonly string[] | null): void {
    this.#sync(current);
    this.#own = next;
  }

  /** The visitor toggles a project: the `projects` to set (the host's own value once every offered
   *  project is on again, so an embed limited to some projects stays so), and the ids then shown. */
  toggle(current: readonly string[] | null, id: string): { projects: string[] | null; shown: string[] } {
    this.#sync(current);
    // From `projects` as it is now: toggles clicked in a row come before the next update.
    const view = partnerView(this.#data, this.#offer, current, this.#partner);
    const offered = view.offered.map((p) => p.id);
    // A set: a network of 10,000 projects must not make this quadratic.
    const on = new Set(view.shown ?? offered);
    const shown = on.has(id) ? offered.filter((p) => p !== id && on.has(p)) : offered.filter((p) => p === id || on.has(p));
    const projects = shown.length < offered.length ? shown : this.#offer && offered.length < this.#data.projects.length ? [...this.#offer] : null;
    this.#own = projects;
    return { projects, shown };
  }

  /** A method named an id (`selectPartner`, `focusProject`): an unknown one is reported and
   *  shown until a call names a known one. */
  called(method: string, path: IdProblem['path'], id: string, found: boolean): void {
    this.#call = found ? undefined : problem(this.#data, method, path, [id]);
    if (this.#call) this.emit([idError(this.#call)]);
  }

  /** The unknown ids, as the widget says them in the visitor's language. */
  message(msg: Messages): TemplateResult | typeof nothing {
    const problems = this.#call ? [...this.view.problems, this.#call] : this.view.problems;
    return problems.length
      ? html`<div class="errors id-problems" role="alert">
          ${problems.map((p) => html`<p data-path=${p.path}>${msg.unknownIds(msg.kinds[p.path === 'projects' ? 'project' : 'partner'], p.ids, p.known)}</p>`)}
        </div>`
      : nothing;
  }

  #sync(projects: readonly string[] | null): void {
    if (projects !== this.#own) [this.#offer, this.#own] = [projects, projects];
  }
}
