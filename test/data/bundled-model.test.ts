// The bundled data is validated at build time and read at run time on a lean path that skips the
// validator (src/data/bundled.ts): in every language, with the translations its chunk brings, it
// must be the very model the validator gives.
import { expect } from '@open-wc/testing';
import { bundledData } from '../../src/generated/bundled-data.js';
import { parseCollaborations } from '../../src/data/parse.js';
import { bundledCollaborations } from '../../src/data/bundled.js';
import { loadLocale } from '../../src/i18n/load.js';
import { LANGS, type Lang } from '../../src/i18n/messages.js';

const inLang = async (lang: Lang) => bundledCollaborations((await loadLocale(lang))?.texts);

describe('the bundled data read without the validator', () => {
  for (const lang of LANGS) {
    it(`is the model parseCollaborations gives, in ${lang}`, async () => {
      const validated = parseCollaborations(bundledData, lang);
      expect(validated.errors).to.deep.equal([]);
      const lean = await inLang(lang);
      expect(lean).to.deep.equal(validated.data);
      // Key order too: the same JSON text, so nothing downstream can tell them apart.
      expect(JSON.stringify(lean)).to.equal(JSON.stringify(validated.data));
    });
  }

  it('has its texts in the language asked for', async () => {
    const programmes = async (lang: Lang) => (await inLang(lang)).projects.map((p) => p.programme);
    const all = await Promise.all(LANGS.map(programmes));
    // Every language names the North-West Europe programme in its own words.
    expect(new Set(all.map((p) => p[0])).size).to.equal(LANGS.length);
  });
});
