/** The bundled data's countries are named at start without Intl.DisplayNames (its first use on a
 *  page costs 60–100 ms): the names the build wrote must be the ones the browser would give. */
import { expect } from '@open-wc/testing';
import { countryNames } from '../../src/generated/country-names.js';
import { LANGS } from '../../src/generated/langs.js';
import { countryName } from '../../src/i18n/format.js';
import { loadLocale } from '../../src/i18n/load.js';

describe('country names known before Intl is asked', () => {
  it('every bundled country, in every language, is named as Intl.DisplayNames names it', async () => {
    const codes = Object.keys(countryNames);
    expect(codes).to.include.members(['ES', 'FR', 'LT', 'DK', 'BR', 'CN', 'US']);
    for (const lang of LANGS) {
      const locale = await loadLocale(lang);
      expect(Object.keys(locale?.countryNames ?? {}), `${lang}: a name for each`).to.have.members(codes);
      const intl = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
      for (const code of codes) expect(countryName(lang, code), `${lang} ${code}`).to.equal(intl.of(code));
    }
  });

  it('a country the bundled data does not have is still named, by Intl', () => {
    expect(countryName('fr', 'NZ')).to.equal('Nouvelle-Zélande');
    expect(countryName('lt', 'IS')).to.equal(new Intl.DisplayNames(['lt'], { type: 'region' }).of('IS'));
  });
});
