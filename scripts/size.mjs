// Prints the gzip and brotli sizes of the built bundles (`npm run size`); builds first if needed.
// dist/partner-map.js is what a page loads at start; the chunks beside it load only when needed
// (partner-map-cluster.js past the clustering threshold, partner-map-tiles.js with `tiles`,
// partner-map-coasts.js past zoom 5 over Europe, partner-map-locale-<lang>.js for a language other
// than English).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const MAIN = 'dist/partner-map.js';
const BUDGET = 100 * 1024;

if (![MAIN, 'dist/partner-map.iife.js'].every((f) => existsSync(f))) execSync('npm run build', { stdio: 'inherit' });
const chunks = readdirSync('dist')
  .filter((f) => /^partner-map-[a-z0-9-]+\.js$/.test(f))
  .map((f) => `dist/${f}`);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const measure = (file) => {
  const raw = readFileSync(file);
  return { raw: raw.length, gz: gzipSync(raw, { level: 9 }).length, br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
};
const line = (name, m) => console.log(`${name.padEnd(46)} ${kb(m.raw).padStart(9)} min  ${kb(m.gz).padStart(8)} gzip  ${kb(m.br).padStart(8)} brotli`);
const main = measure(MAIN);
line(`${MAIN} (at start)`, main);
const all = { ...main };
for (const file of chunks) {
  const m = measure(file);
  line(`${file} (when needed)`, m);
  for (const k of ['raw', 'gz', 'br']) all[k] += m[k];
}
line('everything (ES build)', all);
line('dist/partner-map.iife.js', measure('dist/partner-map.iife.js'));
console.log(
  main.gz > BUDGET ? `over the ${kb(BUDGET)} gzip aim at start` : `within the ${kb(BUDGET)} gzip aim at start (Leaflet, Lit, d3-scale, basemap, data)`,
);
