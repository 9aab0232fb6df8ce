// Issue #14: a network given with only what drawing needs is drawn, with fallbacks a visitor can
// read; suspicious data is a warning that still draws.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { parseCollaborations } from '../../src/data/parse.js';
import { countryAt } from '../../src/data/country-at.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { catchUncaught, drawnPartners, settle, shadow, waitFor } from '../helpers.js';

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
/** A project with only its id, kind and name. */
const project = (id: string) => ({ type: 'Feature', id, geometry: null, properties: { kind: 'project', name: `Project ${id}` } });
/** A partner with only id, kind, name, Point and roles. */
const partner = (id: string, lon: number, lat: number, roles: Record<string, string> = { tasman: 'partner' }, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  id,
  geometry: point(lon, lat),
  properties: { kind: 'partner', name: `The ${id} organisation`, roles, ...extra },
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
/** Two partners across the Tasman Sea, each with no more than drawing needs. */
const tasman = () => collection(project('tasman'), partner('auckland-uni', 174.7633, -36.8485), partner('sydney-lab', 151.2093, -33.8688));

describe('a forgiving format (issue #14)', () => {
  const uncaught = catchUncaught();

  it('accepts a partner, a project and an event given only what drawing needs', () => {
    const event = { type: 'Feature', id: 'meet', geometry: point(151.2, -33.87), properties: { kind: 'event', name: 'Meet-up', project: 'tasman' } };
    const { data, errors } = parseCollaborations(collection(...tasman().features, event));
    expect(errors).to.deep.equal([]);
    const [nz, au] = data.partners;
    expect(nz?.shortName, 'shortName falls back to the name').to.equal('The auckland-uni organisation');
    expect([nz?.country, nz?.countryDerived, au?.country, au?.countryDerived]).to.deep.equal(['NZ', true, 'AU', true]);
    expect([nz?.type, nz?.city, nz?.region]).to.deep.equal([undefined, undefined, undefined]);
    const p = data.projects[0];
    expect([p?.programme, p?.summary, p?.lead, p?.start, p?.end]).to.deep.equal([undefined, undefined, undefined, null, null]);
    expect(data.events[0]).to.include({ country: 'AU', countryDerived: true, start: null, end: null });
  });

  it('still requires what drawing needs, naming the field', () => {
    const noPoint = { type: 'Feature', id: 'nowhere', geometry: null, properties: { kind: 'partner', name: 'Nowhere', roles: { tasman: 'partner' } } };
    const noRoles = { type: 'Feature', id: 'roleless', geometry: point(2, 41), properties: { kind: 'partner', name: 'Roleless' } };
    const { data, errors } = parseCollaborations(collection(project('tasman'), noPoint, noRoles));
    expect(data.partners).to.deep.equal([]);
    expect(errors.map((e) => e.path)).to.deep.equal(['features[1].geometry', 'features[2].properties.roles']);
    expect(errors.every((e) => e.severity === undefined)).to.equal(true);
  });

  it('keeps any type as given; a country the point is not in and a partner with no roles are warnings that still draw', () => {
    const { data, errors } = parseCollaborations(
      collection(
        project('tasman'),
        partner('ngo', 174.7633, -36.8485, { tasman: 'partner' }, { type: 'foundation', country: 'FR' }),
        partner('idle', 151.2093, -33.8688, {}),
      ),
    );
    expect(data.partners.map((p) => [p.id, p.type, p.country])).to.deep.equal([
      ['ngo', 'foundation', 'FR'],
      ['idle', undefined, 'AU'],
    ]);
    expect(errors.map((e) => [e.path, e.severity])).to.deep.equal([
      ['features[1].properties.country', 'warning'],
      ['features[2].properties.roles', 'warning'],
    ]);
    expect(errors[0]?.message).to.equal(
      'features[1] "ngo": warning: properties.country "FR" is far from the point [174.7633, -36.8485], which is in NZ; it is drawn at the point',
    );
  });

  it('finds the country of a point with the bundled basemap, also off its coarse coast; none in open sea', () => {
    const at = (lon: number, lat: number) => countryAt([lon, lat]);
    expect([at(2.1734, 41.3851), at(-9.1393, 38.7223), at(25.2797, 54.6872), at(5.0913, 51.5555), at(-30, 40)]).to.deep.equal([
      'ES',
      'PT',
      'LT',
      'NL',
      undefined,
    ]);
  });

  it('draws two partners given only id, kind, name, Point and roles, with their country derived (NZ, AU) and said so', async () => {
    const el: PartnerMap = document.createElement('partner-map');
    const problems: unknown[] = [];
    el.addEventListener('data-error', (e) => problems.push(...e.detail.errors));
    el.style.width = '960px';
    el.data = tasman();
    document.body.append(el);
    await waitFor(() => drawnPartners(el).length === 2, 'both partners are drawn');
    expect(drawnPartners(el)).to.deep.equal(['auckland-uni', 'sydney-lab']);
    expect(problems).to.deep.equal([]);
    expect(shadow(el).querySelector('.errors')).to.equal(null);
    el.selectPartner('auckland-uni');
    await settle(el);
    const details = () => shadow(el).querySelector('[part="details"]')?.textContent.replace(/\s+/g, ' ') ?? '';
    await waitFor(() => details().includes('New Zealand'), 'the details name the country');
    expect(details()).to.contain('New Zealand (country derived from the location)');
    expect(details()).to.not.match(/undefined|null/);
    el.selectPartner('sydney-lab');
    await waitFor(() => details().includes('Australia'), 'the details name Australia');
    expect(details()).to.contain('Australia (country derived from the location)');
    el.view = 'list';
    await settle(el);
    const rows = () => [...shadow(el).querySelectorAll('tbody tr[data-partner]')].map((r) => r.textContent.replace(/\s+/g, ' ').trim());
    await waitFor(() => rows().length === 2, 'the list shows both');
    expect(rows().join(' | ')).to.not.match(/undefined|null/);
    expect(rows().join(' | ')).to.contain('New Zealand');
    expect(uncaught).to.deep.equal([]);
  });
});
