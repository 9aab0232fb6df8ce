// The ten languages, as a partner's webmaster would set them: `lang="fr"` on the element gives a
// French widget (interface, country names, the bundled data's texts), and the page downloads that
// language's chunk and no other. English is in the start bundle; every other language is fetched.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { LANGS, type Lang, type Messages } from '../../src/i18n/messages.js';
import { messages as en } from '../../src/i18n/locales/en.js';
import { loadLocale } from '../../src/i18n/load.js';
import { parseCollaborations } from '../../src/data/parse.js';
import { bundledData } from '../../src/generated/bundled-data.js';
import { cleanup, listShown, mountMap, settle, shadow, waitFor } from '../helpers.js';

/** The language each module a page fetches belongs to (the chunk, or in the test server its sources). */
const languageOf = (url: string): string | undefined => /\/(?:locale-|locales\/)([a-z]{2,3})\.(?:js|ts)\b/.exec(url)?.[1];

/** Every module the page fetches from now on, as the browser reports it. */
function watchFetches(): { languages: () => string[]; stop: () => void } {
  const urls: string[] = [];
  const observer = new PerformanceObserver((list) => urls.push(...list.getEntries().map((e) => e.name)));
  observer.observe({ type: 'resource' });
  return {
    languages: () => [...new Set(urls.flatMap((u) => languageOf(u) ?? []))].sort(),
    stop: () => observer.disconnect(),
  };
}

/** Each string the interface shows, by its place in the messages (functions left out). */
function strings(m: Messages | Record<string, unknown>, at = ''): [string, string][] {
  return Object.entries(m).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? [[`${at}${k}`, v]] : typeof v === 'object' && v !== null ? strings(v as Record<string, unknown>, `${at}${k}.`) : [],
  );
}

/** A format's name, the same in every language. */
const FORMATS = ['PNG (2×)'];

/** Words that are the same in English and in a language (the only English a widget in it may show). */
const SAME_AS_ENGLISH: Record<Lang, readonly string[]> = {
  en: [],
  ca: [...FORMATS, 'Dates', 'Notes', 'Participants', 'hospital'],
  es: [...FORMATS, 'hospital'],
  fr: [...FORMATS, 'Programme', 'Programmes', 'Dates', 'Notes', 'Participants', 'Consortium', 'consortium', 'Type', 'Impact'],
  de: [...FORMATS, 'Website', 'Name', 'Partner'],
  nl: [...FORMATS, 'Website', 'Consortium', 'consortium', 'Consortia', 'Filters', 'SVG (vector)', 'Partner', 'partner', 'Project', 'Impact'],
  it: [...FORMATS, 'Partner', 'partner'],
  pt: [...FORMATS, 'hospital'],
  da: [...FORMATS, 'Type', 'Partner', 'partner', 'hospital', 'Start'],
  lt: FORMATS,
};

/** The English strings a widget in `lang` must not show: all but the words the two share. */
const english = (lang: Lang): Set<string> => new Set(strings(en).flatMap(([, text]) => (SAME_AS_ENGLISH[lang].includes(text) ? [] : [text])));

/** Every text a visitor or a screen reader meets in the widget: text nodes and the attributes read aloud. */
function shownTexts(el: PartnerMap): string[] {
  const root = shadow(el);
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.trim()) texts.push(node.textContent.trim());
  for (const element of root.querySelectorAll('*'))
    for (const name of ['aria-label', 'aria-roledescription', 'placeholder', 'title']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value.trim());
    }
  return texts;
}

const countryIn = (lang: Lang, code: string) => new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;

/** Copenhagen, as each language writes it (Biopeople's city): the data's own translations. */
const COPENHAGEN: Record<Lang, string> = {
  en: 'Copenhagen',
  ca: 'Copenhaguen',
  es: 'Copenhague',
  fr: 'Copenhague',
  de: 'Kopenhagen',
  nl: 'Kopenhagen',
  it: 'Copenaghen',
  pt: 'Copenhaga',
  da: 'København',
  lt: 'Kopenhaga',
};

describe('languages: each of the ten, downloaded alone', function () {
  this.timeout(20000);
  afterEach(cleanup);

  it('offers exactly the ten languages', () => {
    expect([...LANGS].sort()).to.deep.equal(['ca', 'da', 'de', 'en', 'es', 'fr', 'it', 'lt', 'nl', 'pt']);
  });

  // English first: it is in the start bundle, and no test has fetched any other language yet.
  for (const lang of ['en', ...LANGS.filter((l) => l !== 'en')] as Lang[]) {
    it(`lang="${lang}": fetches ${lang === 'en' ? 'no language chunk' : `the ${lang} chunk only`}, and speaks ${lang} throughout`, async () => {
      const fetches = watchFetches();
      const el = await mountMap({ lang, view: 'list' });
      // The chunk's modules are reported once fetched; a late one for another language would show too.
      await listShown(el);
      fetches.stop();
      expect(fetches.languages(), 'language modules fetched').to.deep.equal(lang === 'en' ? [] : [lang]);
      const msg = (await loadLocale(lang))?.messages as Messages;
      expect(el.language).to.equal(lang);

      // Country names as Intl.DisplayNames gives them in that language.
      const markets = [...shadow(el).querySelectorAll('.markets-table tbody th')].map((th) => th.textContent.trim());
      for (const code of ['JP', 'US', 'KR']) expect(markets, code).to.include(countryIn(lang, code));

      // No English interface string left, in the list view and in the map view with its legend
      // (an English widget is checked against nothing).
      const forbidden = lang === 'en' ? new Set<string>() : english(lang);
      if (lang !== 'en') expect([...forbidden]).to.include.members(['Legend', 'Lead partner', 'Search partners, projects, places…']);
      const listTexts = shownTexts(el);
      el.view = 'map';
      await settle(el);
      await waitFor(() => !!shadow(el).querySelector('.legend'), 'the legend is drawn');
      const mapTexts = shownTexts(el);
      expect(
        [...listTexts, ...mapTexts].filter((t) => forbidden.has(t)),
        'English left',
      ).to.deep.equal([]);
      expect(shadow(el).querySelector('.search input')?.getAttribute('placeholder')).to.equal(msg.searchPlaceholder);
      expect(shadow(el).querySelector('.legend summary')?.textContent.trim()).to.equal(msg.legend);
      expect(mapTexts).to.include(msg.leadMark);
      expect(shadow(el).querySelector('h2')?.textContent).to.equal(msg.title);

      // A project's details: its summary and programme in that language (the bundled data's own).
      const data = parseCollaborations(bundledData, lang).data;
      const boost = data.projects.find((p) => p.id === 'boost4health');
      if (lang !== 'en') expect(boost?.summary).to.not.equal(parseCollaborations(bundledData, 'en').data.projects[0]?.summary);
      el.focusProject('boost4health');
      await waitFor(() => !!shadow(el).querySelector('[part="details"]'), 'the details are open');
      const details = () => shadow(el).querySelector('[part="details"]')?.textContent ?? '';
      expect(details()).to.contain(boost?.summary);
      expect(details()).to.contain(boost?.programme);
      // A partner's city, as the language writes it.
      el.selectPartner('biopeople');
      await waitFor(() => details().includes('Biopeople'), "Biopeople's details are open");
      expect(details()).to.contain(COPENHAGEN[lang]);
      // In each language axe-core finds nothing (accessible names, the frame's lang among them).
      await expect(el).to.be.accessible();
    });
  }
});
