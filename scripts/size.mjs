// Prints the gzip and brotli sizes of the built bundles (`npm run size`); builds first if needed.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const FILES = ['dist/partner-map.js', 'dist/partner-map.iife.js'];
const BUDGET = 100 * 1024;

if (!FILES.every((f) => existsSync(f))) execSync('npm run build', { stdio: 'inherit' });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let over = false;
for (const file of FILES) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`${file.padEnd(26)} ${kb(raw.length).padStart(9)} min  ${kb(gz).padStart(8)} gzip  ${kb(br).padStart(8)} brotli`);
  if (file === 'dist/partner-map.js' && gz > BUDGET) over = true;
}
console.log(over ? `over the ${kb(BUDGET)} gzip aim` : `within the ${kb(BUDGET)} gzip aim (everything: Leaflet, Lit, d3-scale, basemap, data)`);
