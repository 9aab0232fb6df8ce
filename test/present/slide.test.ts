/** A 16:9 slide of the view (#16): 1920×1080, text a room can read, marks where the map has them. */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, settle, shadow, waitFor, waitForMapAtRest } from '../helpers.js';

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');
const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);

/** Where a text is drawn on the slide, in px: its own font size, else the nearest inherited one,
 *  times the scale of the groups around it. */
function slidePx(text: Element): number {
  let size: number | undefined;
  let scale = 1;
  for (let e: Element | null = text; e && e.tagName !== 'svg'; e = e.parentElement) {
    size ??= e.getAttribute('font-size') ? Number(e.getAttribute('font-size')) : undefined;
    for (const m of (e.getAttribute('transform') ?? '').matchAll(/scale\(([\d.]+)\)/g)) scale *= Number(m[1]);
  }
  return (size ?? Number(text.ownerDocument.documentElement.getAttribute('font-size'))) * scale;
}

describe('presenting: a slide of the view', () => {
  afterEach(cleanup);

  it('is a 1920×1080 PNG and SVG with the title, the tour step’s caption, the legend and the attribution, all at 28 px or more', async () => {
    const el = await mountMap();
    el.playTour();
    await waitFor(() => !!$(el, '.tour-toggle'), 'the tour');
    $(el, '.tour-toggle')!.click();
    await waitForMapAtRest(el);
    const png = await createImageBitmap(await el.exportPNG(1, { slide: true }));
    expect([png.width, png.height]).to.deep.equal([1920, 1080]);
    const doc = parse(await el.exportSVG({ slide: true }));
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).to.deep.equal(['1920', '1080']);
    const texts = [...root.querySelectorAll('text')].filter((t) => !t.closest('.groups, .partner, .event'));
    const said = texts.map((t) => t.textContent);
    expect(said).to.include('International collaborations');
    expect(said).to.include('Boost4Health: consortium · 2016–2019 · 10 partners in 7 countries');
    expect(said).to.include('Leaflet · Basemap: Natural Earth');
    for (const name of ['Boost4Health', 'Onconet', 'LASER-GO', 'bioXclusters plus']) expect(said, name).to.include(name);
    for (const t of texts) expect(slidePx(t), t.textContent).to.be.at.least(28);
    el.stopTour();
  });

  it('draws each mark where the map has it, and dims the projects out of focus as the map does', async () => {
    const el = await mountMap();
    el.focusProject('boost4health');
    // Long enough at rest for the marks to have regrouped at the new zoom.
    await waitForMapAtRest(el, 8000, 30);
    await settle(el);
    const doc = parse(await el.exportSVG({ slide: true }));
    const map = $(el, '.leaflet-container')!.getBoundingClientRect();
    // The slide's map is the view as on screen, in the map's pixels (its viewBox scales it).
    const singles = [...shadow(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-partner]')];
    expect(singles.length).to.be.at.least(3);
    for (const mark of singles) {
      const id = mark.dataset.partner ?? '';
      const r = mark.getBoundingClientRect();
      const [, x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(doc.querySelector(`[data-partner="${id}"]`)?.getAttribute('transform') ?? '') ?? [];
      expect(Number(x), `${id} x`).to.be.closeTo(r.left + r.width / 2 - map.left, 1.5);
      expect(Number(y), `${id} y`).to.be.closeTo(r.top + r.height / 2 - map.top, 1.5);
    }
    const inFocus = new Set(el.partners.filter((p) => 'boost4health' in p.roles).map((p) => p.id));
    const drawn = [...doc.querySelectorAll('[data-partner]')];
    expect(drawn.some((d) => inFocus.has(d.getAttribute('data-partner') ?? ''))).to.equal(true);
    for (const d of drawn) {
      const opacity = d.getAttribute('opacity');
      if (inFocus.has(d.getAttribute('data-partner') ?? '')) expect(opacity).to.equal(null);
      else expect(Number(opacity)).to.be.at.most(0.4);
    }
    // Boost4Health reaches no market of its own: every market is another programme's.
    const markets = [...doc.querySelectorAll('[data-market]')];
    expect(markets.length).to.be.greaterThan(0);
    for (const m of markets) expect(Number(m.getAttribute('opacity')), m.getAttribute('data-market') ?? '').to.be.at.most(0.4);
  });

  it('is offered in the ⤓ menu, as PNG and SVG', async () => {
    const el = await mountMap();
    const items = [...shadow(el).querySelectorAll('.download .menu button')].map((b) => b.textContent.trim());
    expect(items).to.include.members(['Slide 16:9, 1920×1080 (PNG)', 'Slide 16:9, 1920×1080 (SVG)']);
  });
});
