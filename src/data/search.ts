/** What the search box shows (its results, at start) and the folding every search uses. The
 *  search itself, over everything the data names, is a chunk: search-everything.ts. */

/** Lowercase, without accents: "Liège" and "liege" match, "Fundació" and "fundacio" too. */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The kinds of result, in the order their groups come when they match equally well. */
export const SEARCH_KINDS = ['partner', 'project', 'event', 'country'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  readonly kind: SearchKind;
  /** The partner's, project's or event's id; the country's ISO code. */
  readonly id: string;
  readonly name: string;
  /** Where it is (a partner's or event's city and country) or a project's programme. */
  readonly meta: string;
  /** The text that matched, to show why a result is there (a region, a former name…). */
  readonly matched: string;
  /** A project the filters hide that this result belongs to: choosing it shows that project again. */
  readonly show?: string;
}
