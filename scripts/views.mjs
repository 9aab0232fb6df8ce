// Screenshots of <partner-map> alone on a page, at several sizes, to look at a view as a stranger would:
//   node scripts/views.mjs NAME [360x640,700x420,1280x720,1920x1080] ['attr=value;attr=value'] [script]
// Needs `npm run build` first. Writes screenshots/NAME-WxH.png. The optional script runs in the page
// once the map is drawn (the element is `el`), e.g. "el.selectPartner('biocat')"; the shot waits for
// the map to rest after it. Options: FORCED=1 emulates forced colours, ZOOM=4 a 400 % page zoom.
import { mkdir, writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, INSTALL_HINT, findChromium } from './chromium.mjs';
import { close, serve } from './serve.mjs';

const [name = 'view', sizes = '360x640,700x420,1280x720,1920x1080', attrs = '', script = ''] = process.argv.slice(2);
const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const attributes = attrs
  .split(';')
  .filter(Boolean)
  .map((pair) => {
    const [key, ...rest] = pair.split('=');
    return rest.length ? `${key}="${escape(rest.join('='))}"` : key;
  })
  .join(' ');
await mkdir('screenshots', { recursive: true });
await writeFile(
  'screenshots/page.html',
  `<!doctype html><meta charset="utf-8"><style>html,body{margin:0;height:100%}partner-map{display:block;height:100vh}</style>
<script type="module" src="../dist/partner-map.js"></script><partner-map ${attributes}></partner-map>`,
);
const port = await serve(0);
const browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
const zoom = Number(process.env.ZOOM ?? 1);
try {
  for (const size of sizes.split(',')) {
    const [width, height] = size.split('x').map(Number);
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && console.error('console:', m.text()));
    // Puppeteer's own check does not know forced-colors; the DevTools protocol does.
    if (process.env.FORCED)
      await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    // 400 % zoom is a viewport a quarter as wide at four device pixels per CSS pixel.
    await page.setViewport({ width: Math.round(width / zoom), height: Math.round(height / zoom), deviceScaleFactor: zoom });
    await page.goto(`http://localhost:${port}/screenshots/page.html`, { waitUntil: 'networkidle0' });
    const ready = () =>
      page.waitForFunction(() => {
        const el = document.querySelector('partner-map');
        const pane = el?.shadowRoot?.querySelector('.leaflet-map-pane');
        return el?.shadowRoot?.querySelector('.leaflet-container') && pane && !el.shadowRoot.querySelector('.leaflet-zoom-anim');
      });
    await ready();
    if (script) await page.evaluate(`(async () => { const el = document.querySelector('partner-map'); ${script} })()`);
    // The map at rest: no transition running for two frames in a row.
    await page.evaluate(
      () =>
        new Promise((done) => {
          const root = document.querySelector('partner-map').shadowRoot;
          let calm = 0;
          const tick = () => {
            const busy = root.getAnimations?.().some((a) => a.playState === 'running') || root.querySelector('.leaflet-zoom-anim');
            calm = busy ? 0 : calm + 1;
            if (calm > 20) done();
            else requestAnimationFrame(tick);
          };
          tick();
        }),
    );
    const path = `screenshots/${name}-${width}x${height}.png`;
    await page.screenshot({ path });
    console.log(path);
    await page.close();
  }
} finally {
  await browser.close();
  await close();
}
