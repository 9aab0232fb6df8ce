import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { parseCollaborations } from '../../src/data/parse.js';
import { cleanup, drawnPartners, listShown, mountMap, settle, shadow, waitFor } from '../helpers.js';
import { PAYLOADS } from './payloads.js';

const w = window as unknown as { __xss?: number };

/** The only elements the widget ever makes; anything else in its shadow root was injected. */
const ALLOWED = new Set(
  'div span p h2 h3 button input label select option ul ol li details summary dl dt dd table caption thead tbody tr th td svg path circle g rect line figure figcaption a section article code img'.split(
    ' ',
  ),
);

/** SVG elements the widget makes only in its own drawings (a group mark's count, the vouchers
 *  chart, the reach inset, the list's timeline): allowed there, and nowhere else. */
const ALLOWED_WITHIN = new Map([
  ['text', '.pm-group-glyph, .vouchers-chart, .tl-axis'],
  ['title', '.reach-inset, .timeline'],
  ['ellipse', '.reach-inset'],
  // The title's slot, where a host may put its own heading.
  ['slot', 'h2'],
]);
const allowed = (e: Element): boolean => {
  const within = ALLOWED_WITHIN.get(e.localName);
  return ALLOWED.has(e.localName) || (within !== undefined && e.closest(within) !== null);
};

/** A data set where every string field carries hostile text: one partner per payload. */
function hostileData(payloads: readonly string[]) {
  const first = payloads[0] ?? '';
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'p',
        geometry: null,
        properties: {
          kind: 'project',
          name: first,
          fullName: first,
          programme: first,
          summary: payloads.join(' '),
          start: '2018',
          end: '2019',
          lead: 'a0',
          targetMarkets: ['JP'],
          notes: [...payloads],
          sources: [...payloads],
          funding: { amount: 1000, currency: 'EUR', purpose: first },
          vouchers: [{ kind: 'travel', count: 1 }],
        },
      },
      ...payloads.map((text, i) => ({
        type: 'Feature',
        id: `a${i}`,
        // Eight to a row (a chunk's eight partners as before), a row per eight: every position valid.
        geometry: { type: 'Point', coordinates: [2 + (i % 8) * 3, 41 + (i % 4) + 4 * Math.floor(i / 8)] },
        properties: {
          kind: 'partner',
          name: text,
          shortName: text,
          aliases: [text],
          type: 'cluster',
          city: text,
          region: text,
          country: 'ES',
          url: text,
          roles: { p: i === 0 ? 'lead' : 'partner' },
          roleNotes: { p: text },
          summary: text,
          notes: [text],
          sources: [text],
        },
      })),
      {
        type: 'Feature',
        id: 'e',
        geometry: { type: 'Point', coordinates: [2, 41] },
        properties: { kind: 'event', name: first, project: 'p', start: '2018', end: '2018', city: first, country: 'ES', summary: first, notes: [...payloads] },
      },
    ],
  };
}

/** Nothing ran, nothing was injected: only our own elements, no handler attributes, only web links. */
function assertClean(el: PartnerMap): void {
  expect(w.__xss, 'a payload ran').to.equal(undefined);
  const all = [...shadow(el).querySelectorAll('*')];
  const foreign = all.filter((e) => !allowed(e)).map((e) => e.localName);
  expect(foreign, 'injected elements').to.deep.equal([]);
  const handlers = all.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.localName}[${a.name}]`));
  expect(handlers, 'event-handler attributes').to.deep.equal([]);
  for (const a of shadow(el).querySelectorAll('a')) expect(new URL(a.href).protocol).to.match(/^https?:$/);
  expect(shadow(el).querySelectorAll('img:not(.leaflet-tile)')).to.have.length(0);
}

const text = (el: PartnerMap, selector: string) => shadow(el).querySelector(selector)?.textContent ?? '';

/** The mark that draws a partner: its own, or the group mark it shares. */
const markOf = (el: PartnerMap, id: string) =>
  shadow(el).querySelector(`.leaflet-marker-pane [data-partner="${id}"], .leaflet-marker-pane [data-partners~="${id}"]`);

describe(`hostile text: ${PAYLOADS.length} payloads in every string field`, () => {
  afterEach(cleanup);

  it('draws one partner per payload, all at once, each named with its payload literally, alone or in a group mark', async () => {
    expect(PAYLOADS.length).to.be.at.least(60);
    const map = await mountMap({}, hostileData(PAYLOADS));
    expect(drawnPartners(map)).to.deep.equal(PAYLOADS.map((_, i) => `a${i}`).sort());
    // Close on screen, marks share group marks: the first partner and the event always do (one
    // place), so at least one group's label carries hostile names as text.
    expect(shadow(map).querySelectorAll('.leaflet-marker-pane .pm-group').length).to.be.at.least(1);
    for (const [i, payload] of PAYLOADS.entries()) expect(markOf(map, `a${i}`)?.getAttribute('aria-label') ?? '', `a${i}`).to.contain(payload);
    assertClean(map);
  });

  for (let start = 0; start < PAYLOADS.length; start += 8) {
    const chunk = PAYLOADS.slice(start, start + 8);
    it(`payloads ${start + 1}–${start + chunk.length}: shown literally in marks, labels, details, legend, list, search and export`, async () => {
      const data = hostileData(chunk);
      const map = await mountMap({}, data);
      // Every partner is drawn (a non-http(s) link is refused, the partner stays).
      expect(map.partners).to.have.length(chunk.length);
      expect(text(map, '.errors')).to.match(/properties\.url must be an http\(s\) URL/);
      expect(text(map, '.legend')).to.contain(chunk[0]);
      // The first partner and the event share one place: one group mark at every zoom, named with
      // both, whose details list them as buttons that open each one's details.
      const group = shadow(map).querySelector<HTMLElement>('.leaflet-marker-pane .pm-group[data-partners="a0"][data-events="e"]')!;
      expect(group.getAttribute('aria-label')).to.contain(`${chunk[0]}, ${chunk[0]}`);
      group.dispatchEvent(new MouseEvent('mouseenter'));
      expect(text(map, '.pm-label')).to.equal(`${chunk[0]} · 2`);
      group.click();
      await settle(map);
      expect(text(map, '[part="details"] button[data-partner="a0"]')).to.equal(chunk[0]);
      expect(text(map, '[part="details"] button[data-event="e"]')).to.contain(chunk[0]);
      shadow(map).querySelector<HTMLElement>('[part="details"] button[data-event="e"]')!.click();
      await settle(map);
      // The event's own details (its notes hold every payload; the group's list does not).
      expect(text(map, '[part="details"] h3')).to.contain(chunk[0]);
      expect(text(map, '[part="details"]')).to.contain(chunk[chunk.length - 1]);
      shadow(map).querySelector<HTMLElement>('.leaflet-marker-pane .pm-group[data-partners="a0"]')!.click();
      await settle(map);
      shadow(map).querySelector<HTMLElement>('[part="details"] button[data-partner="a0"]')!.click();
      await settle(map);
      // The partner's own details, no longer the group's list.
      expect(shadow(map).querySelector('[part="details"] button[data-event="e"]')).to.equal(null);
      expect(text(map, '[part="details"] h3')).to.contain(chunk[0]);
      // Every other partner stands alone: its own mark, hover label and details.
      for (const [i, payload] of chunk.entries()) {
        if (i === 0) continue;
        const mark = shadow(map).querySelector<HTMLElement>(`.leaflet-marker-pane [data-partner="a${i}"]`)!;
        expect(mark.getAttribute('aria-label')).to.contain(payload);
        mark.dispatchEvent(new MouseEvent('mouseenter'));
        expect(text(map, '.pm-label')).to.equal(`${payload} · ${payload}`);
        mark.click();
        await settle(map);
        expect(text(map, '[part="details"]')).to.contain(payload);
      }
      map.focusProject('p');
      await settle(map);
      expect(text(map, '[part="details"]')).to.contain(chunk.join(' '));
      const input = shadow(map).querySelector<HTMLInputElement>('.search input')!;
      input.value = (chunk[1] ?? '').slice(0, 12);
      input.dispatchEvent(new InputEvent('input'));
      await settle(map);
      // The search comes in a chunk of its own: its results follow once it is here.
      if (input.value.trim()) await waitFor(() => text(map, '.search [role="listbox"]').includes(chunk[1]?.slice(0, 12) ?? ''), 'the search shows the payload');
      map.view = 'list';
      await listShown(map);
      for (const payload of chunk) expect(text(map, '.partners-table')).to.contain(payload);
      assertClean(map);
      const svg = new DOMParser().parseFromString(await map.exportSVG(), 'image/svg+xml');
      expect(svg.querySelector('parsererror')).to.equal(null);
      expect(svg.querySelectorAll('script, foreignObject, iframe, img, a')).to.have.length(0);
      expect([...svg.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')))).to.have.length(0);
      expect(w.__xss).to.equal(undefined);
    });
  }

  it('refuses hostile ids and links with an error that says where, and keeps the rest', () => {
    const data = hostileData(PAYLOADS.slice(0, 3));
    const withBadId = {
      ...data,
      features: [...data.features, { type: 'Feature', id: '<img src=x onerror=alert(1)>', geometry: null, properties: { kind: 'project' } }],
    };
    const { data: model, errors } = parseCollaborations(withBadId);
    expect(errors.map((e) => e.message)).to.include('features[5]: id must be a lowercase slug such as "biocat", not "<img src=x onerror=alert(1)>"');
    expect(errors.filter((e) => e.path.endsWith('.url')).length).to.equal(3);
    expect(model.partners.every((p) => p.url === undefined)).to.equal(true);
    expect(model.partners).to.have.length(3);
  });
});
