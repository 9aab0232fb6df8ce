import { expect } from '@open-wc/testing';
import { decodeState, encodeState, readHash, writeHash } from '../../src/present/url-state.js';

describe('url state', () => {
  it('round-trips projects, layers, view, selection and centre', () => {
    const state = {
      projects: ['laser-go', 'onconet'],
      layers: ['consortia', 'reach'] as const,
      view: 'list' as const,
      selected: { kind: 'partner' as const, id: 'biocat' },
      centre: { lat: 41.3888, lng: 2.159, zoom: 5.25 },
    };
    const encoded = encodeState(state);
    expect(encoded).to.equal('p:laser-go,onconet;l:consortia,reach;v:list;s:partner.biocat;c:41.3888,2.1590,5.25');
    expect(decodeState(encoded)).to.deep.equal(state);
  });

  it('ignores what it cannot read instead of failing', () => {
    expect(decodeState('s:partner.<script>;c:NaN,1,2;v:grid;l:nonsense;zzz')).to.deep.equal({ layers: [] });
    expect(decodeState('c:95,2,3')).to.deep.equal({});
  });

  it('sets its own key and keeps everything else in the hash, in place', () => {
    expect(writeHash('#tab=2&other=x', 'map', 'v:list')).to.equal('#tab=2&other=x&map=v:list');
    expect(writeHash('#tab=2&map=v:list&other=x', 'map', 'p:onconet')).to.equal('#tab=2&map=p:onconet&other=x');
    expect(writeHash('#tab=2&map=v:list', 'map', '')).to.equal('#tab=2');
    expect(readHash('#tab=2&map=p:onconet;v:list', 'map')).to.equal('p:onconet;v:list');
    expect(readHash('#tab=2&map2=v:list', 'map')).to.equal(undefined);
    expect(readHash('#%E0%A4%A=1&map=v:list', 'map')).to.equal('v:list');
  });
});
