// Screenshots of the built demo in headless Chromium, to look at what we ship:
//   node scripts/screenshot.mjs [out-dir] [width] [height]   (defaults: screenshots/ 1280 900)
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, INSTALL_HINT, findChromium } from './chromium.mjs';
import { close, serve } from './serve.mjs';

const [out = 'screenshots', width = '1280', height = '900'] = process.argv.slice(2);
const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
await mkdir(out, { recursive: true });
const port = await serve(0);
const browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: Number(height), deviceScaleFactor: 1 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(`http://localhost:${port}/demo/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('partner-map')?.shadowRoot?.querySelector('[data-partner]'));
  await new Promise((r) => setTimeout(r, 400));
  await page.screenshot({ path: `${out}/demo-${width}.png`, fullPage: true });
  const map = await page.$('#map');
  await map?.screenshot({ path: `${out}/map-${width}.png` });
  const shoot = async (name, action) => {
    await page.evaluate(action);
    await new Promise((r) => setTimeout(r, 1200));
    await map?.screenshot({ path: `${out}/map-${name}-${width}.png` });
  };
  const root = "document.querySelector('#map').shadowRoot";
  await shoot('partner', `${root}.querySelector('.leaflet-marker-pane [data-partner="biocat"]').click()`);
  await shoot('project', `document.querySelector('#map').focusProject('boost4health')`);
  await shoot('list', `${root}.querySelector('[data-view="list"]').click()`);
  await page.evaluate(`${root}.querySelector('.drawer .close')?.click(); ${root}.querySelector('[data-view="map"]').click()`);
  await page.focus('#map');
  await page.evaluate(`${root}.querySelector('.search input').focus()`);
  await page.keyboard.type('bar');
  await new Promise((r) => setTimeout(r, 300));
  await map?.screenshot({ path: `${out}/map-search-${width}.png` });
  console.log(`screenshots in ${out}/`);
} finally {
  await browser.close();
  await close();
}
