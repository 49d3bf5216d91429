// Issue 11, part 3 (demo pages): every demo page, served with the strict CSP header
//   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:
// is scrolled top to bottom so every lazy chart loads; then every tp-* widget (including those inside
// <tp-feed> and shadow roots) has finished loading, every VISIBLE Vega chart container holds an SVG,
// eval is refused (the policy is active) and zero `securitypolicyviolation` events fired.
// test/demo/demo-pages.mjs (the demo engineer's) checks the pages' behaviour under the same policy;
// this script checks only what issue 11 asks and prints a final "N passed, N failed" line.
//   node test/reliability-node/csp-demo.mjs     (after `npm run build`)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

import { CSP, ROOT, startDemoServer } from '../demo/demo-server.mjs';
const TIMEOUT = 40_000;

if (!existsSync(resolve(ROOT, 'dist/cdn/tp-widgets.js'))) {
  console.error('csp-demo: dist/cdn/tp-widgets.js is missing; run `npm run build` first.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const chrome = findChrome();
if (!chrome) {
  console.error('csp-demo: no Chrome or Chromium found (set CHROME_PATH).');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const walk = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (n === 'build' || n === 'data' || n === 'assets') return [];
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.html') ? [p] : [];
  });
const sample = JSON.parse(readFileSync(resolve(ROOT, 'demo/data/sample-feed.json'), 'utf8'));
const pages = walk(resolve(ROOT, 'demo'))
  .map(
    (p) =>
      `/${relative(resolve(ROOT, 'demo'), p)
        .replace(/\\/g, '/')
        .replace(/index\.html$/, '')}`,
  )
  .map((p) => (p.endsWith('programa.html') ? `${p}?program=${encodeURIComponent(sample.programs[0].key)}` : p))
  .sort();

// Host pages that show no widget: the portal's summary of readers' feedback.
const NO_WIDGETS = new Set(['/portal/evaluacion.html']);

const { server, base } = await startDemoServer();
const browser = await chromium.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS, timeout: 60_000 });

let passed = 0;
let failed = 0;
let widgetsSeen = 0;
let chartsSeen = 0;
for (const path of pages) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI || ''} ${e.sourceFile || ''}:${e.lineNumber}`),
      true,
    );
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const res = await page.goto(base + path, { waitUntil: 'load', timeout: TIMEOUT });
    if (res.headers()['content-security-policy'] !== CSP) throw new Error('the page was not served with the policy');
    // Scroll through the page so every chart comes near the viewport; wait until nothing is loading
    // and every visible chart container holds an SVG.
    const report = await page.evaluate(
      async ({ timeout, expectWidgets }) => {
        const deep = (root, out = []) => {
          for (const el of root.querySelectorAll('*')) {
            out.push(el);
            if (el.shadowRoot) deep(el.shadowRoot, out);
          }
          return out;
        };
        const widgets = () => deep(document).filter((e) => e.localName.startsWith('tp-') && e.localName !== 'tp-feed');
        // An element not upgraded yet (its chunk is on its way) has no shadow root and no state: loading.
        const charts = () =>
          widgets()
            .flatMap((w) => (w.shadowRoot ? [...w.shadowRoot.querySelectorAll('div[part~="chart"]:not([role="meter"])')] : []))
            .filter((c) => c.checkVisibility());
        const end = Date.now() + timeout;
        let y = 0;
        for (;;) {
          const loading = widgets().filter((w) => !w.getAttribute('state') || w.getAttribute('state') === 'loading');
          const pending = charts().filter((c) => !c.querySelector('svg'));
          // A framework host (react.html) renders its widgets after the load event: an empty page is not done yet.
          const done = !loading.length && !pending.length && y >= document.documentElement.scrollHeight;
          if (done && (!expectWidgets || widgets().length > 0)) break;
          if (Date.now() > end) break;
          y += 600;
          window.scrollTo(0, Math.min(y, document.documentElement.scrollHeight));
          pending[0]?.scrollIntoView({ block: 'center' });
          await new Promise((r) => setTimeout(r, 100));
        }
        await new Promise((r) => setTimeout(r, 100));
        let evalBlocked = false;
        try {
          new Function('return 1')();
        } catch {
          evalBlocked = true;
        }
        return {
          evalBlocked,
          violations: window.__violations,
          states: widgets().map((w) => `${w.localName}[${w.getAttribute('program') ?? ''}]=${w.getAttribute('state')}`),
          charts: charts().length,
          pending: charts()
            .filter((c) => !c.querySelector('svg'))
            .map((c) => c.getRootNode().host.localName),
        };
      },
      { timeout: TIMEOUT - 5000, expectWidgets: !NO_WIDGETS.has(path) },
    );
    const problems = [];
    if (!report.evalBlocked) problems.push('eval not refused: the policy is not active');
    if (report.violations.length) problems.push(`${report.violations.length} violation(s): ${report.violations.slice(0, 3).join('; ')}`);
    const stuck = report.states.filter((s) => /=(loading|null)$/.test(s));
    if (!report.states.length && !NO_WIDGETS.has(path)) problems.push('no widgets on the page');
    if (stuck.length) problems.push(`still loading: ${stuck.join(', ')}`);
    if (report.pending.length) problems.push(`charts not drawn in: ${report.pending.join(', ')}`);
    if (errors.length) problems.push(`uncaught: ${errors.slice(0, 2).join('; ')}`);
    widgetsSeen += report.states.length;
    chartsSeen += report.charts;
    if (problems.length) throw new Error(problems.join(' | '));
    passed++;
    console.log(
      `ok ${path}: ${report.states.length} widgets settled (${[...new Set(report.states.map((s) => s.split('=')[1]))].join('/')}), ${report.charts} charts drawn, 0 violations`,
    );
  } catch (e) {
    failed++;
    console.log(`FAIL ${path}: ${e.message}`);
  } finally {
    await context.close();
  }
}
await browser.close();
await server.stop();
console.log(`csp demo pages: ${pages.length} pages under CSP, ${widgetsSeen} widgets, ${chartsSeen} charts`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
