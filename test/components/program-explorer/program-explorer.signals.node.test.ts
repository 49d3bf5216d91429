/**
 * The explorer's "Con puntos a revisar" filter and sort, on a full feed (counts from the engine, once
 * per feed) and on a shard index (counts from the rows, never recomputed), with absent counts and ties.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildIndex,
  DEFAULT_QUERY,
  queryFromSearch,
  queryIndex,
  queryToSearch,
  type ExplorerQuery,
} from '../../../src/components/program-explorer/program-explorer.model.js';
import { shardFeed } from '../../../src/cli/shard.js';
import { programSignalCounts } from '../../../src/signals/engine.js';
import type { Feed, Program } from '../../../src/feed/types.js';

const prog = (key: string, amounts: Program['amounts'], extra: Partial<Program> = {}): Program => ({
  key,
  name: `Programa ${key}`,
  amounts,
  ...extra,
});

/** A01: two signals (modified +100 %, paid > exercised); B02 and C03: one each (a tie); D04: none. */
const full: Feed = {
  version: 1,
  publisher: { name: 'Test', jurisdiction: 'MX' },
  cycle: 2024,
  currency: 'MXN',
  sources: [],
  moments: ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'],
  programs: [
    prog('D04', { approved: 100, modified: 100 }, { sdg: [{ goal: 5, contribution: 'direct' }] }),
    prog('C03', { approved: 100, modified: 150 }),
    prog(
      'A01',
      { approved: 100, modified: 200, exercised: 50, paid: 80 },
      { crossCutting: [{ annex: 'gender', amounts: { approved: 1 } }] },
    ),
    prog('B02', { approved: 100, modified: 50 }, { sdg: [{ goal: 5, contribution: 'indirect' }] }),
  ],
};
const { index: shard } = shardFeed(full);
/** A shard index made before rows carried counts: C03 and D04 lack `signals`. */
const partial: Feed = {
  ...shard,
  programs: shard.programs.map((p) => {
    if (p.key !== 'C03' && p.key !== 'D04') return p;
    const { signals: _n, ...rest } = p;
    return rest;
  }),
};

const q = (over: Partial<ExplorerQuery>): ExplorerQuery => ({ ...DEFAULT_QUERY, ...over });
const keys = (feed: Feed, over: Partial<ExplorerQuery>) => queryIndex(buildIndex(feed), q(over)).rows.map((r) => r.key);

test('signal counts: engine on a full feed, rows on a shard index, absent when unknown', () => {
  assert.deepEqual(Object.fromEntries(programSignalCounts(full)), { D04: 0, C03: 1, A01: 2, B02: 1 });
  assert.deepEqual(Object.fromEntries(programSignalCounts(shard)), { D04: 0, C03: 1, A01: 2, B02: 1 });
  assert.deepEqual(Object.fromEntries(programSignalCounts(partial)), { A01: 2, B02: 1 });
  assert.equal(programSignalCounts(full), programSignalCounts(full), 'computed once per feed');
  assert.deepEqual(Object.fromEntries(programSignalCounts(null)), {});
});

test('a shard index is never recomputed: its rows give the counts even when the rows would find none', () => {
  // Index rows without the fields the rules read: the engine would find nothing; the rows' counts win.
  const rows: Feed = { ...shard, programs: shard.programs.map((p) => ({ ...p, amounts: {}, signals: p.key === 'D04' ? 7 : p.signals })) };
  assert.equal(programSignalCounts(rows).get('D04'), 7);
  assert.equal(buildIndex(rows).signalsCount, 4);
});

test('filter, sort and index counts (table: full feed, shard index, index without some counts)', () => {
  const cases: [string, Feed, Partial<ExplorerQuery>, string[]][] = [
    ['full: filter (feed order)', full, { signals: true }, ['C03', 'A01', 'B02']],
    ['shard: filter', shard, { signals: true }, ['C03', 'A01', 'B02']],
    ['partial: unknown counts are not "with points"', partial, { signals: true }, ['A01', 'B02']],
    // Ties (B02 and C03 have one each) keep the feed's order, in both directions.
    ['full: sort desc, ties in feed order', full, { sort: 'signals', dir: 'desc' }, ['A01', 'C03', 'B02', 'D04']],
    ['full: sort asc, ties in feed order', full, { sort: 'signals', dir: 'asc' }, ['D04', 'C03', 'B02', 'A01']],
    ['shard: sort desc', shard, { sort: 'signals', dir: 'desc' }, ['A01', 'C03', 'B02', 'D04']],
    ['partial: unknown counts go last', partial, { sort: 'signals', dir: 'asc' }, ['B02', 'A01', 'C03', 'D04']],
    ['shard: SDG filter from rows', shard, { sdg: '5' }, ['D04', 'B02']],
    ['shard: gender filter from rows', shard, { gender: true }, ['A01']],
    ['shard: signals + SDG', shard, { signals: true, sdg: '5' }, ['B02']],
    ['shard: signals + gender', shard, { signals: true, gender: true }, ['A01']],
  ];
  for (const [name, feed, over, want] of cases) {
    // approved is equal everywhere: the default sort falls back to feed order, so sort by signals is what orders.
    assert.deepEqual(keys(feed, over), want, name);
  }
  assert.equal(buildIndex(full).signalsCount, 3);
  assert.equal(buildIndex(shard).signalsCount, 3);
  assert.equal(buildIndex(partial).signalsCount, 2);
  assert.equal(buildIndex(partial).entries.find((e) => e.row.key === 'C03')!.row.signals, undefined);
  assert.equal(buildIndex(full).entries.find((e) => e.row.key === 'D04')!.row.signals, 0);
});

test('the index (and its counts) is built once per feed, not per query', () => {
  assert.equal(buildIndex(full), buildIndex(full));
});

test('URL state: puntos=1 and sort=signals round-trip; other values are ignored', () => {
  const query = q({ signals: true, sort: 'signals' });
  const s = queryToSearch(query);
  assert.match(s, /puntos=1/);
  assert.match(s, /sort=signals/);
  assert.deepEqual(queryFromSearch(s), query);
  for (const v of ['0', 'true', '<script>', '']) assert.equal(queryFromSearch(`?puntos=${encodeURIComponent(v)}`).signals, false, v);
  assert.equal(queryToSearch(q({ signals: false })), '');
});
