import { test } from 'node:test';
import assert from 'node:assert/strict';
import { msdAdapter } from '../../../src/feed/adapters/msd.js';
import { inputFor, readData, skipWithoutData } from './read.js';

const FILE = 'msd-desempeno-2013-2018/msd_2013_2018_ramos_12_16_20_47.csv';
const HEADER = ['CICLO', 'ID_RAMO', 'DESC_RAMO', 'MODALIDAD_PP', 'DESC_PP', 'MSD_CUANT', 'MSD_CUAL'];

test('msd: ratings by year; n.a. and S/I are absent, not zero; PEMEX rows under ramo 47 left out', () => {
  const rows = [
    ['2018', '20', 'Bienestar', 'S176', 'Pensión para el Bienestar', '4.7', 'ALTO'],
    ['2013', '20', 'Desarrollo Social', 'S176', 'Pensión para Adultos Mayores', '', 'S/I'],
    ['2014', '47', 'Petróleos Mexicanos', 'E010', 'Refinación', '3', 'MEDIO'],
    ['2016', '47', 'Entidades no Sectorizadas', 'E010', 'Otro', 'n.a.', 'MEDIO'],
  ];
  assert.ok(msdAdapter.detect(HEADER));
  const r = msdAdapter.adapt({ header: HEADER, rows });
  assert.deepEqual(
    r.programs.map((p) => [p.key, p.name, p.performance]),
    [
      [
        '20-S176',
        'Pensión para el Bienestar',
        [
          { year: 2013, scale: 'MSD (1–5)' },
          { year: 2018, scale: 'MSD (1–5)', value: 4.7, level: 'ALTO' },
        ],
      ],
      ['47-E010', 'Otro', [{ year: 2016, scale: 'MSD (1–5)', level: 'MEDIO' }]],
    ],
  );
  assert.deepEqual(
    r.problems.map((p) => [p.kind, p.line ?? null]),
    [
      ['invalid-field', 5],
      ['skipped-rows', null],
    ],
  );
});

test('msd 2013–2018 (real file): S176 ends in 4.7 (ALTO)', { skip: skipWithoutData }, () => {
  const { header, rows } = readData(FILE);
  assert.equal(rows.length, 791);
  const at = (n: string) => header.indexOf(n);
  const perYear: Record<string, number> = {};
  for (const x of rows) perYear[x[at('CICLO')]!] = (perYear[x[at('CICLO')]!] ?? 0) + 1;
  assert.deepEqual(perYear, { '2013': 160, '2014': 166, '2015': 143, '2016': 110, '2017': 107, '2018': 105 });
  const perRamo: Record<string, number> = {};
  for (const x of rows) perRamo[x[at('ID_RAMO')]!] = (perRamo[x[at('ID_RAMO')]!] ?? 0) + 1;
  assert.deepEqual(perRamo, { '12': 196, '16': 343, '20': 166, '47': 86 });
  const est = (y: string) =>
    rows.find((x) => x[at('ID_RAMO')] === '20' && x[at('MODALIDAD_PP')] === 'S176' && x[at('CICLO')] === y)![at('ESTIMACION')];
  assert.deepEqual([est('2017'), est('2018')], ['PEF-MIR-PAE-ASM-SIIPPG', 'PEF  MIR  PAE  ASM  SIIPPG']);
  assert.equal(rows.filter((x) => x[at('MIR_CUANT')] === '').length, 72);
  assert.equal(rows.filter((x) => x[at('MIR_CUAL')] === 'S/I').length, 72);
  const r = msdAdapter.adapt(inputFor(FILE));
  assert.equal(r.stats.kept + 46, 791); // 46 PEMEX rows (ramo 47, 2013–2014)
  assert.ok(r.problems.some((p) => p.kind === 'skipped-rows' && p.params?.found === '46'));
  const s176 = r.programs.find((p) => p.key === '20-S176')!;
  assert.deepEqual(
    s176.performance!.map((x) => [x.year, x.value, x.level]),
    [
      [2013, 3.8, 'MEDIO ALTO'],
      [2014, 3.1, 'MEDIO'],
      [2015, 2.9, 'MEDIO'],
      [2016, 4.2, 'MEDIO ALTO'],
      [2017, 4.2, 'MEDIO ALTO'],
      [2018, 4.7, 'ALTO'],
    ],
  );
  assert.ok(s176.performance!.every((x) => x.scale === 'MSD (1–5)'));
});
