// A host that copies dist/partner-map.js and its chunks beside it, all but one: for the tests of
// what the widget does when a chunk is missing (a language, the clustering, the tour).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const dist = (file) => new URL(`../../dist/${file}`, import.meta.url);

/** Serves `page` at / with dist/partner-map.js and its chunks under /assets/, all but `missing`;
 *  opens it in Chromium and runs `check(tab, logged)` (`logged`: the console's `{ type, text }`
 *  so far); then checks that the page asked for the missing chunk and threw nothing. */
export async function withoutChunk(missing, page, check) {
  const requested = [];
  const server = createServer((req, res) => {
    requested.push(req.url);
    const file = req.url.slice('/assets/'.length);
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    else if (/^partner-map[a-z0-9.-]*\.js$/.test(file) && file !== missing && existsSync(dist(file)))
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(dist(file)));
    else res.writeHead(404).end('not here');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const tab = await browser.newPage();
    const errors = [];
    const logged = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => logged.push({ type: m.type(), text: m.text() }));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await check(tab, logged);
    assert.ok(requested.includes(`/assets/${missing}`), 'the chunk was asked for beside the script');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
}
