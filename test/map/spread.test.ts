import { expect } from '@open-wc/testing';
import { spreadPoints } from '../../src/map/spread.js';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('spreadPoints', () => {
  it('leaves marks that do not overlap where they are', () => {
    const homes = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 0, y: 100 },
    ];
    expect(spreadPoints(homes, 22)).to.deep.equal(homes);
  });

  it('parts marks on the very same spot (Biocat and the forum it hosted)', () => {
    const out = spreadPoints(
      [
        { x: 50, y: 50 },
        { x: 50, y: 50 },
      ],
      22,
    );
    expect(distance(out[0]!, out[1]!)).to.be.closeTo(22, 0.5);
  });

  it('packs a tight cluster so no two marks overlap, and keeps it on its place', () => {
    const homes = Array.from({ length: 20 }, (_, i) => ({ x: 300 + (i % 5) * 3, y: 200 + Math.floor(i / 5) * 3 }));
    const out = spreadPoints(homes, 22);
    for (let i = 0; i < out.length; i++) for (let j = i + 1; j < out.length; j++) expect(distance(out[i]!, out[j]!)).to.be.greaterThan(21);
    const cx = out.reduce((s, p) => s + p.x, 0) / out.length;
    const cy = out.reduce((s, p) => s + p.y, 0) / out.length;
    expect(cx).to.be.closeTo(306, 3);
    expect(cy).to.be.closeTo(204.5, 3);
    // A honeycomb, not a ring: the farthest mark is within about three gaps of the centre.
    expect(Math.max(...out.map((p) => distance(p, { x: cx, y: cy })))).to.be.below(70);
  });
});
