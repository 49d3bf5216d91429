/**
 * Every check figure of the READMEs of conac-eaepe-inaeba-gto-2022q4, conac-programatica-inaeba-gto-2022q4,
 * ldf-eaepe-detallado-inaeba-gto-2022q4 and municipal-cog-momentos-tanhuato-mich-2019q1, to the cent, from
 * the XLSX files as published (read with the CLI's reader, adapted by the statement adapters).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conacStatements } from '../../../src/feed/adapters/conac-statements.js';
import { conacPrograms } from '../../../src/feed/adapters/conac-programs.js';
import { crossCheck, formatCentsPlain, sumCents, type Cents, type StatementDetail } from '../../../src/feed/adapters/statement-checks.js';
import type { StatementColumn } from '../../../src/feed/adapters/statement-grid.js';
import type { AdapterResult } from '../../../src/feed/adapters/types.js';
import { problemMessage, problemNote } from '../../../src/feed/problem-wording.js';
import { skipWithoutData as skip } from './read.js';
import { readSheet } from './xlsx-sheets.js';

const EAEPE: StatementColumn[] = ['approved', 'adjustments', 'modified', 'accrued', 'paid', 'underspent'];
const MUNI: StatementColumn[] = ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid', 'payable'];
const ALL_TOTAL = ['276292190.07', '19480832.70', '295773022.77', '275459908.94', '270964558.46', '20313113.83'];

const fig = (c: Cents, cols = EAEPE) => cols.map((k) => (c[k] === undefined ? '-' : formatCentsPlain(c[k]!)));
const statement = (rel: string): AdapterResult & { statement: StatementDetail } => {
  const s = readSheet(rel);
  const a = [conacStatements, conacPrograms].find((x) => x.detect(s));
  assert.ok(a, `${rel} is recognised`);
  const r = a.adapt(s);
  assert.ok(r.statement);
  return r as AdapterResult & { statement: StatementDetail };
};
const level = (d: StatementDetail, by: string, section?: string) =>
  d.rows.filter((r) => r.by === by && (section === undefined || r.section === section));
const kinds = (r: AdapterResult) => r.problems.map((p) => p.kind);
const noSumProblems = (r: AdapterResult) =>
  assert.deepEqual(
    kinds(r).filter((k) => /mismatch|arithmetic|invalid/.test(k)),
    [],
    r.problems.map((p) => problemMessage(p, 'en')).join('\n'),
  );

test('EAEPE COG (B.2.6): total, 9 capítulos and 63 conceptos to the cent; Servicios Personales', { skip }, () => {
  const r = statement('conac-eaepe-inaeba-gto-2022q4/B.2.6.xlsx');
  const d = r.statement;
  assert.equal(d.kind, 'conac-eaepe-cog');
  assert.deepEqual(fig(d.totals[0]!.cents), ALL_TOTAL);
  assert.equal(level(d, 'chapter').length, 9);
  assert.deepEqual(fig(sumCents(level(d, 'chapter'))), ALL_TOTAL);
  assert.equal(level(d, 'concept').length, 63);
  assert.deepEqual(fig(sumCents(level(d, 'concept'))), ALL_TOTAL);
  const sp = level(d, 'chapter')[0]!;
  assert.equal(sp.name, 'Servicios Personales');
  assert.equal(sp.id, '1000');
  assert.deepEqual(fig(sp.cents), ['217720810.75', '-3228187.67', '214492623.08', '203755063.83', '199672463.83', '10737559.25']);
  assert.deepEqual(
    level(d, 'concept')
      .map((c) => c.id)
      .slice(-3),
    ['9500', '9600', '9900'],
  );
  assert.equal(r.totals?.approved, 276292190.07);
  assert.equal(r.totals?.modified, 295773022.77);
  assert.deepEqual(d.period && [d.period.from, d.period.to, d.period.quarter], ['2022-01-01', '2022-12-31', 4]);
  assert.match(r.meta!.sources![0]!.title, /clasificación por objeto del gasto.*4\.º trimestre 2022/);
  noSumProblems(r);
});

test('EAEPE CA (B.2.4): eight units, three stacked tables with their own totals', { skip }, () => {
  const r = statement('conac-eaepe-inaeba-gto-2022q4/B.2.4.xlsx');
  const d = r.statement;
  const units = level(d, 'unit');
  assert.deepEqual(
    units.map((u) => u.id),
    ['0101', '0201', '0401', '0501', '0701', '0801', '1401', '1801'],
  );
  assert.deepEqual(fig(sumCents(units)), ALL_TOTAL);
  assert.deepEqual(
    d.totals.map((t) => [t.label, formatCentsPlain(t.cents.approved!), formatCentsPlain(t.cents.accrued!)]),
    [
      ['Total del Gasto', '276292190.07', '275459908.94'],
      ['Total del Gasto', '0.00', '0.00'],
      ['Total del Gasto', '276292190.07', '275459908.94'],
    ],
  );
  assert.equal(level(d, 'power').length, 4);
  assert.equal(level(d, 'sector').length, 7);
  noSumProblems(r);
});

test('EAEPE CE (B.2.5): total row and the five rows', { skip }, () => {
  const d = statement('conac-eaepe-inaeba-gto-2022q4/B.2.5.xlsx').statement;
  assert.equal(d.totals[0]!.label, 'Total del Gasto');
  assert.deepEqual(fig(d.totals[0]!.cents), ALL_TOTAL);
  assert.equal(level(d, 'economic').length, 5);
  assert.deepEqual(fig(sumCents(level(d, 'economic'))), ALL_TOTAL);
});

test('EAEPE CFG (B.2.7): 4 finalidades, 28 funciones; función 25 Educación', { skip }, () => {
  const d = statement('conac-eaepe-inaeba-gto-2022q4/B.2.7.xlsx').statement;
  assert.deepEqual(fig(d.totals[0]!.cents), ALL_TOTAL);
  assert.equal(level(d, 'purpose').length, 4);
  assert.equal(level(d, 'function').length, 28);
  assert.deepEqual(fig(sumCents(level(d, 'function'))), ALL_TOTAL);
  const edu = level(d, 'function').find((f) => f.id === '2.5')!;
  assert.equal(edu.name, 'Educación');
  assert.equal(edu.parent, '2');
  assert.deepEqual(
    [edu.cents.approved, edu.cents.accrued, edu.cents.paid].map((v) => formatCentsPlain(v!)),
    ['274827313.51', '274332687.13', '269837337.65'],
  );
});

test('Categoría Programática (B.3.1): 6 groups, 23 modalidades, modalidad E', { skip }, () => {
  const r = statement('conac-programatica-inaeba-gto-2022q4/B.3.1.xlsx');
  const d = r.statement;
  assert.deepEqual(fig(d.totals[0]!.cents), ALL_TOTAL);
  assert.equal(level(d, 'program-group').length, 6);
  assert.deepEqual(fig(sumCents(level(d, 'program-group'))), ALL_TOTAL);
  assert.equal(level(d, 'modality').length, 23);
  assert.deepEqual(fig(sumCents(level(d, 'modality'))), ALL_TOTAL);
  assert.deepEqual(fig(level(d, 'modality').find((m) => m.id === 'E')!.cents), [
    '182129462.01',
    '12968025.65',
    '195097487.66',
    '187837070.20',
    '184183842.53',
    '7260417.46',
  ]);
  noSumProblems(r);
});

test('Programas y Proyectos de Inversión (B.3.2): 12 programs by their own keys; #DIV/0! is a Problem', { skip }, () => {
  const r = statement('conac-programatica-inaeba-gto-2022q4/B.3.2.xlsx');
  assert.equal(r.programs.length, 12);
  const cols: StatementColumn[] = ['approved', 'modified', 'accrued'];
  assert.deepEqual(fig(sumCents(r.statement.rows), cols), ['276292190.07', '295773022.77', '275459908.94']);
  assert.deepEqual(fig(r.statement.totals[0]!.cents, cols), ['276292190.07', '295773022.77', '275459908.94']);
  const p = r.programs.find((x) => x.key === 'P0667')!;
  assert.equal(p.name, 'Géstion Regional');
  assert.equal(p.unit?.id, '0701');
  assert.deepEqual(p.amounts, { approved: 68444387.87, modified: 83648965.05, accrued: 81350836.89 });
  // The cached #DIV/0! of Alcanzado/Modificado (column O) is read as not reported and flagged.
  const s = readSheet('conac-programatica-inaeba-gto-2022q4/B.3.2.xlsx');
  assert.equal(s.rows[10]![14] ?? '', '');
  noSumProblems(r);
});

test('Indicadores de Resultados (B.3.3): keys swapped as published are found by content', { skip }, () => {
  const r = statement('conac-programatica-inaeba-gto-2022q4/B.3.3.xlsx');
  assert.equal(r.programs.length, 12);
  const cols: StatementColumn[] = ['approved', 'modified', 'accrued', 'exercised', 'paid'];
  const five = ['276292190.07', '295773022.77', '275459908.94', '275459908.94', '270964558.46'];
  assert.deepEqual(fig(sumCents(r.statement.rows), cols), five);
  assert.deepEqual(fig(r.statement.totals[0]!.cents, cols), five);
  const g = r.programs.find((x) => x.key === 'G1025')!;
  assert.equal(g.modality?.id, 'E');
  assert.equal(r.statement.rows.find((x) => x.id === 'G1025')!.parent, '2.5.5');
  assert.ok(kinds(r).includes('swapped-columns'));
  // The indicator cells as published (MIR level, goals programmed / modified (empty) / achieved, numerator, denominator).
  const row = readSheet('conac-programatica-inaeba-gto-2022q4/B.3.3.xlsx').rows.find((x) => x[0] === 'G1025')!;
  assert.deepEqual([row[11], row[17], row[18] ?? '', row[19], row[20], row[21]], ['Propósito', '1.02', '', '2.34', '1457970', '1455744']);
  noSumProblems(r);
});

test('Recursos concurrentes (B.5.2): the program row and the letter-spaced total, as read', { skip }, () => {
  const rows = readSheet('conac-programatica-inaeba-gto-2022q4/B.5.2.xlsx').rows;
  const pick = (x: string[]) => [x[0], x[1], x[2], x[4], x[6], x[8], x[9]];
  assert.deepEqual(pick(rows[4]!), ['Atencion a la demanda de educacion para adultos', 'INEA', '14228093', '0', '0', '0', '14228093']);
  assert.deepEqual(
    pick(rows[5]!).map((x) => x ?? ''),
    ['T o t a l', '', '14228093', '0', '0', '0', '14228093'],
  );
});

test('LDF 6 a) COG: sections I, II, III; 126 concept rows; empty stays empty; 1100 N/E', { skip }, () => {
  const r = statement('ldf-eaepe-detallado-inaeba-gto-2022q4/B.6.6.xlsx');
  const d = r.statement;
  const sec = (s?: string) => fig(d.totals.find((t) => t.section === s)!.cents);
  assert.deepEqual(sec('I'), ['146979241.07', '-3162910.03', '143816331.04', '128503113.60', '128114839.12', '15313217.44']);
  assert.deepEqual(sec('II'), ['129312949.00', '22643742.73', '151956691.73', '146956795.34', '142849719.34', '4999896.39']);
  assert.deepEqual(sec(undefined), ALL_TOTAL);
  assert.equal(level(d, 'concept').length, 126);
  assert.deepEqual(fig(sumCents(level(d, 'concept'))), ALL_TOTAL);
  const blank = level(d, 'concept', 'II').filter((c) => Object.keys(c.cents).length < 6);
  assert.deepEqual(
    blank.map((c) => [c.id, Object.keys(c.cents).sort()]),
    [
      ['2200', ['modified', 'underspent']],
      ['2300', ['modified', 'underspent']],
      ['2800', ['modified', 'underspent']],
    ],
  );
  assert.deepEqual(fig(level(d, 'concept', 'I').find((c) => c.id === '1100')!.cents), [
    '31366716.00',
    '-2576871.74',
    '28789844.26',
    '27971670.41',
    '27971670.41',
    '818173.85',
  ]);
  assert.deepEqual(fig(level(d, 'concept', 'II').find((c) => c.id === '1100')!.cents), [
    '31195933.00',
    '-1679789.00',
    '29516144.00',
    '29337512.71',
    '29337512.71',
    '178631.29',
  ]);
  const d78 = level(d, 'concept')
    .filter((c) => c.id === '4700' || c.id === '4800')
    .map((c) => c.name);
  assert.deepEqual(d78, ['Transferencias a la Seguridad Social', 'Donativos', 'Transferencias a la Seguridad Social', 'Donativos']);
  assert.equal(kinds(r).filter((k) => k === 'informative-row').length, 2);
  noSumProblems(r);
});

test('LDF 6 b) CA: 15 unit rows and the total; 6 c) CFG: 56 function rows, 02.05 N', { skip }, () => {
  const b = statement('ldf-eaepe-detallado-inaeba-gto-2022q4/B.6.7.xlsx');
  assert.equal(level(b.statement, 'unit').length, 15);
  assert.deepEqual(fig(sumCents(level(b.statement, 'unit'))), ALL_TOTAL);
  assert.deepEqual(fig(b.statement.totals.find((t) => t.section === undefined)!.cents), ALL_TOTAL);
  assert.ok(kinds(b).includes('unlabelled-row'));
  noSumProblems(b);
  const c = statement('ldf-eaepe-detallado-inaeba-gto-2022q4/B.6.8.xlsx');
  assert.equal(level(c.statement, 'function').length, 56);
  assert.deepEqual(fig(sumCents(level(c.statement, 'function'))), ALL_TOTAL);
  assert.deepEqual(fig(c.statement.totals.find((t) => t.section === undefined)!.cents), ALL_TOTAL);
  assert.deepEqual(fig(level(c.statement, 'function', 'I').find((f) => f.id === '2.5')!.cents), [
    '145514364.51',
    '-2961959.88',
    '142552404.63',
    '127375892.79',
    '126987618.31',
    '15176511.84',
  ]);
  noSumProblems(c);
});

test('cross-statement: Devengado per unit, CONAC CA against LDF 6 b (5 of 8 units disagree; totals agree)', { skip }, () => {
  const ca = statement('conac-eaepe-inaeba-gto-2022q4/B.2.4.xlsx').statement;
  const ldf = statement('ldf-eaepe-detallado-inaeba-gto-2022q4/B.6.7.xlsx').statement;
  const all = crossCheck({ file: 'B.2.4.xlsx', detail: ca }, { file: 'B.6.7.xlsx', detail: ldf }, 'unit');
  // Devengado, and Subejercicio (= Modificado − Devengado) with it; nothing else.
  assert.deepEqual([...new Set(all.map((p) => p.column))].sort(), ['accrued', 'underspent']);
  const ps = all.filter((p) => p.column === 'accrued');
  assert.equal(new Set(ps.map((p) => p.params?.row)).size, 5);
  const at = (k: string) => ps.find((p) => p.params?.row === k)!.params!;
  // Figures as numbers in pesos (exact cents / 100): this statement's, the other one's, and the difference.
  assert.deepEqual(
    [at('0401').statedAmount, at('0401').otherAmount, at('0401').otherFile, at('0401').differenceAmount],
    [43139366.01, 42594448.01, 'B.6.7.xlsx', 544918],
  );
  assert.deepEqual([at('0701').statedAmount, at('0701').otherAmount], [187102193.26, 187645453.2]);
  assert.deepEqual([at('1801').statedAmount, at('1801').otherAmount, at('1801').differenceAmount], [1127221.81, 1127220.81, 1]);
  const one = ps.find((p) => p.params?.row === '1801')!;
  assert.equal(one.code, 'statements-disagree');
  assert.match(
    problemNote(one, 'es'),
    /^Dos estados del mismo periodo dan cifras distintas del monto devengado de «.+»: difieren en \$1; se muestran tal como se publicaron\.$/,
  );
  assert.match(problemMessage(one, 'en'), /: 1127221\.81 in this one and 1127220\.81 in B\.6\.7\.xlsx\.$/);
});

test('municipal report by COG (Tanhuato 2019 Q1): every level adds up to T O T A L E S; Devengado > Vigente flagged', { skip }, () => {
  const r = statement('municipal-cog-momentos-tanhuato-mich-2019q1/ESTADO ANALITICO EGRESO POR COG PRIMER TRIM 2019.xlsx');
  const d = r.statement;
  const TOT = ['67244778.00', '73090273.55', '14661006.67', '14661006.67', '14661006.67', '14534925.67', '126081.00'];
  assert.equal(d.totals[0]!.label, 'T O T A L E S');
  assert.deepEqual(fig(d.totals[0]!.cents, MUNI), TOT);
  for (const [by, n] of [
    ['chapter', 7],
    ['concept', 33],
    ['item', 78],
  ] as const) {
    assert.equal(level(d, by).length, n, by);
    assert.deepEqual(fig(sumCents(level(d, by)), MUNI), TOT, by);
  }
  const c3 = level(d, 'chapter').find((c) => c.id === '3000')!;
  assert.equal(c3.name, 'SERVICIOS GENERALES');
  assert.deepEqual(fig(c3.cents, MUNI), [
    '15878816.00',
    '16156927.26',
    '2321605.50',
    '2321605.50',
    '2321605.50',
    '2195524.50',
    '126081.00',
  ]);
  const order = r.problems.filter((p) => p.kind === 'order');
  assert.deepEqual(
    order.map((p) => p.params?.row),
    ['294', '395'],
  );
  assert.ok(
    order.every(
      (p) => p.code === 'amount-order' && typeof p.params?.laterAmount === 'number' && typeof p.params?.earlierAmount === 'number',
    ),
  );
  assert.match(
    problemNote(order[0]!, 'es'),
    /^El devengado \(.+\) es mayor que el modificado \(.+\); se muestran tal como se publicaron\.$/,
  );
  assert.equal(r.totals?.modified, 73090273.55, 'Vigente is the modified budget');
  assert.deepEqual([d.period?.to, d.period?.quarter], ['2019-03-31', 1]);
  noSumProblems(r);
});

test('a publisher total that differs from the own sum by one cent is an error Problem', () => {
  const rows = [
    ['ENTE', '', '', '', '', ''],
    ['Estado Analítico del Ejercicio del Presupuesto de Egresos'],
    ['Clasificación Económica (por Tipo de Gasto)'],
    ['Del 1 de Enero al 31 de Marzo de 2024'],
    ['Concepto', 'Aprobado', 'Ampliaciones/ (Reducciones)', 'Modificado', 'Devengado', 'Pagado', 'Subejercicio'],
    ['Gasto Corriente', '100', '10', '110', '50', '40', '60'],
    ['Gasto de Capital', '20', '0', '21', '5', '5', '15'],
    ['Total del Gasto', '120.01', '10', '131', '55', '45', '75'],
  ];
  const r = conacStatements.adapt({ rows, file: 'x.xlsx', sheet: 'S' });
  const mismatch = r.problems.filter((p) => p.kind === 'statement-total-mismatch');
  assert.deepEqual(
    mismatch.map((p) => [p.code, p.column, p.params?.computedAmount, p.params?.statedAmount, p.params?.differenceAmount]),
    [['statement-total-mismatch', 'approved', 120, 120.01, 0.01]],
  );
  assert.equal(
    problemNote(mismatch[0]!, 'es'),
    'Las filas del estado no suman el total publicado del monto aprobado ($120.01): difieren en $0.01; se muestran tal como se publicaron.',
  );
  assert.match(
    problemNote(mismatch[0]!, 'en'),
    /^The rows of the statement do not add up to the published total of the approved amount \(MXN\s120\.01\): they differ by MXN\s0\.01; they are shown as published\.$/,
  );
  assert.match(
    problemMessage(mismatch[0]!, 'es'),
    /^x\.xlsx, línea 8, columna approved: la suma de las 2 filas de nivel "economic" \(120\) no es igual a la fila de total del publicador \(120\.01\)\.$/,
  );
  const arith = r.problems.filter((p) => p.kind === 'statement-arithmetic');
  assert.deepEqual(
    arith.map((p) => [p.line, p.code, p.column, p.params?.computedAmount, p.params?.statedAmount]),
    [
      [7, 'statement-arithmetic-modified', 'modified', 20, 21],
      [7, 'statement-arithmetic-underspent', 'underspent', 16, 15],
      [8, 'statement-arithmetic-modified', 'modified', 130.01, 131],
      [8, 'statement-arithmetic-underspent', 'underspent', 76, 75],
    ],
  );
  assert.equal(
    problemNote(arith[1]!, 'es'),
    'En «Gasto de Capital», el subejercicio publicado ($15) no es el modificado menos el devengado: difieren en $1; se muestran tal como se publicaron.',
  );
});
