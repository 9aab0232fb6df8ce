// Writes dist/partner-map-standalone.html: one file with the widget inlined, that opens from a USB
// stick (file://) with no server and no network. Run by `npm run build` after rollup.
import { readFile, writeFile } from 'node:fs/promises';

const script = await readFile(new URL('../dist/partner-map.iife.js', import.meta.url), 'utf8');
// The bundle must not end the <script> element early, whatever it contains.
const safe = script.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>International collaborations: Boost4Health, Onconet, LASER-GO, bioXclusters plus</title>
<link rel="icon" href="data:,">
<style>
  html, body { margin: 0; height: 100%; background: #f6f8fa; font-family: system-ui, sans-serif; }
  partner-map { --partner-map-height: 100vh; border: 0; border-radius: 0; }
</style>
</head>
<body>
<partner-map></partner-map>
<script>${safe}</script>
</body>
</html>
`;
await writeFile(new URL('../dist/partner-map-standalone.html', import.meta.url), html);
console.log(`dist/partner-map-standalone.html: ${(html.length / 1024).toFixed(0)} KB, no external resources`);
