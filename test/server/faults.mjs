// Fault-injection routes for the feed loader's browser tests, under /__fault/<id>/<route>.
// <id> is chosen by each test (unique per test run), so counts never mix between tests or files.
//   ok.json              a small valid Feed v1 (?programs=n, default 3)
//   slow.json?ms=300     the same after a delay
//   timeout.json         never answers (until the client gives up, at most 20 s)
//   404.json, 500.json   always that status
//   503.json?fail=1      503 with Retry-After: 1 for the first `fail` requests, then the feed
//   429.json?fail=1      429 with Retry-After: 1, then the feed
//   flaky.json?fail=2    500 for the first `fail` requests, then the feed (recover after failures)
//   once.json            the feed on the first request, 500 afterwards (stale copy)
//   truncated.json       declares a Content-Length, sends half, drops the connection
//   cut.json             a complete HTTP response whose JSON body is cut in half
//   html.json            200 text/html (a portal's error page)
//   big.json             declares Content-Length 60 MB (the client must refuse before reading)
//   chunked-big.json     no Content-Length, streams 60 MB (the client must stop at 50 MB)
//   gzip-bomb.json       Content-Length of a small gzip body that inflates to 60 MB
//   bom.json             the feed with a UTF-8 BOM
//   problems.json        the feed with record-level problems (a string amount, a javascript: link)
//   hostile.json         HTML/script/javascript: strings in names, objective, publisher and links
//   unknown.csv          a Windows-1252 CSV whose header no adapter knows
//   pef.csv              a PEF-style CSV (shcp-lines layout)
//   datapackage.json     a descriptor without a model (not a Fiscal Data Package)
//   fdp/datapackage.json a Fiscal Data Package over ../pef.csv; fdp-bad/… over ../unknown.csv
//   shard/index.json, shard/programs/<file>.json   a sharded feed
//   shard-bad/…          a shard whose E001 file holds another program and whose E002 file is cut
//   count                JSON { "<route>": requests } for this id; `count?reset=1` clears it
import { gzipSync } from 'node:zlib';

const counts = new Map();

function feed(n = 3, extra = {}) {
  const programs = [];
  for (let i = 0; i < n; i++) {
    const key = `E${String(i + 1).padStart(3, '0')}`;
    programs.push({ key, name: `Programa de prueba ${key}`, amounts: { approved: 1000 + i, modified: 900 + i, paid: 500 + i } });
  }
  return {
    version: 1,
    publisher: { name: 'Servidor de pruebas', jurisdiction: 'MX-ROO' },
    cycle: 2024,
    currency: 'MXN',
    asOf: '2024-09-30',
    sources: [{ title: 'faults.mjs' }],
    moments: ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'],
    programs,
    ...extra,
  };
}

// A PEF-style CSV (shcp-lines layout; also described by fdpDescriptor): 20-S176 approved 2,000.00; 12-E023 250.00.
const PEF_CSV = [
  'CICLO,ID_RAMO,DESC_RAMO,ID_MODALIDAD,ID_PP,DESC_PP,MONTO_APROBADO',
  '2021,20,Bienestar,S,176,Pensión para el Bienestar de las Personas Adultas Mayores,"1,000.50"',
  '2021,20,Bienestar,S,176,Pensión para el Bienestar de las Personas Adultas Mayores,999.50',
  '2021,12,Salud,E,023,Atención a la salud,250',
  '',
].join('\r\n');

const fdpDescriptor = (csv) => ({
  name: 'pef-prueba',
  title: 'PEF de prueba',
  resources: [{ name: 'pef', path: csv }],
  model: {
    measures: { Aprobado: { source: 'MONTO_APROBADO', phase: 'approved', currency: 'MXN' } },
    dimensions: {
      'administrative-classification': {
        classificationType: 'administrative',
        primaryKey: ['Ramo', 'Modalidad', 'Programa'],
        attributes: {
          Ramo: { source: 'ID_RAMO' },
          Ramo_Desc: { source: 'DESC_RAMO', labelfor: 'Ramo' },
          Modalidad: { source: 'ID_MODALIDAD' },
          Programa: { source: 'ID_PP' },
          Programa_Desc: { source: 'DESC_PP', labelfor: 'Programa' },
        },
      },
      date: { dimensionType: 'datetime', primaryKey: 'Ciclo', attributes: { Ciclo: { source: 'CICLO' } } },
    },
  },
});

const json = (ctx, body, status = 200) => {
  ctx.status = status;
  ctx.set('Content-Type', 'application/json; charset=utf-8');
  ctx.set('Cache-Control', 'no-cache');
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
};

const sleep = (ms, req) =>
  new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    req.once('close', () => {
      clearTimeout(t);
      resolve();
    });
  });

export async function faultRoutes(ctx, next) {
  const m = /^\/__fault\/([\w-]+)\/(.+)$/.exec(ctx.path);
  if (!m) return next();
  const [, id, route] = m;
  const q = ctx.query;
  if (route === 'count') {
    if (q.reset) counts.delete(id);
    return json(ctx, Object.fromEntries(counts.get(id) ?? []));
  }
  const byRoute = counts.get(id) ?? new Map();
  counts.set(id, byRoute);
  const n = (byRoute.get(route) ?? 0) + 1;
  byRoute.set(route, n);
  const fail = Number(q.fail ?? 1);
  const programs = Number(q.programs ?? 3);

  switch (route) {
    case 'ok.json':
      return json(ctx, feed(programs));
    case 'slow.json':
      await sleep(Number(q.ms ?? 300), ctx.req);
      return json(ctx, feed(programs));
    case 'timeout.json':
      await sleep(20000, ctx.req);
      return json(ctx, feed(programs));
    case '404.json':
      ctx.status = 404;
      ctx.set('Content-Type', 'text/html');
      ctx.body = '<h1>No encontrado</h1>';
      return;
    case '500.json':
      return json(ctx, { error: 'boom' }, 500);
    case '503.json':
      if (n <= fail) {
        ctx.set('Retry-After', String(q.after ?? 1));
        return json(ctx, { error: 'mantenimiento' }, 503);
      }
      return json(ctx, feed(programs));
    case '429.json':
      if (n <= fail) {
        ctx.set('Retry-After', String(q.after ?? 1));
        return json(ctx, { error: 'demasiadas solicitudes' }, 429);
      }
      return json(ctx, feed(programs));
    case 'flaky.json':
      if (n <= fail) return json(ctx, { error: 'flaky' }, 500);
      return json(ctx, feed(programs));
    case 'once.json':
      if (n === 1) return json(ctx, feed(programs));
      return json(ctx, { error: 'caído' }, 500);
    case 'truncated.json': {
      const body = Buffer.from(JSON.stringify(feed(50)));
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
      ctx.res.write(body.subarray(0, body.length >> 1), () => setTimeout(() => ctx.res.socket?.destroy(), 20));
      return;
    }
    case 'cut.json': {
      const text = JSON.stringify(feed(50));
      return json(ctx, text.slice(0, text.length >> 1));
    }
    case 'html.json':
      ctx.status = 200;
      ctx.set('Content-Type', 'text/html; charset=utf-8');
      ctx.body = '<!doctype html><title>Portal</title><p>Página no disponible</p>';
      return;
    case 'big.json': {
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(60 * 1024 * 1024) });
      ctx.res.write('{"version":1,');
      await sleep(5000, ctx.req);
      ctx.res.socket?.destroy();
      return;
    }
    case 'chunked-big.json': {
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      for (let i = 0; i < 60 && !ctx.res.destroyed; i++) {
        if (!ctx.res.write(chunk)) await new Promise((r) => ctx.res.once('drain', r));
      }
      ctx.res.end();
      return;
    }
    case 'gzip-bomb.json': {
      const body = gzipSync(Buffer.alloc(60 * 1024 * 1024, 0x20));
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': String(body.length) });
      ctx.res.end(body);
      return;
    }
    case 'bom.json':
      return json(ctx, '\uFEFF' + JSON.stringify(feed(programs)));
    case 'problems.json': {
      const f = feed(programs);
      f.programs[0].amounts.paid = '1,234';
      f.programs[1].links = [{ title: 'x', url: 'javascript:alert(1)' }];
      return json(ctx, f);
    }
    case 'hostile.json': {
      const f = feed(3);
      f.publisher.name = '<img src=x onerror="window.__tpPwned=1">';
      f.programs[0].name = '<script>window.__tpPwned=2</script>';
      f.programs[1].name = '<img src=x onerror="window.__tpPwned=3">';
      f.programs[2].objective = '"><svg onload="window.__tpPwned=4">';
      f.programs[2].links = [
        { title: '<b>x</b>', url: 'javascript:window.__tpPwned=5' },
        { title: 'ok', url: 'https://example.org' },
      ];
      return json(ctx, f);
    }
    case 'unknown.csv':
      ctx.status = 200;
      ctx.set('Content-Type', 'text/csv');
      // "Año,Descripción,Importe" in Windows-1252 (ñ = 0xF1, ó = 0xF3): not valid UTF-8.
      ctx.body = Buffer.from([
        ...Buffer.from('A'),
        0xf1,
        ...Buffer.from('o,Descripci'),
        0xf3,
        ...Buffer.from('n,Importe\r\n2024,Salud,100\r\n'),
      ]);
      return;
    case 'pef.csv':
      ctx.status = 200;
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.body = PEF_CSV;
      return;
    case 'datapackage.json':
      return json(ctx, { name: 'presupuesto', resources: [{ name: 'pef', path: 'unknown.csv' }] });
    case 'fdp/datapackage.json':
      return json(ctx, fdpDescriptor('../pef.csv'));
    case 'fdp-bad/datapackage.json':
      return json(ctx, fdpDescriptor('../unknown.csv'));
    case 'shard-bad/index.json':
      return json(ctx, feed(programs, { shard: { programs: 'programs/{file}.json' } }));
    case 'shard-bad/programs/E001.json':
      return json(ctx, { key: 'X999', name: 'Otro programa', amounts: { approved: 1 } });
    case 'shard-bad/programs/E002.json':
      return json(ctx, '{"key": "E002", ');
    case 'shard/index.json': {
      const f = feed(programs, { shard: { programs: 'programs/{file}.json' } });
      return json(ctx, f);
    }
    default: {
      const s = /^shard\/programs\/([\w-]+)\.json$/.exec(route);
      if (s) {
        const key = s[1];
        const full = feed(Math.max(programs, 3)).programs.find((p) => p.key === key);
        if (!full) return json(ctx, { error: 'no existe' }, 404);
        return json(ctx, {
          ...full,
          objective: `Programa completo ${key}`,
          indicators: [
            {
              id: `${key}-1`,
              name: 'Indicador',
              level: 'fin',
              unit: '%',
              frequency: 'Anual',
              direction: 'ascending',
              target: 90,
              achieved: 80,
            },
          ],
        });
      }
      ctx.status = 404;
      ctx.body = 'unknown fault route';
    }
  }
}
