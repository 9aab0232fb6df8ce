// The bundled data is validated at build time and read at run time on a lean path that skips the
// validator (src/data/bundled.ts): in every language it must be the very model the validator gives.
import { expect } from '@open-wc/testing';
import { bundledData } from '../../src/generated/bundled-data.js';
import { parseCollaborations } from '../../src/data/parse.js';
import { bundledCollaborations } from '../../src/data/bundled.js';

describe('the bundled data read without the validator', () => {
  for (const lang of ['en', 'ca', 'es'] as const) {
    it(`is the model parseCollaborations gives, in ${lang}`, () => {
      const validated = parseCollaborations(bundledData, lang);
      expect(validated.errors).to.deep.equal([]);
      const lean = bundledCollaborations(lang);
      expect(lean).to.deep.equal(validated.data);
      // Key order too: the same JSON text, so nothing downstream can tell them apart.
      expect(JSON.stringify(lean)).to.equal(JSON.stringify(validated.data));
    });
  }

  it('has its texts in the language asked for', () => {
    const name = (lang: 'en' | 'ca' | 'es') => bundledCollaborations(lang).projects.map((p) => p.programme);
    expect(name('ca')).to.not.deep.equal(name('en'));
    expect(name('es')).to.not.deep.equal(name('ca'));
  });
});
