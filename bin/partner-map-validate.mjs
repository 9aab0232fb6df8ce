#!/usr/bin/env node
// partner-map-validate FILE_OR_URL...: checks collaboration GeoJSON with the element's own
// validator. Prints each problem with where it is; exit 0 when all are valid, 1 when any has a
// problem, 2 when the command is used wrongly.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const USAGE = 'usage: partner-map-validate [--timeout SECONDS] FILE_OR_URL...';
const built = fileURLToPath(new URL('../dist/validate.js', import.meta.url));
if (!existsSync(built)) {
  console.error('partner-map-validate: dist/validate.js is missing; run `npm run build` first.');
  process.exit(2);
}
const { parseCollaborationsText, loadCollaborations } = await import(built);

const args = process.argv.slice(2);
let timeoutMs = 15000;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--help' || a === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (a === '--timeout') {
    const s = Number(args[++i]);
    if (!(s > 0)) {
      console.error(`partner-map-validate: --timeout needs a number of seconds\n${USAGE}`);
      process.exit(2);
    }
    timeoutMs = s * 1000;
  } else inputs.push(a);
}
if (!inputs.length) {
  console.error(USAGE);
  process.exit(2);
}

/** Reads a file as strict UTF-8: a file in another encoding is a problem to report, not to guess. */
async function readText(path) {
  const bytes = await readFile(path);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: 'the file is not UTF-8 text; save it as UTF-8' };
  }
}

let failed = false;
for (const input of inputs) {
  let result;
  if (/^https?:\/\//i.test(input)) {
    result = await loadCollaborations(input, new AbortController().signal, timeoutMs);
  } else {
    let read;
    try {
      read = await readText(input);
    } catch (e) {
      console.error(`${input}: cannot read the file (${e.code ?? e.message})`);
      failed = true;
      continue;
    }
    result = read.error
      ? { data: { projects: [], partners: [], events: [] }, errors: [{ path: '', message: read.error }] }
      : parseCollaborationsText(read.text);
  }
  const { data, errors } = result;
  const counts = `${data.projects.length} projects, ${data.partners.length} partners, ${data.events.length} events`;
  if (errors.length) {
    failed = true;
    for (const e of errors) console.log(`${input}: ${e.message}`);
    console.log(`${input}: ${errors.length} problem${errors.length === 1 ? '' : 's'}; valid: ${counts}`);
  } else {
    console.log(`${input}: valid: ${counts}`);
  }
}
process.exit(failed ? 1 : 0);
