// dist/index.js, the entry for bundler users, carries Leaflet patched for Trusted Types: a bare
// `leaflet/...` import would let the consumer's bundler take Leaflet's sources unpatched, with the
// `div.innerHTML = '<svg/>'` probe that throws under require-trusted-types-for 'script'
// (scripts/leaflet-trusted-types.mjs), against what README says of CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const dist = new URL('../../dist/', import.meta.url);
const files = readdirSync(dist).filter((name) => /^index(-.+)?\.js$/.test(name));
const read = (name) => readFileSync(new URL(name, dist), 'utf8');

/** Module specifiers of static imports and re-exports (rollup writes each on lines of its own) and of dynamic imports. */
const specifiers = (code) => [
  ...[...code.matchAll(/^(?:import|export)\b[^;'"]*?(?:\bfrom\s*)?(['"])([^'"\n]+)\1/gm)].map((m) => m[2]),
  ...[...code.matchAll(/\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g)].map((m) => m[2]),
];

test('the bundler entry has its clustering and tile chunks', () => {
  assert.ok(files.includes('index.js'));
  assert.ok(files.length >= 3, `only ${files.join(', ')}`);
});

test('the bundler entry and its chunks import no Leaflet module: Leaflet is bundled in', () => {
  for (const name of files) {
    const leaflet = specifiers(read(name)).filter((s) => s === 'leaflet' || s.startsWith('leaflet/'));
    assert.deepEqual(leaflet, [], `${name} imports ${leaflet.join(', ')}`);
  }
  // What stays external: shared with the app, none of them touches innerHTML at load.
  const external = new Set(files.flatMap((name) => specifiers(read(name)).filter((s) => !s.startsWith('.'))));
  assert.deepEqual([...external].sort(), ['d3-dsv', 'd3-scale', 'lit', 'lit/decorators.js', 'supercluster', 'topojson-client']);
});

test("the bundled Leaflet is the patched one: no innerHTML = '<svg/>' probe", () => {
  const code = files.map(read).join('\n');
  assert.match(code, /createSVGRect/, "Leaflet's Browser module is in the bundle");
  assert.doesNotMatch(code, /innerHTML\s*=\s*(['"`])<svg\s*\/?>\1/);
});
