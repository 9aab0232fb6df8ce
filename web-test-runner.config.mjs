import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { devServerPlugin as leafletTrustedTypes } from './scripts/leaflet-trusted-types.mjs';
import { generate } from './bench/generate.mjs';

/** Every request a test page makes to a host other than this machine (it must stay empty). */
const offHost = [];
const isLocal = (url) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === 'localhost' || hostname === '127.0.0.1';
};

/** The policy the README tells hosts to use, stricter than Google Maps' or Mapbox's. */
export const STRICT_CSP = "default-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html";

export default {
  middleware: [
    // Pages under test/security/ are served as a host with a strict policy would serve them.
    async (context, next) => {
      // Misbehaving servers for the malformed-data suite.
      if (context.path === '/test/bad-server/500') {
        context.status = 500;
        context.body = 'Internal Server Error';
        return;
      }
      if (context.path === '/test/bad-server/hang') {
        // Answers only after the widget has given up (bounded, so the server never hangs).
        await new Promise((r) => setTimeout(r, 3000));
        context.body = '{}';
        return;
      }
      if (context.path === '/test/slow/collaborations.geojson') {
        // The bundled file, answered late: time for the page to change something while it loads.
        await new Promise((r) => setTimeout(r, 800));
        context.type = 'application/geo+json';
        context.body = await readFile(new URL('./data/collaborations.geojson', import.meta.url), 'utf8');
        return;
      }
      // A generated network of N partners (bench/generate.mjs, seed 7) with two broken features
      // (a partner without a point, a project with a bad id), as a server sends a file: with its
      // length. /test/slow/… sends it in 8 parts over about 1.6 s, for the progress indicator.
      const generated = /^\/test\/(generated|slow)\/partners-(\d+)\.geojson$/.exec(context.path);
      if (generated) {
        const network = generate(Number(generated[2]), 7);
        const broken = [
          { type: 'Feature', id: 'no-point', geometry: null, properties: { kind: 'partner', name: 'Nowhere', roles: { alpha: 'partner' } } },
          { type: 'Feature', id: 'Bad Id!', geometry: null, properties: { kind: 'project', name: 'Bad', lead: 'p0', targetMarkets: [] } },
        ];
        const body = Buffer.from(JSON.stringify({ ...network, features: [...network.features, ...broken] }));
        context.type = 'application/geo+json';
        context.set('Content-Length', String(body.length));
        if (generated[1] === 'generated') {
          context.body = body;
          return;
        }
        const { PassThrough } = await import('node:stream');
        const stream = new PassThrough();
        context.body = stream;
        const part = Math.ceil(body.length / 8);
        for (let i = 0; i < 8; i++)
          setTimeout(() => (i < 7 ? stream.write(body.subarray(i * part, (i + 1) * part)) : stream.end(body.subarray(i * part))), 200 * (i + 1));
        return;
      }
      // The strict policy as README gives it for large data (the worker allowed, with its Trusted
      // Types policy), and with workers refused outright (?workers=refused: the main thread reads the data).
      if (context.path === '/test/security/worker-page.html') {
        await next();
        const workers = context.query.workers === 'refused' ? "worker-src 'none'" : 'worker-src blob:';
        context.set('Content-Security-Policy', `${STRICT_CSP} partner-map; ${workers}`);
        return;
      }
      if (context.path === '/test/bad-server/elsewhere') {
        context.redirect('http://data.elsewhere.test/collaborations.geojson');
        return;
      }
      await next();
      if (context.path === '/test/security/csp-page.html') context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Lit's dev build stays on in tests (its warnings are useful); its one-line banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // One page at a time: a background tab gets no rendering steps, so no ResizeObserver callbacks.
  concurrency: 1,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [
    leafletTrustedTypes(),
    // Read as raw text (no "extends"): the base tsconfig carries the decorator settings.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    {
      // emulateMedia's forcedColors is typed but not sent to Chromium: this command sends it.
      name: 'forced-colors',
      async executeCommand({ command, payload, session }) {
        if (command !== 'forced-colors') return undefined;
        // Puppeteer's emulateMediaFeatures refuses the feature: straight to the DevTools protocol, on a
        // session kept open (the emulation ends with it).
        const page = session.browser.getPage(session.id);
        page.__forcedColors ??= await page.createCDPSession();
        await page.__forcedColors.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload }] });
        return true;
      },
    },
    {
      name: 'off-host-requests',
      executeCommand({ command }) {
        if (command === 'off-host-requests') return [...offHost];
        return undefined;
      },
    },
  ],
  browsers: [
    chromeLauncher({
      // gc() and exact heap figures for the lifecycle stress test.
      launchOptions: { executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'] },
      async createPage({ context }) {
        const page = await context.newPage();
        page.on('request', (request) => {
          if (!isLocal(request.url())) offHost.push(request.url());
        });
        return page;
      },
    }),
  ],
};
