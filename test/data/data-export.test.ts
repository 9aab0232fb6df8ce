/** The data out (#14): the list as CSV and GeoJSON, read back by the widget's own readers. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { bundledCollaborations } from '../../src/data/bundled.js';
import { CSV_COLUMNS, networkCsv, networkGeoJson, neutralised } from '../../src/data/data-export.js';
import { parseCollaborations } from '../../src/data/parse.js';
import { select } from '../../src/data/selectors.js';
import { parseSheetText } from '../../src/data/sheet.js';
import { LAYERS, type Collaborations } from '../../src/data/types.js';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, shadow, waitFor } from '../helpers.js';

const data = bundledCollaborations();
const selectionOf = (d: Collaborations, projects: string[] | null) => select(d, { projects, layers: [...LAYERS] });

describe('data out: the list as GeoJSON and CSV', () => {
  it('GeoJSON of everything validates with no problem and holds every project, partner and event', () => {
    const result = parseCollaborations(networkGeoJson(data, selectionOf(data, null)));
    expect(result.errors).to.deep.equal([]);
    expect(result.data.projects.map((p) => p.id)).to.deep.equal(data.projects.map((p) => p.id));
    expect(result.data.partners).to.have.length(data.partners.length);
    expect(result.data.events).to.have.length(data.events.length);
    const biocat = result.data.partners.find((p) => p.id === 'biocat');
    expect(biocat?.roles).to.deep.equal(data.partners.find((p) => p.id === 'biocat')?.roles);
  });

  it('GeoJSON after a filter holds only what is shown: Onconet, its 8 partners with their Onconet role only', () => {
    const out = parseCollaborations(networkGeoJson(data, selectionOf(data, ['onconet'])));
    expect(out.errors).to.deep.equal([]);
    expect(out.data.projects.map((p) => p.id)).to.deep.equal(['onconet']);
    expect(out.data.partners).to.have.length(8);
    for (const p of out.data.partners) expect(Object.keys(p.roles)).to.deep.equal(['onconet']);
    expect(out.data.events.every((e) => e.project === 'onconet')).to.equal(true);
  });

  it('CSV has one row per partner and project, with the columns a sheet src reads back to the same places', () => {
    const selection = selectionOf(data, null);
    const text = networkCsv(selection);
    const lines = text.split('\n');
    expect(lines[0]).to.equal(CSV_COLUMNS.join(','));
    expect(lines).to.have.length(1 + selection.partners.reduce((n, v) => n + v.roles.length, 0));
    const back = parseSheetText(text);
    expect(back.errors.filter((e) => e.severity !== 'warning')).to.deep.equal([]);
    expect(back.data.partners).to.have.length(data.partners.length);
    expect(back.data.projects).to.have.length(data.projects.length);
    const uliege = back.data.partners.find((p) => p.name === data.partners.find((d) => d.id === 'uliege')?.name);
    expect(uliege?.position).to.deep.equal(data.partners.find((d) => d.id === 'uliege')?.position);
  });

  it('cells a spreadsheet would run as formulas are neutralised; a negative longitude stays a number', () => {
    const hostile: Collaborations = {
      ...data,
      partners: data.partners.map((p) => (p.id === 'biocat' ? { ...p, name: '=HYPERLINK("http://evil.example","Biocat")', city: '+cmd', url: '@SUM(A1)' } : p)),
    };
    const text = networkCsv(selectionOf(hostile, ['boost4health']));
    expect(text).to.contain(`"'=HYPERLINK(""http://evil.example"",""Biocat"")"`);
    expect(text).to.contain("'+cmd");
    expect(text).to.contain("'@SUM(A1)");
    expect(text).to.match(/,-\d+\.\d+,/); // a partner west of Greenwich (Rennes) keeps its number
    expect(text.split('\n').some((line) => /(^|,)[=+@]/.test(line))).to.equal(false);
  });

  it('neutralised: never starts a formula, and only adds one apostrophe', () => {
    fc.assert(
      fc.property(fc.string(), (cell) => {
        const out = neutralised(cell);
        const plainNumber = /^-?\d+(\.\d+)?$/.test(cell);
        if (!plainNumber) expect(/^[=+\-@\t\r]/.test(out)).to.equal(false);
        expect(out === cell || out === `'${cell}`).to.equal(true);
      }),
      { numRuns: 10000 },
    );
  });
});

describe('data out: the list view’s downloads', () => {
  afterEach(cleanup);

  /** The file the list saves for a button, as the browser would get it: the download link's name
   *  and what it points to (the test takes the link's click instead of saving a file). */
  async function saved(el: PartnerMap, format: 'csv' | 'geojson'): Promise<{ name: string; text: string }> {
    const clicked = new Promise<HTMLAnchorElement>((resolve) =>
      shadow(el).addEventListener(
        'click',
        (e) => {
          if (!(e.target instanceof HTMLAnchorElement)) return;
          e.preventDefault();
          resolve(e.target);
        },
        { capture: true },
      ),
    );
    shadow(el).querySelector<HTMLElement>(`.list-download [data-download="${format}"]`)!.click();
    const link = await clicked;
    return { name: link.download, text: await (await fetch(link.href)).text() };
  }

  it('saves what the list shows after the filters, as a CSV a spreadsheet opens safely and as GeoJSON that validates', async () => {
    const el = await mountMap({ view: 'list', projects: 'onconet laser-go' });
    await waitFor(() => !!shadow(el).querySelector('.list-download'), 'the list and its downloads');
    const csv = await saved(el, 'csv');
    expect(csv.name).to.equal('partner-map-network.csv');
    const back = parseSheetText(csv.text);
    expect(back.data.projects.map((p) => p.name).sort()).to.deep.equal(['LASER-GO', 'Onconet']);
    expect(back.data.partners).to.have.length(el.partners.length);
    const geo = await saved(el, 'geojson');
    expect(geo.name).to.equal('partner-map-network.geojson');
    const parsed = parseCollaborations(JSON.parse(geo.text));
    expect(parsed.errors).to.deep.equal([]);
    expect(parsed.data.partners.map((p) => p.id).sort()).to.deep.equal(el.partners.map((p) => p.id).sort());
  });
});
