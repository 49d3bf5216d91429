import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feed } from '../../src/feed/types.js';
import { RULE_LEVEL, signalCounts, signals } from '../../src/signals/engine.js';
import { RULE_CODES } from '../../src/signals/types.js';
import { feedOf } from './build.js';

test('engine: bad input gives no signals, never an exception', () => {
  for (const bad of [null, undefined, {}, { programs: 'x' }, { programs: [null, 5, 'x', { key: 7 }, {}] }]) {
    assert.deepEqual(signals(bad as unknown as Feed), []);
  }
});

test('engine: programs with broken fields do not throw', () => {
  const feed = feedOf([
    {
      amounts: null as never,
      indicators: 'x' as never,
      evaluations: [null, { year: 'x' }] as never,
      crossCutting: [null] as never,
      periods: [null] as never,
      population: 5 as never,
    },
  ]);
  assert.deepEqual(signals(feed), []);
});

test('engine: feed order, then rule order; level from RULE_LEVEL; counts per program', () => {
  const feed = feedOf([
    { key: 'A', amounts: { approved: 100, modified: 200, exercised: 5, paid: 6 } },
    { key: 'B', amounts: { approved: 100, modified: 100, accrued: 10 } },
    { key: 'C', amounts: { approved: 100, modified: 100, accrued: 100 } },
  ]);
  const list = signals(feed);
  assert.deepEqual(
    list.map((s) => [s.program, s.rule]),
    [
      ['A', 'moment-order'],
      ['A', 'modified-change'],
      ['B', 'year-end-underspending'],
    ],
  );
  for (const s of list) assert.equal(s.level, RULE_LEVEL[s.rule]);
  assert.equal(list[0]!.name, 'Programa 1');
  assert.deepEqual(
    [...signalCounts(list)],
    [
      ['A', 2],
      ['B', 1],
    ],
  );
});

test('engine: every rule has a level; rules can be switched off; a bad config uses the defaults', () => {
  assert.deepEqual(Object.keys(RULE_LEVEL), [...RULE_CODES]);
  const feed = feedOf([{ amounts: { approved: 100, modified: 200 } }]);
  assert.equal(signals(feed, { rules: ['moment-order'] }).length, 0);
  assert.equal(signals(feed, { modifiedChange: 'x' }).length, 1);
  assert.equal(signals(feed, { modifiedChange: 1.5 }).length, 0);
});
