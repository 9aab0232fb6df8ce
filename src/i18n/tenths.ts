/** Numbers to a tenth without Intl: only the progress bar writes them (its chunk carries this). */
import { formatCount } from './format.js';
import type { Lang } from './messages.js';

/** Each language's decimal separator, as Intl.NumberFormat gives it. */
const DECIMAL: Readonly<Record<Lang, string>> = { en: '.', ca: ',', es: ',', fr: ',', de: ',', nl: ',', it: ',', pt: ',', da: ',', lt: ',' };

const tenthsFormats = new Map<Lang, Intl.NumberFormat>();

/** A number to a tenth at most ("12.3", "12", "1.234,5"), as Intl.NumberFormat with
 *  maximumFractionDigits 1 reads it, without one for a number from 0 to 2^53 / 10. Like Intl, it
 *  rounds the number's shortest decimal form half away from zero (0.95 reads "1", though the
 *  double is a little under 0.95); anything else goes to one formatter per language. */
export function formatTenths(lang: Lang, n: number): string {
  const decimal = String(n);
  if (Object.hasOwn(DECIMAL, lang) && n >= 0 && n * 10 <= Number.MAX_SAFE_INTEGER && !decimal.includes('e')) {
    const [whole = '0', fraction = ''] = decimal.split('.');
    const tenths = Number(whole) * 10 + Number(fraction[0] ?? '0') + ((fraction[1] ?? '0') >= '5' ? 1 : 0);
    const tenth = tenths % 10;
    return formatCount(lang, (tenths - tenth) / 10) + (tenth ? DECIMAL[lang] + String(tenth) : '');
  }
  let format = tenthsFormats.get(lang);
  if (!format) tenthsFormats.set(lang, (format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })));
  return format.format(n);
}
