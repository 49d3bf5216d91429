import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cardSignals, cardView, mainIndicator, truncateRatio } from '../../../src/components/program-card/program-card.model.js';
import type { Feed, Indicator, Program } from '../../../src/feed/types.js';
import { shardFeed } from '../../../src/cli/shard.js';

const feed = {
  moments: ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'],
  cycle: 2024,
  currency: 'MXN',
  asOf: '2024-09-30',
};
const ind = (id: string, level: Indicator['level'], extra: Partial<Indicator> = {}): Indicator => ({
  id,
  name: `Indicador ${id}`,
  level,
  unit: 'Porcentaje',
  frequency: 'Anual',
  direction: 'ascending',
  target: 100,
  achieved: 95,
  ...extra,
});
const prog = (extra: Partial<Program> = {}): Program => ({
  key: '20-S176',
  name: 'Pensión',
  amounts: { approved: 1000, modified: 900, paid: 729 },
  ...extra,
});

test('money: change in cents and execution over modified', () => {
  const v = cardView(feed, prog({ amounts: { approved: 0.1, modified: 0.3, paid: 0.15 } }));
  assert.equal(v.money.change!.amount, 0.2); // not 0.19999999999999998
  assert.equal(v.money.execution!.base, 'modified');
  assert.equal(v.money.execution!.moment, 'paid');
  assert.equal(v.money.execution!.rate, 0.5);
});

test('a moment not reported stays absent (never 0)', () => {
  const v = cardView(feed, prog({ amounts: { approved: 1000 } }));
  assert.equal(v.money.modified, undefined);
  assert.equal(v.money.change, undefined);
  assert.equal(v.money.execution, undefined);
  assert.deepEqual(
    v.money.moments.map((m) => m.amount),
    [1000, undefined, undefined, undefined, undefined, undefined],
  );
  assert.ok(!('amount' in v.money.moments[5]!));
});

test('execution falls back to approved as base when modified is missing', () => {
  const v = cardView(feed, prog({ amounts: { approved: 1000, accrued: 810 } }));
  assert.equal(v.money.execution!.base, 'approved');
  assert.equal(v.money.execution!.rate, 0.81);
});

test('main indicator: first strategic at Propósito, else Fin; never management', () => {
  const cases: Array<[Indicator[], string | undefined]> = [
    [[ind('f', 'fin'), ind('p1', 'purpose'), ind('p2', 'purpose')], 'p1'],
    [[ind('c', 'component'), ind('f', 'fin')], 'f'],
    [[ind('p', 'purpose', { type: 'management' }), ind('f', 'fin')], 'f'],
    [[ind('c', 'component'), ind('a', 'activity')], undefined],
    [[], undefined],
  ];
  for (const [list, want] of cases) assert.equal(mainIndicator(prog({ indicators: list }))?.id, want);
});

test('indicator uses its own thresholds when the feed has them', () => {
  const own = cardView(feed, prog({ indicators: [ind('p', 'purpose', { achieved: 85, thresholds: { green: 80, yellow: 70, red: 60 } })] }));
  assert.equal(own.indicator!.light, 'green');
  const dflt = cardView(feed, prog({ indicators: [ind('p', 'purpose', { achieved: 85 })] }));
  assert.equal(dflt.indicator!.light, 'yellow');
});

test('gender annex summed in cents; approved first; served population; SDG goals; long objective', () => {
  const v = cardView(
    feed,
    prog({
      objective: 'x'.repeat(300),
      crossCutting: [
        { annex: 'gender', category: 'Igualdad', amounts: { approved: 0.1, paid: 5 } },
        { annex: 'gender', category: 'Violencia', amounts: { approved: 0.2 } },
        { annex: 'indigenous', amounts: { approved: 99 } },
      ],
      population: { served: { women: 10, men: 8, total: 18, unit: 'personas' } },
      sdg: [
        { goal: 5, contribution: 'indirect' },
        { goal: 1, contribution: 'direct' },
        { goal: 99, contribution: 'direct' },
      ],
    }),
  );
  assert.deepEqual(v.gender, { amount: 0.3, moment: 'approved', categories: ['Igualdad', 'Violencia'] });
  assert.deepEqual(v.served, { women: 10, men: 8, total: 18, unit: 'personas' });
  assert.deepEqual(
    v.sdg.map((g) => [g.goal, g.contribution]),
    [
      [1, 'direct'],
      [5, 'indirect'],
    ],
  );
  assert.equal(v.objectiveIsLong, true);
  assert.equal(cardView(feed, prog({ objective: 'corto' })).objectiveIsLong, false);
});

test('truncateRatio never rounds up to 100 %', () => {
  assert.equal(truncateRatio(0.99999990588), 0.999);
  assert.equal(truncateRatio(0.8127), 0.812);
  assert.equal(truncateRatio(1.2), 1.2);
});

test('points to review: count from the engine on a full feed, from the row on a shard index, none when unknown', () => {
  const two: Program = { key: 'A01', name: 'Programa A01', amounts: { approved: 100, modified: 200, exercised: 50, paid: 80 } };
  const none: Program = { key: 'B02', name: 'Programa B02', amounts: { approved: 100, modified: 100 } };
  const full: Feed = { version: 1, publisher: { name: 'T', jurisdiction: 'MX' }, sources: [], programs: [two, none], ...feed };
  const { index, files } = shardFeed(full);
  const fromFile = files.get('A01')!;
  const unknownRow: Feed = { ...index, programs: index.programs.map((p) => (p.key === 'A01' ? { ...p, signals: undefined } : p)) };
  const cases: [string, Feed, Program, number | undefined, string[]][] = [
    ['full feed, two signals', full, two, 2, ['moment-order', 'modified-change']],
    ['full feed, none: zero, no list', full, none, 0, []],
    ['shard index: the row count, the list from the program file', index, fromFile, 2, ['moment-order', 'modified-change']],
    ['shard row without a count: unknown, never a guess', unknownRow, fromFile, undefined, []],
  ];
  for (const [name, f, p, count, rules] of cases) {
    const got = cardSignals(f, p);
    assert.equal(got?.count, count, name);
    assert.deepEqual((got?.signals ?? []).map((s) => s.rule).sort(), [...rules].sort(), name);
  }
});
