import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { generate } from '../../bench/generate.mjs';
import { PROJECT_PALETTE } from '../../src/graphics/colours.js';
import { cleanup, mountMap, settle, shadow } from '../helpers.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');
/** "1,234" or "1.2K" → a number (compact counts are rounded). */
const countOf = (s: string) => (s.endsWith('K') ? Number.parseFloat(s) * 1000 : Number(s.replace(/,/g, '')));

describe('presenting: export of a large, clustered network', function () {
  this.timeout(30000);
  afterEach(cleanup);

  it('draws the groups as on the canvas: a ring of project colours round each count, well-formed', async () => {
    const n = 2000;
    const el = await mountMap({ lang: 'en', layers: 'consortia' }, generate(n));
    await settle(el);
    expect(shadow(el).querySelector('canvas.pm-cluster'), 'the map is clustered').to.not.equal(null);
    const text = await el.exportSVG();
    const doc = parse(text);
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.namespaceURI).to.equal(SVG_NS);
    expect(text, 'no comment (Lit markers are dropped)').to.not.contain('<!--');
    const groups = [...doc.querySelectorAll('.groups > g')];
    expect(groups.length).to.be.greaterThan(1);
    const colours = new Set(PROJECT_PALETTE.slice(0, 4).map((c) => c.toLowerCase()));
    for (const g of groups) {
      expect(g.querySelector('text')?.textContent).to.match(/^\d[\d,.]*K?$/);
      const arcs = [...g.querySelectorAll('path[fill="none"]')];
      expect(arcs.length, 'ring arcs').to.be.at.least(1);
      for (const arc of arcs) expect(colours.has(arc.getAttribute('stroke')?.toLowerCase() ?? '')).to.equal(true);
    }
    // Every partner is in a group or drawn on its own (the 4 leads always are); compact counts
    // (1.2K) are rounded, so the sum is within their rounding.
    const singles = doc.querySelectorAll('[data-partner]').length;
    expect(singles).to.be.at.least(4);
    const sum = groups.reduce((s, g) => s + countOf(g.querySelector('text')?.textContent ?? '0'), 0) + singles;
    expect(sum).to.be.closeTo(n, 50 * groups.length);
  });
});

describe('presenting: export of text XML cannot hold', () => {
  afterEach(cleanup);

  it('keeps a name with ]]>, <, &, quotes and control characters as its text, without the controls (a non-character shown as U+FFFD)', async () => {
    const name = 'A ]]> <b>&amp; "q" \'s\u0000\u0001\u0008\u000b\u000c\u001f end\ufffe';
    const plain = 'A ]]> <b>&amp; "q" \'s end\ufffd';
    const data = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'p',
          geometry: null,
          properties: { kind: 'project', name, programme: 'X', summary: 'S', start: null, end: null, lead: 'a', targetMarkets: [] },
        },
        {
          type: 'Feature',
          id: 'a',
          geometry: { type: 'Point', coordinates: [2, 41] },
          properties: { kind: 'partner', name, shortName: 'A', type: 'cluster', city: 'Barcelona', region: 'R', country: 'ES', roles: { p: 'lead' } },
        },
      ],
    };
    const el = await mountMap({}, data);
    const text = await el.exportSVG();
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe]/.test(text), 'no character XML 1.0 forbids').to.equal(false);
    const doc = parse(text);
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('[data-partner="a"] title')?.textContent).to.equal(`${plain}, Barcelona`);
    expect([...doc.querySelectorAll('.legend text')].map((t) => t.textContent)).to.include(plain);
    expect(doc.querySelectorAll('b')).to.have.length(0);
  });
});
