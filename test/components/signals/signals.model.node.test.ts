import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSignalsConfig, parseSignalsQuery, signalsBase, signalsView } from '../../../src/components/signals/signals.model.js';
import { signalsTable } from '../../../src/components/signals/signals.table.js';
import { feedOf } from '../../signals/build.js';

const FEED = feedOf([
  { key: 'A', name: 'Uno', amounts: { approved: 100, modified: 200, accrued: 150, exercised: 160 } },
  { key: 'B', name: 'Dos', amounts: { approved: 100, modified: 100, accrued: 50 } },
  { key: 'C', name: 'Tres', amounts: { approved: 100, modified: 100, accrued: 100 } },
]);
const defaults = parseSignalsConfig(undefined);

test('model: whole feed grouped by rule, with counts per rule and level', () => {
  const v = signalsView(signalsBase(FEED, undefined, defaults), parseSignalsQuery('', ''));
  assert.equal(v.mode, 'feed');
  assert.deepEqual(
    v.groups.map((g) => [g.rule, g.level, g.signals.map((s) => s.program)]),
    [
      ['moment-order', 'review', ['A']],
      ['modified-change', 'info', ['A']],
      ['year-end-underspending', 'review', ['A', 'B']],
    ],
  );
  assert.deepEqual([v.total, v.shown, v.programs], [4, 4, 2]);
  assert.equal(v.byRule['year-end-underspending'], 2);
  assert.deepEqual(v.byLevel, { info: 1, review: 3 });
});

test('model: filters by rule and level keep the counts of the whole', () => {
  const base = signalsBase(FEED, undefined, defaults);
  const byRule = signalsView(base, parseSignalsQuery('year-end-underspending', ''));
  assert.deepEqual([byRule.shown, byRule.total, byRule.programs, byRule.groups.length], [2, 4, 2, 1]);
  const byLevel = signalsView(base, parseSignalsQuery('', 'info'));
  assert.deepEqual(
    byLevel.groups.map((g) => g.rule),
    ['modified-change'],
  );
  const none = signalsView(base, parseSignalsQuery('asm-pending', 'info'));
  assert.deepEqual([none.shown, none.groups.length, none.total], [0, 0, 4]);
});

test('model: unknown filter values mean all; config JSON checked with notes', () => {
  assert.deepEqual(parseSignalsQuery('<script>', 'high'), { rule: '', level: '' });
  assert.deepEqual(parseSignalsQuery(' asm-pending ', 'review'), { rule: 'asm-pending', level: 'review' });
  const bad = parseSignalsConfig('{nope');
  assert.deepEqual(
    bad.notes.map((n) => [n.key, n.expected]),
    [['config', 'object']],
  );
  assert.equal(bad.config.modifiedChange, 0.2);
  const c = parseSignalsConfig('{"modifiedChange": 2, "asmYears": -1}');
  assert.equal(c.config.modifiedChange, 2);
  assert.deepEqual(
    c.notes.map((n) => n.key),
    ['asmYears'],
  );
  const v = signalsView(signalsBase(FEED, undefined, c), parseSignalsQuery('', ''));
  assert.equal(v.byRule['modified-change'], 0);
});

test('model: program mode keeps that program, computed over the whole feed', () => {
  const v = signalsView(signalsBase(FEED, FEED.programs[1], defaults), parseSignalsQuery('', ''));
  assert.deepEqual([v.mode, v.key, v.name, v.total], ['program', 'B', 'Dos', 1]);
  const c = signalsView(signalsBase(FEED, FEED.programs[2], defaults), parseSignalsQuery('', ''));
  assert.deepEqual([c.total, c.groups], [0, []]);
});

test('table: one row per signal with the rule, code, level, program and sentence', () => {
  const v = signalsView(signalsBase(FEED, undefined, defaults), parseSignalsQuery('', ''));
  const t = signalsTable(v, 'es');
  assert.equal(t.caption, 'Puntos a revisar');
  assert.deepEqual(
    t.columns.map((c) => c.key),
    ['rule', 'code', 'level', 'key', 'name', 'signal'],
  );
  assert.equal(t.rows.length, 4);
  assert.deepEqual(t.rows[0], {
    rule: 'Momentos del gasto fuera de orden',
    code: 'moment-order',
    level: 'Para revisar',
    key: 'A',
    name: 'Uno',
    signal: 'En estos datos, el ejercido ($160.00) es mayor que el devengado ($150.00) por $10.00.',
  });
  const p = signalsTable(signalsView(signalsBase(FEED, FEED.programs[1], defaults), parseSignalsQuery('', '')), 'en');
  assert.equal(p.caption, 'Points to review: B Dos');
  for (const r of t.rows) for (const cell of Object.values(r)) assert.doesNotMatch(String(cell), /undefined|NaN|null|\[object/);
});

test('model: with a shard index, the full program replaces its small row', () => {
  const full = {
    key: 'A',
    name: 'Uno',
    amounts: { approved: 100, modified: 100, accrued: 100 },
    periods: [...Array(12).keys()].map((i) => ({ period: `2023-${String(i + 1).padStart(2, '0')}`, amounts: { paid: i === 11 ? 50 : 1 } })),
  };
  const index = feedOf(
    [
      { key: 'A', name: 'Uno', amounts: full.amounts, signals: 1 },
      { key: 'B', name: 'Dos', amounts: {} },
    ],
    { shard: { programs: 'programs/{file}.json' } },
  );
  const v = signalsView(signalsBase(index, full, defaults), parseSignalsQuery('', ''));
  assert.deepEqual(
    v.groups.map((g) => g.rule),
    ['year-end-bunching'],
  );
  assert.equal(v.total, index.programs[0]!.signals);
});
