/**
 * Issue 18, item 6: no word of the budget-cycle strip breaks inside itself. At 280, 320, 768 and
 * 1280 px (and with the widget's text at 200%), in <tp-budget-cycle> and in the program card's
 * compact strip, in Spanish and English, every word of every visible label (phase name, status
 * word, evidence, note) sits on one line box: a Range over its characters has all its client rects
 * on one line (Range.getClientRects gives one rect per line box the range crosses), and it does not
 * stick out of its phase.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/define/budget-cycle.js';
import '../../../src/define/program-card.js';
import type { TpElement } from '../../../src/platform/tp-element.js';
import { allCycleFeed, CYCLE_TODAY, feedUrl } from '../../fixtures/cycle-feeds.js';

const ALL = feedUrl(allCycleFeed());
const SAMPLE = '/demo/data/sample-feed.json';
const WIDTHS = [280, 320, 768, 1280];

interface Broken {
  word: string;
  lines: number;
  overflow: boolean;
}

/** Every visible word of the strip's labels that spans two line boxes or sticks out of its phase. */
function brokenWords(strip: Element): { words: number; broken: Broken[] } {
  const broken: Broken[] = [];
  let words = 0;
  for (const phase of strip.querySelectorAll<HTMLElement>('.tp-phase')) {
    const box = phase.getBoundingClientRect();
    const walker = document.createTreeWalker(phase, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement!;
      if (parent.closest('.visually-hidden, [aria-hidden="true"]')) continue;
      for (const m of node.data.matchAll(/\S+/g)) {
        words++;
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        // One rect per line box: rects of one line share (almost) the same vertical extent.
        const tops = new Set(rects.map((r) => Math.round(r.top + r.height / 2)));
        const lines = [...tops].filter((t, i, all) => all.findIndex((u) => Math.abs(u - t) <= 2) === i).length;
        const overflow = rects.some((r) => r.right > box.right + 0.5 || r.left < box.left - 0.5);
        if (lines > 1 || overflow) broken.push({ word: m[0], lines, overflow });
      }
    }
  }
  return { words, broken };
}

async function ready(el: TpElement) {
  await waitUntil(() => el.state !== 'loading', `state stayed ${el.state}`, { timeout: 15000 });
  await el.updateComplete;
  // Container queries and fonts settle after the first frame.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

const CASES = [
  {
    name: '<tp-budget-cycle>',
    mount: (lang: string, zoom: string) =>
      html`<tp-budget-cycle src=${ALL} program="20-S176" lang=${lang} today=${CYCLE_TODAY} style=${zoom}></tp-budget-cycle>`,
  },
  {
    name: '<tp-budget-cycle compact>',
    mount: (lang: string, zoom: string) =>
      html`<tp-budget-cycle compact src=${ALL} program="20-S176" lang=${lang} today=${CYCLE_TODAY} style=${zoom}></tp-budget-cycle>`,
  },
  {
    name: '<tp-program-card> strip',
    mount: (lang: string, zoom: string) =>
      html`<tp-program-card src=${SAMPLE} program="E001" lang=${lang} today="2024-10-01" style=${zoom}></tp-program-card>`,
  },
];

describe('cycle strip: no word breaks inside itself', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const c of CASES) {
    for (const width of WIDTHS) {
      for (const lang of ['es', 'en']) {
        it(`${c.name} at ${width} px, ${lang}`, async () => {
          await setViewport({ width, height: 900 });
          const el = await fixture<TpElement>(c.mount(lang, ''));
          await ready(el);
          const strip = el.shadowRoot!.querySelector('ol[part~="strip"]')!;
          expect(strip, 'strip').to.exist;
          const { words, broken } = brokenWords(strip);
          expect(words).to.be.greaterThan(7);
          expect(broken, `broken words at ${width} px`).to.deep.equal([]);
        });
      }
    }
  }

  // 200% text zoom: the widget's own text at twice the size (the strip's breakpoints are in em).
  for (const c of CASES) {
    for (const width of [320, 768, 1280]) {
      it(`${c.name} at ${width} px with text at 200%, es`, async () => {
        await setViewport({ width, height: 900 });
        const el = await fixture<TpElement>(c.mount('es', '--tp-font-size: 2rem'));
        await ready(el);
        const { broken } = brokenWords(el.shadowRoot!.querySelector('ol[part~="strip"]')!);
        expect(broken, `broken words at ${width} px, 200%`).to.deep.equal([]);
      });
    }
  }
});
