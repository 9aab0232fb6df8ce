// Serves the repository over HTTP on localhost (the demo at /demo/): no dependencies, no network.
// Text is sent gzip-compressed to a browser that accepts it, as a web server would.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/plain; charset=utf-8',
};

/** Maps a URL path to a file under the repository, refusing anything that escapes it. */
async function resolve(urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const file = normalize(join(root, decoded));
  if (file !== root.replace(/\/$/, '') && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    const s = await stat(file);
    if (s.isDirectory()) return resolve(`${decoded.replace(/\/?$/, '/')}index.html`);
    return file;
  } catch {
    return undefined;
  }
}

const server = createServer(async (req, res) => {
  if (req.url === '/' || req.url === '') {
    res.writeHead(302, { Location: '/demo/' });
    return res.end();
  }
  const file = await resolve(req.url ?? '/').catch(() => undefined);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end('Not found');
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  // Text compressed as a web server would send it (the size a visitor downloads); kept per file
  // and modification time, so a rebuilt file is compressed again.
  if (/text|json|javascript|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    const { mtimeMs } = await stat(file);
    let zipped = compressed.get(file);
    if (zipped?.mtimeMs !== mtimeMs) compressed.set(file, (zipped = { mtimeMs, body: gzipSync(await readFile(file), { level: 6 }) }));
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Encoding': 'gzip',
      'Content-Length': zipped.body.length,
      Vary: 'Accept-Encoding',
      'Cache-Control': 'no-cache',
    });
    return res.end(zipped.body);
  }
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  createReadStream(file).pipe(res);
});
const compressed = new Map();

/** Starts the server; resolves with its port. Port 0 picks a free one. */
export function serve(port = Number(process.env.PORT ?? 8000)) {
  return new Promise((resolvePort, reject) => {
    server.on('error', (e) => {
      if (e.code === 'EADDRINUSE' && !process.env.PORT) {
        console.error(`Port ${port} is busy; trying a free one.`);
        server.listen(0, '127.0.0.1');
      } else reject(e);
    });
    server.on('listening', () => {
      const address = server.address();
      resolvePort(typeof address === 'object' && address ? address.port : port);
    });
    server.listen(port, '127.0.0.1');
  });
}

export const close = () => new Promise((r) => server.close(r));

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = await serve();
  console.log(`partner-map demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
}
