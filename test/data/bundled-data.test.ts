import { expect } from '@open-wc/testing';
import { bundledData } from '../../src/generated/bundled-data.js';
import { parseCollaborations } from '../../src/data/parse.js';
import { consortium } from '../../src/data/selectors.js';

const { data, errors } = parseCollaborations(bundledData);
const project = (id: string) => {
  const p = data.projects.find((x) => x.id === id);
  if (!p) throw new Error(`no project ${id}`);
  return p;
};
const members = (id: string) =>
  consortium(data, project(id))
    .map((p) => p.id)
    .sort();

describe('data/collaborations.geojson', () => {
  it('validates with no errors', () => {
    expect(errors).to.deep.equal([]);
  });

  it('holds the four projects of the source text, with their programmes', () => {
    expect(data.projects.map((p) => p.id)).to.deep.equal(['boost4health', 'onconet', 'laser-go', 'bioxclusters-plus']);
    expect(project('boost4health').programme).to.match(/North-West Europe/);
    expect(project('onconet').programme).to.match(/Sudoe/);
    expect(project('laser-go').programme).to.match(/COSME/);
    expect(project('bioxclusters-plus').programme).to.match(/COSME/);
  });

  it('names each consortium as the source and the reference do', () => {
    expect(members('boost4health')).to.deep.equal(['biocat', 'biopeople', 'bioregio-stern', 'bom', 'eurasante', 'id2sante', 'kcc', 'mgc', 'oost-nl', 'uliege']);
    expect(members('onconet')).to.deep.equal(['biocat', 'cnio', 'coimbra', 'ico', 'navarrabiomed', 'pts-granada', 'ut3', 'vhio']);
    expect(members('laser-go')).to.deep.equal(['biocat', 'hts', 'litek', 'medicen', 'optence', 'opticsvalley']);
    expect(members('bioxclusters-plus')).to.deep.equal(['biocat', 'biom', 'biopmed', 'lyonbiopole']);
  });

  it('has one feature per organisation: Biocat is one partner with four roles', () => {
    const biocat = data.partners.filter((p) => p.shortName === 'Biocat');
    expect(biocat).to.have.length(1);
    expect(biocat[0]?.roles).to.deep.equal({
      boost4health: 'partner',
      onconet: 'beneficiary',
      'laser-go': 'partner',
      'bioxclusters-plus': 'partner',
    });
    expect(new Set(data.partners.map((p) => p.name)).size).to.equal(data.partners.length);
    expect(data.partners).to.have.length(25);
  });

  it('gives each project its lead and the Onconet roles of ICO and VHIO', () => {
    expect(project('boost4health').lead).to.equal('bom');
    expect(project('onconet').lead).to.equal('ut3');
    expect(project('laser-go').lead).to.equal('litek');
    expect(project('bioxclusters-plus').lead).to.equal('lyonbiopole');
    const role = (id: string) => data.partners.find((p) => p.id === id)?.roles['onconet'];
    expect(role('ico')).to.equal('beneficiary');
    expect(role('vhio')).to.equal('associate');
  });

  it('targets exactly the markets the source names', () => {
    expect([...project('laser-go').targetMarkets].sort()).to.deep.equal(['AU', 'CA', 'IL', 'JP', 'KR', 'MY', 'SG', 'US']);
    expect([...project('bioxclusters-plus').targetMarkets].sort()).to.deep.equal(['AU', 'BR', 'CA', 'CN', 'JP', 'KR', 'US']);
    expect(project('boost4health').targetMarkets).to.deep.equal([]);
    expect(project('onconet').targetMarkets).to.deep.equal([]);
  });

  it('records the Boost4Health vouchers: €1.24 M as 12 travel, 6 market, 5 product, 3 impact', () => {
    const b4h = project('boost4health');
    expect(b4h.funding).to.include({ amount: 1240000, currency: 'EUR' });
    expect(b4h.vouchers).to.deep.equal([
      { kind: 'travel', count: 12 },
      { kind: 'market-validation', count: 6 },
      { kind: 'product-validation', count: 5 },
      { kind: 'impact', count: 3 },
    ]);
  });

  it('says where the sources doubt: 11 leaders named as 9, unknown Onconet dates', () => {
    expect(project('boost4health').notes.join(' '))
      .to.match(/11 sector leaders/)
      .and.match(/9/);
    const onconet = project('onconet');
    expect(onconet.start).to.equal(null);
    expect(onconet.end).to.equal(null);
    expect(onconet.notes.join(' ')).to.match(/date/i);
  });

  it('holds the three events with their places and dates', () => {
    const byId = new Map(data.events.map((e) => [e.id, e]));
    expect(byId.get('onco-emergence-forum')).to.include({ city: 'Barcelona', project: 'onconet', start: '2018-06-21', end: '2018-06-22' });
    expect(byId.get('onco-emergence-forum')?.participants).to.deep.equal({ count: 160, atLeast: true });
    expect(byId.get('oncothon')).to.include({ city: 'Granada', project: 'onconet' });
    expect(byId.get('bio-europe-2018-matchmaking')).to.include({ city: 'Copenhagen', project: 'boost4health', country: 'DK' });
  });

  it('places every partner inside Europe, in longitude-latitude order', () => {
    for (const p of data.partners) {
      const [lon, lat] = p.position;
      expect(lon, p.id).to.be.within(-10, 26);
      expect(lat, p.id).to.be.within(36, 56);
    }
  });
});
