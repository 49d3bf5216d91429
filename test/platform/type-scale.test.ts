/**
 * The type scale (src/platform/styles.ts): every text a widget draws is one of six sizes computed from
 * --tp-font-size, in two weights. A page that sets --tp-font-size scales every widget alike (the gauge
 * used rem and ignored it), and nested text does not compound into sizes off the scale.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/feed.js';
import '../../src/define/program-card.js';
import '../../src/define/spending-flow.js';
import '../../src/define/indicator-gauge.js';
import '../../src/define/gender-breakdown.js';
import type { TpElement } from '../../src/platform/tp-element.js';

const SAMPLE = '/demo/data/sample-feed.json';
/** --_size × 0.8125, 0.875, 1, 1.125, 1.25, 2.25 */
const SCALE = [0.8125, 0.875, 1, 1.125, 1.25, 2.25];

/** Size and weight of every element of the shadow root that has text of its own, with where it is. */
function texts(el: TpElement): { size: number; weight: string; where: string }[] {
  const out: { size: number; weight: string; where: string }[] = [];
  for (const e of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (e.closest('svg') || e.closest('[class*="chart"]')) continue; // chart text follows the chart's scale
    if (![...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
    const cs = getComputedStyle(e);
    out.push({ size: parseFloat(cs.fontSize), weight: cs.fontWeight, where: `${e.localName}.${[...e.classList].join('.')}` });
  }
  return out;
}

describe('type scale', () => {
  for (const base of [16, 20]) {
    it(`every text of the card, the flow, the gauge and the breakdown is on the scale of --tp-font-size: ${base}px`, async () => {
      const feed = await fixture<HTMLElement>(html`
        <tp-feed src=${SAMPLE} style="--tp-font-size: ${base}px">
          <tp-program-card program="E001"></tp-program-card>
          <tp-spending-flow program="E001"></tp-spending-flow>
          <tp-indicator-gauge program="E001"></tp-indicator-gauge>
          <tp-gender-breakdown program="E001"></tp-gender-breakdown>
        </tp-feed>
      `);
      const widgets = [...feed.children] as TpElement[];
      await waitUntil(() => widgets.every((w) => w.getAttribute('state') === 'ready'), 'widgets ready', { timeout: 10000 });
      const sizes = SCALE.map((k) => base * k);
      let seen = 0;
      for (const w of widgets) {
        for (const t of texts(w)) {
          seen++;
          expect(
            sizes.some((s) => Math.abs(s - t.size) < 0.05),
            `${w.localName} ${t.where}: ${t.size}px is not on the scale (${sizes.join(', ')})`,
          ).to.equal(true);
          expect(['400', '700'], `${w.localName} ${t.where}: weight ${t.weight}`).to.include(t.weight);
        }
      }
      expect(seen).to.be.greaterThan(100);
      // The gauge's heading follows the page's size too (it was 1.25rem).
      const gaugeTitle = widgets[2]!.shadowRoot!.querySelector('h2')!;
      expect(parseFloat(getComputedStyle(gaugeTitle).fontSize)).to.be.closeTo(base * 1.25, 0.05);
    });
  }
});
