/** Lists in words ("Brazil, China, and the United States") without Intl.ListFormat: a page's first
 *  Intl object loads ICU's data, 40–100 ms in one task, and the reach inset's name was the only
 *  use of Intl at start (test/i18n/list.test.ts checks every language against the browser's). */
import type { Lang } from './messages.js';

/** What goes before the last item, as Intl.ListFormat's "and" lists have it in each language. */
const AND: Readonly<Record<Lang, string>> = {
  en: ', and ',
  ca: ' i ',
  es: ' y ',
  fr: ' et ',
  de: ' und ',
  nl: ' en ',
  it: ' e ',
  pt: ' e ',
  da: ' og ',
  lt: ' ir ',
};

/** `items` as one list in words, in `lang`. */
export function listOf(lang: Lang, items: readonly string[]): string {
  const last = items[items.length - 1];
  if (last === undefined || items.length === 1) return last ?? '';
  let and = Object.hasOwn(AND, lang) ? AND[lang] : ', ';
  // Two items take no comma; Spanish says "e" before an "i" sound ("Francia e Italia", but "y hielo").
  if (lang === 'en' && items.length === 2) and = ' and ';
  if (lang === 'es' && /^(?:i|hi(?![ae]))/i.test(last)) and = ' e ';
  return `${items.slice(0, -1).join(', ')}${and}${last}`;
}
