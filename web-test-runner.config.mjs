import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/** Every request a test page makes to a host other than this machine (it must stay empty). */
const offHost = [];
const isLocal = (url) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === 'localhost' || hostname === '127.0.0.1';
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Lit's dev build stays on in tests (its warnings are useful); its one-line banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // One page at a time: a background tab gets no rendering steps, so no ResizeObserver callbacks.
  concurrency: 1,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [
    // Read as raw text (no "extends"): the base tsconfig carries the decorator settings.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
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
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
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
