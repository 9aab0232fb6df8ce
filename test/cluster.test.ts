import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import { generate } from '../bench/generate.mjs';
import type { PartnerMap } from '../src/partner-map.js';
import { cleanup, mountMap, nextEvent, settle, shadow, waitFor, waitForMapAtRest, zoomOf } from './helpers.js';

/** The one focusable stand-in for what the canvas draws (a group or a single partner). */
const focusRing = (el: PartnerMap) => shadow(el).querySelector<HTMLElement>('.pm-cluster-focus') as HTMLElement;
const labelOf = (el: PartnerMap) => focusRing(el).getAttribute('aria-label') ?? '';
const count = (s: string) => Number(s.replace(/,/g, ''));
/** "Group of 12,345 partners: …" → 12345; a single partner → 1. */
const partnersIn = (label: string) => {
  const m = /^Group of ([\d,]+) partners/.exec(label);
  return m ? count(m[1] ?? '0') : 1;
};

/** Presses a key on the focus ring, as a keyboard user does (the ring has focus). */
async function press(el: PartnerMap, key: string): Promise<void> {
  focusRing(el).focus();
  await sendKeys({ press: key });
  await settle(el);
}

/** Every group and single partner in view, in reading order, by walking them with the arrows. */
async function walk(el: PartnerMap): Promise<string[]> {
  await press(el, 'Home');
  const labels = [labelOf(el)];
  for (let i = 0; i < 400; i++) {
    await press(el, 'ArrowRight');
    const label = labelOf(el);
    if (label === labels.at(-1)) break;
    labels.push(label);
  }
  return labels;
}

/** Does what moves the map and waits for the move to end: the view in the URL changes (it is
 *  written at the end of every move), the map is at rest, the marks are drawn again. */
const movedBy = async (el: PartnerMap, action: () => unknown) => {
  const before = location.hash;
  await action();
  await waitFor(() => location.hash !== before, 'the map moved', 15000);
  await waitForMapAtRest(el, 15000);
  await settle(el);
};

/** The centre of the focus ring in the page, to click what it stands over. */
const centreOf = (el: PartnerMap) => {
  const r = focusRing(el).getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] as const;
};

/** The canvas's red, green and blue at a page point. */
function pixelAt(el: PartnerMap, x: number, y: number): number[] {
  const canvas = shadow(el).querySelector('canvas.pm-cluster') as HTMLCanvasElement;
  const box = canvas.getBoundingClientRect();
  const ratio = canvas.width / box.width;
  const pixel = canvas.getContext('2d')?.getImageData(Math.round((x - box.left) * ratio), Math.round((y - box.top) * ratio), 1, 1).data;
  return [pixel?.[0] ?? 0, pixel?.[1] ?? 0, pixel?.[2] ?? 0];
}

/** Whether the canvas has paint (not transparent) at a page point. */
function paintedAt(el: PartnerMap, x: number, y: number): boolean {
  const canvas = shadow(el).querySelector('canvas.pm-cluster') as HTMLCanvasElement;
  const box = canvas.getBoundingClientRect();
  const ratio = canvas.width / box.width;
  const pixel = canvas.getContext('2d')?.getImageData(Math.round((x - box.left) * ratio), Math.round((y - box.top) * ratio), 1, 1).data;
  return (pixel?.[3] ?? 0) > 0;
}

describe('a network of 100,000 partners', function () {
  // Generating, validating and clustering 100k partners takes a second or two: one widget per suite.
  this.timeout(60000);
  const data = generate(100000);
  let el: PartnerMap;
  /** The zoom of the fitted first view, which fitted() comes back to. */
  let home = 0;

  before(async () => {
    // Without the reach layer the map fits Europe, where the partners are: several groups in view.
    el = await mountMap({ lang: 'en', layers: 'consortia events', 'sync-url': 'scale-view' }, data);
    await waitForMapAtRest(el, 15000, 10);
    await waitFor(() => zoomOf('scale-view') > 0, 'the first view is in the URL');
    home = zoomOf('scale-view');
  });
  /** Fits everything again: from deeper than the first view, the map zooms out (the details
   *  panel, if open, may make the fit a little wider than the first view); at it, nothing moves. */
  const fitted = async (el: PartnerMap) => {
    const before = zoomOf('scale-view');
    el.fitAll();
    if (before > home) await waitFor(() => zoomOf('scale-view') < before, 'the map zoomed out to fit', 15000);
    await waitForMapAtRest(el, 15000, 10);
    await settle(el);
  };
  after(() => {
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('draws groups on a canvas, not 100,000 marks: only the 4 lead partners are marks of their own', () => {
    expect(shadow(el).querySelectorAll('.leaflet-marker-pane [data-partner]')).to.have.length(4);
    expect(shadow(el).querySelector('canvas.pm-cluster')).to.not.equal(null);
    expect(labelOf(el)).to.match(
      /^Group of [\d,]+ partners: Project alpha [\d,]+, Project beta [\d,]+, Project gamma [\d,]+, Project delta [\d,]+\. Enter zooms in to it\.$/,
    );
    const [x, y] = centreOf(el);
    expect(paintedAt(el, x, y), 'the group under the focus ring is painted').to.equal(true);
  });

  it('accounts for every partner: the groups and single partners in view add up to all but the leads', async () => {
    const labels = await walk(el);
    expect(labels.length).to.be.greaterThan(1);
    expect(labels.reduce((sum, l) => sum + partnersIn(l), 0)).to.equal(100000 - 4);
  });

  it("paints the groups again in the dark theme's colours when the theme changes", async () => {
    await press(el, 'Home');
    // Inside the group, above its count (the text is in the other colour).
    const [x, centre] = centreOf(el);
    const y = centre - 12;
    const light = pixelAt(el, x, y);
    el.theme = 'dark';
    // Painted again once the index (in the worker) has said what is in view.
    await waitFor(() => pixelAt(el, x, y).reduce((a, b) => a + b, 0) < 200, 'the group is painted dark');
    const dark = pixelAt(el, x, y);
    expect(
      light.reduce((a, b) => a + b, 0),
      'a light group on the light theme',
    ).to.be.greaterThan(600);
    expect(
      dark.reduce((a, b) => a + b, 0),
      'a dark group on the dark theme',
    ).to.be.lessThan(200);
    el.theme = 'light';
    await settle(el);
  });

  it('shows the groups in the legend', () => {
    expect(shadow(el).querySelector('.legend .group-step')?.textContent).to.contain('Group of partners');
  });

  it('opens a group with a click: the map zooms in and the group splits into smaller ones', async () => {
    // The group nearest the middle of the map (the legend covers the left edge).
    const box = shadow(el).querySelector('.map')?.getBoundingClientRect() as DOMRect;
    let best = { d: Infinity, at: [0, 0] as readonly [number, number], size: 0 };
    await press(el, 'Home');
    for (let i = 0; i < 400; i++) {
      const at = centreOf(el);
      const d = Math.hypot(at[0] - (box.left + box.width / 2), at[1] - (box.top + box.height / 2));
      if (d < best.d && labelOf(el).startsWith('Group')) best = { d, at, size: partnersIn(labelOf(el)) };
      const label = labelOf(el);
      await press(el, 'ArrowRight');
      if (labelOf(el) === label) break;
    }
    const zoomBefore = zoomOf('scale-view');
    await movedBy(el, () => sendMouse({ type: 'click', position: [best.at[0], best.at[1]] }));
    expect(zoomOf('scale-view')).to.be.greaterThan(zoomBefore);
    const labels = await walk(el);
    expect(
      labels.every((l) => partnersIn(l) < best.size),
      'no group in view is as big as the one opened',
    ).to.equal(true);
    await fitted(el);
  });

  it('opens a group with Enter, and keyboard focus stays on what was in it', async () => {
    await press(el, 'End');
    const before = partnersIn(labelOf(el));
    await movedBy(el, () => press(el, 'Enter'));
    expect(shadow(el).activeElement).to.equal(focusRing(el));
    expect(partnersIn(labelOf(el))).to.be.lessThan(before);
    await fitted(el);
  });

  it('zooms in and out with + and - on the focus ring, keeping focus there', async () => {
    await press(el, 'Home');
    const zoom = zoomOf('scale-view');
    await movedBy(el, () => press(el, '+'));
    expect(zoomOf('scale-view')).to.equal(zoom + 1);
    expect(shadow(el).activeElement).to.equal(focusRing(el));
    await movedBy(el, () => press(el, '-'));
    expect(zoomOf('scale-view')).to.equal(zoom);
    await fitted(el);
  });

  it('finds a partner inside a group with the search, flies deep enough to show it alone, and rings it', async () => {
    const input = shadow(el).querySelector('.search input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'Org 54321' });
    await waitFor(() => !!shadow(el).querySelector('.search [role="option"]'), 'the search lists a result');
    const hit = shadow(el).querySelector('.search [role="option"]');
    expect(hit?.textContent).to.contain('Org 54321');
    await movedBy(el, () => sendKeys({ press: 'Enter' }));
    expect(shadow(el).querySelector('.drawer h3')?.textContent).to.contain('Org 54321');
    const labels = await walk(el);
    expect(
      labels.some((l) => l.startsWith('Org 54321, City ')),
      'Org 54321 is drawn on its own in view',
    ).to.equal(true);
  });

  it('keeps the project filter: turning a project off leaves its partners out of every group', async () => {
    await fitted(el);
    const ready = nextEvent(el, 'projects-change');
    const canvas = shadow(el).querySelector('canvas.pm-cluster');
    shadow(el).querySelector<HTMLElement>('.project-toggle[data-project="beta"]')?.click();
    await ready;
    // The canvas is grouped again (in the worker: a moment, meanwhile the old groups are faded)
    // and drawn, with no move of the map.
    await waitFor(() => !!canvas?.classList.contains('pm-stale'), 'the old groups are faded');
    await waitForMapAtRest(el, 15000);
    await waitFor(() => !labelOf(el).includes('Project beta'), 'the groups are drawn without beta', 15000);
    expect(canvas?.classList.contains('pm-stale'), 'no longer faded').to.equal(false);
    const labels = await walk(el);
    expect(labels.every((l) => !l.includes('Project beta'))).to.equal(true);
    // Every 7th partner is also in the next project: those of beta alone go; alpha's p3 (delta's lead) stays a mark.
    const features = data.features.filter((f) => f.properties['kind'] === 'partner');
    const shown = features.filter((f) => Object.keys(f.properties['roles'] as object).some((p) => p !== 'beta'));
    const leads = 3;
    expect(labels.reduce((sum, l) => sum + partnersIn(l), 0)).to.equal(shown.length - leads);
  });
});

describe('partners that share one place', function () {
  this.timeout(30000);
  afterEach(cleanup);

  /** 400 partners in one building, one lead elsewhere: a group that never splits. */
  function samePlace(): unknown {
    const partner = (i: number, lon: number, lat: number) => ({
      type: 'Feature',
      id: `s${i}`,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        kind: 'partner',
        name: `Start-up ${i}`,
        shortName: `Start-up ${i}`,
        type: 'business-support',
        city: 'Barcelona',
        region: 'Catalonia',
        country: 'ES',
        roles: { hub: i === 0 ? 'lead' : 'partner' },
      },
    });
    return {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'hub',
          geometry: null,
          properties: { kind: 'project', name: 'Hub', programme: 'Test', summary: 'One place.', start: '2020', end: '2021', lead: 's0' },
        },
        partner(0, 2.0, 41.0),
        ...Array.from({ length: 400 }, (_, i) => partner(i + 1, 2.19, 41.4)),
      ],
    };
  }

  it('lists them instead of zooming: 50 named, and how many more', async () => {
    const el = await mountMap({ lang: 'en' }, samePlace());
    await settle(el);
    await press(el, 'Home');
    for (let i = 0; i < 5 && !labelOf(el).startsWith('Group'); i++) await press(el, 'ArrowRight');
    expect(labelOf(el)).to.equal('Group of 400 partners: Hub 400. They share one place; Enter lists them.');
    await press(el, 'Enter');
    const drawer = shadow(el).querySelector('.drawer');
    expect(drawer?.querySelector('h3')?.textContent).to.equal('400 partners in one place');
    expect(drawer?.querySelectorAll('li button[data-partner]')).to.have.length(50);
    expect(drawer?.textContent).to.contain('350 more');
    const first = drawer?.querySelector<HTMLElement>('button[data-partner]');
    first?.click();
    await settle(el);
    expect(shadow(el).querySelector('.drawer h3')?.textContent).to.equal(first?.textContent);
  });

  it('clusters small data too when cluster-threshold is 0', async () => {
    const el = await mountMap({ lang: 'en', 'cluster-threshold': '0' });
    await settle(el);
    expect(shadow(el).querySelector('canvas.pm-cluster')).to.not.equal(null);
    const leads = shadow(el).querySelectorAll('.leaflet-marker-pane [data-partner]').length;
    const labels = await walk(el);
    expect(labels.reduce((sum, l) => sum + partnersIn(l), 0) + leads).to.equal(el.partners.length);
  });
});
