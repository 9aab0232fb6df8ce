import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { animationsDone, cleanup, drawnPartners, letTimePass, listShown, mountMap, nextEvent, settle, shadow, waitFor, waitForMapAtRest } from '../helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);

/** A real (trusted) click in the middle of an element. */
async function click(target: Element): Promise<void> {
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

describe('presenting: fullscreen', () => {
  afterEach(cleanup);

  it('puts the whole widget in full screen and back', async () => {
    const el = await mountMap();
    // Inside the test browser's 800 px viewport, where a real click can reach the control.
    el.style.width = '700px';
    await settle(el);
    const entered = new Promise((r) => document.addEventListener('fullscreenchange', r, { once: true }));
    await click($(el, '.fullscreen')!);
    await entered;
    expect(document.fullscreenElement).to.equal(el);
    await settle(el);
    expect($(el, '.fullscreen')?.getAttribute('aria-pressed')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.equal(window.innerHeight);
    const left = new Promise((r) => document.addEventListener('fullscreenchange', r, { once: true }));
    await click($(el, '.fullscreen')!);
    await left;
    expect(document.fullscreenElement).to.equal(null);
  });
});

describe('presenting: tour', () => {
  afterEach(cleanup);

  it('visits each visible project in order, consortium then reach, and stops on a click', async () => {
    const steps: string[] = [];
    const el = document.createElement('partner-map');
    el.setAttribute('tour', '0.15');
    el.addEventListener('tour-step', (e) => steps.push(`${e.detail.project}/${e.detail.step}`));
    document.body.append(el);
    await nextEvent(el, 'map-ready');
    await waitFor(() => steps.length >= 6, 'six tour steps', 10000);
    expect(steps.slice(0, 6)).to.deep.equal([
      'boost4health/consortium',
      'onconet/consortium',
      'laser-go/consortium',
      'laser-go/reach',
      'bioxclusters-plus/consortium',
      'bioxclusters-plus/reach',
    ]);
    await settle(el);
    expect($(el, '.tour-status')?.textContent).to.match(/\(\d of 6\)/);
    await click($(el, '.leaflet-container')!);
    const seen = steps.length;
    // Nothing may happen now: no further step in more than three steps' time.
    await letTimePass(500);
    expect(steps.length).to.equal(seen);
    expect($(el, '.tour-bar')).to.equal(null);
  });

  it('plays from its control; Space pauses, arrows step, and each step is captioned with its project', async () => {
    const el = await mountMap({ projects: 'onconet laser-go' });
    const steps: string[] = [];
    el.addEventListener('tour-step', (e) => steps.push(`${e.detail.project}/${e.detail.step}`));
    el.tour = 30;
    await settle(el);
    steps.length = 0;
    el.stopTour();
    $(el, '.tour-play')?.click();
    await settle(el);
    expect(steps).to.deep.equal(['onconet/consortium']);
    expect($(el, '.tour-status')?.textContent).to.contain('Onconet');
    $(el, '.tour-toggle')!.focus();
    await sendKeys({ press: ' ' });
    await settle(el);
    expect($(el, '.tour-toggle')?.title).to.equal('Play the tour');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(steps).to.deep.equal(['onconet/consortium', 'laser-go/consortium', 'laser-go/reach', 'laser-go/consortium']);
    // Steps pressed faster than the map animates still land where the last one asked.
    await sendKeys({ press: 'ArrowRight' });
    await waitForMapAtRest(el, 8000, 10);
    const map = $(el, '.map')!.getBoundingClientRect();
    const bar = $(el, '.tour-bar')!.getBoundingClientRect();
    for (const code of ['US', 'JP', 'IL']) {
      const market = $(el, `.pm-market-${code}`)!.getBoundingClientRect();
      const centre = { x: market.left + market.width / 2, y: market.top + market.height / 2 };
      expect(centre.x >= map.left && centre.x <= map.right && centre.y >= map.top && centre.y <= Math.min(map.bottom, bar.top), code).to.equal(true);
    }
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '.tour-bar')).to.equal(null);
  });

  it('with reduced motion, steps jump instead of flying', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await mountMap();
      el.tour = 60;
      await settle(el);
      el.stopTour();
      el.playTour();
      await settle(el);
      // A zoom animation must not start a task later either.
      await letTimePass(0);
      expect($(el, '.leaflet-container')?.classList.contains('leaflet-zoom-anim')).to.equal(false);
      el.stopTour();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('presenting: deep links', () => {
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('restores projects, view, selection and centre from the URL, and keeps other hash content', async () => {
    history.replaceState(null, '', '#tab=people&map=p:onconet;v:list;s:partner.vhio;c:41.4,2.15,9');
    const el = await mountMap({ 'sync-url': '' });
    expect(el.projects).to.deep.equal(['onconet']);
    expect(el.view).to.equal('list');
    await settle(el);
    expect($(el, '.drawer h3')?.textContent).to.contain('VHIO');
    el.view = 'map';
    // The centre comes back to within a pixel's rounding of the link's.
    const restored = /^#tab=people&map=p:onconet;s:partner\.vhio;c:41\.40\d\d,2\.15\d\d,9$/;
    await waitFor(() => restored.test(location.hash), `the link's view is back in the hash (${location.hash})`);
  });

  it('writes state changes to the hash under its own key; two widgets do not collide', async () => {
    history.replaceState(null, '', '#keep=1');
    const a = await mountMap({ 'sync-url': 'a' });
    const b = await mountMap({ 'sync-url': 'b', projects: 'laser-go' });
    $(a, '.filters [data-project="boost4health"]')?.click();
    await settle(a);
    b.selectPartner('litek');
    await settle(b);
    await waitForMapAtRest(b, 8000, 10);
    await waitFor(() => /&b=[^&]*s:partner\.litek/.test(location.hash), 'b wrote its selection');
    const hash = location.hash;
    expect(hash.startsWith('#keep=1&')).to.equal(true);
    expect(hash).to.match(/&a=p:onconet,laser-go,bioxclusters-plus;c:[-\d.]+,[-\d.]+,[\d.]+/);
    expect(hash).to.match(/&b=p:laser-go;s:partner\.litek;c:/);
    // Opening that URL in a fresh widget restores it.
    cleanup();
    const again = await mountMap({ 'sync-url': 'b' });
    expect(drawnPartners(again)).to.have.length(6);
    await settle(again);
    expect($(again, '.drawer h3')?.textContent).to.contain('LITEK');
  });

  it('follows the hash when it changes (the back button, a pasted link)', async () => {
    const el = await mountMap({ 'sync-url': 'm' });
    location.hash = 'm=p:bioxclusters-plus';
    await new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
    await settle(el);
    expect(drawnPartners(el)).to.deep.equal(['biocat', 'biom', 'biopmed', 'lyonbiopole']);
  });
});

describe('presenting: export', () => {
  afterEach(cleanup);

  it('exports an SVG that parses, with the marks as on screen (one shape per mark alone, a group with its count for marks grouped), one per market, title and attribution', async () => {
    const el = await mountMap();
    const onScreen = (selector: string) => [...shadow(el).querySelectorAll(`.leaflet-marker-pane ${selector}`)];
    const ids = (marks: Element[], name: string) => marks.map((m) => m.getAttribute(name)).sort();
    const svg = await el.exportSVG();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.nodeName).to.equal('svg');
    // Partners and events alone on screen are shapes of their own; the others only in their groups.
    expect(ids([...doc.querySelectorAll('[data-partner]')], 'data-partner')).to.deep.equal(ids(onScreen('[data-partner]'), 'data-partner'));
    expect(ids([...doc.querySelectorAll('[data-event]')], 'data-event')).to.deep.equal(ids(onScreen('[data-event]'), 'data-event'));
    const groups = [...doc.querySelectorAll('.groups > g')].map((g) => g.querySelector('text')?.textContent ?? '').sort();
    const grouped = onScreen('.pm-group').map((g) =>
      String(`${g.getAttribute('data-partners') ?? ''} ${g.getAttribute('data-events') ?? ''}`.trim().split(' ').length),
    );
    expect(groups).to.deep.equal(grouped.sort());
    // Barcelona's four (Biocat, ICO, VHIO and the forum) among them: every partner and event is counted once.
    expect(groups).to.include('4');
    expect(groups.reduce((n, count) => n + Number(count), 0) + doc.querySelectorAll('[data-partner], [data-event]').length).to.equal(25 + 3);
    expect(doc.querySelectorAll('[data-market]')).to.have.length(10);
    expect(doc.querySelector('.title')?.textContent).to.contain('International collaborations').and.contain('25 partners');
    expect(doc.querySelector('.attribution')?.textContent).to.contain('Natural Earth');
    // The land in view: Europe's countries, as the first view fits the consortia.
    expect(doc.querySelectorAll('.land path').length).to.be.greaterThan(30);
  });

  it('escapes hostile text in the SVG: it appears literally and injects nothing', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>"&\'';
    const data = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'p',
          geometry: null,
          properties: { kind: 'project', name: payload, programme: 'X', summary: 'S', start: null, end: null, lead: 'a', targetMarkets: ['JP'] },
        },
        {
          type: 'Feature',
          id: 'a',
          geometry: { type: 'Point', coordinates: [2, 41] },
          properties: { kind: 'partner', name: payload, shortName: 'A', type: 'cluster', city: payload, region: 'R', country: 'ES', roles: { p: 'lead' } },
        },
      ],
    };
    const el = await mountMap({ 'tiles-attribution': payload }, data);
    const svg = await el.exportSVG();
    expect(svg).to.not.contain('<script>');
    // As the serialiser writes text: markup characters escaped, quotes (harmless in text) as they are.
    expect(svg).to.contain(`&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"&amp;'`);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('script, img, foreignObject')).to.have.length(0);
    expect(doc.querySelector('[data-partner="a"] title')?.textContent).to.equal(`${payload}, ${payload}`);
    expect(doc.querySelector('.legend')?.textContent).to.contain(payload);
    expect(doc.querySelector('.attribution')?.textContent).to.contain(payload);
  });

  it('exports a PNG at twice the map size', async () => {
    const el = await mountMap();
    const png = await el.exportPNG();
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    const map = $(el, '.map')!.getBoundingClientRect();
    expect(bitmap.width).to.equal(Math.round(map.width) * 2);
    expect(bitmap.height).to.equal(Math.round(map.height) * 2);
  });

  it('offers the map and a slide, each as SVG and PNG, from a menu', async () => {
    const el = await mountMap();
    const menu = $(el, '.download') as HTMLDetailsElement;
    menu.open = true;
    await settle(el);
    expect([...shadow(el).querySelectorAll('.download [data-format]')].map((b) => b.textContent.trim())).to.deep.equal([
      'SVG (vector)',
      'PNG (2×)',
      'Slide 16:9, 1920×1080 (PNG)',
      'Slide 16:9, 1920×1080 (SVG)',
    ]);
  });
});

describe('presenting: presentation scale and print', () => {
  afterEach(cleanup);

  it('presentation enlarges text, marks and controls', async () => {
    const el = await mountMap();
    const size = (s: string) => $(el, s)!.getBoundingClientRect();
    await animationsDone(el); // marks settle their hover/compact transitions
    // LITEK, in Vilnius, stands alone at either scale.
    const before = {
      title: size('h2').height,
      mark: size('.leaflet-marker-pane [data-partner="litek"] svg').width,
      button: size('.zoom-in').width,
      pan: size('.pan button').width,
    };
    el.presentation = true;
    await animationsDone(el);
    // The title more than that: 40 px, to read from the back of a room.
    expect(size('h2').height).to.be.greaterThan(before.title * 2);
    expect(size('.leaflet-marker-pane [data-partner="litek"] svg').width).to.be.closeTo(before.mark * 1.5, 1);
    expect(size('.zoom-in').width).to.be.closeTo(before.button * 1.5, 1);
    // The pan buttons too, and they stay clear of the larger zoom buttons beside them (→ was on +).
    expect(size('.pan button').width).to.be.closeTo(before.pan * 1.5, 1);
    const zoom = size('.zoom');
    for (const b of shadow(el).querySelectorAll('.pan button')) {
      const r = b.getBoundingClientRect();
      expect(r.right <= zoom.left || r.top >= zoom.bottom, `${b.textContent} clear of the zoom buttons`).to.equal(true);
    }
  });

  it('prints without controls, and the list view in full', async () => {
    const el = await mountMap({ view: 'list' });
    await listShown(el);
    await emulateMedia({ media: 'print' });
    try {
      await waitFor(() => getComputedStyle($(el, '.tools')!).display === 'none', 'the print styles apply');
      for (const s of ['.tools', '.filters']) expect(getComputedStyle($(el, s)!).display, s).to.equal('none');
      const list = $(el, '.list')!;
      expect(getComputedStyle(list).position).to.equal('static');
      expect(list.scrollHeight).to.be.at.most(list.clientHeight + 1);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
