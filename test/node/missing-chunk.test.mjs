// A host that copies dist/partner-map.js and its other chunks but not one of them beside it: the
// clustering chunk (a large network still shows its leads and events) or the tour's (the map goes
// on without a tour); either way the widget says, in its own words, what is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { generate } from '../../bench/generate.mjs';

const script = readFileSync(new URL('../../dist/partner-map.js', import.meta.url));
const chunk = (url) => new URL(`../../dist/${url.slice('/assets/'.length)}`, import.meta.url);
const pageWith = (script) => `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/assets/partner-map.js"></script>
<partner-map style="--partner-map-height: 500px"></partner-map>
<script type="module">${script}</script></html>`;

/** Serves `page` with partner-map.js and every chunk beside it but `missing`; runs `check` on a
 *  tab that opened it, with what the server was asked for and the page's uncaught errors. */
async function withoutChunk(missing, page, check) {
  const requested = [];
  const server = createServer((req, res) => {
    requested.push(req.url);
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    else if (req.url === '/assets/partner-map.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else if (/^\/assets\/partner-map-[a-z0-9.-]+\.js$/.test(req.url) && req.url !== `/assets/${missing}` && existsSync(chunk(req.url)))
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(chunk(req.url)));
    else res.writeHead(404).end('not here');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await check(tab);
    assert.ok(requested.includes(`/assets/${missing}`), 'the chunk was asked for beside the script');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
}

test('without partner-map-cluster.js beside it, a large network shows its leads and says what is missing', { skip: !findChromium() && 'no Chromium' }, () =>
  withoutChunk('partner-map-cluster.js', pageWith(`document.querySelector('partner-map').data = ${JSON.stringify(generate(1000))};`), async (tab) => {
    await tab.waitForFunction(() => document.querySelector('partner-map')?.shadowRoot?.querySelector('.cluster-error'), { timeout: 15000 });
    const shown = await tab.evaluate(() => {
      const root = document.querySelector('partner-map').shadowRoot;
      return {
        alert: root.querySelector('.cluster-error').textContent,
        role: root.querySelector('.cluster-error').getAttribute('role'),
        leads: root.querySelectorAll('.leaflet-marker-pane [data-partner]').length,
      };
    });
    assert.match(shown.alert, /could not be loaded: only lead partners and events are shown/);
    assert.equal(shown.role, 'alert');
    assert.equal(shown.leads, 4);
  }),
);

test('without partner-map-tour.js beside it, ▶ says the tour could not be loaded, and the map goes on', { skip: !findChromium() && 'no Chromium' }, () =>
  withoutChunk('partner-map-tour.js', pageWith(''), async (tab) => {
    const logged = [];
    tab.on('console', (m) => logged.push(m.text()));
    await tab.waitForFunction(() => document.querySelector('partner-map')?.shadowRoot?.querySelector('.tour-play'), { timeout: 15000 });
    await tab.evaluate(() => document.querySelector('partner-map').shadowRoot.querySelector('.tour-play').click());
    await tab.waitForFunction(() => document.querySelector('partner-map').shadowRoot.querySelector('.tour-error'), { timeout: 15000 });
    const shown = await tab.evaluate(() => {
      const root = document.querySelector('partner-map').shadowRoot;
      return {
        alert: root.querySelector('.tour-error').textContent,
        role: root.querySelector('.tour-error').getAttribute('role'),
        bar: !!root.querySelector('.tour-bar'),
        marks: root.querySelectorAll('.leaflet-marker-pane > *').length,
      };
    });
    assert.equal(shown.alert, 'The tour could not be loaded.');
    assert.equal(shown.role, 'alert');
    assert.equal(shown.bar, false);
    assert.ok(shown.marks > 5, 'the map is still drawn');
    assert.ok(
      logged.some((text) => text.includes('the tour did not load (partner-map-tour.js)')),
      'the console names the file',
    );
  }),
);
