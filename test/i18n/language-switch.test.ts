// Changing `lang` at run time: the widget goes on in the language it shows while the next one's
// chunk is fetched, then switches. A test file of its own, so its languages are fetched fresh
// (test/i18n/languages.test.ts fetches all ten).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { cleanup, languageShown, mountMap, shadow } from '../helpers.js';

describe('languages: changing lang at run time', function () {
  this.timeout(20000);
  afterEach(cleanup);

  it('goes on in the language it showed until the next one arrives, then switches', async () => {
    const el = await mountMap({ lang: 'fr' });
    const title = () => shadow(el).querySelector('h2')?.textContent;
    expect(title()).to.equal('Collaborations internationales');
    el.lang = 'de';
    await el.updateComplete;
    // German is not here yet (its chunk takes a request): still French, not English, not a mix.
    expect(el.language).to.equal('fr');
    expect(title()).to.equal('Collaborations internationales');
    expect(shadow(el).querySelector('.legend summary')?.textContent.trim()).to.equal('Légende');
    await languageShown(el, 'de');
    expect(shadow(el).querySelector('.legend summary')?.textContent.trim()).to.equal('Legende');
    expect(title()).to.equal('Internationale Kooperationen');
    expect(shadow(el).querySelector('.frame')?.getAttribute('lang')).to.equal('de');
    el.lang = 'en-GB';
    await languageShown(el, 'en');
    expect(title()).to.equal('International collaborations');
  });

  it('a language the widget does not have is English', async () => {
    const el = await mountMap({ lang: 'sv' });
    expect(el.language).to.equal('en');
    expect(shadow(el).querySelector('h2')?.textContent).to.equal('International collaborations');
  });

  it("the bundled data follows: a partner's city changes language with it", async () => {
    const el = await mountMap({ lang: 'it' });
    el.selectPartner('biopeople');
    const details = () => shadow(el).querySelector('[part="details"]')?.textContent ?? '';
    await languageShown(el, 'it');
    expect(details()).to.contain('Copenaghen');
    el.lang = 'da';
    await languageShown(el, 'da');
    expect(details()).to.contain('København');
    expect(details()).to.not.contain('Copenaghen');
  });
});
