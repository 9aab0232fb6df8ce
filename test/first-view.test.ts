import { expect, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { PartnerMap } from '../src/partner-map.js';
import { decodeState, readHash } from '../src/present/url-state.js';
import { bundledData } from '../src/generated/bundled-data.js';
import { parseCollaborations } from '../src/data/parse.js';
import { cleanup, shadow, waitFor, waitForMapAtRest } from './helpers.js';

const { data } = parseCollaborations(bundledData);
/** Every organisation's and event's true place, by mark key. */
const PLACES = new Map<string, readonly [number, number]>([
  ...data.partners.map((p) => [`partner:${p.id}`, p.position] as const),
  ...data.events.map((e) => [`event:${e.id}`, e.position] as const),
]);
const MARKETS = [...new Set(data.projects.flatMap((p) => p.targetMarkets))];

/** Web Mercator, in Leaflet's pixels at `zoom` (256 px tiles). */
function mercator(lon: number, lat: number, zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const sin = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return [(scale * (lon + 180)) / 360, scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI))];
}

async function mount(width: number, height: number, attributes: Record<string, string> = {}): Promise<PartnerMap> {
  const el = document.createElement('partner-map');
  el.setAttribute('lang', 'en');
  el.setAttribute('sync-url', 'view');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.style.setProperty('--partner-map-height', `${height}px`);
  el.style.display = 'block';
  el.style.width = `${width}px`;
  const ready = oneEvent(el, 'map-ready');
  document.body.append(el);
  await ready;
  // The inset arrives in a chunk of its own, right after the first view.
  await waitFor(() => !!shadow(el).querySelector('.reach-inset [data-market]'), 'the reach inset is drawn', 10000);
  await new Promise((r) => requestAnimationFrame(r));
  return el;
}

interface Drawn {
  readonly keys: string[];
  readonly x: number;
  readonly y: number;
  readonly box: DOMRect;
}

/** Every mark drawn, with the keys it stands for and its centre relative to the map's box. */
function drawnMarks(el: PartnerMap): Drawn[] {
  const map = (shadow(el).querySelector('.map') as HTMLElement).getBoundingClientRect();
  return [...shadow(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane .leaflet-marker-icon')].map((m) => {
    const keys = m.hasAttribute('data-partner')
      ? [`partner:${m.getAttribute('data-partner') ?? ''}`]
      : m.hasAttribute('data-event')
        ? [`event:${m.getAttribute('data-event') ?? ''}`]
        : [
            ...(m.getAttribute('data-partners') ?? '')
              .split(' ')
              .filter(Boolean)
              .map((id) => `partner:${id}`),
            ...(m.getAttribute('data-events') ?? '')
              .split(' ')
              .filter(Boolean)
              .map((id) => `event:${id}`),
          ];
    const box = (m.querySelector('svg') ?? m).getBoundingClientRect();
    return { keys, x: box.left + box.width / 2 - map.left, y: box.top + box.height / 2 - map.top, box };
  });
}

/** Where the map says its view is (from its link), and each place's pixel at that view. */
function truePlaceOf(el: PartnerMap): (keys: readonly string[]) => [number, number] {
  const view = decodeState(readHash(location.hash, 'view') ?? '').centre;
  if (!view) throw new Error('no view in the link');
  const box = (shadow(el).querySelector('.map') as HTMLElement).getBoundingClientRect();
  const [cx, cy] = mercator(view.lng, view.lat, view.zoom);
  return (keys) => {
    const points = keys.map((k) => {
      const [lon, lat] = PLACES.get(k) ?? [0, 0];
      const [x, y] = mercator(lon, lat, view.zoom);
      return [x - cx + box.width / 2, y - cy + box.height / 2] as const;
    });
    return [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length];
  };
}

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const SIZES: readonly { width: number; height: number; presentation?: boolean }[] = [
  { width: 360, height: 640 },
  { width: 700, height: 420 },
  { width: 1280, height: 480 },
  { width: 1920, height: 1080, presentation: true },
];

describe('the first view tells the truth', function () {
  this.timeout(40000);
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  for (const { width, height, presentation } of SIZES) {
    it(`at ${width}×${height}${presentation ? ' (presentation)' : ''}: every partner and event drawn at its place, no marks piled up, all 10 markets in sight`, async () => {
      const el = await mount(width, height, presentation ? { presentation: '' } : {});
      const marks = drawnMarks(el);
      // Every partner and event is drawn, once: alone or in a group.
      const keys = marks.flatMap((m) => m.keys).sort();
      expect(keys).to.deep.equal([...PLACES.keys()].sort());
      // Each mark is where its organisation is (a group where its members are), computed from the
      // map's centre and zoom, not from the mark's own position.
      const place = truePlaceOf(el);
      const off = marks.map((m) => {
        const [x, y] = place(m.keys);
        return Math.hypot(m.x - x, m.y - y);
      });
      const tolerance = presentation ? 18 : 12;
      expect(Math.max(...off), `the farthest mark is ${Math.max(...off).toFixed(1)} px off`).to.be.at.most(tolerance);
      expect(median(off)).to.be.at.most(4);
      // No two marks overlap by more than a quarter of the smaller.
      for (const [i, a] of marks.entries()) {
        for (const b of marks.slice(i + 1)) {
          const smaller = Math.min(a.box.width * a.box.height, b.box.width * b.box.height);
          expect(overlap(a.box, b.box) / smaller, `${a.keys.join(',')} and ${b.keys.join(',')}`).to.be.at.most(0.25);
        }
      }
      // All ten target markets are in sight inside the widget: in the inset.
      const widget = el.getBoundingClientRect();
      const shown = [...shadow(el).querySelectorAll('.reach-inset [data-market]')].filter((m) => {
        const r = m.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.left >= widget.left && r.right <= widget.right && r.top >= widget.top && r.bottom <= widget.bottom;
      });
      expect(shown.map((m) => m.getAttribute('data-market')).sort()).to.deep.equal([...MARKETS].sort());
      expect(MARKETS).to.have.length(10);
    });
  }

  it('a 640×360 embed gives the map at least 70 % of its height', async () => {
    const el = await mount(640, 360);
    const map = (shadow(el).querySelector('.map') as HTMLElement).getBoundingClientRect();
    expect(map.height / 360).to.be.at.least(0.7);
  });

  it('Onconet in its details at 1280×660: no mark lies under the pan or zoom buttons (Toulouse was under ↓)', async () => {
    const el = document.createElement('partner-map');
    el.setAttribute('projects', 'onconet');
    el.style.setProperty('--partner-map-height', '660px');
    el.style.display = 'block';
    el.style.width = '1280px';
    const ready = oneEvent(el, 'map-ready');
    document.body.append(el);
    await ready;
    el.focusProject('onconet');
    await waitFor(() => !!shadow(el).querySelector('.drawer h3'), 'the details open');
    await waitForMapAtRest(el, 5000, 10);
    const buttons = [...shadow(el).querySelectorAll<HTMLElement>('.pan button, .zoom button')].map((b) => b.getBoundingClientRect());
    expect(buttons.length).to.be.at.least(7);
    const marks = [...shadow(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane .leaflet-marker-icon')];
    expect(marks.length).to.be.at.least(5);
    for (const m of marks) {
      const r = m.getBoundingClientRect();
      const under = buttons.some((b) => overlap(b, r) > 0);
      expect(under, `${m.dataset.partner ?? m.dataset.partners ?? ''} under a map button`).to.equal(false);
    }
  });

  it('focusProject("laser-go") leaves LITEK at full strength and dims BOM, UT3 and Lyonbiopôle', async () => {
    const el = await mount(1280, 480);
    el.focusProject('laser-go');
    const markOf = (id: string) =>
      [...shadow(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon')].find(
        (m) => m.getAttribute('data-partner') === id || (m.getAttribute('data-partners') ?? '').split(' ').includes(id),
      );
    const opacity = (id: string) => Number(getComputedStyle(markOf(id) as HTMLElement).opacity);
    await waitFor(() => opacity('bom') <= 0.4, 'BOM dimmed');
    expect(opacity('litek')).to.equal(1);
    for (const id of ['bom', 'ut3', 'lyonbiopole']) expect(opacity(id), id).to.be.at.most(0.4);
    // Links, arcs and markets of the other projects are dimmed too; LASER-GO's are not.
    const strength = (selector: string) => [...shadow(el).querySelectorAll(selector)].map((p) => Number(getComputedStyle(p).opacity));
    expect(Math.max(...strength('.pm-link-boost4health'))).to.be.at.most(0.4);
    expect(Math.min(...strength('.pm-arc-laser-go'))).to.be.greaterThan(0.4);
    expect(Math.max(...strength('.pm-market-BR'))).to.be.at.most(0.4);
    // Closing the project's details ends the focus.
    (shadow(el).querySelector('.drawer .close') as HTMLButtonElement).click();
    await waitFor(() => opacity('bom') === 1, 'BOM back at full strength');
  });

  it('the inset\'s "whole world" fits every market on the main map, each shape marked with its country, and the inset steps aside', async () => {
    const el = await mount(1280, 480);
    (shadow(el).querySelector('.reach-inset .inset-world') as HTMLButtonElement).click();
    await waitFor(() => !shadow(el).querySelector('.reach-inset'), 'the inset goes once every market is in view', 10000);
    const box = (shadow(el).querySelector('.map') as HTMLElement).getBoundingClientRect();
    const onMap = [...shadow(el).querySelectorAll('.leaflet-pm-reach-pane [data-market]')].filter((m) => {
      const r = m.getBoundingClientRect();
      return r.width > 0 && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
    });
    expect([...new Set(onMap.map((m) => m.getAttribute('data-market')))].sort()).to.deep.equal([...MARKETS].sort());
  });

  it('fits again when its box changes for full screen', async () => {
    const el = await mount(700, 420);
    const before = decodeState(readHash(location.hash, 'view') ?? '').centre?.zoom ?? 0;
    el.style.width = '1600px';
    el.style.setProperty('--partner-map-height', '900px');
    document.dispatchEvent(new Event('fullscreenchange'));
    await waitFor(() => (decodeState(readHash(location.hash, 'view') ?? '').centre?.zoom ?? 0) > before, 'a deeper zoom for the larger box', 10000);
  });
});
