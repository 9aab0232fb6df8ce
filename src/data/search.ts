/** Type-ahead over partners: names, short names, former names and cities, accent-insensitive. */
import type { Partner } from './types.js';

/** Lowercase, without accents: "Liège" and "liege" match, "Fundació" and "fundacio" too. */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface SearchHit {
  readonly partner: Partner;
  /** The text that matched, to show why a result is there (a city, a former name…). */
  readonly matched: string;
}

/**
 * Partners matching every word of the query, best first: a short name or name that starts with the
 * query, then a word inside a name, then a city or former name. Ties keep the data's order.
 */
export function searchPartners(partners: readonly Partner[], query: string, limit = 8): SearchHit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const scored: { hit: SearchHit; score: number; index: number }[] = [];
  partners.forEach((partner, index) => {
    const fields: [string, number][] = [
      [partner.shortName, 0],
      [partner.name, 1],
      ...partner.aliases.map((a): [string, number] => [a, 2]),
      [partner.city, 3],
    ];
    const haystack = fields.map(([text]) => fold(text)).join(' ');
    if (!words.every((w) => haystack.includes(w))) return;
    let best = Infinity;
    let matched = partner.shortName;
    for (const [text, rank] of fields) {
      const t = fold(text);
      const first = words[0] ?? '';
      const score = t.startsWith(first) ? rank * 3 : new RegExp(`(^|[\\s(/-])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(t) ? rank * 3 + 1 : t.includes(first) ? rank * 3 + 2 : Infinity;
      if (score < best) [best, matched] = [score, text];
    }
    scored.push({ hit: { partner, matched }, score: best, index });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, limit)
    .map((s) => s.hit);
}
