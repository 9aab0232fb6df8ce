// dist/partner-map-standalone.html opens from file:// with no server and no request to any host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const file = new URL('../../dist/partner-map-standalone.html', import.meta.url);

test('the standalone file renders from file:// and requests nothing from any host', { skip: !findChromium() && 'no Chromium' }, async () => {
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    const requests = [];
    const errors = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(file.href, { waitUntil: 'load' });
    // Every partner drawn, alone (data-partner) or in a group mark (data-partners); the markets in the inset.
    await page.waitForFunction(
      () => {
        const root = document.querySelector('partner-map')?.shadowRoot;
        if (!root) return false;
        const alone = root.querySelectorAll('.leaflet-marker-pane [data-partner]').length;
        const grouped = [...root.querySelectorAll('.leaflet-marker-pane [data-partners]')].reduce(
          (n, m) => n + (m.getAttribute('data-partners') ?? '').split(' ').length,
          0,
        );
        return alone + grouped === 25 && root.querySelectorAll('.reach-inset [data-market]').length === 10;
      },
      { timeout: 15000 },
    );
    assert.deepEqual(errors, []);
    // Only the file itself (and data: URLs) were ever requested: no host at all.
    assert.deepEqual(
      requests.filter((u) => !u.startsWith('data:')),
      [file.href],
    );
    assert.equal(fileURLToPath(file).endsWith('partner-map-standalone.html'), true);
  } finally {
    await browser.close();
  }
});
