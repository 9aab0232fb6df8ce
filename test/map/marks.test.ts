import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { PROJECT_PALETTE } from '../../src/graphics/colours.js';
import { cleanup, mountMap, shadow } from '../helpers.js';

/** sRGB hex → linear RGB in [0, 1]. */
const linear = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];

/** Machado, Oliveira & Fernandes (2009) simulation matrices, severity 1.0, on linear RGB. */
const DEFICIENCIES: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** Linear RGB → CIE L*a*b* (D65). */
function lab([r, g, b]: number[]): [number, number, number] {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const [R, G, B] = [clamp(r ?? 0), clamp(g ?? 0), clamp(b ?? 0)];
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const simulate = (m: number[][], c: [number, number, number]) => m.map((row) => (row[0] ?? 0) * c[0] + (row[1] ?? 0) * c[1] + (row[2] ?? 0) * c[2]);
const deltaE = (a: number[], b: number[]) => Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0));

describe('not by colour alone', () => {
  afterEach(cleanup);

  it('the four project colours stay apart (ΔE ≥ 15) under protanopia, deuteranopia and tritanopia', () => {
    const colours = PROJECT_PALETTE.slice(0, 4).map(linear);
    for (const [name, matrix] of Object.entries(DEFICIENCIES)) {
      for (let i = 0; i < colours.length; i++) {
        for (let j = i + 1; j < colours.length; j++) {
          const d = deltaE(lab(simulate(matrix, colours[i]!)), lab(simulate(matrix, colours[j]!)));
          expect(d, `${name}: ${PROJECT_PALETTE[i]} vs ${PROJECT_PALETTE[j]}`).to.be.at.least(15);
        }
      }
    }
  });

  it('draws each project in its own shape, and arcs in their own dashes', async () => {
    const el = await mountMap();
    const shape = (id: string) => shadow(el).querySelector(`.leaflet-marker-pane [data-partner="${id}"] path[data-shape]`)?.getAttribute('data-shape');
    // Partners that stand alone at the first view (BOM shares Tilburg's group with Oost NL).
    expect(shape('mgc')).to.equal('circle'); // Boost4Health
    expect(shape('cnio')).to.equal('square'); // Onconet
    expect(shape('litek')).to.equal('triangle'); // LASER-GO
    expect(shape('biom')).to.equal('diamond'); // bioXclusters plus
    const dash = (id: string) => shadow(el).querySelector(`.pm-arc-${id}`)?.getAttribute('stroke-dasharray');
    expect(dash('laser-go')).to.not.equal(dash('bioxclusters-plus'));
    // The legend shows the same shapes next to the names.
    const keys = [...shadow(el).querySelectorAll('.legend-projects .pm-key path')].map((p) => p.getAttribute('d'));
    expect(new Set(keys).size).to.equal(4);
  });

  it('tells a lead by size and a ring, not by colour', async () => {
    const el = await mountMap({ projects: 'onconet' });
    const lead = shadow(el).querySelector('.leaflet-marker-pane [data-partner="ut3"] svg')!;
    const member = shadow(el).querySelector('.leaflet-marker-pane [data-partner="cnio"] svg')!;
    expect(Number(lead.getAttribute('width'))).to.be.greaterThan(Number(member.getAttribute('width')));
    expect(lead.querySelector('.pm-ring')).to.not.equal(null);
    expect(member.querySelector('.pm-ring')).to.equal(null);
  });
});
