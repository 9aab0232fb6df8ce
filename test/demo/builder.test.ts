// The embed builder (demo/builder.html) as a webmaster uses it: choose, read the code, paste it into
// an empty page. The page loads the built element (dist/partner-map.js): `npm run build` first
// (`npm test` does).
import { expect } from '@open-wc/testing';
import type { PartnerMap } from '../../src/partner-map.js';
import { SHEET_WITH_BAD_ROW } from '../fixtures/bad-row-sheet.js';
import { waitFor } from '../helpers.js';

const frames: HTMLIFrameElement[] = [];

/** An iframe of the given size, loaded from `src` or written from `srcdoc`, once loaded. */
async function frame(page: { src?: string; srcdoc?: string }, width = 1200, height = 1400): Promise<Document> {
  const f = document.createElement('iframe');
  // Fixed at the top: the widget makes its map only once it is near the (top-level) viewport.
  Object.assign(f.style, { position: 'fixed', top: '0', left: '0', width: `${width}px`, height: `${height}px`, border: '0' });
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  if (page.src) f.src = page.src;
  if (page.srcdoc !== undefined) f.srcdoc = page.srcdoc;
  document.body.append(f);
  frames.push(f);
  await loaded;
  return f.contentDocument as Document;
}

/** The map in a document, once its marks are drawn. */
async function drawnMap(doc: Document, within: ParentNode = doc): Promise<PartnerMap> {
  await waitFor(
    () =>
      !!within.querySelector<PartnerMap>('partner-map')?.shadowRoot?.querySelector('.leaflet-marker-pane [data-partner], .leaflet-marker-pane [data-partners]'),
    'a map is drawn',
    15000,
  );
  return within.querySelector('partner-map') as PartnerMap;
}

/** The control a label names: by <label for>, a wrapping <label>, or a fieldset's <legend>. */
function control(doc: Document, name: string): HTMLElement {
  for (const label of doc.querySelectorAll('label')) {
    if (label.textContent.trim() !== name && label.firstChild?.textContent?.trim() !== name) continue;
    const target = label.control ?? label.querySelector<HTMLElement>('input, select, textarea');
    if (target) return target;
  }
  for (const legend of doc.querySelectorAll('fieldset > legend')) if (legend.textContent.trim() === name) return legend.parentElement as HTMLElement;
  throw new Error(`no control labelled ${name}`);
}

const setSelect = (select: HTMLElement, value: string) => {
  (select as HTMLSelectElement | HTMLInputElement).value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};
const setBox = (group: HTMLElement, value: string, checked: boolean) => {
  const box = group.querySelector<HTMLInputElement>(`input[value="${value}"]`);
  if (!box) throw new Error(`no choice ${value}`);
  box.checked = checked;
  box.dispatchEvent(new Event('change', { bubbles: true }));
};

const ids = (el: PartnerMap) => el.partners.map((p) => p.id).sort();

describe('the embed builder (demo/builder.html)', () => {
  before(async () => {
    const built = await fetch('/dist/partner-map.js', { method: 'HEAD' });
    if (!built.ok) throw new Error('dist/partner-map.js is missing: run `npm run build` before this test');
  });
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('has its controls labelled Projects, Partner, Language, Theme, Height, Layers; an Embed code box and a Copy button', async () => {
    const doc = await frame({ src: '/demo/builder.html' });
    await waitFor(() => doc.documentElement.dataset['ready'] === 'true', 'the builder is ready', 15000);
    for (const name of ['Projects', 'Partner', 'Language', 'Theme', 'Height', 'Layers'])
      expect(control(doc, name).tagName, name).to.match(/^(SELECT|INPUT|FIELDSET)$/);
    expect(control(doc, 'Embed code').tagName).to.equal('TEXTAREA');
    expect([...doc.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Copy')).to.equal(true);
    const languages = [...(control(doc, 'Language') as HTMLSelectElement).options].map((o) => o.value);
    expect(languages).to.deep.equal(['en', 'ca', 'es', 'fr', 'de', 'nl', 'it', 'pt', 'da', 'lt']);
    // Every project and every partner of the bundled data can be chosen.
    expect(control(doc, 'Projects').querySelectorAll('input[type="checkbox"]')).to.have.length(4);
    expect((control(doc, 'Partner') as HTMLSelectElement).options).to.have.length(26);
  });

  for (const format of ['module', 'classic'] as const) {
    it(`its code (${format === 'module' ? 'ES module' : 'classic script'}), pasted into an empty page, gives the preview's map`, async () => {
      const doc = await frame({ src: '/demo/builder.html' });
      await waitFor(() => doc.documentElement.dataset['ready'] === 'true', 'the builder is ready', 15000);
      setSelect(control(doc, 'Partner'), 'lyonbiopole');
      setSelect(control(doc, 'Language'), 'ca');
      setSelect(control(doc, 'Theme'), 'dark');
      setSelect(control(doc, 'Height'), '420');
      setBox(control(doc, 'Layers'), 'events', false);
      setBox(doc.getElementById('format') as HTMLElement, format, true);
      const code = (control(doc, 'Embed code') as HTMLTextAreaElement).value;
      expect(code).to.contain('partner="lyonbiopole"').and.contain('lang="ca"').and.contain('theme="dark"');
      expect(code).to.contain('layers="consortia reach"').and.contain('--partner-map-height: 420px');
      expect(code).to.contain(format === 'module' ? '<script type="module" src="' : 'partner-map.iife.js');
      const preview = await drawnMap(doc, doc.getElementById('preview') as HTMLElement);
      expect(ids(preview)).to.deep.equal(['biocat', 'biom', 'biopmed', 'lyonbiopole']);

      const pasted = await drawnMap(
        await frame({ srcdoc: `<!doctype html>\n<html><head><meta charset="utf-8"></head><body>\n${code}\n</body></html>` }, 700, 500),
      );
      expect(ids(pasted)).to.deep.equal(ids(preview));
      expect(pasted.markets).to.deep.equal(preview.markets);
      expect(pasted.markets).to.have.length(7);
      for (const attr of ['partner', 'lang', 'theme', 'layers']) expect(pasted.getAttribute(attr), attr).to.equal(preview.getAttribute(attr));
      expect(pasted.shadowRoot?.querySelector('.header h2')?.textContent.trim()).to.equal('Col·laboracions internacionals de Lyonbiopôle');
      expect(pasted.ownerDocument.defaultView?.getComputedStyle(pasted).height).to.equal('420px');
    });
  }

  it('limits the projects: the code names the ones left ticked, and so does the preview', async () => {
    const doc = await frame({ src: '/demo/builder.html' });
    await waitFor(() => doc.documentElement.dataset['ready'] === 'true', 'the builder is ready', 15000);
    const projects = control(doc, 'Projects');
    for (const id of ['boost4health', 'onconet', 'laser-go']) setBox(projects, id, false);
    const code = (control(doc, 'Embed code') as HTMLTextAreaElement).value;
    expect(code).to.contain('projects="bioxclusters-plus"');
    const preview = await drawnMap(doc, doc.getElementById('preview') as HTMLElement);
    expect(preview.shadowRoot?.querySelectorAll('.project-toggle')).to.have.length(1);
    expect(preview.markets).to.have.length(7);
  });

  it('takes a spreadsheet: says what it holds and where its problems are, previews it, and gives the code with its address', async () => {
    const doc = await frame({ src: '/demo/builder.html' });
    await waitFor(() => doc.documentElement.dataset['ready'] === 'true', 'the builder is ready', 15000);
    const sheet = SHEET_WITH_BAD_ROW;
    const input = control(doc, 'A spreadsheet (CSV, TSV) or a GeoJSON file') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([sheet], 'network.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => (doc.getElementById('file-report')?.textContent ?? '').startsWith('network.csv'), 'the file is read');
    expect(doc.getElementById('file-report')?.textContent).to.match(/^network\.csv: 4 partners in 2 projects; 1 problem/);
    expect(doc.getElementById('file-problems')?.textContent).to.contain('row 3');
    // Its projects are offered instead of the bundled ones, and its address is in the code.
    const offered = [...control(doc, 'Projects').querySelectorAll('input')].map((i) => i.value);
    expect(offered).to.have.length(2);
    expect((control(doc, 'Embed code') as HTMLTextAreaElement).value).to.contain('src="/assets/network.csv"');
    const preview = await drawnMap(doc, doc.getElementById('preview') as HTMLElement);
    await waitFor(() => preview.partners.length === 4, 'the preview draws the four placed partners');
  });
});
