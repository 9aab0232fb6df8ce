/** Intl formatting in the widget's language: country names, partial dates, money, counts. */
import type { Lang } from './messages.js';

const regionNames = new Map<Lang, Intl.DisplayNames>();
/** Names known without Intl (the bundled data's countries, from the build), by language. */
const knownNames = new Map<Lang, ReadonlyMap<string, string>>();

/** Countries' names in `lang` as Intl.DisplayNames gives them, known before it is asked: a page's
 *  first Intl.DisplayNames loads ICU's names (~60–100 ms, the largest single cost of a start). */
export function knowCountryNames(lang: Lang, names: Readonly<Record<string, string>> | undefined): void {
  if (names) knownNames.set(lang, new Map(Object.entries(names)));
}

/** A country's name in `lang`; '' for none (a partner in open sea, with no country given). */
export function countryName(lang: Lang, code: string | undefined): string {
  if (!code) return '';
  const known = knownNames.get(lang)?.get(code);
  if (known !== undefined) return known;
  let names = regionNames.get(lang);
  if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "2018", "2018-06" or "2018-06-21" in words, at the precision the data has. */
export function formatPartialDate(lang: Lang, value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  const precision = d !== undefined ? 2 : m !== undefined ? 1 : 0;
  // One formatter per language and precision: making one per date costs ~0.15 ms, 10k events 1.5 s.
  const key = `${lang} ${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === 2 ? { year: 'numeric', month: 'short', day: 'numeric' } : precision === 1 ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
    dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' })));
  }
  return format.format(date);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDateRange(lang: Lang, start: string | null, end: string | null, unknown: string): string {
  if (!start && !end) return unknown;
  if (start && end && start === end) return formatPartialDate(lang, start);
  return `${start ? formatPartialDate(lang, start) : '?'} – ${end ? formatPartialDate(lang, end) : '?'}`;
}

/** Compact money ("€1.24M", "1,24 M€"): the size matters to a reader, not the cents. */
export function formatMoney(lang: Lang, amount: number, currency: string): string {
  return new Intl.NumberFormat(lang, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 2,
  }).format(amount);
}

const countFormats = new Map<Lang, Intl.NumberFormat>();

/** Each language's digit grouping as Intl.NumberFormat gives it (CLDR): the separator, and the
 *  fewest digits a number has before it is grouped (Spanish and Italian leave four whole). Known
 *  here because a page's first Intl.NumberFormat loads ICU's number data, ~70–130 ms in one task
 *  (test/i18n/format-count.test.ts checks every language against the browser's). */
const GROUPING: Readonly<Record<Lang, readonly [string, number]>> = {
  en: [',', 4],
  ca: ['.', 4],
  es: ['.', 5],
  fr: ['\u202f', 4],
  de: ['.', 4],
  nl: ['.', 4],
  it: ['.', 5],
  pt: ['.', 4],
  da: ['.', 4],
  lt: ['\u00a0', 4],
};

/** A count with the language's digit grouping: a safe whole number (to 2^53) without Intl,
 *  anything else with one formatter per language (they are slow to make). */
export function formatCount(lang: Lang, n: number): string {
  const grouping = Object.hasOwn(GROUPING, lang) ? GROUPING[lang] : undefined;
  if (grouping && Number.isSafeInteger(n) && n >= 0) {
    const digits = String(n);
    const [separator, fewest] = grouping;
    if (digits.length < fewest) return digits;
    return digits.replace(/\B(?=(\d{3})+$)/g, separator);
  }
  let format = countFormats.get(lang);
  if (!format) countFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(n);
}

const compactFormats = new Map<Lang, Intl.NumberFormat>();

/** A count short enough for the inside of a group's mark ("1.2K", "12 mil"). */
export function formatCompact(lang: Lang, n: number): string {
  let format = compactFormats.get(lang);
  if (!format) compactFormats.set(lang, (format = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 })));
  // Whole thousands past 10,000, so the count fits inside its mark ("12K", not "12.3K").
  return format.format(n >= 10000 ? Math.round(n / 1000) * 1000 : n);
}
