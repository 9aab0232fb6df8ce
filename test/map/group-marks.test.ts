import { expect } from '@open-wc/testing';
import { groupMarks, type MarkSpot } from '../../src/map/group-marks.js';

const GROUP = 30;
/** A deterministic scatter of n marks in a box (a linear congruential sequence). */
function scatter(n: number, box: number, seed: number): MarkSpot[] {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * box;
  return Array.from({ length: n }, (_, i) => ({ x: next(), y: next(), size: i % 3 === 0 ? 26 : 18 }));
}

describe('groupMarks', () => {
  it('leaves marks apart alone, exactly at their places', () => {
    const spots = [
      { x: 0, y: 0, size: 18 },
      { x: 100, y: 0, size: 18 },
      { x: 0, y: 100, size: 26 },
    ];
    expect(groupMarks(spots, () => GROUP)).to.deep.equal(spots.map((s, i) => ({ x: s.x, y: s.y, members: [i] })));
  });

  it('puts overlapping marks in one group at their centre, the same place included', () => {
    const spots = [
      { x: 10, y: 10, size: 18 },
      { x: 10, y: 10, size: 20 },
      { x: 16, y: 10, size: 18 },
      { x: 300, y: 300, size: 18 },
    ];
    expect(groupMarks(spots, () => GROUP)).to.deep.equal([
      { x: 12, y: 10, members: [0, 1, 2] },
      { x: 300, y: 300, members: [3] },
    ]);
  });

  for (const [n, box, seed] of [
    [30, 400, 1],
    [200, 600, 7],
    [2000, 2000, 42],
    // Crowded: 10,000 events over one country at world zoom. Every pair in a crowded cell was a
    // candidate (7 s here before marks sharing a small cell were merged first; now ~60 ms).
    [10000, 200, 5],
  ] as const) {
    it(`${n} marks in ${box} px: each drawn once, singles at home, groups at their members' centre, nothing left overlapping`, function () {
      // Grouping is not quadratic: a hundredfold margin over what it takes (the crowded case took 7 s).
      this.timeout(n >= 10000 ? 5000 : 20000);
      const spots = scatter(n, box, seed);
      const groups = groupMarks(spots, () => GROUP);
      expect(groups.flatMap((g) => g.members).sort((a, b) => a - b)).to.deep.equal(spots.map((_, i) => i));
      for (const g of groups) {
        const cx = g.members.reduce((t, m) => t + (spots[m]?.x ?? 0), 0) / g.members.length;
        const cy = g.members.reduce((t, m) => t + (spots[m]?.y ?? 0), 0) / g.members.length;
        expect(Math.hypot(g.x - cx, g.y - cy)).to.be.below(1e-9);
      }
      const radius = (g: (typeof groups)[number]) => (g.members.length > 1 ? GROUP : (spots[g.members[0] ?? 0]?.size ?? 0)) / 2;
      for (const [i, a] of groups.entries())
        for (const b of groups.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.at.least(0.8 * (radius(a) + radius(b)) - 1e-9);
    });
  }
});
