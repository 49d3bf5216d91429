import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, fileName, toCsv, toJsonRows } from '../../src/platform/table-model.js';
import type { TableModel } from '../../src/platform/table-model.js';

const CELLS: Array<[Parameters<typeof csvCell>[0], string]> = [
  [null, ''],
  [undefined, ''],
  [0, '0'],
  [-0.37, '-0.37'],
  [339341355804, '339341355804'],
  [330613247068.45, '330613247068.45'],
  [NaN, ''],
  [Infinity, ''],
  ['Pensión', 'Pensión'],
  ['a,b', '"a,b"'],
  ['dice "hola"', '"dice ""hola"""'],
  ['l1\nl2', '"l1\nl2"'],
  ['=SUM(A1)', "'=SUM(A1)"],
  ['+1', "'+1"],
  ['-x', "'-x"],
  ['@x', "'@x"],
  [' pad ', '" pad "'],
];
for (const [v, want] of CELLS) test(`csvCell(${JSON.stringify(v)})`, () => assert.equal(csvCell(v), want));

const model: TableModel = {
  caption: 'Momentos del presupuesto',
  columns: [
    { key: 'moment', label: 'Momento' },
    { key: 'amount', label: 'Monto (pesos)', numeric: true, kind: 'money' },
  ],
  rows: [{ moment: 'Aprobado', amount: 339341355804 }, { moment: 'Modificado', amount: 330613247068.45 }, { moment: 'Pagado' }],
};

test('toCsv writes a header and keeps absent values empty (never 0)', () => {
  assert.equal(toCsv(model), 'Momento,Monto (pesos)\r\nAprobado,339341355804\r\nModificado,330613247068.45\r\nPagado,\r\n');
});

test('toJsonRows keeps absent values null', () => {
  assert.deepEqual(toJsonRows(model), [
    { moment: 'Aprobado', amount: 339341355804 },
    { moment: 'Modificado', amount: 330613247068.45 },
    { moment: 'Pagado', amount: null },
  ]);
});

test('fileName', () => {
  assert.equal(fileName('20-S176 Pensión', 'csv'), 'tp-20-s176-pension.csv');
  assert.equal(fileName('***', 'json'), 'tp-datos.json');
});
