import { expect, fixture, html, waitUntil, nextFrame } from '@open-wc/testing';
import { liveChartViews, vegaLoadRequests } from '../../../src/platform/charts/chart-controller.js';
import './chart-test-element.js';
import type { TpTestChart } from './chart-test-element.js';

const vegaRequested = () => performance.getEntriesByType('resource').some((r) => /vega/.test(r.name));

describe('ChartController', () => {
  it('does not load Vega while the chart is far from the viewport, and loads it when it nears', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><div style="height: 500vh"></div><tp-test-chart></tp-test-chart></div>`);
    const el = wrap.querySelector<TpTestChart>('tp-test-chart')!;
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    expect(vegaLoadRequests()).to.equal(0);
    expect(vegaRequested()).to.equal(false);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    const rendered = el.chart.rendered();
    el.scrollIntoView();
    await rendered;
    expect(vegaLoadRequests()).to.equal(1);
    expect(vegaRequested()).to.equal(true);
    wrap.remove();
    expect(liveChartViews()).to.equal(0);
  });

  it('renders a trivial spec as SVG with a description, and finalizes the view on disconnect', async () => {
    const el = await fixture<TpTestChart>(html`<tp-test-chart></tp-test-chart>`);
    const before = liveChartViews();
    await el.chart.rendered();
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg).to.exist;
    expect(svg.getAttribute('aria-label')).to.contain('De cada 100 pesos');
    expect(svg.querySelectorAll('path').length).to.be.greaterThan(0);
    expect(document.head.querySelectorAll('style#vega-embed-style').length).to.equal(0);
    expect(liveChartViews()).to.equal(before + 1);
    el.remove();
    expect(liveChartViews()).to.equal(before);
  });

  it('re-renders when the container width changes', async () => {
    const el = await fixture<TpTestChart>(html`<tp-test-chart></tp-test-chart>`);
    await el.chart.rendered();
    const w1 = Number(el.shadowRoot!.querySelector('svg')!.getAttribute('width'));
    const again = el.chart.rendered();
    el.shadowRoot!.querySelector<HTMLElement>('.chart')!.style.width = '500px';
    await again;
    const w2 = Number(el.shadowRoot!.querySelector('svg')!.getAttribute('width'));
    expect(w2).to.be.greaterThan(w1);
    expect(liveChartViews()).to.equal(1);
    el.remove();
  });

  it('renders under a Content-Security-Policy without unsafe-eval, with no violations', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '600px';
    frame.style.height = '400px';
    frame.srcdoc = `<!doctype html><html lang="es"><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'">
      <title>csp</title></head><body>
      <script type="module" src="${new URL('./csp-fixture.ts', import.meta.url).pathname}"></script></body></html>`;
    document.body.append(frame);
    type R = { evalBlocked: boolean; violations: string[]; svg: boolean; marks: number; live: number; error: string };
    const win = () => frame.contentWindow as unknown as { __csp?: R };
    await waitUntil(() => win()?.__csp, 'chart did not render inside the CSP page', { timeout: 15000 });
    const r = win().__csp!;
    frame.remove();
    expect(r.evalBlocked, 'the CSP must block eval, else this test proves nothing').to.equal(true);
    expect(r.error).to.equal('');
    expect(r.svg).to.equal(true);
    expect(r.marks).to.be.greaterThan(0);
    expect(r.live).to.equal(1);
    expect(r.violations).to.deep.equal([]);
  });
});
