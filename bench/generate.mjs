// Deterministic generated collaboration data (same format as the bundled file), for benchmarks and
// scale tests. Same arguments → same file.
// - generate(n): `n` partners spread over Europe in 4 projects (every 7th in two).
// - generate(n, seed, 'events'): 100 partners in 4 projects and `n` events of those projects.
// - generate(n, seed, 'projects'): `n` projects, each led by a partner of its own (`n` partners, all
//   leads: marks that are never clustered), each reaching one or two markets.
// - generate(n, seed, 'lead'): `n` projects all led by one partner, with 100 other partners.
const PROJECTS = ['alpha', 'beta', 'gamma', 'delta'];
const MARKETS = ['US', 'JP', 'CA', 'AU', 'KR', 'BR', 'MX', 'IN', 'CN', 'ZA'];

function randomOf(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const project = (id, lead, targetMarkets) => ({
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
    lead,
    targetMarkets,
  },
});

/** A country whose box (with the validator's margin, see nearCountry in src/data/world.ts) holds
 *  [lon, lat], for the random points over Europe: a country that contradicts its point is a
 *  warning. None in a corner of the North Sea no box reaches (the validator finds none there). */
function countryOf([lon, lat]) {
  if (lon <= 11.05) return lat <= 52.6 ? 'FR' : lon <= 3.1 ? 'GB' : lon > 4.5 ? 'DE' : lat <= 54.95 ? 'NL' : undefined;
  if (lon >= 18) return lat >= 39.65 ? 'RU' : lon <= 20 ? 'IT' : 'GR';
  return lat < 45.85 || (lat <= 48.55 && lon > 16.5) ? 'IT' : lon <= 16.5 ? 'DE' : 'PL';
}

/** A random point over Europe. */
const pointOf = (random) => [Math.round((-8 + random() * 30) * 1e4) / 1e4, Math.round((37 + random() * 18) * 1e4) / 1e4];

const partner = (i, random, roles, coordinates = pointOf(random)) => ({
  type: 'Feature',
  id: `p${i}`,
  geometry: { type: 'Point', coordinates },
  properties: {
    kind: 'partner',
    name: `Organisation ${i}`,
    shortName: `Org ${i}`,
    type: 'cluster',
    city: `City ${i % 997}`,
    region: 'Region',
    country: countryOf(coordinates),
    roles,
  },
});

/** `n` partners in the four projects (the first four lead them). */
function partners(n, random) {
  return Array.from({ length: n }, (_, i) => {
    const id = PROJECTS[i % 4];
    return partner(i, random, { [id]: i < 4 ? 'lead' : 'partner', ...(i % 7 === 3 ? { [PROJECTS[(i + 1) % 4]]: 'partner' } : {}) });
  });
}

export function generate(n, seed = 42, shape = 'partners') {
  const random = randomOf(seed);
  if (shape === 'events') {
    const features = [...PROJECTS.map((id, i) => project(id, `p${i}`, [['US', 'JP'], ['CA'], [], ['AU', 'KR']][i])), ...partners(100, random)];
    for (let i = 0; i < n; i++) {
      const coordinates = pointOf(random);
      features.push({
        type: 'Feature',
        id: `e${i}`,
        geometry: { type: 'Point', coordinates },
        properties: {
          kind: 'event',
          name: `Event ${i}`,
          project: PROJECTS[i % 4],
          start: '2021',
          end: '2021',
          city: `City ${i % 997}`,
          country: countryOf(coordinates),
          organisers: [`p${i % 100}`],
        },
      });
    }
    return { type: 'FeatureCollection', features };
  }
  if (shape === 'projects') {
    const features = [];
    for (let i = 0; i < n; i++) features.push(project(`q${i}`, `p${i}`, i % 3 ? [MARKETS[i % 10]] : [MARKETS[i % 10], MARKETS[(i + 3) % 10]]));
    for (let i = 0; i < n; i++) features.push(partner(i, random, { [`q${i}`]: 'lead' }));
    return { type: 'FeatureCollection', features };
  }
  if (shape === 'lead') {
    const features = [];
    const roles = {};
    for (let i = 0; i < n; i++) {
      features.push(project(`q${i}`, 'p0', i % 3 ? [MARKETS[i % 10]] : []));
      roles[`q${i}`] = 'lead';
    }
    features.push(partner(0, random, roles));
    for (let i = 1; i <= 100; i++) features.push(partner(i, random, { [`q${i % n}`]: 'partner' }));
    return { type: 'FeatureCollection', features };
  }
  return {
    type: 'FeatureCollection',
    features: [...PROJECTS.map((id, i) => project(id, `p${i}`, [['US', 'JP'], ['CA'], [], ['AU', 'KR']][i])), ...partners(n, random)],
  };
}
