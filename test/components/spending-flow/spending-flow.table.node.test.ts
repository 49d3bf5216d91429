import { test } from 'node:test';
import assert from 'node:assert/strict';
import { programFlowView } from '../../../src/components/spending-flow/spending-flow.model.js';
import { breakdownTable, downloadTable, ladderTable, periodsTable } from '../../../src/components/spending-flow/spending-flow.table.js';
import { toCsv } from '../../../src/platform/table-model.js';
import type { Feed, Program } from '../../../src/feed/types.js';

const feed: Pick<Feed, 'moments' | 'currency' | 'asOf'> = {
  moments: ['approved', 'modified', 'accrued', 'exercised'],
  currency: 'MXN',
  asOf: '2023-12-31',
};
const program: Program = {
  key: '20-S176',
  name: 'Pensión',
  amounts: { approved: 339341355804, modified: 330613247068.45, accrued: 330613215950.29, exercised: 330613215950.29 },
  breakdown: Array.from({ length: 12 }, (_, i) => ({ by: 'economic', id: `e${i}`, name: `Tipo ${i}`, amounts: { modified: i * 1.5 } })),
  periods: [
    { period: '2023-Q1', amounts: { modified: 10, accrued: 1 } },
    { period: '2023-Q2', amounts: { modified: 5 } },
  ],
};
const view = programFlowView(feed, program);

test('ladderTable: one row per ladder moment, exact amounts, null (never 0) when not reported', () => {
  const t = ladderTable(view, 'es');
  assert.equal(t.caption, 'Momentos del gasto: 20-S176 Pensión');
  assert.deepEqual(
    t.rows.map((r) => [r.moment, r.amount]),
    [
      ['Aprobado', 339341355804],
      ['Modificado', 330613247068.45],
      ['Comprometido', null],
      ['Devengado', 330613215950.29],
      ['Ejercido', 330613215950.29],
      ['Pagado', null],
    ],
  );
  assert.equal(t.rows[1]!.share, 1);
  assert.equal(t.rows[2]!.share, null);
});

test('breakdownTable: every row, not only the top 10; sorted by amount', () => {
  const t = breakdownTable(view.breakdowns[0]!, view.moments, 'en');
  assert.equal(t.rows.length, 12);
  assert.equal(t.rows[0]!.id, 'e11');
  assert.equal(t.rows[0]!['m:modified'], 16.5);
  assert.equal(t.rows[0]!['m:paid'], null);
});

test('periodsTable: cumulative values; a moment whose line ended is null', () => {
  const t = periodsTable(view.periods!, 'es');
  assert.deepEqual(
    t.rows.map((r) => [r.period, r['m:modified'], r['m:accrued']]),
    [
      ['2023-Q1', 10, 1],
      ['2023-Q2', 15, null],
    ],
  );
});

test('downloadTable: the total then every breakdown row; CSV leaves missing moments empty', () => {
  const t = downloadTable(view, 'es');
  assert.equal(t.rows.length, 13);
  assert.deepEqual([t.rows[0]!.level, t.rows[0]!.id, t.rows[0]!['m:paid']], ['total', '20-S176', null]);
  const line = toCsv(t).split('\r\n')[1]!;
  assert.equal(line, 'total,20-S176,Pensión,339341355804,330613247068.45,,330613215950.29,330613215950.29,');
});
