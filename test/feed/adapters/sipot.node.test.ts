/**
 * The check figures of sipot-egresos-tanhuato-mich-2019q1/README.md, to the cent, from the XLSX files
 * as published: six metadata rows skipped, sub-tables followed by ID, level by the key column filled.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sipotBudget } from '../../../src/feed/adapters/sipot.js';
import { problemMessage } from '../../../src/feed/problem-wording.js';
import type { Problem } from '../../../src/feed/types.js';
import { formatCentsPlain, sumCents, type Cents } from '../../../src/feed/adapters/statement-checks.js';
import type { StatementColumn } from '../../../src/feed/adapters/statement-grid.js';
import { skipWithoutData as skip } from './read.js';
import { readSheet } from './xlsx-sheets.js';

const fig = (c: Cents, cols: StatementColumn[]) => cols.map((k) => (c[k] === undefined ? '-' : formatCentsPlain(c[k]!)));
const dir = 'sipot-egresos-tanhuato-mich-2019q1';
const noErrors = (ps: Problem[]) =>
  assert.deepEqual(
    ps.filter((p) => p.severity === 'error').map((p) => problemMessage(p, 'en')),
    [],
  );

test('53482 + Tabla_514409: seven IDs, period, EAEPE by chapter; 30000', { skip }, () => {
  const s = readSheet(`${dir}/Ejercicio-de-los-egresos-pres.xlsx`);
  assert.ok(sipotBudget.detect(s));
  assert.deepEqual(
    s.rows.slice(7).map((r) => r[3]),
    ['1', '2', '3', '4', '5', '6', '7'],
  );
  const r = sipotBudget.adapt(s);
  const d = r.statement!;
  assert.deepEqual([d.period?.year, d.period?.from, d.period?.to], [2019, '2019-01-01', '2019-03-31']);
  const cols: StatementColumn[] = ['approved', 'adjustments', 'modified', 'accrued', 'paid', 'underspent'];
  assert.deepEqual(
    d.rows.map((x) => x.id),
    ['1000', '2000', '3000', '4000', '5000', '6000', '9000'],
  );
  assert.deepEqual(fig(sumCents(d.rows), cols), ['67244778.00', '5845495.55', '73090273.55', '14661006.67', '14534925.67', '58429266.88']);
  assert.deepEqual(fig(d.rows.find((x) => x.id === '3000')!.cents, cols), [
    '15878816.00',
    '278111.26',
    '16156927.26',
    '2321605.50',
    '2195524.50',
    '13835321.76',
  ]);
  assert.deepEqual(
    r.problems.filter((p) => p.kind === 'statement-arithmetic'),
    [],
  );
  noErrors(r.problems);
});

test('53503: 117 records, 7 capítulos / 33 conceptos / 77 partidas, each level to the cent', { skip }, () => {
  const r = sipotBudget.adapt(readSheet(`${dir}/Gasto-por-Capitulo-Concepto-y.xlsx`));
  const d = r.statement!;
  assert.equal(d.rows.length, 117);
  const cols: StatementColumn[] = ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'];
  const want = ['67244778.00', '73090273.55', '14661006.67', '14661006.67', '14661006.67', '14534925.67'];
  for (const [by, n] of [
    ['chapter', 7],
    ['concept', 33],
    ['item', 77],
  ] as const) {
    const rows = d.rows.filter((x) => x.by === by);
    assert.equal(rows.length, n, by);
    assert.deepEqual(fig(sumCents(rows), cols), want, by);
  }
  assert.equal(
    d.rows.find((x) => x.by === 'item' && x.id === '114'),
    undefined,
    'the all-zero 11400 is not in the SIPOT copy',
  );
  noErrors(r.problems);
});

test('53481 + Tabla_514400: the annual budget equals its split by chapter (6 rows)', { skip }, () => {
  const r = sipotBudget.adapt(readSheet(`${dir}/Presupuesto-asignado-anual.xlsx`));
  const d = r.statement!;
  assert.equal(formatCentsPlain(d.totals[0]!.cents.approved!), '67244778.00');
  assert.equal(d.rows.length, 6);
  assert.equal(formatCentsPlain(sumCents(d.rows).approved!), '67244778.00');
  assert.equal(r.totals?.approved, 67244778);
  noErrors(r.problems);
});
