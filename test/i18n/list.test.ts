/** Lists are put in words without Intl.ListFormat (a page's first Intl object costs 40–100 ms):
 *  in every language, each must read exactly as the browser's Intl has it. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LANGS } from '../../src/generated/langs.js';
import { listOf } from '../../src/i18n/list.js';

describe('lists in words as Intl puts them', () => {
  const intl = new Map(LANGS.map((lang) => [lang, new Intl.ListFormat(lang)]));

  it('none, one, two, three and many countries, in every language', () => {
    const names = ['Brazil', 'China', 'Italia', 'United States', 'Hidalgo', 'Hielo', 'Iowa', 'Japan'];
    for (const lang of LANGS)
      for (let n = 0; n <= names.length; n++)
        for (let from = 0; from + n <= names.length; from++) {
          const items = names.slice(from, from + n);
          expect(listOf(lang, items), `${lang} ${items.join('|')}`).to.equal(intl.get(lang)?.format(items));
        }
    // Spanish "e" before an "i" sound, English's comma before "and" from three on.
    expect(listOf('es', ['Francia', 'Italia'])).to.equal('Francia e Italia');
    expect(listOf('es', ['Francia', 'Hielo'])).to.equal('Francia y Hielo');
    expect(listOf('en', ['Brazil', 'China', 'Japan'])).to.equal('Brazil, China, and Japan');
  });

  it('any names, in any language', () => {
    const word = fc.oneof(fc.constantFrom('i', 'I', 'hi', 'Hi', 'HIa', 'hie', 'Hio', 'Íbiza', 'y', 'o', 'u', '8', '11', ''), fc.string({ maxLength: 8 }));
    const name = fc.tuple(word, fc.string({ maxLength: 6 })).map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.constantFrom(...LANGS), fc.array(name, { maxLength: 6 }), (lang, items) => listOf(lang, items) === intl.get(lang)?.format(items)),
      { numRuns: 3000 },
    );
  });
});
