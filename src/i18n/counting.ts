/** What the language files share to write counts: a plural and digit grouping. */
import { formatCount } from './format.js';
import type { Lang } from './messages.js';

/** Intl objects are slow to make (the first one loads locale data, ~20 ms at start), so the
 *  plural is the rule most of the widget's languages share for whole numbers (one is 1, the rest
 *  take the plural); French and Lithuanian write their own rule in their file. */
export const plural = (n: number, one: string, other: string): string => (n === 1 ? one : other);

/** A count with the language's digit grouping (100,000 · 100.000), through Intl only past 999. */
export const num = (lang: Lang, n: number): string => (Math.abs(n) < 1000 ? String(n) : formatCount(lang, n));
