import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isedAdapter, isedPeriod } from '../../../src/feed/adapters/ised.js';
import { inputFor, readData, skipWithoutData } from './read.js';

const FILE = 'ised-desempeno-2019-2020/ised_2019_2020_ramos_12_16_20_47.csv';
const HEADER = ['ID_RAMO', 'DESC_RAMO', 'Pp', 'CVE_Pp', 'DESC_Pp', 'RESULTADO_ISED', 'RESULTADO_ISED_CUALITATIVO'];

test('isedPeriod from the file name', () => {
  assert.deepEqual(isedPeriod('data/ised_2019_2020_ramos.csv'), { period: '2019-2020', year: 2020 });
  assert.deepEqual(isedPeriod('ISeD 2021.csv'), { year: 2021 });
  assert.equal(isedPeriod('resultados.csv'), undefined);
});

test('ised: result and level as published; an undated file is an error, not a guess', () => {
  const rows = [
    ['20', 'Bienestar', 'S176', '20-S176', 'PENSIÓN', '0.883983764', 'Alto'],
    ['12', 'Salud', 'E010', '', 'X', '', 'Bajo'],
  ];
  assert.ok(isedAdapter.detect(HEADER));
  const r = isedAdapter.adapt({ header: HEADER, rows, file: 'ised_2019_2020.csv' });
  assert.deepEqual(
    r.programs.map((p) => [p.key, p.performance]),
    [
      ['20-S176', [{ year: 2020, scale: 'ISeD', period: '2019-2020', value: 0.883983764, level: 'Alto' }]],
      ['12-E010', [{ year: 2020, scale: 'ISeD', period: '2019-2020', level: 'Bajo' }]],
    ],
  );
  const undated = isedAdapter.adapt({ header: HEADER, rows, file: 'resultados.csv' });
  assert.equal(undated.programs.length, 0);
  assert.equal(undated.problems[0]!.severity, 'error');
  assert.equal(isedAdapter.adapt({ header: HEADER, rows, options: { cycle: 2020 } }).programs.length, 2);
});

test('ised 2019–2020 (real file): S176 0.88 (Alto)', { skip: skipWithoutData }, () => {
  const { header, rows } = readData(FILE);
  assert.equal(rows.length, 106);
  const at = (n: string) => header.indexOf(n);
  const r = isedAdapter.adapt(inputFor(FILE));
  assert.deepEqual(r.problems, []);
  const perRamo: Record<string, number> = {};
  const perLevel: Record<string, number> = {};
  for (const p of r.programs) {
    perRamo[p.ramo!.id] = (perRamo[p.ramo!.id] ?? 0) + 1;
    perLevel[p.performance![0]!.level!] = (perLevel[p.performance![0]!.level!] ?? 0) + 1;
  }
  assert.deepEqual(perRamo, { '12': 30, '16': 33, '20': 21, '47': 22 });
  assert.deepEqual(perLevel, { Alto: 15, 'Medio alto': 38, Medio: 31, 'Medio bajo': 11, Bajo: 11 });
  const s176 = r.programs.find((p) => p.key === '20-S176')!;
  assert.equal(s176.name, 'PENSIÓN PARA EL BIENESTAR DE LAS PERSONAS ADULTAS MAYORES');
  const x = s176.performance![0]!;
  assert.equal(x.value, 0.883983764);
  assert.equal(x.value!.toFixed(2), '0.88');
  assert.equal(x.level, 'Alto');
  assert.equal(x.period, '2019-2020');
  // The weighted dimensions of 20-S176 as published (README check 2)
  const row = rows.find((y) => y[at('CVE_Pp')] === '20-S176')!;
  assert.deepEqual(
    ['DISEÑO_PONDERADO', 'SEGUIMIENTO_PONDERADO', 'RESULTADOS_PONDERADO', 'MEJORA_CONTINUA_PONDERADO'].map((c) => row[at(c)]),
    ['0.3', '0.1205', '0.279', '0.193103448'],
  );
  // README check 3: the published result equals the sum of the re-weighted dimensions on 84 rows, of the weighted on 9
  const f = (v: string | undefined) => (v ? Number(v) : 0);
  const D = ['DISEÑO', 'SEGUIMIENTO', 'RESULTADOS', 'MEJORA_CONTINUA'];
  const sums = (suffix: string) =>
    rows.filter((y) => Math.abs(D.reduce((s, d) => s + f(y[at(`${d}_${suffix}`)]), 0) - Number(y[at('RESULTADO_ISED')])) < 1e-6).length;
  assert.equal(sums('REPONDERADO'), 84);
  assert.equal(sums('PONDERADO'), 9);
});
