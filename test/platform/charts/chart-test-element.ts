// A minimal widget that draws one trivial Vega-Lite bar chart through the ChartController.
import { LitElement, css, html } from 'lit';
import { ChartController } from '../../../src/platform/charts/chart-controller.js';

export class TpTestChart extends LitElement {
  static override styles = css`.chart { width: 300px; }`;
  values = [
    { moment: 'approved', amount: 100 },
    { moment: 'paid', amount: 81 },
  ];
  chart = new ChartController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.chart'),
    spec: ({ width, config }) => ({
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width,
      height: 80,
      data: { values: this.values },
      mark: 'bar',
      encoding: {
        y: { field: 'moment', type: 'nominal' },
        x: { field: 'amount', type: 'quantitative' },
        // An expression: needs the interpreter under a CSP without 'unsafe-eval'.
        color: { condition: { test: 'datum.amount > 90', value: 'red' }, value: 'blue' },
      },
      config,
    }),
    description: () => 'De cada 100 pesos aprobados, 81 ya se pagaron.',
    lang: () => 'es',
  });
  override render() {
    return html`<div class="chart"></div>`;
  }
}
if (!customElements.get('tp-test-chart')) customElements.define('tp-test-chart', TpTestChart);
