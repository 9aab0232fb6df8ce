import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PartnerMap } from '../src/partner-map.js';
import { cleanup, drawnPartners, letTimePass, mountMap, shadow, waitFor, waitForMapAtRest } from './helpers.js';

// A host page's own Leaflet, set before the widget's code loads: it must survive.
const hostLeaflet = { version: '1.7.1', host: true };
(window as unknown as { L: unknown }).L = hostLeaflet;
await import('../src/index.js');

/** The mark that draws a partner: its own, or the group mark it shares with its neighbours. */
const markOf = (el: PartnerMap, id: string) =>
  shadow(el).querySelector(`.leaflet-marker-pane [data-partner="${id}"], .leaflet-marker-pane [data-partners~="${id}"]`);

const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

describe('embedding <partner-map> in a host page', () => {
  afterEach(cleanup);

  it('leaves window.L as the host page set it', async () => {
    await mountMap();
    expect((window as unknown as { L: unknown }).L).to.equal(hostLeaflet);
  });

  it('makes no request to any other host, nor do the reach inset and finer coasts it loads later', async () => {
    const el = await mountMap();
    // The reach inset arrives as a chunk right after the first view.
    await waitFor(() => !!shadow(el).querySelector('.reach-inset [data-market]'), 'the reach inset is drawn');
    // Biocat shares the Barcelona group at the first view: a click on the mark that holds it zooms
    // in (past zoom 5 over Europe, where the finer coasts come as a chunk) until the group lists it.
    const holder = () => shadow(el).querySelector<HTMLElement>('.leaflet-marker-pane [data-partner="biocat"], .leaflet-marker-pane [data-partners~="biocat"]');
    const listed = () => !!shadow(el).querySelector('[part="details"] [data-partner="biocat"]');
    for (let i = 0; i < 6 && !listed(); i++) {
      const before = holder();
      before?.click();
      await waitFor(() => listed() || holder() !== before, 'the group holding Biocat splits or lists it');
    }
    await waitFor(listed, 'the details list Biocat');
    await waitFor(() => !!shadow(el).querySelector('.pm-land-fine'), 'the finer coasts are drawn');
    // A fixed wait on purpose: no request to another host may follow, even a late one.
    await letTimePass(200);
    const offHost = await executeServerCommand<string[], undefined>('off-host-requests');
    expect(offHost).to.deep.equal([]);
    const resources = performance.getEntriesByType('resource').map((r) => new URL(r.name).host);
    expect(resources.every((h) => h === location.host)).to.equal(true);
  });

  it('keeps its styles inside: host elements named like Leaflet stay unstyled', async () => {
    const decoy = document.createElement('div');
    decoy.className = 'leaflet-container leaflet-pane';
    document.body.append(decoy);
    await mountMap();
    const style = getComputedStyle(decoy);
    expect(style.position).to.equal('static');
    expect(style.overflow).to.equal('visible');
    decoy.remove();
  });

  it('keeps a fixed height so the host page never shifts', async () => {
    const el = document.createElement('partner-map');
    document.body.append(el);
    const before = el.getBoundingClientRect().height;
    await new Promise((r) => el.addEventListener('map-ready', r, { once: true }));
    expect(before).to.equal(480);
    expect(el.getBoundingClientRect().height).to.equal(480);
  });

  it('shows hostile text from data as text in markers, details and the legend', async () => {
    const data = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'p',
          geometry: null,
          properties: {
            kind: 'project',
            name: hostile,
            programme: hostile,
            summary: hostile,
            start: '2018',
            end: '2019',
            lead: 'x',
            targetMarkets: ['JP'],
            notes: [hostile],
          },
        },
        {
          type: 'Feature',
          id: 'x',
          geometry: { type: 'Point', coordinates: [2, 41] },
          properties: {
            kind: 'partner',
            name: hostile,
            shortName: hostile,
            type: 'cluster',
            city: hostile,
            region: hostile,
            country: 'ES',
            roles: { p: 'lead' },
            notes: [hostile],
            url: 'javascript:window.__pwned=3',
          },
        },
      ],
    };
    const el = await mountMap({}, data);
    shadow(el).querySelector<HTMLElement>('[data-partner="x"]')?.click();
    await waitFor(() => !!shadow(el).querySelector('[part="details"]'), 'the details open');
    const popup = shadow(el).querySelector('[part="details"]');
    expect(popup?.textContent).to.contain(hostile);
    expect(shadow(el).querySelector('[data-partner="x"]')?.getAttribute('aria-label')).to.contain(hostile);
    expect(shadow(el).querySelector('[part="legend"]')?.textContent).to.contain(hostile);
    expect(shadow(el).querySelectorAll('img:not(.leaflet-tile), script')).to.have.length(0);
    expect(popup?.querySelector('a')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    // The refused link is reported, inside the widget.
    expect(shadow(el).querySelector('.errors')?.textContent).to.contain('properties.url must be an http(s) URL');
  });

  it('fires data-error with every problem, and still draws the valid features', async () => {
    const el = document.createElement('partner-map');
    const errors = new Promise<{ path: string; message: string }[]>((resolve) =>
      el.addEventListener('data-error', (e) => resolve([...e.detail.errors]), { once: true }),
    );
    el.data = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'p',
          geometry: null,
          properties: { kind: 'project', name: 'P', programme: 'X', summary: 'S', start: null, end: null, lead: 'a', targetMarkets: [] },
        },
        {
          type: 'Feature',
          id: 'a',
          geometry: { type: 'Point', coordinates: [2, 41] },
          properties: { kind: 'partner', name: 'A', shortName: 'A', type: 'cluster', city: 'C', region: 'R', country: 'ES', roles: { p: 'lead' } },
        },
        {
          type: 'Feature',
          id: 'b',
          geometry: { type: 'Point', coordinates: [2, 123] },
          properties: { kind: 'partner', name: 'B', shortName: 'B', type: 'cluster', city: 'C', region: 'R', country: 'ES', roles: { p: 'partner' } },
        },
      ],
    };
    const ready = new Promise((r) => el.addEventListener('map-ready', r, { once: true }));
    document.body.append(el);
    const found = await errors;
    expect(found.map((e) => e.path)).to.deep.equal(['features[2].geometry.coordinates']);
    expect(found[0]?.message).to.match(/^features\[2\] "b": geometry\.coordinates latitude 123 is out of range \[-90, 90\]/);
    await ready;
    expect([...shadow(el).querySelectorAll('[data-partner]')].map((m) => m.getAttribute('data-partner'))).to.deep.equal(['a']);
  });
});

describe('<partner-map> in hidden and resized containers', () => {
  afterEach(cleanup);

  it('draws correctly once shown when it starts inside display: none', async () => {
    const tab = document.createElement('div');
    tab.style.display = 'none';
    tab.style.width = '800px';
    document.body.append(tab);
    const el = document.createElement('partner-map');
    const ready = new Promise((r) => el.addEventListener('map-ready', r, { once: true }));
    tab.append(el);
    // A fixed wait on purpose: nothing may be made while the tab is closed…
    await letTimePass(200);
    expect(shadow(el).querySelector('.leaflet-pane')).to.equal(null);
    tab.style.display = 'block';
    // …and the map is drawn, fitted to its real size, once it is shown.
    await ready;
    const box = shadow(el).querySelector('.map')?.getBoundingClientRect();
    // Each drawn in the box, alone or in a group mark (Biocat's is the Barcelona group).
    for (const id of ['biocat', 'litek', 'bom', 'ut3']) {
      const r = markOf(el, id)?.getBoundingClientRect();
      expect(r && box && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom, id).to.equal(true);
    }
    tab.remove();
  });

  it('waits until it comes near the viewport before making its map', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    document.body.append(spacer);
    const el = document.createElement('partner-map');
    const ready = new Promise((r) => el.addEventListener('map-ready', r, { once: true }));
    document.body.append(el);
    // A fixed wait on purpose: no map may be made while the widget is far below the viewport.
    await letTimePass(300);
    expect(shadow(el).querySelector('.leaflet-pane')).to.equal(null);
    el.scrollIntoView();
    await ready;
    expect(drawnPartners(el)).to.have.length(25);
    spacer.remove();
    window.scrollTo(0, 0);
  });

  it('follows its box: once the visitor has moved the map, markers stay on their places when the host is resized', async () => {
    const el = await mountMap();
    // The visitor's own view (a press on the map) is kept: the map is not fitted again.
    shadow(el)
      .querySelector('.map-surface')!
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    // The Barcelona group (Biocat and its neighbours) is drawn at its members' centre, a fixed place.
    const marker = () => markOf(el, 'biocat')?.getBoundingClientRect();
    const map = shadow(el).querySelector('.map')?.getBoundingClientRect();
    const before = marker();
    el.style.width = '600px';
    await waitFor(() => Math.abs((before?.left ?? 0) - (marker()?.left ?? 0) - 180) <= 4, 'the marker moves left by about 180px');
    const after = marker();
    // Leaflet keeps the centre: a 360px narrower map moves a fixed point left by about 180px.
    expect(before && after && map ? before.left - after.left : 0).to.be.closeTo(180, 4);
  });

  it('a group opened by a click alone (as assistive technology sends it: no pointer down) keeps its zoom when the host is resized', async () => {
    const el = await mountMap();
    const shownAs = () =>
      shadow(el).querySelector<HTMLElement>('.leaflet-marker-pane [data-partners~="biocat"], .leaflet-marker-pane [data-partner="biocat"]')?.dataset.partners ??
      'biocat alone';
    const group = shadow(el).querySelector<HTMLElement>('.leaflet-marker-pane [data-partners~="biocat"]')!;
    const members = group.dataset.partners;
    group.click();
    // Zoomed in: Biocat's group is another (fewer members), or Biocat stands alone.
    await waitFor(() => shownAs() !== members, 'the group opens');
    await waitForMapAtRest(el, 5000, 10);
    const opened = shownAs();
    el.style.width = '900px';
    await waitFor(() => shadow(el).querySelector('.map')!.getBoundingClientRect().width <= 900, 'the map is narrower');
    await waitForMapAtRest(el, 5000, 10);
    expect(shownAs(), "Biocat is shown as after the click, not in the first view's group").to.equal(opened);
  });

  it('an untouched first view is fitted to its new box when the host is resized: every mark stays inside', async () => {
    const el = await mountMap();
    el.style.width = '420px';
    await waitFor(() => shadow(el).querySelector('.map')!.getBoundingClientRect().width <= 420, 'the map is at most 420 px wide');
    await waitForMapAtRest(el, 5000, 10);
    const map = shadow(el).querySelector('.leaflet-container')!.getBoundingClientRect();
    for (const m of shadow(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane > *')) {
      const r = m.getBoundingClientRect();
      expect(r.left >= map.left && r.right <= map.right, `${m.dataset.partner ?? m.dataset.partners} inside`).to.equal(true);
    }
  });

  it('an untouched first view resized by the host lands on the same pixels as a widget opened at the new size', async () => {
    // Where each mark is in the map, to the pixel (Leaflet places them on whole pixels).
    const places = (el: PartnerMap) => {
      const box = shadow(el).querySelector('.leaflet-container')!.getBoundingClientRect();
      return [...shadow(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane > *')].map((m) => {
        const r = m.getBoundingClientRect();
        return `${m.dataset.partner ?? m.dataset.partners} ${r.left - box.left},${r.top - box.top}`;
      });
    };
    const resized = await mountMap();
    const before = shadow(resized).querySelector('.leaflet-container')!.getBoundingClientRect();
    // 23 px narrower and 17 px taller (the zoom stays): odd changes, which Leaflet's own pan
    // splits into half pixels (its first view then landed 1–2 px off a fresh one's).
    resized.style.width = '937px';
    resized.style.setProperty('--partner-map-height', '617px');
    await waitFor(() => {
      const now = shadow(resized).querySelector('.leaflet-container')!.getBoundingClientRect();
      return now.width === before.width - 23 && now.height === before.height + 17;
    }, 'the map resized');
    await waitForMapAtRest(resized, 5000, 10);
    const fresh = document.createElement('partner-map');
    fresh.style.setProperty('--partner-map-height', '617px');
    fresh.style.width = '937px';
    const ready = new Promise((r) => fresh.addEventListener('map-ready', r, { once: true }));
    document.body.append(fresh);
    await ready;
    await waitForMapAtRest(fresh, 5000, 10);
    expect(places(resized)).to.have.length.greaterThan(5);
    expect(places(resized)).to.deep.equal(places(fresh));
  });

  it('folds its legend on a phone-sized widget', async () => {
    const el = document.createElement('partner-map');
    el.style.width = '340px';
    const ready = new Promise((r) => el.addEventListener('map-ready', r, { once: true }));
    document.body.append(el);
    await ready;
    expect(shadow(el).querySelector<HTMLDetailsElement>('.legend')?.open).to.equal(false);
  });
});
