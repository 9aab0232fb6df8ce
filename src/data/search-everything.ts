/**
 * Search over everything the data names (issue #15), in a chunk of its own fetched when the search
 * box is first used: partners (short names, names, former names, cities, regions, countries in the
 * language shown, types), projects (names, full names, programmes), events (names, cities) and
 * countries (the partners' and the target markets'). Accents and case are folded in every language.
 * Partners, projects and events of projects the filters hide are found too, and say which project
 * to show again; those of projects the embed does not offer (`projects` at the start, a partner's
 * view) are not.
 */
import { countryName } from '../i18n/format.js';
import type { Lang, Messages } from '../i18n/messages.js';
import { joinGiven, typeName } from '../ui/partner-text.js';
import { fold, SEARCH_KINDS, type SearchHit, type SearchKind } from './search.js';
import type { Collaborations, Project } from './types.js';

export interface SearchContext {
  readonly data: Collaborations;
  /** The projects the toggles offer, and those of them shown (the rest the filters hide). */
  readonly offered: readonly Project[];
  readonly visible: readonly Project[];
  readonly lang: Lang;
  readonly msg: Messages;
}

/** Results per kind: a few of each, so that every kind that matches is in sight. */
const LIMITS: Record<SearchKind, number> = { partner: 8, project: 5, event: 5, country: 5 };

interface Entry {
  readonly kind: SearchKind;
  readonly id: string;
  readonly name: string;
  readonly meta: string;
  /** The projects it belongs to (none for a country: it is never hidden). */
  readonly projects: readonly string[];
  /** [text as shown, folded, rank]: the lower the rank, the better a match in it. */
  readonly fields: readonly (readonly [string, string, number])[];
  readonly haystack: string;
}

function entry(kind: SearchKind, id: string, name: string, meta: string, projects: readonly string[], texts: readonly [string | undefined, number][]): Entry {
  const fields = texts.flatMap(([text, rank]) => (text ? [[text, fold(text), rank] as const] : []));
  return { kind, id, name, meta, projects, fields, haystack: fields.map((f) => f[1]).join('\n') };
}

/** Everything searchable, folded once per data and language: each keystroke only compares. */
const indexes = new WeakMap<Collaborations, Map<Lang, Entry[]>>();

function indexOf(data: Collaborations, lang: Lang, msg: Messages): Entry[] {
  let byLang = indexes.get(data);
  if (!byLang) indexes.set(data, (byLang = new Map<Lang, Entry[]>()));
  let index = byLang.get(lang);
  if (index) return index;
  // Country names from the few codes there are, not one Intl lookup per partner.
  const names = new Map<string, string>();
  const country = (code: string | undefined): string => {
    if (!code) return '';
    let name = names.get(code);
    if (name === undefined) names.set(code, (name = countryName(lang, code)));
    return name;
  };
  index = [
    ...data.partners.map((p) =>
      entry('partner', p.id, p.shortName, joinGiven(', ', p.city, country(p.country)), Object.keys(p.roles), [
        [p.shortName, 0],
        [p.name, 1],
        ...p.aliases.map((a): [string, number] => [a, 2]),
        [p.city, 3],
        [p.region, 3],
        [country(p.country), 4],
        [typeName(msg, p.type), 5],
      ]),
    ),
    ...data.projects.map((p) =>
      entry(
        'project',
        p.id,
        p.name,
        p.programme ?? '',
        [p.id],
        [
          [p.name, 0],
          [p.fullName, 1],
          [p.programme, 2],
        ],
      ),
    ),
    ...data.events.map((e) =>
      entry(
        'event',
        e.id,
        e.name,
        joinGiven(', ', e.city, country(e.country)),
        [e.project],
        [
          [e.name, 0],
          [e.city, 3],
        ],
      ),
    ),
    ...[...new Set([...data.partners.flatMap((p) => p.country ?? []), ...data.projects.flatMap((p) => p.targetMarkets)])].map((code) =>
      entry('country', code, country(code), '', [], [[country(code), 0]]),
    ),
  ];
  byLang.set(lang, index);
  return index;
}

/** The last search: a render asks for the hits several times (the list, the keys, the count). */
let last: { index: Entry[]; offered: readonly Project[]; visible: readonly Project[]; query: string; hits: SearchHit[] } | undefined;

/**
 * What matches every word of the query, grouped by kind (the group with the best match first),
 * best first in each: a name that starts with the query, then a word inside a name, then a city,
 * region or former name; ties keep the data's order. One pass over the index: linear in the data.
 */
export function searchEverything({ data, offered, visible, lang, msg }: SearchContext, query: string): SearchHit[] {
  const index = indexOf(data, lang, msg);
  if (last && last.index === index && last.offered === offered && last.visible === visible && last.query === query) return last.hits;
  const words = fold(query).split(/\s+/).filter(Boolean);
  const first = words[0];
  const shown = new Set(visible.map((p) => p.id));
  const offers = new Set(offered.map((p) => p.id));
  const found = new Map<SearchKind, { e: Entry; score: number; matched: string }[]>();
  if (first !== undefined) {
    const wordStart = new RegExp(`(^|[\\s(/,.'’-])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    for (const e of index) {
      if (!words.every((w) => e.haystack.includes(w))) continue;
      if (e.projects.length && !e.projects.some((id) => offers.has(id))) continue;
      let score = Infinity;
      let matched = e.name;
      for (const [text, t, rank] of e.fields) {
        const s = t.startsWith(first) ? rank * 3 : wordStart.test(t) ? rank * 3 + 1 : t.includes(first) ? rank * 3 + 2 : Infinity;
        if (s < score) [score, matched] = [s, text];
      }
      let group = found.get(e.kind);
      if (!group) found.set(e.kind, (group = []));
      group.push({ e, score, matched });
    }
  }
  const groups = SEARCH_KINDS.flatMap((kind) => {
    const group = found.get(kind);
    // A stable sort: equal scores keep the data's order.
    return group ? [{ kind, rows: group.sort((a, b) => a.score - b.score).slice(0, LIMITS[kind]) }] : [];
  });
  groups.sort((a, b) => (a.rows[0]?.score ?? 0) - (b.rows[0]?.score ?? 0));
  const hits = groups.flatMap(({ rows }) =>
    rows.map(({ e, matched }): SearchHit => {
      const show = e.projects.some((id) => shown.has(id)) ? undefined : e.projects.find((id) => offers.has(id));
      return { kind: e.kind, id: e.id, name: e.name, meta: e.meta, matched, ...(show ? { show } : {}) };
    }),
  );
  last = { index, offered, visible, query, hits };
  return hits;
}
