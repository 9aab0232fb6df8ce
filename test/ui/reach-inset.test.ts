import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { sendMouse } from '@web/test-runner-commands';
import { bundledData } from '../../src/generated/bundled-data.js';
import { parseCollaborations } from '../../src/data/parse.js';
import { select } from '../../src/data/selectors.js';
import { countryAnchor } from '../../src/data/world.js';
import { messages as en } from '../../src/i18n/locales/en.js';
import { messages as es } from '../../src/i18n/locales/es.js';
import { dashOf } from '../../src/graphics/colours.js';
import { PROJECT_PALETTE } from '../../src/graphics/colours.js';
import '../readable-failures.js';
import { reachInsetStyles } from '../../src/ui/reach-inset.styles.js';
import { insetPlacement } from '../../src/map/map.styles.js';
import { insetProject, reachInset, type ReachInsetInput } from '../../src/ui/reach-inset.js';

const { data } = parseCollaborations(bundledData);
const selection = select(data, { projects: null, layers: ['consortia', 'reach', 'events'] });
const looks = new Map(data.projects.map((p, i) => [p.id, { colour: PROJECT_PALETTE[i % PROJECT_PALETTE.length] ?? '#000', shape: i, dash: dashOf(i) }]));

/** The inset in a shadow root with its styles, 320 px wide as on a wide map. */
async function show(over: Partial<ReachInsetInput> = {}): Promise<ShadowRoot> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const root = host.attachShadow({ mode: 'open' });
  // As in the element: placed by the main stylesheet, drawn by its chunk's.
  root.adoptedStyleSheets = [insetPlacement.styleSheet as CSSStyleSheet, reachInsetStyles.styleSheet as CSSStyleSheet];
  const input: ReachInsetInput = {
    selection,
    data,
    looks,
    bounds: [-12, 34, 32, 62],
    msg: en,
    lang: 'en',
    onCountry: () => {},
    onWorld: () => {},
    ...over,
  };
  render(reachInset(input), root);
  return root;
}

const rgb = (colour: string) => colour.match(/\d+/g)?.slice(0, 3).map(Number) ?? [];
const lightness = (colour: string) => rgb(colour).reduce((a, b) => a + b, 0);

describe('reach inset', () => {
  it('draws each target market once, inside the map, Singapore included', async () => {
    const root = await show();
    const svg = root.querySelector('svg[role="img"]') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const markets = [...root.querySelectorAll('[data-market]')];
    expect(markets.map((m) => m.getAttribute('data-market')).sort()).to.deep.equal(selection.markets.map((m) => m.country).sort());
    expect(markets).to.have.length(10);
    for (const m of markets) {
      const r = m.getBoundingClientRect();
      expect(r.width * r.height, m.getAttribute('data-market') ?? '').to.be.greaterThan(4);
      expect(r.left).to.be.at.least(box.left - 0.5);
      expect(r.right).to.be.at.most(box.right + 0.5);
      expect(r.top).to.be.at.least(box.top - 0.5);
      expect(r.bottom).to.be.at.most(box.bottom + 0.5);
    }
  });

  it('draws an arc from each programme to each of its markets', async () => {
    const root = await show();
    const expected = selection.projects.reduce((n, p) => n + p.targetMarkets.filter((c) => countryAnchor(c)).length, 0);
    expect(expected).to.be.greaterThan(0);
    expect(root.querySelectorAll('path.arc')).to.have.length(expected);
  });

  it('shades a market two programmes reach darker than one reached by one', async () => {
    const root = await show();
    const reached = (n: number) => selection.markets.find((m) => m.projects.length === n)?.country;
    const fill = (code: string | undefined) => getComputedStyle(root.querySelector(`[data-market="${code}"] > *`) as Element).fill;
    expect(lightness(fill(reached(2)))).to.be.below(lightness(fill(reached(1))));
  });

  it('projects the world the right way round', () => {
    const [x0, y0] = insetProject(0, 0);
    expect(x0).to.be.closeTo(180, 1e-9);
    const madrid = insetProject(-3.7, 40.4);
    const tokyo = insetProject(139.7, 35.7);
    const oslo = insetProject(10.7, 59.9);
    expect(tokyo[0]).to.be.greaterThan(madrid[0]);
    expect(tokyo[1]).to.be.greaterThan(oslo[1]);
    expect(madrid[1]).to.be.below(y0);
    expect(insetProject(180, 0)[0]).to.be.closeTo(360, 1e-9);
    expect(insetProject(-180, 0)[0]).to.be.closeTo(0, 1e-9);
  });

  it('draws no line across the world (Russia, Fiji and arcs are cut at the antimeridian)', async () => {
    const root = await show();
    const paths = [...root.querySelectorAll('path.land, path.arc, [data-market] path')];
    expect(paths.length).to.be.greaterThan(20);
    for (const path of paths) {
      let x = 0;
      let widest = 0;
      for (const [, command, args] of (path.getAttribute('d') ?? '').matchAll(/([MLlz])([^MLlz]*)/g)) {
        const xs = (args?.trim().split(/[ ,]+|(?=-)/) ?? [])
          .filter(Boolean)
          .map(Number)
          .filter((_, i) => i % 2 === 0);
        for (const value of xs) {
          const next = command === 'l' ? x + value : value;
          if (command !== 'M') widest = Math.max(widest, Math.abs(next - x));
          x = next;
        }
      }
      expect(widest, path.getAttribute('class') ?? 'market').to.be.below(120);
    }
  });

  it('opens a market on a pointer click, and shows the world from its button', async () => {
    const picked: string[] = [];
    let worlds = 0;
    const root = await show({ onCountry: (c) => picked.push(c), onWorld: () => worlds++ });
    const svg = root.querySelector('svg[role="img"]') as SVGSVGElement;
    const [x, y] = insetProject(...(countryAnchor('JP') ?? [0, 0]));
    const point = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM() ?? new DOMMatrix());
    expect(getComputedStyle(root.querySelector('[data-market="JP"]') as Element).cursor).to.equal('pointer');
    await sendMouse({ type: 'click', position: [Math.round(point.x), Math.round(point.y)] });
    expect(picked).to.deep.equal(['JP']);
    const button = root.querySelector('button') as HTMLButtonElement;
    button.focus();
    button.click();
    expect(worlds).to.equal(1);
    expect(picked).to.have.length(1);
  });

  it('moves the view frame with the main map’s bounds, and draws none without them', async () => {
    const frame = async (bounds: ReachInsetInput['bounds']) => (await show({ bounds })).querySelector('path.view')?.getBoundingClientRect();
    const europe = await frame([-12, 34, 32, 62]);
    const asia = await frame([100, 10, 150, 45]);
    expect(Boolean(europe && asia)).to.equal(true);
    expect(asia?.left).to.be.greaterThan((europe?.right ?? 0) + 10);
    expect(asia?.top).to.be.greaterThan(europe?.top ?? 0);
    expect(await frame(undefined)).to.equal(undefined);
  });

  it('names the markets in its accessible name, in the language', async () => {
    const root = await show({ msg: es, lang: 'es' });
    const label = root.querySelector('svg[role="img"]')?.getAttribute('aria-label') ?? '';
    for (const name of ['Japón', 'Estados Unidos', 'Singapur', 'Brasil', 'Corea del Sur']) expect(label).to.include(name);
    expect(root.querySelector('figure.reach-inset figcaption')?.textContent).to.equal(es.targetMarkets);
    expect(root.querySelector('button')?.textContent.trim()).to.equal(es.showWorld);
  });
});
