/**
 * Issue 11, part 5: axe on every widget × state (loading, ready, empty, error, stale) × theme
 * (light, dark) × language (es, en), zero violations. One `it` per widget and state; the four
 * theme × language variants are on the page together and each is checked.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/load.js';
import type { TpFeed } from '../../src/components/feed-provider/feed-provider.js';
import { baseFeed } from '../fixtures/hostile/corpus.js';
import { WIDGETS, widget, settled, putFeed, uid } from './harness.js';
import type { TpEl } from './harness.js';

type State = 'loading' | 'ready' | 'empty' | 'error' | 'stale';
const STATES: State[] = ['loading', 'ready', 'empty', 'error', 'stale'];
const VARIANTS = [
  { theme: 'light', lang: 'es' },
  { theme: 'light', lang: 'en' },
  { theme: 'dark', lang: 'es' },
  { theme: 'dark', lang: 'en' },
] as const;

/** Feeds that leave each widget with nothing to show (found by trying; the empty state must exist). */
const EMPTY: Record<string, { feed: 'bare' | 'none'; program: boolean }> = {
  'tp-program-card': { feed: 'bare', program: true },
  'tp-spending-flow': { feed: 'none', program: false },
  'tp-indicator-gauge': { feed: 'bare', program: true },
  'tp-gender-breakdown': { feed: 'bare', program: false },
  'tp-sdg-alignment': { feed: 'bare', program: false },
  'tp-budget-cycle': { feed: 'bare', program: true },
  'tp-program-explorer': { feed: 'none', program: false },
  'tp-signals': { feed: 'none', program: false },
};

export const a11yTally = { checks: 0 };
const srcs: Record<string, string> = {};

/** Defines the matrix for WIDGETS[from, to) (split over files: each file has its own time budget). */
export function a11ySuite(from: number, to: number): void {
  describe(`accessibility matrix ${from + 1}–${Math.min(to, WIDGETS.length)}: widget × state × theme × language`, function () {
    this.timeout(60000);

    before(async () => {
      const run = uid('ax');
      const b = baseFeed();
      srcs.ready = await putFeed(run, 'ready.json', JSON.stringify(b));
      srcs.bare = await putFeed(
        run,
        'bare.json',
        JSON.stringify({ ...b, programs: [{ key: 'E001', name: 'Programa sin datos', amounts: {} }] }),
      );
      srcs.none = await putFeed(run, 'none.json', JSON.stringify({ ...b, programs: [] }));
    });
    afterEach(() => clearFeedCache());
    after(() => console.log(`[reliability] accessibility matrix: ${a11yTally.checks} axe checks`));

    for (const w of WIDGETS.slice(from, to)) {
      for (const state of STATES) {
        it(`${w.tag} ${state}: light/dark × es/en`, async () => {
          const hold = uid('hold');
          const box = document.createElement('div');
          box.style.width = '640px';
          let feed: TpFeed | undefined;
          const els: TpEl[] = VARIANTS.map((v) => {
            const attrs: Record<string, string | undefined> = { ...w.attrs, theme: v.theme, lang: v.lang };
            if (w.program) attrs.program = 'E001';
            if (state === 'loading') attrs.src = `/__rel/${hold}/hold.json`;
            if (state === 'ready') attrs.src = srcs.ready;
            if (state === 'error') attrs.src = `/__fault/${hold}/404.json`;
            if (state === 'empty') {
              attrs.src = srcs[EMPTY[w.tag]!.feed];
              if (!EMPTY[w.tag]!.program) delete attrs.program;
            }
            return widget(w.tag, attrs);
          });
          if (state === 'stale') {
            // Its own id: the sequence (first the feed, then 500) counts requests per id.
            await putFeed(hold, 'base.json', JSON.stringify(baseFeed()));
            feed = document.createElement('tp-feed') as TpFeed;
            feed.setAttribute('src', `/__rel/${hold}/seq/base.json?pattern=ok,500`);
            feed.append(...els);
            box.append(feed);
          } else box.append(...els);
          document.body.append(box);
          try {
            if (state === 'loading') await Promise.all(els.map((e) => e.updateComplete));
            else await settled(els);
            if (state === 'stale') {
              await feed!.reload();
              await waitUntil(() => els.every((e) => e.getAttribute('state') === 'stale'), 'not stale', { timeout: 12000 });
              await Promise.all(els.map((e) => e.updateComplete));
            }
            for (const el of els) {
              expect(el.getAttribute('state'), `${w.tag} ${el.getAttribute('theme')} ${el.lang}`).to.equal(state);
              await expect(el).to.be.accessible();
              a11yTally.checks++;
            }
          } finally {
            box.remove();
            await fetch(`/__rel/${hold}/release`);
          }
        });
      }
    }
  });
}
