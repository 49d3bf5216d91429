// Routes for the reliability and security suite (test/reliability/), under /__rel/.
//   PUT/POST /__rel/put/<id>/<name>   stores the raw request body (any bytes, even invalid JSON);
//   GET      /__rel/feed/<id>/<name>  serves it as application/json, so corpus feeds go through the real loader
//   /__rel/<id>/trickle.json         a valid feed sent 1 byte per second
//   /__rel/<id>/xml.json             a valid feed with Content-Type application/xml (wrong type)
//   /__rel/<id>/loop.json            redirects to itself forever (the browser gives up after 20)
//   /__rel/<id>/seq/<name>?pattern=ok,500  the n-th request gets the n-th step (last repeats): "ok" = stored body <id>/<name>
//   /__rel/<id>/hold.json            no answer until /__rel/<id>/release (then 503): a widget stays "loading"
//   /__rel/<id>/count                JSON { "<route>": requests } for this id (also counts the cross-origin server)
//   /__rel/cors-origin               JSON { origin }: a second Node server on another 127.0.0.1 port that
//                                    serves /<id>/feed.json WITHOUT CORS headers (a CORS failure from the page)
//   /__rel/csp/<file>.html           a page served with the strict Content-Security-Policy header
//                                    (the page loads /test/reliability/<file>.csp-page.ts)
//   /__rel/host/<name>.html          hostile host pages that load the CDN bundle (dist/cdn/tp-widgets.js)
//   /__rel/slowcdn/<ms>/<chunk>/<file>  dist/cdn/<file>, with chunks/<chunk>.js held back <ms> (one slow chunk)
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const CDN_DIR = join(import.meta.dirname, '../../dist/cdn');

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

const bodies = new Map();
const counts = new Map();
const held = new Map();

function count(id, route) {
  const byRoute = counts.get(id) ?? new Map();
  counts.set(id, byRoute);
  const n = (byRoute.get(route) ?? 0) + 1;
  byRoute.set(route, n);
  return n;
}

function smallFeed(asOf = '2024-09-30') {
  return {
    version: 1,
    publisher: { name: 'Servidor de fiabilidad', jurisdiction: 'MX-ROO' },
    cycle: 2024,
    currency: 'MXN',
    asOf,
    sources: [{ title: 'reliability.mjs' }],
    moments: ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'],
    programs: [
      { key: 'E001', name: 'Programa de prueba E001', amounts: { approved: 1000, modified: 900, paid: 500 } },
      { key: 'E002', name: 'Programa de prueba E002', amounts: { approved: 2000, modified: 1900, paid: 700 } },
    ],
  };
}

const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const sleep = (ms, req) =>
  new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    req.once('close', () => {
      clearTimeout(t);
      resolve();
    });
  });

// The second origin: same machine, another port, no Access-Control-Allow-Origin.
let corsOrigin;
function startCorsServer() {
  if (corsOrigin) return corsOrigin;
  corsOrigin = new Promise((resolve, reject) => {
    const server = http.createServer((req, res) => {
      const m = /^\/([\w-]+)\/feed\.json/.exec(req.url ?? '');
      if (m) count(m[1], 'cors/feed.json');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(smallFeed()));
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
    server.unref();
  });
  return corsOrigin;
}

const html = (ctx, body, csp) => {
  ctx.status = 200;
  ctx.set('Content-Type', 'text/html; charset=utf-8');
  ctx.set('Cache-Control', 'no-store');
  if (csp) ctx.set('Content-Security-Policy', csp);
  ctx.body = body;
};

const json = (ctx, body, status = 200) => {
  ctx.status = status;
  ctx.set('Content-Type', 'application/json; charset=utf-8');
  ctx.set('Cache-Control', 'no-cache');
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
};

const CDN = '/dist/cdn/tp-widgets.js';
const WIDGETS = `
  <tp-program-card src="FEED" program="E001"></tp-program-card>
  <tp-spending-flow src="FEED" program="E001"></tp-spending-flow>
  <tp-indicator-gauge src="FEED" program="E001"></tp-indicator-gauge>
  <tp-gender-breakdown src="FEED" program="E001"></tp-gender-breakdown>
  <tp-sdg-alignment src="FEED"></tp-sdg-alignment>
  <tp-budget-cycle src="FEED" program="E001"></tp-budget-cycle>
  <tp-program-explorer src="FEED" url-state="off"></tp-program-explorer>
  <tp-signals src="FEED"></tp-signals>`;

/** Host pages: `feed` is the URL every widget reads. */
function hostPage(name, feed) {
  const widgets = WIDGETS.replaceAll('FEED', feed);
  // The first script records the page's uncaught errors before any module runs.
  const probe = `<script>window.__errors=[];addEventListener('error',function(e){__errors.push(String(e.message))});addEventListener('unhandledrejection',function(e){__errors.push(String(e.reason&&e.reason.stack||e.reason))});</script>`;
  const head = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>host</title>${probe}`;
  switch (name) {
    // The CDN script twice (two plugins of a CMS each add it), plus the same URL with a query (a second module instance).
    case 'twice':
      return `${head}<script type="module" src="${CDN}"></script><script type="module" src="${CDN}"></script>
        <script type="module" src="${CDN}?copy=2"></script></head><body>${widgets}</body></html>`;
    // Elements in the page long before the script; the test page adds the script later (upgrade).
    case 'late':
      return `${head}</head><body>${widgets}</body></html>`;
    // No widgets at all: the test adds the script and the elements itself.
    case 'blank':
      return `${head}</head><body></body></html>`;
    default:
      return undefined;
  }
}

function cspPage(file) {
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>CSP</title>
    <script type="module" src="/test/reliability/${file}.csp-page.ts"></script></head><body></body></html>`;
}

export async function reliabilityRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__rel/')) return next();
  const path = ctx.path.slice('/__rel/'.length);
  let m;
  if ((m = /^put\/([\w-]+)\/([\w.-]+)$/.exec(path)) && (ctx.method === 'PUT' || ctx.method === 'POST')) {
    bodies.set(`${m[1]}/${m[2]}`, await readBody(ctx.req));
    ctx.status = 204;
    return;
  }
  if ((m = /^feed\/([\w-]+)\/([\w.-]+)$/.exec(path))) {
    count(m[1], `feed/${m[2]}`);
    const body = bodies.get(`${m[1]}/${m[2]}`);
    if (!body) return json(ctx, { error: 'no such corpus feed' }, 404);
    ctx.status = 200;
    ctx.set('Content-Type', 'application/json; charset=utf-8');
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = body;
    return;
  }
  if ((m = /^drop\/([\w-]+)\/([\w.-]+)$/.exec(path))) {
    bodies.delete(`${m[1]}/${m[2]}`);
    ctx.status = 204;
    return;
  }
  if (path === 'cors-origin') return json(ctx, { origin: await startCorsServer() });
  if ((m = /^slowcdn\/(\d+)\/([\w-]+)\/((?:chunks\/)?[\w.-]+\.js)$/.exec(path))) {
    const [, ms, chunk, file] = m;
    if (file === `chunks/${chunk}.js`) await sleep(Number(ms), ctx.req);
    ctx.status = 200;
    ctx.set('Content-Type', 'text/javascript; charset=utf-8');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await readFile(join(CDN_DIR, file));
    return;
  }
  if ((m = /^csp\/([\w-]+)\.html$/.exec(path))) return html(ctx, cspPage(m[1]), STRICT_CSP);
  if ((m = /^host\/([\w-]+)\.html$/.exec(path))) {
    const page = hostPage(m[1], String(ctx.query.feed ?? '/__rel/none.json'));
    if (page) return html(ctx, page);
  }
  if ((m = /^([\w-]+)\/seq\/([\w.-]+)$/.exec(path))) {
    // ?pattern=ok,500,500: the n-th request gets the n-th item (the last repeats); "ok" is the stored body <id>/<name>.
    const [, id, name] = m;
    const n = count(id, `seq/${name}`);
    const pattern = String(ctx.query.pattern ?? 'ok').split(',');
    const step = pattern[Math.min(n, pattern.length) - 1];
    const body = bodies.get(`${id}/${name}`);
    if (step === 'ok' && body) {
      ctx.status = 200;
      ctx.set('Content-Type', 'application/json; charset=utf-8');
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = body;
      return;
    }
    return json(ctx, { error: `step ${n}` }, Number(step) || 500);
  }
  if ((m = /^([\w-]+)\/hold\.json$/.exec(path))) {
    // Holds the request (state "loading") until /__rel/<id>/release, then answers 503; frees its socket.
    const id = m[1];
    count(id, 'hold.json');
    await new Promise((resolve) => {
      const list = held.get(id) ?? [];
      list.push(resolve);
      held.set(id, list);
      ctx.req.once('close', resolve);
      setTimeout(resolve, 30000);
    });
    return json(ctx, { error: 'released' }, 503);
  }
  if ((m = /^([\w-]+)\/release$/.exec(path))) {
    for (const r of held.get(m[1]) ?? []) r();
    held.delete(m[1]);
    ctx.status = 204;
    return;
  }
  if ((m = /^([\w-]+)\/count$/.exec(path))) {
    return json(ctx, Object.fromEntries(counts.get(m[1]) ?? []));
  }
  if ((m = /^([\w-]+)\/(trickle|xml|loop)\.json$/.exec(path))) {
    const [, id, route] = m;
    count(id, `${route}.json`);
    if (route === 'xml') {
      ctx.status = 200;
      ctx.set('Content-Type', 'application/xml');
      ctx.body = JSON.stringify(smallFeed());
      return;
    }
    if (route === 'loop') {
      ctx.status = 302;
      ctx.set('Location', `/__rel/${id}/loop.json`);
      ctx.body = '';
      return;
    }
    // trickle: one byte per second until the client gives up (it never gets the whole feed).
    const body = Buffer.from(JSON.stringify(smallFeed()));
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
    let closed = false;
    ctx.req.once('close', () => (closed = true));
    ctx.res.once('close', () => (closed = true));
    for (let i = 0; i < body.length && !closed; i++) {
      ctx.res.write(body.subarray(i, i + 1));
      await sleep(1000, ctx.req);
    }
    if (!closed) ctx.res.end();
    return;
  }
  ctx.status = 404;
  ctx.body = 'unknown reliability route';
}
