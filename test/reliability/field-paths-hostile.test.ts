/**
 * Issue 18: no field path in any widget, all disclosures open, on the hostile corpus
 * (test/fixtures/hostile/corpus.ts, served by the test server). See field-paths.ts.
 */
import { expect } from '@open-wc/testing';
import { hostileCorpus } from '../fixtures/hostile/corpus.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { liveChartViews } from '../../src/platform/charts/chart-controller.js';
import { putFeed, uid } from './harness.js';
import { fieldPaths } from './field-paths.js';

describe('no field path in any widget, all disclosures open: hostile corpus', function () {
  this.timeout(280000);
  const corpus = hostileCorpus();
  const run = uid('fp');
  const BATCH = 40;
  for (let i = 0; i < corpus.length; i += BATCH) {
    const batch = corpus.slice(i, i + BATCH);
    it(`hostile corpus, cases ${i + 1}–${i + batch.length}`, async () => {
      const seen: string[] = [];
      const t0 = performance.now();
      for (const c of batch) {
        const src = await putFeed(run, `${c.id}.json`, c.body);
        try {
          seen.push(...(await fieldPaths(src, c.program, 'es')).map((s) => `[${c.id}] ${s}`));
        } finally {
          clearFeedCache();
          await fetch(`/__rel/drop/${run}/${c.id}.json`);
        }
      }
      console.log(`field paths: hostile cases ${i + 1}–${i + batch.length} in ${Math.round(performance.now() - t0)} ms`);
      expect(seen, seen.join('\n')).to.deep.equal([]);
      expect(liveChartViews()).to.equal(0);
    });
  }
});
