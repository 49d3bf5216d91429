// A small static file server for the bench pages, on 127.0.0.1 only. Serves the project root
// (dist/, demo/data/, bench/pages/, bench/.build/) with gzip when asked, no HTTP caching (every
// run is a first visit), and counts requests per path.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

export async function startServer(root = resolve('.')) {
  const gz = new Map();
  const counts = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = normalize(decodeURIComponent(url.pathname));
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const file = join(root, path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 512) {
        const key = `${file}:${body.length}`;
        if (!gz.has(key)) gz.set(key, gzipSync(body, { level: 6 }));
        body = gz.get(key);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, { ...headers, 'content-length': body.length });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    counts,
    close: () => new Promise((r) => server.close(r)),
  };
}
