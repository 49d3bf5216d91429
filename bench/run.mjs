// `npm run bench` (after `npm run build`): weight, first render, many widgets vs vega-embed, big
// feeds, and the CLI figures; writes bench/results/latest.json and prints a table.
// Debian's Chromium through playwright-core; pages served on 127.0.0.1 by bench/server.mjs.
// Each timing is the median of RUNS runs after a warm-up; A/B comparisons are interleaved.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { startServer } from './server.mjs';
import { SLOW_4G, firstVisits, firstVisitTable, waterfall } from './first-visit.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// First visits launch a new browser per page view: fewer runs (each phone vega-embed visit takes ~15 s).
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const ROOT = resolve('.');
const BUILD = 'bench/.build';
const KiB = 1024;
const started = Date.now();
const loadAtStart = os.loadavg();
const log = (...a) => console.error(`[${((Date.now() - started) / 1000).toFixed(0)}s]`, ...a);

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : null;
};
const sizes = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { raw: 0, gzip: 0, brotli: 0 };

// ---------------------------------------------------------------- weight
const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*)(\(\s*)?["'](\.{1,2}\/[^"']+?\.js)["']/g;

/** The CDN graph from the entry: static closure, then each lazy chunk group (static closure of a dynamic import minus what is already loaded). */
function cdnWeight() {
  const entry = resolve('dist/cdn/tp-widgets.js');
  const edges = new Map();
  const read = (file) => {
    if (edges.has(file)) return edges.get(file);
    const code = readFileSync(file, 'utf8');
    const stat = [];
    const dyn = [];
    for (const m of code.matchAll(IMPORT_RE)) (m[1] ? dyn : stat).push(resolve(dirname(file), m[2]));
    const e = { code, stat, dyn };
    edges.set(file, e);
    return e;
  };
  const closure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const s of read(file).stat) closure(s, seen);
    return seen;
  };
  const entrySet = closure(entry);
  const total = (set) => [...set].reduce((acc, f) => add(acc, sizes(read(f).code)), ZERO);
  const groups = [];
  const queue = [...new Set([...entrySet].flatMap((f) => read(f).dyn))];
  const done = new Set();
  while (queue.length) {
    const d = queue.shift();
    if (done.has(d)) continue;
    done.add(d);
    const set = new Set([...closure(d)].filter((f) => !entrySet.has(f)));
    groups.push({ chunk: relative(ROOT, d), files: [...set].map((f) => relative(ROOT, f)), own: sizes(read(d).code), ...total(set) });
    for (const f of set) for (const x of read(f).dyn) if (!done.has(x)) queue.push(x);
  }
  return { entry: { files: [...entrySet].map((f) => relative(ROOT, f)), ...total(entrySet) }, lazy: groups };
}

/**
 * Each dist/define/<name>.js with its whole static import closure (dynamic imports stay lazy: they
 * are the CDN's lazy chunks above). One Rollup build with every define file as an input, minified
 * by terser; a file's weight is its chunk plus every chunk it imports statically, transitively.
 */
async function defineWeights() {
  // cdn.js is the CDN entry's source (measured above as dist/cdn/tp-widgets.js), not an element.
  const names = readdirSync('dist/define')
    .filter((f) => f.endsWith('.js') && f !== 'cdn.js')
    .sort();
  const input = Object.fromEntries(names.map((n) => [n.replace(/\.js$/, ''), join('dist/define', n)]));
  const bundle = await rollup({
    input,
    onwarn: () => {},
    plugins: [
      { name: 'lazy-stays-lazy', resolveDynamicImport: () => false },
      json(),
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false }, compress: { passes: 2 } })] });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
  const out = {};
  for (const c of chunks.values()) {
    if (!c.isEntry) continue;
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f) || !chunks.has(f)) return;
      seen.add(f);
      for (const i of chunks.get(f).imports) visit(i);
    };
    visit(c.fileName);
    out[c.name] = [...seen].reduce((acc, f) => add(acc, sizes(chunks.get(f).code)), ZERO);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

// ---------------------------------------------------------------- builds for the pages
async function bundle(input, file, { ts = false } = {}) {
  const b = await rollup({
    input,
    onwarn: () => {},
    plugins: [
      json(),
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      ...(ts ? [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })] : []),
    ],
  });
  await b.write({ file, format: 'es', inlineDynamicImports: true, plugins: [terser({ format: { comments: false } })] });
  await b.close();
}

function fresh(target, sources) {
  if (!existsSync(target)) return false;
  const t = statSync(target).mtimeMs;
  return sources.every((s) => statSync(s).mtimeMs < t);
}

async function prepare() {
  mkdirSync(BUILD, { recursive: true });
  if (!fresh(`${BUILD}/baseline.js`, ['bench/baseline-entry.js', 'package-lock.json'])) {
    log('bundling the vega-embed baseline');
    await bundle('bench/baseline-entry.js', `${BUILD}/baseline.js`);
  }
  log('bundling the big-feed page script');
  await bundle('bench/big-entry.ts', `${BUILD}/big.js`, { ts: true });
  if (!fresh(`${BUILD}/feed-1000-utf8.json`, ['test/fixtures/generate.ts', 'bench/make-feeds.ts', 'src/feed/serialize.ts'])) {
    log('generating feeds of 100, 1,000 and 10,000 programs');
    execFileSync(process.execPath, ['--import', 'tsx', 'bench/make-feeds.ts', BUILD], { stdio: 'inherit' });
  }
}

// ---------------------------------------------------------------- browser runs
async function visit(browser, url, { throttle = false, settle = true, feedPath } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  const types = new Map();
  const urls = new Map();
  let jsBytes = 0;
  let feedRequests = 0;
  const chart = { requests: 0 };
  cdp.on('Network.requestWillBeSent', (e) => {
    urls.set(e.requestId, e.request.url);
    if (feedPath && e.request.url.includes(feedPath)) feedRequests++;
    if (/vega-render/.test(e.request.url)) chart.requests++;
  });
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    if (types.get(e.requestId) === 'Script') jsBytes += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench && window.__bench.settled !== null, null, {
    timeout: throttle ? 120000 : 60000,
    polling: 50,
  });
  if (settle) {
    // Charts keep drawing after the numbers are ready. Done when no chart chunk was asked for
    // 1.5 s after the widgets settled, or when charts were drawn and none appeared for 1 s.
    const t0 = Date.now();
    for (;;) {
      const s = await page.evaluate(() => ({
        now: performance.now(),
        settled: window.__bench.settled,
        charts: window.__bench.charts,
        last: window.__bench.lastChart,
      }));
      if (chart.requests === 0 && s.now - s.settled > 1500) break;
      if (s.charts > 0 && s.now - s.last > 1000) break;
      if (Date.now() - t0 > 60000) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const b = await page.evaluate(() => ({
    ...window.__bench,
    chartChunkEnd:
      performance
        .getEntriesByType('resource')
        .filter((r) => /vega-render/.test(r.name))
        .map((r) => r.responseEnd)[0] ?? null,
  }));
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { ...b, jsBytes, feedRequests, chartRequests: chart.requests, heap: heap.usedSize };
}

async function firstRender(browser, origin) {
  const res = { unthrottled: [], throttled: [] };
  for (let i = 0; i <= RUNS; i++) {
    const order = i % 2 ? ['throttled', 'unthrottled'] : ['unthrottled', 'throttled'];
    for (const mode of order) {
      const r = await visit(browser, `${origin}/bench/pages/first.html`, { throttle: mode === 'throttled', feedPath: 'sample-feed.json' });
      if (i > 0) res[mode].push(r);
    }
    log(
      'first render run',
      i,
      i ? `${res.unthrottled.at(-1).ready?.toFixed(0)} / ${res.throttled.at(-1).ready?.toFixed(0)} ms` : '(warm-up)',
    );
  }
  const sum = (rs) => ({
    readyMs: median(rs.map((r) => r.ready)),
    allReadyRuns: rs.filter((r) => r.ready !== null).length,
    runs: rs.length,
    chartsDrawnMs: median(rs.map((r) => r.lastChart)),
    chartChunkArrivedMs: median(rs.map((r) => r.chartChunkEnd)),
    chartChunkRequests: Math.max(...rs.map((r) => r.chartRequests)),
    // "No widget waits for the chart chunk": every widget was ready before the chunk arrived.
    readyBeforeChartChunk: rs.every((r) => r.chartChunkEnd === null || Object.values(r.readyAt).every((t) => t < r.chartChunkEnd)),
    samples: rs.map((r) => r.ready),
  });
  // The chart chunk is fetched only when a chart nears the viewport: the same widgets three screens down.
  const far = await visit(browser, `${origin}/bench/pages/far.html`, { feedPath: 'sample-feed.json' });
  return {
    unthrottled: sum(res.unthrottled),
    throttled: sum(res.throttled),
    profile: SLOW_4G,
    chartChunkRequestsWhenFar: far.chartRequests,
  };
}

async function manyWidgets(browser, origin) {
  const res = { widgets: [], baseline: [] };
  for (let i = 0; i <= RUNS; i++) {
    const order = i % 2 ? ['baseline', 'widgets'] : ['widgets', 'baseline'];
    for (const mode of order) {
      const page = mode === 'widgets' ? 'many.html' : 'baseline.html';
      const r = await visit(browser, `${origin}/bench/pages/${page}`, { feedPath: 'sample-feed.json' });
      if (i > 0) res[mode].push(r);
    }
    log('many widgets run', i, i ? `${res.widgets.at(-1).ready?.toFixed(0)} vs ${res.baseline.at(-1).ready?.toFixed(0)} ms` : '(warm-up)');
  }
  const sum = (rs) => ({
    renderedMs: median(rs.map((r) => r.ready)),
    allReadyRuns: rs.filter((r) => r.ready !== null).length,
    states: rs[0]?.states,
    chartsDrawnMs: median(rs.map((r) => r.lastChart)),
    charts: median(rs.map((r) => r.charts)),
    feedRequests: median(rs.map((r) => r.feedRequests)),
    chartChunkRequests: Math.max(...rs.map((r) => r.chartRequests)),
    jsBytesTransferred: median(rs.map((r) => r.jsBytes)),
    heapBytes: median(rs.map((r) => r.heap)),
    samples: rs.map((r) => r.ready),
  });
  const w = sum(res.widgets);
  const b = sum(res.baseline);
  // Ratio per interleaved pair, then the median of the ratios.
  const ratios = res.widgets.map((r, k) => (r.ready !== null && res.baseline[k]?.ready ? r.ready / res.baseline[k].ready : null));
  return { widgets: w, baseline: b, ratio: median(ratios), ratios };
}

async function bigFeeds(browser, origin, { generated = true } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/bench/pages/big.html`);
  await page.waitForFunction(() => window.__big, null, { timeout: 60000 }); // the explorer is registered when big.js adds one
  const out = {};
  // Load + validate, and the explorer's keystrokes, on one feed URL.
  const measure = async (url) => {
    const lv = await page.evaluate(([u, r]) => window.__big.loadValidate(u, r), [url, RUNS]);
    const ex = await page.evaluate(([u, r]) => window.__big.explorer(u, r), [url, RUNS]);
    return {
      loadValidateMs: lv.median,
      loadValidateMinMs: lv.min,
      programs: lv.programs,
      problems: lv.problems,
      filterP95Ms: ex.p95,
      keystrokes: ex.keystrokes,
      loadRuns: lv.runs,
      filterRoundsP95: ex.roundsP95,
    };
  };
  const said = (m) => `load+validate ${m.loadValidateMs.toFixed(1)} ms, filter p95 ${m.filterP95Ms.toFixed(1)} ms`;
  for (const n of generated ? [100, 1000, 10000] : []) {
    out[n] = await measure(`/${BUILD}/feed-${n}.json`);
    log('big feed', n, said(out[n]));
  }
  // The real federal feed (cp2023-full from ../shared/data, 632 programs, ~2.7 MB), built afresh each
  // run (about 3 s); skipped with one line when ../shared/data is absent.
  const real = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'bench/make-real-feed.ts', BUILD], { encoding: 'utf8' }).trim().split('\n').pop(),
  );
  if (real.skipped) {
    log(`real federal feed skipped: ${real.skipped}`);
    out.real = { skipped: real.skipped };
  } else {
    const url = `/${real.file}`;
    const m = await measure(url);
    const ph = await page.evaluate(([u, r]) => window.__big.phases(u, r), [url, RUNS]);
    out.real = { feed: 'cp2023-full (../shared/data)', bytes: real.bytes, ...m, phases: ph };
    log('real federal feed', said(m));
  }
  // Where the time goes for 1,000 programs, and the same feed as plain UTF-8 JSON (not as tp-feed writes it).
  if (generated) {
    out.phases1000 = await page.evaluate(([u, r]) => window.__big.phases(u, r), [`/${BUILD}/feed-1000.json`, RUNS]);
    const utf8 = await page.evaluate(([u, r]) => window.__big.loadValidate(u, r), [`/${BUILD}/feed-1000-utf8.json`, RUNS]);
    out.utf8_1000 = { loadValidateMs: utf8.median, loadValidateMinMs: utf8.min, loadRuns: utf8.runs };
  }
  await context.close();
  log('validation CPU time in Node');
  const node = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'bench/validate-cpu.ts', BUILD, String(RUNS)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop(),
  );
  for (const n of Object.keys(node)) if (out[n]) out[n].nodeParseValidate = node[n];
  return { explorer: '<tp-program-explorer> from dist/cdn (keystroke → updateComplete)', ...out };
}

// ---------------------------------------------------------------- table
const kib = (b) => (b === null || b === undefined ? '–' : `${(b / KiB).toFixed(1)} KiB`);
const ms = (x) => (x === null || x === undefined ? '–' : `${x.toFixed(0)} ms`);
const verdict = (ok) => (ok ? 'met' : 'MISSED');

function table(r) {
  const rows = [];
  const row = (what, value, budget = '', status = '') => rows.push(`| ${what} | ${value} | ${budget} | ${status} |`);
  const entry = r.weight.cdn.entry;
  row(
    'CDN entry `tp-widgets.js` + static imports (gzip / brotli)',
    `${kib(entry.gzip)} / ${kib(entry.brotli)}`,
    '≤ 30 KiB gzip',
    verdict(entry.gzip <= 30 * KiB),
  );
  const chart = r.weight.cdn.lazy.find((g) => /vega-render/.test(g.chunk));
  if (chart)
    row(
      'Chart chunk (vega-render + its imports, gzip / brotli)',
      `${kib(chart.gzip)} / ${kib(chart.brotli)}`,
      '≤ 200 KiB gzip',
      verdict(chart.gzip <= 200 * KiB),
    );
  for (const g of r.weight.cdn.lazy.filter((x) => x !== chart)) {
    const own = g.own && g.files.length > 1 ? `; alone ${kib(g.own.gzip)} / ${kib(g.own.brotli)}` : '';
    row(
      `Lazy chunk \`${g.chunk.replace('dist/cdn/chunks/', '').replace(/-[\w-]{8}\.js$/, '.js')}\` with what it imports (gzip / brotli)`,
      `${kib(g.gzip)} / ${kib(g.brotli)}${own}`,
    );
  }
  for (const [name, s] of Object.entries(r.weight.define))
    row(`\`define/${name}.js\` + closure (gzip / brotli)`, `${kib(s.gzip)} / ${kib(s.brotli)}`);
  const f = r.firstRender;
  row('First render, 4 widgets, unthrottled: all ready', ms(f.unthrottled.readyMs), '', '');
  row(
    'First render, slow 4G: all ready',
    ms(f.throttled.readyMs),
    'no widget waits for the chart chunk',
    verdict(f.throttled.readyBeforeChartChunk && f.unthrottled.readyBeforeChartChunk),
  );
  row(
    'First render, slow 4G: chart chunk arrived / charts drawn',
    `${ms(f.throttled.chartChunkArrivedMs)} / ${ms(f.throttled.chartsDrawnMs)}`,
    '≤ 1 chart chunk fetch',
    verdict(f.throttled.chartChunkRequests <= 1 && f.unthrottled.chartChunkRequests <= 1),
  );
  row(
    'Chart chunk fetches when every chart is 3 screens down',
    String(f.chartChunkRequestsWhenFar),
    'only near the viewport (0)',
    verdict(f.chartChunkRequestsWhenFar === 0),
  );
  const m = r.manyWidgets;
  row(
    '20 widgets vs 20 vega-embed charts: time to all rendered',
    `${ms(m.widgets.renderedMs)} vs ${ms(m.baseline.renderedMs)} (ratio ${m.ratio?.toFixed(2) ?? '–'})`,
    '≤ 0.35×',
    verdict(m.ratio !== null && m.ratio <= 0.35),
  );
  row(
    '20 widgets: charts drawn (lazy, near the viewport)',
    `${ms(m.widgets.chartsDrawnMs)} (${m.widgets.charts} charts) vs ${ms(m.baseline.chartsDrawnMs)} (${m.baseline.charts})`,
  );
  row(
    '20 widgets vs baseline: feed requests',
    `${m.widgets.feedRequests} vs ${m.baseline.feedRequests}`,
    'exactly 1',
    verdict(m.widgets.feedRequests === 1),
  );
  row('20 widgets: chart chunk fetches', String(m.widgets.chartChunkRequests), '≤ 1', verdict(m.widgets.chartChunkRequests <= 1));
  row('20 widgets vs baseline: JS transferred', `${kib(m.widgets.jsBytesTransferred)} vs ${kib(m.baseline.jsBytesTransferred)}`);
  row('20 widgets vs baseline: JS heap after render', `${kib(m.widgets.heapBytes)} vs ${kib(m.baseline.heapBytes)}`);
  for (const n of ['100', '1000', '10000']) {
    const b = r.bigFeeds[n];
    row(
      `${Number(n).toLocaleString('en')} programs: load + validate in the browser (median; fastest run) [Node: parse + validate CPU time]`,
      `${ms(b.loadValidateMs)}; ${ms(b.loadValidateMinMs)} [${b.nodeParseValidate?.cpuMs ?? '–'} ms CPU]`,
      n === '1000' ? '≤ 150 ms' : '',
      n === '1000' ? verdict(b.loadValidateMs <= 150) : '',
    );
    row(
      `${Number(n).toLocaleString('en')} programs: explorer filter p95 per keystroke`,
      `${b.filterP95Ms.toFixed(1)} ms`,
      n === '1000' ? '≤ 16 ms' : '',
      n === '1000' ? verdict(b.filterP95Ms <= 16) : '',
    );
  }
  const real = r.bigFeeds.real;
  if (real?.skipped) row('Real federal feed (cp2023-full): load + validate, explorer filter', `skipped: ${real.skipped}`);
  else if (real) {
    row(
      `Real federal feed cp2023-full (${real.programs} programs, ${(real.bytes / 1e6).toFixed(1)} MB): load + validate in the browser (median; fastest run) [Node: parse + validate CPU time]`,
      `${ms(real.loadValidateMs)}; ${ms(real.loadValidateMinMs)} [${real.nodeParseValidate?.cpuMs ?? '–'} ms CPU]`,
      '≤ 150 ms',
      verdict(real.loadValidateMs <= 150),
    );
    row(
      'Real federal feed: explorer filter p95 per keystroke',
      `${real.filterP95Ms.toFixed(1)} ms`,
      '≤ 16 ms',
      verdict(real.filterP95Ms <= 16),
    );
    row(
      'Real federal feed, where the time goes (fetch / decode / JSON.parse / validate)',
      ['fetch', 'decode', 'parse', 'validate'].map((k) => ms(real.phases[k])).join(' / '),
    );
  }
  const ph = r.bigFeeds.phases1000;
  if (ph)
    row(
      '1,000 programs, where the time goes (fetch / decode / JSON.parse / validate)',
      ['fetch', 'decode', 'parse', 'validate'].map((k) => ms(ph[k])).join(' / '),
    );
  const u8 = r.bigFeeds.utf8_1000;
  if (u8)
    row(
      '1,000 programs as plain UTF-8 JSON (not as tp-feed writes it): load + validate',
      `${ms(u8.loadValidateMs)}; ${ms(u8.loadValidateMinMs)}`,
    );
  if (r.cli) {
    for (const [k, v] of Object.entries(r.cli.summary ?? {})) row(`CLI (bench/results/cli.json): ${k}`, v);
  }
  return ['| Measure | Result | Budget | Status |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function cliSummary() {
  const p = 'bench/results/cli.json';
  if (!existsSync(p)) return null;
  const raw = JSON.parse(readFileSync(p, 'utf8'));
  const summary = {};
  for (const r of raw.results ?? []) {
    summary[r.name] = [
      typeof r.rowsPerSecond === 'number' ? `${r.rowsPerSecond.toLocaleString('en')} rows/s` : null,
      typeof r.peakRssMB === 'number' ? `peak RSS ${r.peakRssMB} MB` : null,
      typeof r.seconds === 'number' ? `${r.seconds} s for ${Number(raw.rows).toLocaleString('en')} rows` : null,
    ]
      .filter(Boolean)
      .join(', ');
  }
  if (raw.target)
    summary['target (bench:cli)'] =
      `${Number(raw.target.rowsPerSecond).toLocaleString('en')} rows/s, ≤ ${raw.target.peakRssMB} MB: ${raw.meetsTarget ? 'met' : 'missed'} (measured ${raw.date}, load ${raw.loadAverageAtStart})`;
  return { file: p, summary, raw };
}

// ---------------------------------------------------------------- main
async function main() {
  if (!existsSync('dist/cdn/tp-widgets.js')) throw new Error('dist/cdn/tp-widgets.js missing: run npm run build');
  const chrome = findChrome();
  if (!chrome) throw new Error('no Chrome/Chromium found (set CHROME_PATH)');
  await prepare();
  log('weight');
  const weight = { cdn: cdnWeight(), define: await defineWeights() };
  const server = await startServer(ROOT);
  const browser = await chromium.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });
  // BENCH_ONLY=big (or first, many, real, cold; comma-separated) runs only those parts and prints their figures
  // without touching bench/results (for working on one budget).
  const only = process.env.BENCH_ONLY?.split(',');
  if (only) {
    try {
      const cold = async (_b, origin) => {
        const fv = await firstVisits(chrome, origin, COLD_RUNS, log);
        const wf = [await waterfall(chrome, origin), await waterfall(chrome, origin, 'snippet')];
        console.log(firstVisitTable(fv, wf));
        return { firstVisits: fv, waterfall: wf };
      };
      // real: only the real federal feed of the big-feed part.
      const parts = { first: firstRender, many: manyWidgets, big: bigFeeds, real: (b, o) => bigFeeds(b, o, { generated: false }), cold };
      for (const k of only) console.log(k, JSON.stringify(await parts[k](browser, server.origin), null, 1));
    } finally {
      await browser.close();
      await server.close();
    }
    return;
  }
  let result;
  try {
    log('first render');
    const firstRenderRes = await firstRender(browser, server.origin);
    log('many widgets');
    const many = await manyWidgets(browser, server.origin);
    log('big feeds');
    const big = await bigFeeds(browser, server.origin);
    log('first visits (a new browser per page view)');
    const cold = await firstVisits(chrome, server.origin, COLD_RUNS, log);
    log('waterfall (phone first visit, traced)');
    const wf = [await waterfall(chrome, server.origin), await waterfall(chrome, server.origin, 'snippet')];
    result = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: os.loadavg(),
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        chromium: browser.version(),
      },
      runs: RUNS,
      weight,
      firstRender: firstRenderRes,
      manyWidgets: many,
      bigFeeds: big,
      firstVisits: cold,
      waterfall: wf,
      cli: cliSummary(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
  result.durationSeconds = Math.round((Date.now() - started) / 1000);
  const md = `${table(result)}\n\n${firstVisitTable(result.firstVisits, result.waterfall)}`;
  result.table = md;
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync('bench/results/latest.md', `${md}\n`);
  console.log(md);
  console.log(
    `\n${result.machine.cpus} cores (${result.machine.cpuModel}), load average ${result.machine.loadAverageAtStart[0].toFixed(1)} → ${result.machine.loadAverageAtEnd[0].toFixed(1)}, Node ${result.machine.node}, Chromium ${result.machine.chromium}; ${RUNS} runs; ${result.durationSeconds} s. Wrote bench/results/latest.json`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
