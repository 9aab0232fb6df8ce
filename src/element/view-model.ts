import { PARTNERS_A_SLICE, selectSteps, type Selection } from '../data/selectors.js';
import { finish, type Sliced } from '../data/slices.js';
import type { Collaborations, LayerName, ParseResult, Partner } from '../data/types.js';
import type { ProjectLook } from '../graphics/colours.js';
import { dashOf } from '../graphics/colours.js';
import { shapeOf } from '../graphics/shapes.js';

/**
 * What the element shows, derived once per data × project filter × language: the selection, each
 * project's look, counts for the toggles and the summary, and partners by id.
 * Made again only when one of those changes: at 100k partners the selection is worth keeping (the
 * clustering index and the sorted list are keyed on it).
 */
export interface ViewModel {
  readonly parsed: ParseResult;
  readonly data: Collaborations;
  readonly selection: Selection;
  /** Project id → colour, shape and dashes. */
  readonly looks: Map<string, ProjectLook>;
  /** Partners per project (all of the data, not only the visible ones): the toggles show them. */
  readonly counts: Map<string, number>;
  /** How many countries the visible partners are in. */
  readonly countries: number;
  partner(id: string): Partner | undefined;
}

export interface ViewModelInput {
  readonly parsed: ParseResult;
  readonly projects: readonly string[] | null;
  readonly layers: readonly LayerName[];
  /** A project's colour as the page styles it (`--partner-map-color-<id>`), else the palette's. */
  readonly colour: (id: string, index: number) => string;
}

export const viewModel = (input: ViewModelInput): ViewModel => finish(viewModelSteps(input));

/** viewModel, pausing every few thousand partners (see PARTNERS_A_SLICE). */
export function* viewModelSteps({ parsed, projects, layers, colour }: ViewModelInput): Sliced<ViewModel> {
  const data = parsed.data;
  const selection = yield* selectSteps(data, { projects, layers });
  const looks = new Map(data.projects.map((p, i) => [p.id, { colour: colour(p.id, i), shape: shapeOf(i), dash: dashOf(i) }]));
  const counts = new Map(data.projects.map((p) => [p.id, 0]));
  let n = 0;
  for (const x of data.partners) {
    if (++n % PARTNERS_A_SLICE === 0) yield;
    for (const id of Object.keys(x.roles)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const countries = new Set<string>();
  for (const { partner } of selection.partners) if (partner.country !== undefined) countries.add(partner.country);
  let byId: Map<string, Partner> | undefined;
  return {
    parsed,
    data,
    selection,
    looks,
    counts,
    countries: countries.size,
    partner: (id) => (byId ??= new Map(data.partners.map((p) => [p.id, p]))).get(id),
  };
}
