// A small static file server for dist/, on loopback, for the end-to-end tests: correct MIME types
// (application/wasm among them), no caching, and optional extra response headers per test.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1 at `port` (a free one by default); resolves to { url, close, files, headers }. `files` maps
 * a path (`/config.json`) to a body served instead of the file on disk (`null`: answer 404), so a test
 * can change the site's configuration; `headers` is the object of extra headers, which a test may change.
 */
export async function serve(root, { headers = {}, port: wanted = 0 } = {}) {
  const base = resolve(root);
  const files = new Map();
  const server = createServer(async (req, res) => {
    try {
      const asked = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      // A folder's address is its index.html, in `files` as on disk.
      const path = asked.endsWith('/') && files.has(`${asked}index.html`) ? `${asked}index.html` : asked;
      if (files.has(path)) {
        const body = files.get(path);
        if (body === null) throw new Error('not found');
        res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'text/plain', 'Cache-Control': 'no-store', ...headers });
        res.end(body);
        return;
      }
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Ikke funnet');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(wanted, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    files,
    headers,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
