// `partner-map convert`: a spreadsheet to collaboration GeoJSON, rows without coordinates placed by
// city and country from the offline gazetteer (issue #14).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin/partner-map.mjs');
const dir = await mkdtemp(join(tmpdir(), 'partner-map-convert-'));
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

/** Great-circle distance in km between two [lon, lat] positions. */
function km([lon1, lat1], [lon2, lat2]) {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}

const SHEET = `project,organisation,role,city,country
Onconet,Biocat,lead,Barcelona,ES
Onconet,Lyonbiopôle,partner,Lyon,FR
Onconet,Vilnius University,partner,Vilnius,LT
Health Valleys,Tilburg University,lead,Tilburg,NL
Health Valleys,Human.technology Styria,partner,Graz,AT
`;

/** Where each city is (its centre, from Wikipedia), to check the gazetteer's answer against. */
const CENTRES = {
  biocat: [2.1734, 41.3851],
  lyonbiopole: [4.8357, 45.764],
  'vilnius-university': [25.2797, 54.6872],
  'tilburg-university': [5.0913, 51.5555],
  'human-technology-styria': [15.4395, 47.0707],
};

test('convert places rows with no coordinates by city and country: each within 25 km; exit 0', async () => {
  const sheet = join(dir, 'network.csv');
  const out = join(dir, 'network.geojson');
  await writeFile(sheet, SHEET);
  const r = run('convert', sheet, '-o', out);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stderr, /2 projects, 5 partners written to .*network\.geojson; every row placed/);
  const geojson = JSON.parse(await readFile(out, 'utf8'));
  const partners = geojson.features.filter((f) => f.properties.kind === 'partner');
  assert.deepEqual(partners.map((f) => f.id).sort(), Object.keys(CENTRES).sort());
  for (const f of partners) {
    const d = km(f.geometry.coordinates, CENTRES[f.id]);
    assert.ok(d < 25, `${f.id} placed ${d.toFixed(1)} km from ${f.properties.city}`);
  }
  // The file it writes is valid for the element's own validator.
  const v = spawnSync(process.execPath, [join(root, 'bin/partner-map-validate.mjs'), out], { encoding: 'utf8' });
  assert.equal(v.status, 0, v.stdout);
});

test('a city the gazetteer does not know: the row is named with its number and why, the rest written; exit 1', async () => {
  const sheet = join(dir, 'unknown.csv');
  const out = join(dir, 'unknown.geojson');
  await writeFile(sheet, `${SHEET}Health Valleys,Nowhere Labs,partner,Xyzzyville,ES\n`);
  const r = run('convert', sheet, '-o', out);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /row 7: "Nowhere Labs" has no lat and lon and no place named "Xyzzyville" in ES in the gazetteer; it is left out/);
  const geojson = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(geojson.features.filter((f) => f.properties.kind === 'partner').length, 5);
});

test('a name several places share is placed at the most populous, and the ambiguity is said', async () => {
  const sheet = join(dir, 'ambiguous.csv');
  await writeFile(sheet, 'project,organisation,city,lat,lon\nA,Springfield Works,Springfield,,\nA,Biocat,Barcelona,41.3888,2.159\n');
  const r = run('convert', sheet);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    /row 2: warning: "Springfield Works": "Springfield" is ambiguous: \d+ places have that name \(in [A-Z, ]+\); the most populous \(US, [\d,]+ people/,
  );
  // Without -o, the GeoJSON goes to standard output, after the problems.
  assert.match(r.stdout, /"type": "FeatureCollection"/);
});

test('input it cannot read: exit 2', async () => {
  assert.equal(run('convert', join(dir, 'missing.csv')).status, 2);
  const latin1 = join(dir, 'latin1.csv');
  await writeFile(latin1, Buffer.from([0x70, 0x72, 0x6f, 0x6a, 0x65, 0x63, 0x74, 0x0a, 0xe9, 0x0a]));
  assert.match(run('convert', latin1).stderr, /not UTF-8/);
  const noColumns = join(dir, 'columns.csv');
  await writeFile(noColumns, 'name,place\nx,y\n');
  const r = run('convert', noColumns);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /row 1: the sheet needs the columns project and organisation/);
  assert.equal(run('frobnicate').status, 2);
});
