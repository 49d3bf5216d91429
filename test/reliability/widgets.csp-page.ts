// Loaded by /__rel/csp/widgets.html, served with the strict CSP header (test/server/reliability.mjs).
// Mounts every widget (own src) and a <tp-feed> with every widget inside, on a feed with every field,
// waits for every widget to be ready and every chart container to hold an SVG, then reports.
import '../../src/define/all.js';
import { liveChartViews } from '../../src/platform/charts/chart-controller.js';
import { baseFeed } from '../fixtures/hostile/corpus.js';
import { allWidgets } from './harness.js';

const violations: string[] = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
  true,
);
const out = window as unknown as { __csp?: unknown };
const warnings: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...a: unknown[]) => {
  warnings.push(
    a
      .map((x) => String((x as Error)?.stack ?? x))
      .join(' ')
      .slice(0, 300),
  );
  warn(...a);
};

async function main() {
  const id = `csp${Math.random().toString(36).slice(2, 8)}`;
  await fetch(`/__rel/put/${id}/base.json`, { method: 'PUT', body: JSON.stringify(baseFeed()) });
  const src = `/__rel/feed/${id}/base.json`;
  const own = allWidgets(src, 'E001', { theme: 'dark' });
  const feed = document.createElement('tp-feed');
  feed.setAttribute('src', src);
  const inner = allWidgets(undefined, 'E001', { lang: 'en' });
  feed.append(...inner);
  document.body.append(...own, feed);
  const all = [...own, ...inner];
  // Vega chart containers (the card's meter and the ranking bars are Lit-drawn, not Vega).
  const charts = () => all.flatMap((el) => [...el.shadowRoot!.querySelectorAll('div[part~="chart"]:not([role="meter"])')]);
  // The first Vega chunk is transformed on demand by the test server: allow for a cold start.
  const deadline = Date.now() + 50000;
  // Bring every chart near the viewport in turn (they load lazily), until each holds an SVG.
  for (;;) {
    const ready = all.every((el) => el.getAttribute('state') === 'ready');
    const pending = charts().filter((c) => !c.querySelector('svg'));
    if (ready && pending.length === 0) break;
    if (Date.now() > deadline) break;
    // A chart inside a closed disclosure (the gauge's history) is drawn when a reader opens it.
    for (const c of charts()) {
      const d = c.closest('details');
      if (d && !d.open) d.querySelector('summary')?.click();
    }
    pending[0]?.scrollIntoView();
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 50)); // violation events are queued as tasks
  let evalBlocked = false;
  try {
    new Function('return 1')();
  } catch {
    evalBlocked = true;
  }
  out.__csp = {
    evalBlocked,
    violations: [...violations],
    states: all.map((el) => `${el.localName}=${el.getAttribute('state')}`),
    charts: charts().length,
    drawn: charts().filter((c) => c.querySelector('svg')).length,
    live: liveChartViews(),
    warnings,
    debug: charts().map(
      (c) =>
        `${(c.getRootNode() as ShadowRoot).host.localName} w=${(c as HTMLElement).clientWidth} details=${c.closest('details')?.open ?? '-'} svg=${!!c.querySelector('svg')}`,
    ),
  };
}
main().catch((e) => (out.__csp = { error: String(e?.stack ?? e) }));
