import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pndAdapter, pndLayout } from '../../../src/feed/adapters/pnd.js';
import { inputFor, readData, skipWithoutData } from './read.js';

const DIR = 'pnd-alineacion-programas';
const file = (y: number) => `${DIR}/alineacion_${y}_ramos_12_16_20_47.csv`;

const HEADER_D = [
  'RAMO',
  'RAMO_DESCRIPCION',
  'MODALIDAD',
  'MODALIDAD_DESCRIPCION',
  'PROGRAMA PRESUPUESTARIO',
  'PROGR_PRES_DESCRIPCION',
  'UNIDAD',
  'EJE_PND 2019-2024',
  'EJE_PND 2019-2024_DESCRIPCION',
];
const HEADER_B = [
  'Ramo',
  'Ramo[Descripción]',
  'Modalidad',
  'Modalidad[Descripción]',
  'Programa Pres',
  'Programa Pres[Descripción]',
  'Meta Nacional',
  'Meta Nacional[Descripción]',
  'Objetivo de la Meta Nacional',
  'Objetivo de la Meta Nacional[Descripción]',
  'Estrategia del Objetivo de la Meta Nacional',
  'Estrategia del Objetivo de la Meta Nacional[Descripción]',
  'Programa Sectorial/Institucional',
  'Programa Sectorial/Institucional[Descripción]',
  'Objetivo del Programa Sectorial/Institucional',
  'Objetivo del Programa Sectorial/Institucional[Descripción]',
  'Estrategia del Objetivo del Programa Sect/Inst',
  'Estrategia del Objetivo del Programa Sect/Inst[Descripción]',
];

test('pnd: rows per unit are deduplicated; the year comes from the file name', () => {
  const row = (unit: string) => ['20', 'Bienestar', 'S', 'Sujetos', '176', 'Pensión', unit, '2', 'Política Social'];
  const r = pndAdapter.adapt({ header: HEADER_D, rows: [row('100'), row('211'), row('M00')], file: 'alineacion_2020.csv' });
  assert.deepEqual(r.programs, [
    {
      key: '20-S176',
      name: 'Pensión',
      ramo: { id: '20', name: 'Bienestar' },
      modality: { id: 'S', name: 'Sujetos' },
      plan: { national: { axis: 'Política Social', year: 2020 } },
    },
  ]);
  assert.deepEqual(r.problems, []);
});

test('pnd: units aligned differently keep only the shared levels, with a note', () => {
  const row = (strategy: string, sObj: string) => [
    '12',
    'Salud',
    'P',
    'Planeación',
    '12',
    'Rectoría',
    '2',
    'México Incluyente',
    '3',
    'Asegurar la salud',
    strategy,
    `Estrategia ${strategy}`,
    '12',
    'Programa Sectorial de Salud',
    sObj,
    `Objetivo ${sObj}`,
    '1',
    'E1',
  ];
  const r = pndAdapter.adapt({ header: HEADER_B, rows: [row('1', '5'), row('4', '5'), row('1', '5')], options: { cycle: 2016 } });
  assert.deepEqual(r.programs[0]!.plan!.national, {
    axis: 'México Incluyente',
    objective: '3',
    objectiveName: 'Asegurar la salud',
    sectoral: 'Programa Sectorial de Salud',
    sectoralObjective: '5',
    sectoralObjectiveName: 'Objetivo 5',
    sectoralStrategy: '1',
    sectoralStrategyName: 'E1',
    year: 2016,
  });
  assert.ok(r.problems.some((p) => p.kind === 'multiple-alignments' && p.key === '12-P012'));
});

test('pnd: five layouts detected from the real headers', { skip: skipWithoutData }, () => {
  const want: Record<number, [string, number, number]> = {
    2014: ['A', 1431, 154],
    2018: ['B', 1428, 126],
    2019: ['C', 1017, 94],
    2020: ['D', 1399, 134],
    2021: ['E', 1167, 125],
  };
  for (const [y, [layout, rows, programs]] of Object.entries(want)) {
    const f = readData(file(Number(y)));
    assert.equal(pndLayout(f.header)?.id, layout, y);
    assert.equal(f.rows.length, rows, y);
    const r = pndAdapter.adapt(inputFor(file(Number(y))));
    assert.equal(r.programs.length, programs, y);
    assert.equal(r.cycle, Number(y));
    assert.equal(r.problems.filter((p) => p.severity === 'error').length, 0, y);
  }
});

test(
  'pnd 2021 (real file): rows per ramo and 20-S176 aligned to Política Social, sectoral objective 1, strategy 2',
  { skip: skipWithoutData },
  () => {
    const r = pndAdapter.adapt(inputFor(file(2021)));
    const perRamo: Record<string, number> = {};
    for (const p of r.programs) perRamo[p.ramo!.id] = (perRamo[p.ramo!.id] ?? 0) + 1;
    const { header, rows } = readData(file(2021));
    const ramoRows: Record<string, number> = {};
    for (const x of rows) ramoRows[x[header.indexOf('RAMO')]!] = (ramoRows[x[header.indexOf('RAMO')]!] ?? 0) + 1;
    assert.deepEqual(ramoRows, { '12': 299, '16': 415, '20': 386, '47': 67 });
    const key = (x: string[]) =>
      [x[header.indexOf('RAMO')], x[header.indexOf('MODALIDAD')], x[header.indexOf('PROGRAMA PRESUPUESTARIO')]].join('-');
    assert.equal(rows.filter((x) => key(x) === '20-S-176').length, 34); // one row per unit, deduplicated to one alignment
    const s176 = r.programs.find((p) => p.key === '20-S176')!;
    const n = s176.plan!.national!;
    assert.equal(n.axis, 'Política Social');
    assert.equal(n.sectoral, 'Programa Sectorial de Bienestar 2020-2024');
    assert.equal(n.sectoralObjective, '1');
    assert.equal(n.sectoralStrategy, '2');
    assert.equal(n.year, 2021);
    assert.equal(n.objective, undefined); // PND 2019–2024 has axes only in this file
    assert.ok(!r.problems.some((p) => p.key === '20-S176')); // its 34 rows agree
    assert.equal(r.programs.filter((p) => !p.plan).length, 1); // one program with no alignment at all
  },
);

test(
  'pnd 2018 (real file): 20-S176 México Incluyente, objective 4, strategy 2, Programa Sectorial de Desarrollo Social',
  { skip: skipWithoutData },
  () => {
    const { header, rows } = readData(file(2018));
    const at = (n: string) => header.indexOf(n);
    assert.equal(rows.filter((x) => x[at('Ramo')] === '20' && x[at('Modalidad')] === 'S' && x[at('Programa Pres')] === '176').length, 34);
    const r = pndAdapter.adapt(inputFor(file(2018)));
    const n = r.programs.find((p) => p.key === '20-S176')!.plan!.national!;
    assert.equal(n.axis, 'México Incluyente');
    assert.equal(n.objective, '4');
    assert.equal(n.strategy, '2');
    assert.equal(n.sectoral, 'Programa Sectorial de Desarrollo Social');
    assert.equal(n.year, 2018);
    assert.equal(r.programs.find((p) => p.key === '20-S176')!.name, 'Pensión para Adultos Mayores');
    // 7 programs have units aligned differently (counted apart with Python csv on the PND and sectoral columns)
    assert.equal(r.problems.filter((p) => p.kind === 'multiple-alignments').length, 7);
  },
);
