// Issue #14: a spreadsheet in. `src` may be a CSV or TSV, one row per partner and project.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { parseSheetText } from '../../src/data/sheet.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { catchUncaught, drawnPartners, settle, shadow, waitFor } from '../helpers.js';

/** Mounts with `src`, collecting every data-error, and waits until `partners` marks are drawn. */
async function mountSheet(src: string, partners: number): Promise<{ el: PartnerMap; errors: { path: string; message: string; severity?: string }[] }> {
  const el: PartnerMap = document.createElement('partner-map');
  const errors: { path: string; message: string; severity?: string }[] = [];
  el.addEventListener('data-error', (e) => errors.push(...e.detail.errors));
  el.style.width = '960px';
  el.src = src;
  document.body.append(el);
  await waitFor(() => drawnPartners(el).length === partners, `${partners} partners are drawn from ${src}`, 10000);
  return { el, errors };
}

describe('a spreadsheet in (issue #14)', () => {
  const uncaught = catchUncaught();

  it('a CSV src with 5 rows across 2 projects draws 5 partners, the leads as leads', async () => {
    const { el, errors } = await mountSheet('/docs/example-network.csv', 5);
    expect(errors).to.deep.equal([]);
    expect(drawnPartners(el)).to.deep.equal(['biocat', 'human-technology-styria', 'lyonbiopole', 'tilburg-university', 'vilnius-university']);
    expect(el.partners.map((p) => p.shortName).sort()).to.deep.equal(['Biocat', 'HTS', 'Lyonbiopôle', 'Tilburg University', 'VU']);
    expect(shadow(el).querySelectorAll('.pm-lead')).to.have.length(2);
    el.view = 'list';
    await settle(el);
    await waitFor(() => shadow(el).querySelectorAll('tbody tr[data-partner]').length === 5, 'the list shows the 5 partners');
    expect(shadow(el).querySelector('tr[data-partner="lyonbiopole"]')?.textContent).to.match(/cluster organisation\s+Lyon\s+France/);
    expect(uncaught).to.deep.equal([]);
  });

  it('reports a row with an impossible latitude by its row number, and draws the rest', async () => {
    const { el, errors } = await mountSheet('/test/fixtures/sheets/bad-latitude.csv', 2);
    expect(drawnPartners(el)).to.deep.equal(['biocat', 'vilnius-university']);
    expect(errors.map((e) => e.path)).to.deep.equal(['row 3.geometry.coordinates']);
    expect(errors[0]?.message).to.match(
      /^src "\/test\/fixtures\/sheets\/bad-latitude\.csv": row 3 "Oncothon": geometry\.coordinates latitude 123 is out of range \[-90, 90\]/,
    );
    await waitFor(() => !!shadow(el).querySelector('.errors'), 'the widget lists the problem');
    expect(shadow(el).querySelector('.errors')?.textContent).to.contain('row 3 "Oncothon"');
  });

  it('reads a .tsv (other header names, no country: found from the point)', async () => {
    const { el, errors } = await mountSheet('/test/fixtures/sheets/tasman.tsv', 2);
    expect(errors).to.deep.equal([]);
    expect(el.partners.map((p) => [p.id, p.country, p.countryDerived ?? false])).to.deep.equal([
      ['university-of-auckland', 'NZ', false],
      ['sydney-lab', 'AU', true],
    ]);
  });

  it('takes a src served as text/csv whatever its name', async () => {
    const csv = 'Project;Organisation name;Latitude;Longitude\nA;Biocat;41,3888;2,159\nA;Lyonbiopôle;45.7485;4.8467\n';
    const { el, errors } = await mountSheet(`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`, 2);
    expect(errors).to.deep.equal([]);
    expect(el.partners.find((p) => p.id === 'biocat')?.position).to.deep.equal([2.159, 41.3888]);
  });

  it('reads headers forgivingly and says what is wrong by row, never throwing', () => {
    const r = parseSheetText(
      [
        '\ufeff Short-Name ,PROJECT,organisation,ROLE,lat,LON',
        'B,Onconet,Biocat,Coordinator,41.3888,2.159',
        ',Onconet,,partner,1,2',
        ',Onconet,Lab,sponsor,45,x',
        ',Onconet,"Constructor, Inc.",constructor,45.75,4.85',
      ].join('\r\n'),
    );
    expect(r.data.partners.map((p) => [p.id, p.shortName, p.roles['onconet']])).to.deep.equal([
      ['biocat', 'B', 'lead'],
      ['constructor-inc', 'Constructor, Inc.', 'partner'],
    ]);
    expect(r.data.projects[0]?.lead).to.equal('biocat');
    expect(r.errors.map((e) => e.message)).to.deep.equal([
      'row 3: has no organisation; the row is left out',
      'row 4: warning: role "sponsor" is not one of lead, partner, beneficiary, associate; it is taken as partner',
      'row 4: lon "x" is not a number in degrees',
      'row 4: "Lab" has no lat and lon; it is left out (`partner-map convert` places rows by city and country)',
      'row 5: warning: role "constructor" is not one of lead, partner, beneficiary, associate; it is taken as partner',
    ]);
    expect(parseSheetText('name,place\nx,y').errors.map((e) => e.path)).to.deep.equal(['row 1']);
  });
});
