// Deterministic generated collaboration data (same format as the bundled file): `n` partners
// spread over Europe in 4 projects (every 7th in two), for benchmarks and scale tests. Same n → same file.
export function generate(n, seed = 42) {
  let s = seed >>> 0;
  const random = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const projects = ['alpha', 'beta', 'gamma', 'delta'];
  const features = projects.map((id, i) => ({
    type: 'Feature',
    id,
    geometry: null,
    properties: {
      kind: 'project',
      name: `Project ${id}`,
      programme: 'Generated',
      summary: 'Generated for benchmarks.',
      start: '2020',
      end: '2022',
      lead: `p${i}`,
      targetMarkets: [['US', 'JP'], ['CA'], [], ['AU', 'KR']][i],
    },
  }));
  for (let i = 0; i < n; i++) {
    const project = projects[i % 4];
    features.push({
      type: 'Feature',
      id: `p${i}`,
      geometry: { type: 'Point', coordinates: [Math.round((-8 + random() * 30) * 1e4) / 1e4, Math.round((37 + random() * 18) * 1e4) / 1e4] },
      properties: {
        kind: 'partner',
        name: `Organisation ${i}`,
        shortName: `Org ${i}`,
        type: 'cluster',
        city: `City ${i % 997}`,
        region: 'Region',
        country: 'FR',
        roles: { [project]: i < 4 ? 'lead' : 'partner', ...(i % 7 === 3 ? { [projects[(i + 1) % 4]]: 'partner' } : {}) },
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
