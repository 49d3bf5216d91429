// First visits (issue 20): every run is a NEW browser with an empty profile (no HTTP cache, no code
// cache), files served gzip by bench/server.mjs. Two profiles: desktop (no throttling) and phone
// (4× CPU slowdown + DevTools "Slow 4G"). Three pages, interleaved in each run: the 20-widget article
// (many.html), 20 stock vega-embed charts (baseline.html) and the floor (floor.html: one 1 KB module
// that fetches and parses the same feed and writes one line into each of the 20 places).
// Reported per profile: all 20 ready and the first widget's content (medians), ours/floor, ours/vega-embed.
// `waterfall()` records one phone-profile visit of many.html with a trace: when each request starts
// and ends, and where the main thread spent its time (by trace event and by script).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS } from '../scripts/find-chrome.mjs';

// Chrome DevTools' "Slow 4G" preset (also used by run.mjs).
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.4 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
export const PROFILES = {
  desktop: { cpu: 1, network: null },
  phone: { cpu: 4, network: SLOW_4G },
};
// `snippet` is the same article with the README's host-page snippet (modulepreload of the entry and
// the platform chunk, preload of the feed); `ours` is the article with the script tag alone.
const PAGES = { ours: 'many.html', snippet: 'many-preload.html', vega: 'baseline.html', floor: 'floor.html' };

// A/B within one run: BENCH_COLD_BASE names a folder under the project root that holds a copy of an
// earlier build's dist/cdn (`cp -r dist/cdn .tmp/base-cdn` before rebuilding). The two article pages
// are then also visited with their scripts served from that copy (`base`, `baseSnippet`), interleaved
// with the others, and the table gives the medians of the per-run ratios ours/base.
const BASE = process.env.BENCH_COLD_BASE?.replace(/^\.?\/+|\/+$/g, '');
if (BASE) Object.assign(PAGES, { base: 'many.html', baseSnippet: 'many-preload.html' });
const pageUrl = (origin, key) => `${origin}/${BASE && key.startsWith('base') ? 'bench/.build/base-' : 'bench/pages/'}${PAGES[key]}`;

function writeBasePages() {
  mkdirSync('bench/.build', { recursive: true });
  for (const name of ['many.html', 'many-preload.html']) {
    const html = readFileSync(`bench/pages/${name}`, 'utf8').replaceAll('/dist/cdn/', `/${BASE}/`);
    writeFileSync(`bench/.build/base-${name}`, html);
  }
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : null;
};
const spread = (xs) => {
  const s = xs.filter((x) => typeof x === 'number');
  return s.length ? [Math.min(...s), Math.max(...s)] : null;
};

async function coldVisit(chrome, url, profile, { trace = false } = {}) {
  const browser = await chromium.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });
  try {
    const context = await browser.newContext({ viewport: profile.cpu > 1 ? { width: 390, height: 844 } : { width: 1000, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
    if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, start: e.timestamp }));
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { end: e.timestamp, bytes: e.encodedDataLength });
    });
    const events = [];
    if (trace) {
      cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,loading',
        transferMode: 'ReportEvents',
      });
    }
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench && window.__bench.painted !== null, null, { timeout: 180000, polling: 50 });
    // The end of the painted frame is known once its Long Animation Frame entry has arrived (probe.js).
    await page.waitForTimeout(300);
    const b = await page.evaluate(() => ({
      ready: window.__bench.ready,
      settled: window.__bench.settled,
      painted: window.__bench.painted,
      firstPainted: window.__bench.firstPainted,
      firstContent: Math.min(...Object.values(window.__bench.readyAt)),
      timeOrigin: performance.timeOrigin,
    }));
    let traceEvents = [];
    if (trace) {
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
      traceEvents = events;
    }
    await context.close();
    return { ...b, requests: [...requests.values()], traceEvents };
  } finally {
    await browser.close();
  }
}

/** RUNS interleaved first visits of the three pages on each profile. */
export async function firstVisits(chrome, origin, runs, log = () => {}) {
  const out = {};
  if (BASE) writeBasePages();
  for (const [name, profile] of Object.entries(PROFILES)) {
    const res = Object.fromEntries(Object.keys(PAGES).map((k) => [k, []]));
    for (let i = 0; i < runs; i++) {
      // Rotate the order so no page always goes first.
      const order = Object.keys(PAGES);
      for (let k = 0; k < i % order.length; k++) order.push(order.shift());
      for (const key of order) res[key].push(await coldVisit(chrome, pageUrl(origin, key), profile));
      log(
        `first visit ${name} run ${i + 1}/${runs}: ours ${res.ours.at(-1).ready?.toFixed(0)} ms, with snippet ${res.snippet.at(-1).ready?.toFixed(0)} ms, floor ${res.floor.at(-1).ready?.toFixed(0)} ms, vega-embed ${res.vega.at(-1).ready?.toFixed(0)} ms${BASE ? `; base ${res.base.at(-1).ready?.toFixed(0)} ms, base with snippet ${res.baseSnippet.at(-1).ready?.toFixed(0)} ms` : ''}`,
      );
    }
    const ratio = (a, b, m = 'ready') => median(res[a].map((r, k) => (r[m] && res[b][k]?.[m] ? r[m] / res[b][k][m] : null)));
    out[name] = {
      allReadyMs: Object.fromEntries(Object.keys(PAGES).map((k) => [k, median(res[k].map((r) => r.ready))])),
      allReadySpread: Object.fromEntries(Object.keys(PAGES).map((k) => [k, spread(res[k].map((r) => r.ready))])),
      firstContentMs: Object.fromEntries(Object.keys(PAGES).map((k) => [k, median(res[k].map((r) => r.firstContent))])),
      // What the reader sees: the frame after every widget settled has been painted (probe.js).
      allPaintedMs: Object.fromEntries(Object.keys(PAGES).map((k) => [k, median(res[k].map((r) => r.painted))])),
      firstPaintedMs: Object.fromEntries(Object.keys(PAGES).map((k) => [k, median(res[k].map((r) => r.firstPainted))])),
      allPaintedSpread: Object.fromEntries(Object.keys(PAGES).map((k) => [k, spread(res[k].map((r) => r.painted))])),
      paintedOverFloor: {
        ours: ratio('ours', 'floor', 'painted'),
        snippet: ratio('snippet', 'floor', 'painted'),
        vega: ratio('vega', 'floor', 'painted'),
      },
      oursOverFloor: ratio('ours', 'floor'),
      oursOverVega: ratio('ours', 'vega'),
      // One request per feed holds with the snippet too (the library's fetch takes the preloaded response).
      feedRequests: Object.fromEntries(
        Object.keys(PAGES).map((k) => [
          k,
          Math.max(...res[k].map((r) => r.requests.filter((q) => q.url.includes('sample-feed.json')).length)),
        ]),
      ),
      snippetOverFloor: ratio('snippet', 'floor'),
      snippetOverVega: ratio('snippet', 'vega'),
      ...(BASE
        ? {
            base: BASE,
            oursOverBase: ratio('ours', 'base'),
            snippetOverBase: ratio('snippet', 'baseSnippet'),
            paintedOverBase: { ours: ratio('ours', 'base', 'painted'), snippet: ratio('snippet', 'baseSnippet', 'painted') },
          }
        : {}),
      runs,
      profile,
    };
  }
  return out;
}

const MAIN_THREAD_EVENTS = {
  'Parse HTML': ['ParseHTML'],
  'Script compile': ['v8.compile', 'v8.compileModule', 'CompileScript', 'v8.produceModuleCache', 'v8.parseOnBackground'],
  'Script run': ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks'],
  'Style recalculation': ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  Layout: ['Layout'],
  'Paint and composite': ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit'],
  GC: ['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC'],
};

/** One traced phone first visit of the 20-widget page (`key`: 'ours' or 'snippet'): requests and main-thread time. */
export async function waterfall(chrome, origin, key = 'ours') {
  const r = await coldVisit(chrome, pageUrl(origin, key), PROFILES.phone, { trace: true });
  const nav = r.requests.find((q) => q.url.endsWith(PAGES[key]));
  const t0 = nav?.start ?? 0;
  const ms = (t) => (t === undefined ? null : Math.round((t - t0) * 1000));
  const requests = r.requests
    .map((q) => ({
      url: q.url.replace(origin, ''),
      startMs: ms(q.start),
      endMs: ms(q.end),
      kB: q.bytes ? +(q.bytes / 1024).toFixed(1) : null,
    }))
    .sort((a, b) => a.startMs - b.startMs);
  // Main thread: complete events on the renderer's main thread, self time not separated (top-level only).
  const threads = new Map();
  for (const e of r.traceEvents)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') threads.set(`${e.pid}:${e.tid}`, true);
  // Only the page's renderer: headless Chromium also runs its own WebUI renderers (chrome:// pages),
  // whose main threads have the same name.
  const pagePids = new Set();
  for (const e of r.traceEvents) {
    const url = e.args?.data?.url ?? e.args?.beginData?.url;
    if (typeof url === 'string' && url.startsWith(origin) && threads.has(`${e.pid}:${e.tid}`)) pagePids.add(e.pid);
  }
  const main = r.traceEvents.filter(
    (e) => e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`) && (!pagePids.size || pagePids.has(e.pid)) && typeof e.dur === 'number',
  );
  // Top-level tasks only (RunTask), then what they contain, by category and by script URL.
  const byCategory = {};
  for (const [cat, names] of Object.entries(MAIN_THREAD_EVENTS)) {
    // Nested events of the same category are counted once: keep those not inside another of the category.
    const list = main.filter((e) => names.includes(e.name)).sort((a, b) => a.ts - b.ts);
    let total = 0;
    let end = -Infinity;
    for (const e of list) {
      if (e.ts >= end) {
        total += e.dur;
        end = e.ts + e.dur;
      } else if (e.ts + e.dur > end) {
        total += e.ts + e.dur - end;
        end = e.ts + e.dur;
      }
    }
    byCategory[cat] = Math.round(total / 1000);
  }
  const byScript = {};
  for (const e of main) {
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName;
    if (!url || !['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'v8.compile', 'v8.compileModule'].includes(e.name)) continue;
    const key = url.replace(origin, '').replace(/-[A-Za-z0-9_]{6,}\.js$/, '-*.js');
    byScript[key] = (byScript[key] ?? 0) + e.dur / 1000;
  }
  const tasks = main.filter((e) => e.name === 'RunTask');
  return {
    page: PAGES[key],
    allReadyMs: r.ready,
    firstContentMs: r.firstContent,
    requests,
    mainThreadMs: byCategory,
    scriptMs: Object.fromEntries(
      Object.entries(byScript)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => [k, Math.round(v)]),
    ),
    longTasks: tasks.filter((t) => t.dur > 50000).length,
    busiestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.dur)) / 1000),
  };
}

/** Markdown tables of the first-visit figures and the waterfalls (one or more). */
export function firstVisitTable(fv, wfs) {
  const f = (x) =>
    x === null || x === undefined
      ? '–'
      : typeof x === 'number'
        ? Number.isInteger(x) || x >= 10
          ? Math.round(x).toLocaleString('en-US')
          : x.toFixed(2)
        : String(x);
  const lines = [
    '| first visit, 20 widgets, one feed (medians) | floor | tp-widgets | with the preload snippet | stock vega-embed | ours/floor (with snippet) | ours/vega-embed (with snippet) | first widget: floor / ours / with snippet |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, r] of Object.entries(fv)) {
    const sp = (k) => (r.allReadySpread[k] ? ` (${f(r.allReadySpread[k][0])}–${f(r.allReadySpread[k][1])})` : '');
    lines.push(
      `| ${name}${name === 'phone' ? ' (4× CPU, Slow 4G)' : ''} | ${f(r.allReadyMs.floor)} ms${sp('floor')} | ${f(r.allReadyMs.ours)} ms${sp('ours')} | ${f(r.allReadyMs.snippet)} ms${sp('snippet')} | ${f(r.allReadyMs.vega)} ms${sp('vega')} | ${f(r.oursOverFloor)}× (${f(r.snippetOverFloor)}×) | ${f(r.oursOverVega)}× (${f(r.snippetOverVega)}×) | ${f(r.firstContentMs.floor)} / ${f(r.firstContentMs.ours)} / ${f(r.firstContentMs.snippet)} ms |`,
    );
  }
  lines.push(
    '',
    '| the same visits, painted (the frame after the state changed; medians) | floor | tp-widgets | with the preload snippet | stock vega-embed | ours/floor (with snippet) | first widget painted: floor / ours / with snippet |',
    '|---|---|---|---|---|---|---|',
  );
  for (const [name, r] of Object.entries(fv)) {
    if (!r.allPaintedMs) continue;
    const sp = (k) => (r.allPaintedSpread[k] ? ` (${f(r.allPaintedSpread[k][0])}–${f(r.allPaintedSpread[k][1])})` : '');
    lines.push(
      `| ${name} | ${f(r.allPaintedMs.floor)} ms${sp('floor')} | ${f(r.allPaintedMs.ours)} ms${sp('ours')} | ${f(r.allPaintedMs.snippet)} ms${sp('snippet')} | ${f(r.allPaintedMs.vega)} ms${sp('vega')} | ${f(r.paintedOverFloor.ours)}× (${f(r.paintedOverFloor.snippet)}×) | ${f(r.firstPaintedMs.floor)} / ${f(r.firstPaintedMs.ours)} / ${f(r.firstPaintedMs.snippet)} ms |`,
    );
  }
  for (const [name, r] of Object.entries(fv))
    if (r.base)
      lines.push(
        '',
        `A/B against ${r.base} (${name}, medians of the per-run ratios): ours/base ${f(r.oursOverBase)}×, with the snippet ${f(r.snippetOverBase)}×; base all ready ${f(r.allReadyMs.base)} ms, with the snippet ${f(r.allReadyMs.baseSnippet)} ms; first widget ${f(r.firstContentMs.base)} / ${f(r.firstContentMs.baseSnippet)} ms${r.paintedOverBase ? `; first widget painted ${f(r.firstPaintedMs.base)} / ${f(r.firstPaintedMs.baseSnippet)} ms; all painted ${f(r.allPaintedMs.base)} / ${f(r.allPaintedMs.baseSnippet)} ms, ours/base ${f(r.paintedOverBase.ours)}× (with the snippet ${f(r.paintedOverBase.snippet)}×)` : ''}.`,
      );
  lines.push(
    '',
    `Feed requests per visit (most in any run): ${Object.entries(fv)
      .map(
        ([name, r]) =>
          `${name}: ours ${r.feedRequests.ours}, with the snippet ${r.feedRequests.snippet}, vega-embed ${r.feedRequests.vega}`,
      )
      .join('; ')}.`,
  );
  for (const wf of [wfs].flat().filter(Boolean)) {
    lines.push(
      '',
      `Waterfall, phone first visit of ${wf.page} (all ready at ${f(wf.allReadyMs)} ms, first widget at ${f(wf.firstContentMs)} ms):`,
      '',
      '| request | start | end | kB |',
      '|---|---|---|---|',
    );
    for (const q of wf.requests) lines.push(`| ${q.url} | ${f(q.startMs)} | ${f(q.endMs)} | ${f(q.kB)} |`);
    lines.push('', '| main thread | ms |', '|---|---|');
    for (const [k, v] of Object.entries(wf.mainThreadMs)) lines.push(`| ${k} | ${f(v)} |`);
    lines.push('', '| script (compile + run) | ms |', '|---|---|');
    for (const [k, v] of Object.entries(wf.scriptMs).slice(0, 12)) lines.push(`| ${k} | ${f(v)} |`);
    lines.push('', `Long tasks (> 50 ms): ${wf.longTasks}; the longest: ${f(wf.busiestTaskMs)} ms.`);
  }
  return lines.join('\n');
}
