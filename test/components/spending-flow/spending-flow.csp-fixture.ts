// Loaded inside an iframe whose CSP has no 'unsafe-eval' and no inline styles
// (spending-flow.test.ts), the same approach as test/charts/csp-fixture.ts.
import '../../../src/define/spending-flow.js';
import { liveChartViews } from '../../../src/platform/charts/chart-controller.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
const el = document.createElement('tp-spending-flow');
el.setAttribute('src', '/demo/data/sample-feed.json');
el.setAttribute('program', 'E001');
document.body.append(el);
const result = window as unknown as { __flowCsp: unknown };
const done = el.chart.rendered();
done.then(async () => {
  const svg = el.shadowRoot!.querySelector('[part~="chart"] svg');
  const marks = svg?.querySelectorAll('path').length ?? 0;
  el.remove();
  const live = liveChartViews();
  // Violation events are queued as tasks: let them arrive before taking the list.
  await new Promise((r) => setTimeout(r, 50));
  const seen = [...violations];
  // Then prove the policy is active: eval must be refused here (this adds its own violation, not counted).
  let evalBlocked = false;
  try {
    new Function('return 1')();
  } catch {
    evalBlocked = true;
  }
  const out = {
    evalBlocked,
    state: el.state,
    steps: el.shadowRoot!.querySelectorAll('ol.ladder > li').length,
    svg: !!svg,
    marks,
    error: String(el.chart.error ?? ''),
    live,
    violations: seen,
  };
  result.__flowCsp = out;
});
