// The partner-map-validate CLI: exit codes and messages, on the shared invalid-data fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin/partner-map-validate.mjs');
const fixtures = join(root, 'test/fixtures');

/** Runs the CLI; resolves with its exit code and output (async, so a test server can answer). */
function run(...args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

test('the bundled data is valid: exit 0 and the counts', async () => {
  const r = await run('data/collaborations.geojson');
  assert.equal(r.status, 0);
  assert.equal(r.stdout.trim(), 'data/collaborations.geojson: valid: 4 projects, 25 partners, 3 events');
});

test('each invalid fixture: exit 1 (a warning alone: 0, 1 with --strict), and the problem named with where it is', async () => {
  const cases = JSON.parse(await readFile(join(fixtures, 'invalid/expected.json'), 'utf8'));
  assert.ok(cases.length >= 20);
  for (const c of cases) {
    const file = `test/fixtures/invalid/${c.file}`;
    const r = await run(file);
    assert.equal(r.status, c.severity === 'warning' ? 0 : 1, c.file);
    if (c.severity === 'warning') assert.equal((await run('--strict', file)).status, 1, c.file);
    assert.ok(r.stdout.includes(`${file}: `) && r.stdout.includes(c.message), `${c.file}: expected "${c.message}" in\n${r.stdout}`);
    assert.match(r.stdout, /problems?; valid: \d+ projects/);
  }
});

test('several files at once: one bad file makes the exit 1, and each is reported', async () => {
  const r = await run('test/fixtures/valid-small.geojson', 'test/fixtures/invalid/12-latitude-out-of-range.geojson');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /valid-small\.geojson: valid: 1 projects, 2 partners, 1 events/);
  assert.match(r.stdout, /latitude 123 is out of range/);
});

test('wrong use: no file → exit 2 with usage; a missing file → exit 1 saying so', async () => {
  const none = await run();
  assert.equal(none.status, 2);
  assert.match(none.stderr, /usage: partner-map-validate/);
  const missing = await run('no/such/file.geojson');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no\/such\/file\.geojson: cannot read the file \(ENOENT\)/);
});

test('a file that is not UTF-8, and a file with a byte-order mark', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pm-cli-'));
  const latin1 = join(dir, 'latin1.geojson');
  const valid = await readFile(join(fixtures, 'valid-small.geojson'), 'utf8');
  await writeFile(latin1, Buffer.from(valid.replace('Alpha Cluster', 'Alpha Clúster'), 'latin1'));
  const bad = await run(latin1);
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /the file is not UTF-8 text/);
  const bom = join(dir, 'bom.geojson');
  await writeFile(bom, `\ufeff${valid}`);
  assert.equal((await run(bom)).status, 0);
});

test('a URL that answers 404, a web page, or nothing in time', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/missing') return res.writeHead(404, 'Not Found').end('no');
    if (req.url === '/page') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Oops');
    if (req.url === '/slow') return setTimeout(() => res.end('{}'), 3000);
    res.writeHead(200, { 'content-type': 'application/geo+json' });
    return readFile(join(fixtures, 'valid-small.geojson')).then((b) => res.end(b));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const missing = await run(`${base}/missing`);
    assert.equal(missing.status, 1);
    assert.match(missing.stdout, /src "http:\/\/127\.0\.0\.1:\d+\/missing": the server answered HTTP 404 Not Found/);
    const page = await run(`${base}/page`);
    assert.match(page.stdout, /the server sent a web page \(text\/html\), not GeoJSON/);
    const slow = await run('--timeout', '0.3', `${base}/slow`);
    assert.match(slow.stdout, /no answer within 300 ms; the request was stopped/);
    const ok = await run(`${base}/data.geojson`);
    assert.equal(ok.status, 0);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('the documented minimal example is valid', async () => {
  const r = await run('docs/example.geojson');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /valid: 1 projects, 2 partners, 1 events/);
});

/** Runs the CLI with a deadline: a hang is a failure of its own, not a stuck test run. */
async function runWithin(ms, ...args) {
  const child = spawn(process.execPath, [cli, ...args], { cwd: root });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  const status = await new Promise((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  return { status, stdout };
}

test('special files are refused at once: a FIFO no one writes to, /dev/zero, a directory', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pm-cli-'));
  const fifo = join(dir, 'pipe.geojson');
  const made = await new Promise((resolve) =>
    spawn('mkfifo', [fifo])
      .on('close', (code) => resolve(code === 0))
      .on('error', () => resolve(false)),
  );
  const inputs = [...(made ? [fifo] : []), ...(process.platform === 'win32' ? [] : ['/dev/zero']), dir];
  for (const input of inputs) {
    const r = await runWithin(5000, input);
    assert.equal(r.status, 1, `${input} ended with a problem, not hung or killed`);
    assert.match(r.stdout, /is not a regular file/);
  }
});

test('a file over --max-size is not read; a URL body that never ends is cut off at the limit', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pm-cli-'));
  const big = join(dir, 'big.geojson');
  await writeFile(big, ' '.repeat(2 * 2 ** 20));
  const file = await runWithin(5000, '--max-size', '1', big);
  assert.equal(file.status, 1);
  assert.match(file.stdout, /the file is 2 MB, over the 1 MB limit \(--max-size\)/);
  // A body that never ends: 64 KB every tick, for ever.
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(65536, 32);
    const timer = setInterval(() => res.write(chunk), 1);
    res.on('close', () => clearInterval(timer));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  try {
    const r = await runWithin(10000, '--max-size', '1', '--timeout', '8', `http://127.0.0.1:${server.address().port}/endless`);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /the file is larger than 1 MB \(srcMaxBytes\); it was not read/);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
