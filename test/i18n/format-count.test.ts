/** Counts are grouped without Intl.NumberFormat (a page's first one loads ICU's number data, 70 ms
 *  or more in one task): in every language, each must read exactly as the browser's Intl has it. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LANGS } from '../../src/generated/langs.js';
import { formatCount } from '../../src/i18n/format.js';
import { formatTenths } from '../../src/i18n/tenths.js';

describe('counts grouped as Intl groups them', () => {
  const intl = new Map(LANGS.map((lang) => [lang, new Intl.NumberFormat(lang)]));

  it('the edges of grouping, in every language', () => {
    const edges = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 99999, 100000, 999999, 1000000, 12345678, Number.MAX_SAFE_INTEGER];
    for (const lang of LANGS) for (const n of edges) expect(formatCount(lang, n), `${lang} ${n}`).to.equal(intl.get(lang)?.format(n));
    // The cases a table could get wrong: four digits whole in Spanish, a narrow space in French.
    expect(formatCount('es', 1000)).to.equal('1000');
    expect(formatCount('es', 10000)).to.equal('10.000');
    expect(formatCount('fr', 1000)).to.equal('1\u202f000');
    expect(formatCount('lt', 1000)).to.equal('1\u00a0000');
    expect(formatCount('en', 1234567)).to.equal('1,234,567');
  });

  it('any whole count, in any language', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGS), fc.oneof(fc.nat(), fc.maxSafeNat()), (lang, n) => formatCount(lang, n) === intl.get(lang)?.format(n)),
      { numRuns: 2000 },
    );
  });

  it('numbers that are not safe whole counts still go to Intl', () => {
    for (const lang of LANGS) for (const n of [-1234, 1234.5, 2 ** 60, NaN]) expect(formatCount(lang, n), `${lang} ${n}`).to.equal(intl.get(lang)?.format(n));
  });
});

describe('numbers to a tenth as Intl reads them (the megabytes read while a file loads)', () => {
  const intl = new Map(LANGS.map((lang) => [lang, new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })]));

  it('the edges of rounding and grouping, in every language', () => {
    // 0.95 and 1.45 are a little under as doubles, 1.25 exactly a tie: Intl rounds the shortest decimal form.
    const edges = [0, 1e-7, 0.04, 0.05, 0.06, 0.95, 1, 1.25, 1.45, 9.95, 12.3, 999.95, 1000, 1234.5, 9999.96, 12345.67, 1e9 + 0.05];
    for (const lang of LANGS) for (const n of edges) expect(formatTenths(lang, n), `${lang} ${n}`).to.equal(intl.get(lang)?.format(n));
    expect(formatTenths('en', 27.4)).to.equal('27.4');
    expect(formatTenths('de', 27.4)).to.equal('27,4');
    expect(formatTenths('es', 12345.6)).to.equal('12.345,6');
    expect(formatTenths('fr', 3)).to.equal('3');
  });

  it('any megabytes, in any language', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS),
        fc.oneof(
          fc.double({ min: 0, max: 1e4, noNaN: true }),
          fc.nat({ max: 2e9 }).map((bytes) => bytes / 1e6),
        ),
        (lang, n) => formatTenths(lang, n) === intl.get(lang)?.format(n),
      ),
      { numRuns: 3000 },
    );
  });

  it('numbers out of its range still go to Intl', () => {
    for (const lang of LANGS)
      for (const n of [-1.25, 2 ** 60, NaN, Infinity]) expect(formatTenths(lang, n), `${lang} ${n}`).to.equal(intl.get(lang)?.format(n));
  });
});
