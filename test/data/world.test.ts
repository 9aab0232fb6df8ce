import { expect } from '@open-wc/testing';
import { countries, countryAnchor, unpackArcs } from '../../src/data/world.js';
import { greatCircle } from '../../src/graphics/arcs.js';

const rings = (code: string): number[][][] => {
  const g = countries().byCode.get(code)?.geometry;
  if (!g) throw new Error(`no ${code}`);
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
};

describe('basemap', () => {
  it('is keyed by ISO 3166-1 alpha-2 and covers every target market', () => {
    const { byCode } = countries();
    expect(byCode.size).to.be.greaterThan(230);
    for (const code of ['US', 'CA', 'JP', 'KR', 'AU', 'IL', 'MY', 'SG', 'BR', 'CN', 'ES', 'FR', 'DE', 'GB', 'XK']) {
      expect(byCode.has(code), code).to.equal(true);
    }
  });

  it('draws countries too small for the 110m set, such as Singapore, as a point', () => {
    expect(countries().byCode.get('SG')?.geometry.type).to.equal('Point');
    const [lon, lat] = countryAnchor('SG') ?? [0, 0];
    expect(lon).to.be.closeTo(103.8, 0.3);
    expect(lat).to.be.closeTo(1.35, 0.3);
  });

  it('cuts Fiji, Russia and Antarctica at the antimeridian: no edge jumps across the world', () => {
    for (const code of ['FJ', 'RU', 'AQ', 'US']) {
      for (const ring of rings(code)) {
        for (let i = 1; i < ring.length; i++) {
          const [a, b] = [ring[i - 1] ?? [], ring[i] ?? []];
          const jump = Math.abs((a[0] ?? 0) - (b[0] ?? 0));
          // The only long edges allowed run along the map's bottom edge, closing Antarctica.
          if (jump > 90) expect(Math.min(a[1] ?? 0, b[1] ?? 0), `${code} ${JSON.stringify([a, b])}`).to.be.below(-84);
        }
      }
    }
    expect(rings('FJ').some((r) => r.some(([lon]) => (lon ?? 0) > 0))).to.equal(true);
    expect(rings('FJ').some((r) => r.some(([lon]) => (lon ?? 0) < 0))).to.equal(true);
  });

  it('anchors the United States in the contiguous states, not pulled toward Alaska', () => {
    const [lon, lat] = countryAnchor('US') ?? [0, 0];
    expect(lon).to.be.within(-105, -90);
    expect(lat).to.be.within(35, 42);
  });
});

describe('greatCircle', () => {
  it('starts and ends at the given places, in [lat, lng] order', () => {
    const arc = greatCircle([2.16, 41.39], [139.69, 35.69]);
    expect(arc[0]?.[0]).to.be.closeTo(41.39, 1e-6);
    expect(arc[0]?.[1]).to.be.closeTo(2.16, 1e-6);
    expect(arc.at(-1)?.[0]).to.be.closeTo(35.69, 1e-6);
    expect(arc.at(-1)?.[1]).to.be.closeTo(139.69, 1e-6);
  });

  it('bends toward the pole like a real great circle from Barcelona to Tokyo', () => {
    const arc = greatCircle([2.16, 41.39], [139.69, 35.69]);
    expect(Math.max(...arc.map(([lat]) => lat))).to.be.greaterThan(60);
  });

  it('continues past 180° instead of jumping back when crossing the antimeridian', () => {
    const arc = greatCircle([170, -17], [-170, -17]);
    for (let i = 1; i < arc.length; i++) expect(Math.abs((arc[i]?.[1] ?? 0) - (arc[i - 1]?.[1] ?? 0))).to.be.below(5);
    expect(arc.at(-1)?.[1]).to.be.closeTo(190, 1e-6);
  });
});

describe('unpackArcs', () => {
  it('decodes Google-polyline integers: one arc of two points, with negatives and large values', () => {
    // "C" = 2 points; "_ibE" = 100000 … the polyline alphabet's worked example values.
    const encode = (v: number) => {
      let z = v < 0 ? ~(v << 1) : v << 1;
      let s = '';
      while (z >= 0x20) {
        s += String.fromCharCode((0x20 | (z & 0x1f)) + 63);
        z >>= 5;
      }
      return s + String.fromCharCode(z + 63);
    };
    const packed = [2, 3153, 2104, -1, 17, 1, 0, 0].map(encode).join('');
    expect(unpackArcs(packed)).to.deep.equal([
      [
        [3153, 2104],
        [-1, 17],
      ],
      [[0, 0]],
    ]);
  });
});
