/**
 * The widget's languages at run time. English is in the start bundle (the fallback); every other
 * language is a chunk of its own (dist/partner-map-locale-<lang>.js), with its messages and the
 * bundled data's texts in it, fetched the first time a widget on the page asks for it.
 */
import { loaders } from '../generated/locales.js';
import type { Lang, Locale } from './messages.js';
import { messages as en } from './locales/en.js';
import { countryNames } from '../generated/country-names.js';
import { knowCountryNames } from './format.js';

/** English: always here, the fallback of every text. */
export const english: Locale = { messages: en, texts: [], countryNames };
knowCountryNames('en', countryNames);

const loaded = new Map<Lang, Locale>([['en', english]]);
const pending = new Map<Lang, Promise<Locale | undefined>>();
const failed = new Set<Lang>();

/** The language, if its chunk is here. */
export const loadedLocale = (lang: Lang): Locale | undefined => loaded.get(lang);

/** Its chunk did not load: English stands in for it for the rest of the page. */
export const localeFailed = (lang: Lang): boolean => failed.has(lang);

/** Fetches a language's chunk once per page; undefined (and a warning) when it cannot be had. */
export function loadLocale(lang: Lang): Promise<Locale | undefined> {
  const here = loaded.get(lang);
  if (here) return Promise.resolve(here);
  let load = pending.get(lang);
  if (!load) {
    const loader = (loaders as Partial<Record<Lang, () => Promise<Locale>>>)[lang];
    load = (loader ? loader() : Promise.reject(new Error(`no chunk for ${lang}`))).then(
      (locale) => {
        loaded.set(lang, locale);
        knowCountryNames(lang, locale.countryNames);
        return locale;
      },
      (error: unknown) => {
        failed.add(lang);
        console.warn(`partner-map: the "${lang}" language (partner-map-locale-${lang}.js, beside partner-map.js) could not be loaded; showing English`, error);
        return undefined;
      },
    );
    pending.set(lang, load);
  }
  return load;
}
