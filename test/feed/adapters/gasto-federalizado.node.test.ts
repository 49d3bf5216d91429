import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes, parseCsvRows, uniqueHeaders } from '../../../src/feed/csv.js';
import { gastoFederalizado } from '../../../src/feed/adapters/gasto-federalizado.js';
import { shcpLines } from '../../../src/feed/adapters/shcp-lines.js';

const DATA = resolve('..', 'shared', 'data');
const skip = existsSync(DATA) ? false : `shared data not found at ${DATA}`;
const FILE = 'gasto-federalizado-puebla-2016t1/puebla_avance_financiero_2016t1.csv';
const cents = (pesos: number) => Math.round(pesos * 100);

test('Puebla 2016 Q1: program-total rows give all seven moments to the cent', { skip }, () => {
  const rows = parseCsvRows(decodeBytes(readFileSync(resolve(DATA, FILE))).text);
  const header = uniqueHeaders(rows[0]!);
  assert.ok(gastoFederalizado.detect(header));
  assert.ok(!shcpLines.detect(header), 'not mistaken for shcp-lines');
  const r = gastoFederalizado.adapt({ header, rows: rows.slice(1), file: FILE });
  assert.equal(r.stats.rows, 5450);
  assert.deepEqual(r.moments, ['approved', 'modified', 'ministered', 'committed', 'accrued', 'exercised', 'paid']);
  const expected: Record<string, number> = {
    approved: 111_592_687_557.14,
    modified: 111_746_519_346.43,
    ministered: 79_319_808_203.68,
    committed: 92_415_351_788.15,
    accrued: 72_498_442_420.13,
    exercised: 72_154_449_762.64,
    paid: 71_474_380_289.69,
  };
  for (const [m, v] of Object.entries(expected)) {
    const total = r.programs.reduce((s, p) => s + cents(p.amounts?.[m] ?? 0), 0);
    assert.equal(total, cents(v), m);
    // The partida breakdown adds up to the same figure (".37" cells read right).
    const items = r.programs.flatMap((p) => p.breakdown ?? []).filter((b) => b.by === 'item');
    assert.equal(
      items.reduce((s, b) => s + cents(b.amounts[m] ?? 0), 0),
      cents(v),
      `${m} by partida`,
    );
  }
  // 37 N/R program rows: one note each, and never a zero in their place.
  const nr = r.problems.filter((p) => p.kind === 'not-reported');
  assert.equal(nr.length, 37);
  assert.ok(nr.every((p) => p.line !== undefined && p.params?.found === '"N/R"'));
  const onlyNr = r.programs.find((p) => p.key === '08-S240')!;
  assert.deepEqual(onlyNr.amounts, {}, 'S240 reported nothing: every moment absent');
  // Programs with some N/R rows and some reported rows are flagged as partly reported.
  assert.ok(r.problems.some((p) => p.kind === 'partly-reported' && p.key === '33-I004'));
  assert.deepEqual(
    r.problems.filter((p) => p.kind === 'total-mismatch' || p.severity === 'error'),
    [],
  );
  // I016 (FONE): the check row.
  const i016 = r.programs.find((p) => p.key === '33-I016')!;
  assert.equal(i016.amounts!.approved, 523_734_308);
  assert.equal(i016.amounts!.committed, 523_734_308);
  assert.equal(i016.amounts!.paid, 88_109_514.46);
  // One code, two ramos: kept apart.
  assert.ok(r.programs.some((p) => p.key === '04-U006') && r.programs.some((p) => p.key === '11-U006'));
  assert.equal(r.cycle, 2016);
});

test('partida rows that disagree with the program total are flagged; N/R is absent', () => {
  const header = uniqueHeaders([
    'Tipo de Registro',
    'Ciclo de Recurso',
    'Clave Ramo',
    'Descripción Programa',
    'Clave Programa',
    'Partida',
    'Aprobado',
    'Recaudado (Ministrado)',
    'Pagado',
    '',
  ]);
  const rows = [
    ['1.- PROGRAMA PRESUPUESTARIO', '2016', '33', 'FONE', 'I016', 'TOTAL DEL PROGRAMA PRESUPUESTARIO', '10', 'N/R', '.37', ''],
    ['2.- PARTIDA', '2016', '33', 'FONE', 'I016', '113 - SUELDOS BASE', '9', '1', '.37', ''],
  ];
  const r = gastoFederalizado.adapt({ header, rows, file: 'p.csv' });
  assert.deepEqual(r.programs[0]!.amounts, { approved: 10, paid: 0.37 });
  assert.deepEqual(r.moments, ['approved', 'ministered', 'paid']);
  const mm = r.problems.find((p) => p.kind === 'total-mismatch')!;
  assert.deepEqual([mm.key, mm.params?.expectedValue, mm.params?.found], ['33-I016', '10', '9']);
  assert.equal(r.programs[0]!.breakdown!.find((b) => b.by === 'item')!.name, 'SUELDOS BASE');
});
