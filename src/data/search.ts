/** Type-ahead over partners: names, short names, former names and cities, accent-insensitive. */
import type { Partner } from './types.js';

/** Lowercase, without accents: "Liège" and "liege" match, "Fundació" and "fundacio" too. */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface SearchHit {
  readonly partner: Partner;
  /** The text that matched, to show why a result is there (a city, a former name…). */
  readonly matched: string;
}

/** A partner's searchable texts, folded once (a network of 100k is searched on every keystroke). */
interface Folded {
  /** [text as shown, folded, rank]: short name 0, name 1, former names 2, city 3. */
  readonly fields: readonly (readonly [string, string, number])[];
  readonly haystack: string;
}
const folded = new WeakMap<Partner, Folded>();

function foldedOf(partner: Partner): Folded {
  let f = folded.get(partner);
  if (!f) {
    const texts: [string, number][] = [
      [partner.shortName, 0],
      [partner.name, 1],
      ...partner.aliases.map((a): [string, number] => [a, 2]),
      ...(partner.city ? [[partner.city, 3] as [string, number]] : []),
    ];
    const fields = texts.map(([text, rank]) => [text, fold(text), rank] as const);
    f = { fields, haystack: fields.map((x) => x[1]).join(' ') };
    folded.set(partner, f);
  }
  return f;
}

/**
 * Partners matching every word of the query, best first: a short name or name that starts with the
 * query, then a word inside a name, then a city or former name. Ties keep the data's order.
 */
export function searchPartners(partners: readonly Partner[], query: string, limit = 8): SearchHit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const first = words[0];
  if (first === undefined) return [];
  const wordStart = new RegExp(`(^|[\\s(/-])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const scored: { hit: SearchHit; score: number; index: number }[] = [];
  partners.forEach((partner, index) => {
    const { fields, haystack } = foldedOf(partner);
    if (!words.every((w) => haystack.includes(w))) return;
    let best = Infinity;
    let matched = partner.shortName;
    for (const [text, t, rank] of fields) {
      const score = t.startsWith(first) ? rank * 3 : wordStart.test(t) ? rank * 3 + 1 : t.includes(first) ? rank * 3 + 2 : Infinity;
      if (score < best) [best, matched] = [score, text];
    }
    scored.push({ hit: { partner, matched }, score: best, index });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, limit)
    .map((s) => s.hit);
}
