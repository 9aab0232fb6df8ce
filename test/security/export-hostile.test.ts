/**
 * Exports of data and pages built to break them: text with lone surrogates and non-characters
 * (which the validator accepts as strings), host CSS that puts URLs where colours go, a page where
 * the PNG cannot be made, and full screen where the page does not allow it.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { catchUncaught, letTimePass, mountMap, settle, shadow } from '../helpers.js';
import { frameReport } from './frame.js';

const small = (await (await fetch('/test/fixtures/valid-small.geojson')).json()) as {
  type: string;
  features: { id: string; properties: Record<string, unknown> }[];
};

describe('exports survive any character and any host', () => {
  /** Nothing escapes as an uncaught exception while a case runs. */
  const uncaught = catchUncaught();

  it('a lone surrogate and U+FFFE/U+FFFF in data text: the SVG parses, shows U+FFFD there, and the PNG is made', async () => {
    const features = small.features.map((f) =>
      f.id === 'alpha' ? { ...f, properties: { ...f.properties, shortName: 'Al\ud83dpha', name: 'A\ufffeB\uffffC' } } : f,
    );
    const demo = features.find((f) => f.id === 'demo');
    if (demo) demo.properties['name'] = 'Demo \udc00 project';
    const el = await mountMap({ lang: 'en' }, { ...small, features });
    const svgText = await el.exportSVG();
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(svgText).to.contain('Demo \ufffd project');
    expect(svgText).to.not.match(/[\ufffe\uffff]/);
    const png = await el.exportPNG();
    expect(png.type).to.equal('image/png');
  });

  it('host CSS with url() or image-set() where a colour goes is not copied into the SVG; a colour is', async () => {
    const el = await mountMap({ lang: 'en' });
    el.style.setProperty('--partner-map-sea', 'url(http://127.0.0.1:9/sea.png)');
    el.style.setProperty('--partner-map-land', 'image-set("http://127.0.0.1:9/land.png" 1x)');
    el.style.setProperty('--partner-map-background', 'rebeccapurple');
    await settle(el);
    const svgText = await el.exportSVG();
    expect(svgText).to.not.contain('url(').and.not.contain('image-set').and.not.contain('127.0.0.1');
    expect(svgText).to.contain('rebeccapurple');
  });

  it('the ⤓ PNG item on a page where the image cannot be drawn fails without an unhandled rejection', async () => {
    const el = await mountMap({ lang: 'en' });
    const decode = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'decode') as PropertyDescriptor;
    const logged: unknown[] = [];
    const consoleError = console.error;
    // A hostile (or broken) page: images never decode.
    HTMLImageElement.prototype.decode = () => Promise.reject(new Error('decode refused by the page'));
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      shadow(el).querySelector<HTMLButtonElement>('.download [data-format="png"]')?.click();
      // Something must NOT happen: an unhandled rejection, which arrives within a few tasks.
      await letTimePass(500);
    } finally {
      Object.defineProperty(HTMLImageElement.prototype, 'decode', decode);
      console.error = consoleError;
    }
    expect(uncaught).to.deep.equal([]);
    expect(logged.join('\n')).to.contain('export failed');
  });

  it('in an iframe that does not allow full screen: no full-screen control, and asking anyway rejects nothing', async () => {
    const r = await frameReport<{ enabled: boolean; control: boolean; errors: string[] }>('/test/security/fullscreen-page.html', 960, 700, "fullscreen 'none'");
    expect(r.enabled).to.equal(false);
    expect(r.control).to.equal(false);
    expect(r.errors).to.deep.equal([]);
  });
});
