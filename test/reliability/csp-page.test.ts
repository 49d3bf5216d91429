/**
 * Issue 11, part 3 (test page): every widget, with own src and inside <tp-feed>, in a page served with
 * `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:` (a real response
 * header from test/server/reliability.mjs): all ready, every chart drawn, zero securitypolicyviolation
 * events. (The demo pages are checked under the same policy by test/demo/demo-pages.mjs and
 * test/reliability-node/csp-demo.mjs.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WIDGETS } from './harness.js';

interface Report {
  evalBlocked: boolean;
  violations: string[];
  states: string[];
  charts: number;
  drawn: number;
  live: number;
  error?: string;
}

describe('strict CSP test page', function () {
  this.timeout(90000);
  it('every widget renders, charts included, with zero violations', async () => {
    const head = await fetch('/__rel/csp/widgets.html');
    expect(head.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:",
    );
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    frame.src = '/__rel/csp/widgets.html';
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as unknown as { __csp?: Report };
      await waitUntil(() => win()?.__csp, 'the CSP page did not report', { timeout: 70000 });
      const r = win().__csp!;
      expect(r.error).to.equal(undefined);
      expect(r.evalBlocked, 'the policy is active (eval refused), else this proves nothing').to.equal(true);
      expect(r.states).to.deep.equal([...WIDGETS, ...WIDGETS].map((w) => `${w.tag}=ready`));
      expect(r.charts, 'Vega chart containers on the page').to.be.greaterThanOrEqual(4);
      expect(r.drawn, 'charts drawn').to.equal(r.charts);
      expect(r.live).to.be.greaterThanOrEqual(r.charts);
      expect(r.violations).to.deep.equal([]);
      console.log(
        `[reliability] CSP test page: ${r.states.length} widgets ready, ${r.drawn} charts drawn, ${r.violations.length} violations`,
      );
    } finally {
      frame.remove();
    }
  });
});
