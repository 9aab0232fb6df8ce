import { expect } from '@open-wc/testing';
import { checkTiles } from '../../src/map/tile-template.js';

describe('tiles templates', () => {
  it('takes http(s) templates with {s} {z} {x} {y} {r}, relative ones included', () => {
    for (const t of ['https://{s}.tile.example.org/{z}/{x}/{y}{r}.png', 'http://tiles.local/{z}/{x}/{y}.png', '/tiles/{z}/{x}/{y}.png'])
      expect(checkTiles(t)).to.deep.equal({ url: t });
  });

  it('refuses other schemes and unknown placeholders, saying why', () => {
    expect(checkTiles('javascript:alert(1)//{z}/{x}/{y}').problem).to.contain('javascript:');
    expect(checkTiles('data:image/png;base64,{z}').problem).to.contain('data:');
    expect(checkTiles('blob:https://example.org/{z}').problem).to.contain('blob:');
    expect(checkTiles('https://example.org/{z}/{x}/{y}.png?key={foo}').problem).to.contain('{foo}');
  });
});
