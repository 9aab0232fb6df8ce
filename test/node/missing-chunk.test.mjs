// A host that copies dist/partner-map.js and its other chunks but not the clustering chunk beside
// it: a large network still shows its leads and events, and the widget says, in its own words,
// what is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { generate } from '../../bench/generate.mjs';

const script = readFileSync(new URL('../../dist/partner-map.js', import.meta.url));
/** The other chunks beside it (the validator, which `data` needs): all but the clustering one. */
const chunk = (url) => new URL(`../../dist/${url.slice('/assets/'.length)}`, import.meta.url);
const page = `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/assets/partner-map.js"></script>
<partner-map style="--partner-map-height: 500px"></partner-map>
<script type="module">
  const map = document.querySelector('partner-map');
  map.data = ${JSON.stringify(generate(1000))};
</script></html>`;

test(
  'without partner-map-cluster.js beside it, a large network shows its leads and says what is missing',
  { skip: !findChromium() && 'no Chromium' },
  async () => {
    const requested = [];
    const server = createServer((req, res) => {
      requested.push(req.url);
      if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(page);
      else if (req.url === '/assets/partner-map.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      else if (/^\/assets\/partner-map-[a-z0-9.-]+\.js$/.test(req.url) && req.url !== '/assets/partner-map-cluster.js' && existsSync(chunk(req.url)))
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
      assert.ok(requested.includes('/assets/partner-map-cluster.js'), 'the chunk was asked for beside the script');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      server.close();
    }
  },
);
