/**
 * Issue 18: a reader never sees a field path. With every disclosure open (<details>, glossary terms,
 * "read more", any aria-expanded button), no text in any widget's shadow root, nor its aria-label,
 * title or alt, matches /\w+\[\d+\]\.\w+/ ("programs[11].amounts.modified"). Field paths stay in
 * the tp-error event's detail and the console report.
 *
 * Feeds: the sample feed (every program, es and en), the real feed when present
 * (/.tmp/feeds/cp2023-full.json from scripts/make-test-feeds.ts: every program with a problem, plus
 * the first ones); the hostile corpus is checked by corpus-suite.ts (hostile-corpus-*.test.ts).
 */
import { expect } from '@open-wc/testing';
import { clearFeedCache, loadFeed } from '../../src/feed/load.js';
import { fieldPaths } from './field-paths.js';

const SAMPLE = '/demo/data/sample-feed.json';
const REAL = '/.tmp/feeds/cp2023-full.json';

describe('no field path in any widget, all disclosures open', function () {
  this.timeout(280000);

  it('sample feed: every program, es and en', async () => {
    const feed = await (await fetch(SAMPLE)).json();
    const seen: string[] = [];
    const t0 = performance.now();
    for (const p of feed.programs as { key: string }[]) {
      for (const lang of ['es', 'en'] as const) seen.push(...(await fieldPaths(SAMPLE, p.key, lang)));
    }
    console.log(`field paths: sample feed, ${feed.programs.length} programs × 2 languages in ${Math.round(performance.now() - t0)} ms`);
    expect(seen, seen.join('\n')).to.deep.equal([]);
  });

  it('real feed (cp2023-full): every program with a problem, the first five and one in fifty', async function () {
    const head = await fetch(REAL, { method: 'HEAD' }).catch(() => undefined);
    if (!head?.ok) {
      console.log(`field paths: ${REAL} not found (run scripts/make-test-feeds.ts); real feed skipped`);
      this.skip();
    }
    const loaded = await loadFeed(REAL);
    // The first five, one in fifty across the feed, and every program a problem names.
    const keys = new Set(loaded.feed.programs.filter((_, i) => i < 5 || i % 50 === 0).map((p) => p.key));
    for (const pr of loaded.problems) {
      const key = pr.key ?? (pr.index !== undefined ? loaded.feed.programs[pr.index]?.key : undefined);
      if (key) keys.add(key);
    }
    const seen: string[] = [];
    for (const key of [...keys].slice(0, 40)) seen.push(...(await fieldPaths(REAL, key, 'es')));
    console.log(`field paths: real feed, ${Math.min(keys.size, 40)} programs checked`);
    expect(seen, seen.join('\n')).to.deep.equal([]);
    clearFeedCache();
  });
});
