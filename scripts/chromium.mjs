// Where the system Chromium is and how to start it quietly on a closed network; shared by the
// test runner, the screenshot script and `npm test`'s pre-flight check.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

export const INSTALL_HINT =
  'Chromium not found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROME_PATH to a Chrome or Chromium binary.';

/** Flags for a headless Chromium that makes no request of its own and reaches no other host. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--font-render-hinting=none',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // Any host but this machine fails to resolve: an accidental request to the outside cannot succeed.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

// `node scripts/chromium.mjs` is the pre-flight check of `npm test`: one line, and a failing exit.
if (import.meta.url === `file://${process.argv[1]}`) {
  if (!findChromium()) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
}
