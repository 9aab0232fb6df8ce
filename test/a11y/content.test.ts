// Issue 19: the hover/focus label (1.4.13), the search's status (4.1.3), the data problems box,
// English parts marked in another language (3.1.2) and reflow at 320 px (1.4.10).
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, settle, shadow, waitFor, waitForMapAtRest } from '../helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = (el: PartnerMap, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const active = (el: PartnerMap) => shadow(el).activeElement as HTMLElement | null;
const label = (el: PartnerMap) => $(el, '.pm-label:not([hidden])');
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
/** A mark as seen: its glyph, not its larger pointer target. */
const glyph = (mark: Element) => (mark.querySelector('svg') ?? mark).getBoundingClientRect();
const centre = (e: Element): [number, number] => {
  const r = e.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

describe('a11y: the hover and focus label (1.4.13)', () => {
  afterEach(async () => {
    await resetMouse();
    cleanup();
  });

  it('Escape hides the label of a focused mark and focus stays on the mark', async () => {
    const el = await mountMap();
    await waitForMapAtRest(el);
    const mark = $(el, '.leaflet-marker-pane [tabindex="0"]')!;
    mark.focus();
    await waitFor(() => !!label(el), 'the label shows');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(!!label(el), 'the label is gone').to.equal(false);
    expect(active(el) === mark, 'focus stays on the mark').to.equal(true);
  });

  it('Escape hides a hovered mark’s label while focus is elsewhere', async () => {
    const el = await mountMap();
    await waitForMapAtRest(el);
    $(el, '.search input')!.focus();
    const mark = $(el, '.leaflet-marker-pane [data-partner]')!;
    await sendMouse({ type: 'move', position: centre(mark) });
    await waitFor(() => !!label(el), 'the label shows');
    await sendKeys({ press: 'Escape' });
    expect(!!label(el)).to.equal(false);
  });

  it("covers none of the marks it is not about, and moving the pointer onto another mark shows that mark's", async () => {
    const el = await mountMap();
    await waitForMapAtRest(el);
    const marks = $$(el, '.leaflet-marker-pane .leaflet-marker-icon');
    const covered: string[] = [];
    for (const mark of marks) {
      mark.focus();
      await waitFor(() => !!label(el), 'the label shows');
      const { width: w, height: h, left, top } = label(el)!.getBoundingClientRect();
      const hits = (x: number, y: number) => marks.some((other) => other !== mark && overlap(new DOMRect(x, y, w, h), glyph(other)));
      if (!hits(left, top)) continue;
      // Covering a neighbour is only right where every place around the mark (touching it: above,
      // below, beside, at a corner) would cover one.
      const m = mark.getBoundingClientRect();
      const xs = [m.left + m.width / 2 - w / 2, m.right, m.left - w];
      const ys = [m.top - h, m.bottom, m.top + m.height / 2 - h / 2];
      const free = xs.some((x) => ys.some((y) => !(x === xs[0] && y === ys[2]) && !hits(x, y)));
      if (free) covered.push(`${label(el)!.textContent} covers a neighbour; it had room`);
    }
    expect(covered).to.deep.equal([]);
    // Two marks close together (Barcelona's group and its neighbour): the pointer goes from one to the other.
    (active(el) as HTMLElement).blur();
    const [a, b] = marks.slice().sort((m, n) => centre(m)[0] - centre(n)[0]);
    await sendMouse({ type: 'move', position: centre(a!) });
    await waitFor(() => !!label(el), 'a label shows');
    const first = label(el)!.textContent;
    await sendMouse({ type: 'move', position: centre(b!) });
    await waitFor(() => !!label(el) && label(el)!.textContent !== first, "the other mark's label shows");
  });

  it('stays while the pointer moves from the mark onto it', async () => {
    const el = await mountMap();
    await waitForMapAtRest(el);
    const mark = $(el, '.leaflet-marker-pane [data-partner]')!;
    await sendMouse({ type: 'move', position: centre(mark) });
    await waitFor(() => !!label(el), 'the label shows');
    const text = label(el)!.textContent;
    await sendMouse({ type: 'move', position: centre(label(el)!) });
    await settle(el);
    expect(label(el)?.textContent).to.equal(text);
  });
});

describe('a11y: what the widget says', () => {
  afterEach(cleanup);

  it('the search says its count once, about 600 ms after the last keystroke, not on each', async () => {
    const el = await mountMap();
    const status = $(el, '.search [role="status"]')!;
    const said: string[] = [];
    new MutationObserver(() => status.textContent.trim() && said.push(status.textContent.trim())).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    $(el, '.search input')!.focus();
    await sendKeys({ type: 'b' });
    await sendKeys({ type: 'i' });
    await sendKeys({ type: 'o' });
    const typed = performance.now();
    await settle(el);
    expect(status.textContent.trim(), 'nothing said while typing').to.equal('');
    await waitFor(() => !!status.textContent.trim(), 'the count is said', 3000);
    expect(performance.now() - typed, 'after a pause').to.be.above(450);
    expect(said).to.deep.equal([`${$$(el, '#search-results [role="option"]').length} results`]);
  });

  it('the data problems box is a disclosure inside an alert, not an alert in place of a disclosure; its problems are marked English in a Spanish widget', async () => {
    const el = await mountMap({ src: '/test/fixtures/invalid/05-missing-id.geojson', lang: 'es' });
    await waitFor(() => !!$(el, 'details.errors'), 'the problems are shown');
    const box = $(el, 'details.errors')!;
    expect(box.hasAttribute('role'), '<details> keeps its own role').to.equal(false);
    expect(box.parentElement?.getAttribute('role')).to.equal('alert');
    expect(box.querySelector('summary')?.closest('[lang]')?.getAttribute('lang')).to.equal('es');
    const problem = box.querySelector('li')!;
    expect(problem.closest('[lang]')?.getAttribute('lang')).to.equal('en');
  });

  it("the bundled data's notes, in English only, are marked lang=en inside a Catalan widget", async () => {
    const el = await mountMap({ lang: 'ca' });
    const partner = el.partners.find((p) => p.notes.length)!;
    el.selectPartner(partner.id);
    await settle(el);
    const note = $(el, '.drawer .notes li')!;
    expect(note.closest('[lang]')?.getAttribute('lang')).to.equal('en');
    expect($(el, '.drawer h3')!.closest('[lang]')?.getAttribute('lang')).to.equal('ca');
  });
});

describe('a11y: reflow at 320 px (1.4.10)', () => {
  afterEach(cleanup);

  it('the project and layer toggles wrap (no sideways scroll), and the summary is seen with them', async () => {
    const el = await mountMap();
    el.style.width = '320px';
    el.style.setProperty('--partner-map-height', '640px');
    await settle(el);
    $(el, '.panels-toggle')!.click();
    await settle(el);
    const host = el.getBoundingClientRect();
    for (const box of [$(el, '.filters')!, ...$$(el, '.filter-group')]) {
      expect(box.scrollWidth <= box.clientWidth, `${box.className} does not scroll sideways`).to.equal(true);
    }
    const outside = $$(el, '.toggle')
      .filter((t) => t.getBoundingClientRect().right > host.right || t.getBoundingClientRect().left < host.left)
      .map((t) => t.textContent.trim());
    expect(outside).to.deep.equal([]);
    const summary = $(el, '.header .summary')!;
    const [x, y] = centre(summary);
    expect(summary.getBoundingClientRect().width > 100, 'the summary is not clipped').to.equal(true);
    expect(shadow(el).elementFromPoint(x, y) === summary, 'and nothing covers it').to.equal(true);
  });
});
