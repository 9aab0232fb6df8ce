#!/usr/bin/env node
// partner-map-validate FILE_OR_URL...: checks collaboration GeoJSON with the element's own
// validator. Prints each problem with where it is; exit 0 when all are valid (warnings, which leave
// nothing out, are printed but pass unless --strict), 1 when any has a problem, 2 when the command
// is used wrongly. Reads regular files only (not a FIFO, a device or
// /dev/zero), of at most --max-size MB (default 100), and gives every input --timeout seconds.
import { open } from 'node:fs/promises';
import { constants, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const USAGE = 'usage: partner-map-validate [--strict] [--timeout SECONDS] [--max-size MB] FILE_OR_URL...';
const built = fileURLToPath(new URL('../dist/validate.js', import.meta.url));
if (!existsSync(built)) {
  console.error('partner-map-validate: dist/validate.js is missing; run `npm run build` first.');
  process.exit(2);
}
const { parseCollaborationsText, loadCollaborations } = await import(built);

const args = process.argv.slice(2);
let timeoutMs = 15000;
let maxBytes = 100 * 2 ** 20;
let strict = false;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--help' || a === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (a === '--strict') {
    strict = true;
  } else if (a === '--timeout') {
    const s = Number(args[++i]);
    if (!(s > 0)) {
      console.error(`partner-map-validate: --timeout needs a number of seconds\n${USAGE}`);
      process.exit(2);
    }
    // setTimeout keeps at most 2^31-1 ms (about 24 days).
    timeoutMs = Math.min(2 ** 31 - 1, s * 1000);
  } else if (a === '--max-size') {
    const mb = Number(args[++i]);
    if (!(mb > 0) || !Number.isFinite(mb)) {
      console.error(`partner-map-validate: --max-size needs a number of megabytes\n${USAGE}`);
      process.exit(2);
    }
    maxBytes = Math.floor(mb * 2 ** 20);
  } else inputs.push(a);
}
if (!inputs.length) {
  console.error(USAGE);
  process.exit(2);
}

const mb = (n) => `${Math.round((n / 2 ** 20) * 10) / 10} MB`;

/**
 * Reads a file as strict UTF-8: a file in another encoding is a problem to report, not to guess.
 * Opened without blocking and checked on the open handle (no swap between check and read): a FIFO
 * would wait for a writer forever, /dev/zero never ends; a file over the size limit is not read.
 */
async function readText(path) {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { error: 'is not a regular file (a directory, a FIFO or a device); only files are read' };
    if (info.size > maxBytes) return { error: `the file is ${mb(info.size)}, over the ${mb(maxBytes)} limit (--max-size)` };
    // At most one byte past the limit: a file that grew since is refused too.
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, info.size + 1));
    let length = 0;
    const signal = AbortSignal.timeout(timeoutMs);
    while (length < buffer.length) {
      if (signal.aborted) return { error: `could not be read within ${timeoutMs / 1000} s (--timeout)` };
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (!bytesRead) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { error: `the file is over the ${mb(maxBytes)} limit (--max-size)` };
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length)) };
    } catch (e) {
      // V8 cannot hold a string past ~512 MB: that is a size problem, not an encoding one.
      return { error: e instanceof RangeError ? 'the file is too large to read as one text' : 'the file is not UTF-8 text; save it as UTF-8' };
    }
  } finally {
    await handle.close();
  }
}

let failed = false;
for (const input of inputs) {
  let result;
  if (/^https?:\/\//i.test(input)) {
    result = await loadCollaborations(input, new AbortController().signal, timeoutMs, 'en', maxBytes);
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
    const warnings = errors.filter((e) => e.severity === 'warning').length;
    if (strict || warnings < errors.length) failed = true;
    for (const e of errors) console.log(`${input}: ${e.message}`);
    const those = warnings ? ` (${warnings} of them warning${warnings === 1 ? '' : 's'}, which leave nothing out)` : '';
    console.log(`${input}: ${errors.length} problem${errors.length === 1 ? '' : 's'}; valid: ${counts}${those}`);
  } else {
    console.log(`${input}: valid: ${counts}`);
  }
}
process.exit(failed ? 1 : 0);
