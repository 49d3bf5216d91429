// Loaded inside an iframe whose CSP has no 'unsafe-eval' (chart-controller.test.ts).
import './chart-test-element.js';
import type { TpTestChart } from './chart-test-element.js';
import { liveChartViews } from '../../../src/platform/charts/chart-controller.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
const el = document.createElement('tp-test-chart') as TpTestChart;
document.body.append(el);
const done = el.chart.rendered();
const result = window as unknown as { __csp: unknown };
done.then(async () => {
  // Violation events are queued as tasks: let them arrive before taking the list.
  await new Promise((r) => setTimeout(r, 50));
  const seen = [...violations];
  // Then prove the policy is active: eval must be refused here.
  let evalBlocked = false;
  try {
    new Function('return 1')();
  } catch {
    evalBlocked = true;
  }
  const svg = el.shadowRoot!.querySelector('svg');
  result.__csp = {
    evalBlocked,
    violations: seen,
    svg: !!svg,
    marks: svg?.querySelectorAll('path').length ?? 0,
    live: liveChartViews(),
    error: String(el.chart.error ?? ''),
  };
});
