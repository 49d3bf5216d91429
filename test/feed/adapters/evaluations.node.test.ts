import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluationsAdapter } from '../../../src/feed/adapters/evaluations.js';
import { inputFor, readData, skipWithoutData } from './read.js';

const FILE = 'evaluaciones-externas-pae/evaluaciones_pae_ramos_12_16_20_47.csv';
const HEADER = [
  'ID_EVALUACION',
  'CICLO_PAE',
  'INSTANCIA_COORDINADORA',
  'ID_RAMO',
  'DESC_RAMO',
  'MODALIDAD_PP',
  'DESC_PP',
  'TIPO_EVALUACION',
  'EVALUADOR',
  'COSTOS',
  'CICLO_CONCLUSION',
  'LIGA',
];

test('evaluations: lower- and upper-case codes meet on one key; odd rows are reported', () => {
  const rows = [
    [
      '20s176pccr17',
      'PAE2017',
      'CONEVAL',
      '20',
      'Desarrollo Social',
      's176',
      'Pensión',
      'Consistencia y Resultados',
      'Politeia',
      '742400',
      '2018',
      'https://x.gob.mx/a.rar',
    ],
    [
      '20S176PCFM20',
      'PAE2020',
      'CONEVAL',
      '20',
      'Bienestar',
      'S176',
      'Pensión',
      'Ficha Inicial de Monitoreo y Evaluación',
      'No aplica',
      'No aplica',
      '2020',
      'javascript:alert(1)',
    ],
    ['200000PHES20', 'PAE2020', 'SHCP', '20', 'Bienestar', 'Varios', 'Varios', 'Estratégica', 'Maxefi', '1', '2021', ''],
    ['20s176x', 'Complementaria', 'Otra', '20', 'Bienestar', 's176', 'Pensión', 'Diseño', 'X', '', '', ''],
  ];
  assert.ok(evaluationsAdapter.detect(HEADER));
  const r = evaluationsAdapter.adapt({ header: HEADER, rows, file: 'e.csv' });
  assert.equal(r.programs.length, 1);
  assert.deepEqual(r.programs[0]!.evaluations, [
    {
      id: '20s176pccr17',
      year: 2018,
      type: 'Consistencia y Resultados',
      evaluator: 'Politeia',
      programme: 'PAE2017',
      url: 'https://x.gob.mx/a.rar',
    },
    { id: '20S176PCFM20', year: 2020, type: 'Ficha Inicial de Monitoreo y Evaluación', programme: 'PAE2020' },
  ]);
  assert.deepEqual(
    r.problems.map((p) => [p.kind, p.line ?? null]),
    [
      ['unsafe-url', 3],
      ['missing-field', 5],
      ['skipped-rows', null],
    ],
  );
});

test('evaluations PAE 2007–2020 (real file): 20-S176 has 12 evaluations', { skip: skipWithoutData }, () => {
  const { header, rows } = readData(FILE);
  assert.equal(rows.length, 586);
  const at = (n: string) => header.indexOf(n);
  const perRamo: Record<string, number> = {};
  for (const x of rows) perRamo[x[at('ID_RAMO')]!] = (perRamo[x[at('ID_RAMO')]!] ?? 0) + 1;
  assert.deepEqual(perRamo, { '12': 134, '16': 228, '20': 208, '47': 16 });
  const perBody: Record<string, number> = {};
  for (const x of rows) perBody[x[at('INSTANCIA_COORDINADORA')]!] = (perBody[x[at('INSTANCIA_COORDINADORA')]!] ?? 0) + 1;
  assert.deepEqual(perBody, { CONEVAL: 404, Otra: 115, SHCP: 67 });
  const perPae: Record<string, number> = {};
  for (const x of rows) perPae[x[at('CICLO_PAE')]!] = (perPae[x[at('CICLO_PAE')]!] ?? 0) + 1;
  assert.deepEqual(perPae, {
    Complementaria: 97,
    PAE2007: 56,
    PAE2008: 52,
    PAE2009: 59,
    PAE2010: 45,
    PAE2011: 43,
    PAE2012: 40,
    PAE2013: 9,
    PAE2014: 1,
    PAE2015: 74,
    PAE2016: 27,
    PAE2017: 38,
    PAE2018: 11,
    PAE2019: 19,
    PAE2020: 15,
  });
  // Costs are published as text and are not part of Feed v1; read as they stand for the README rows
  const cost = (id: string) => rows.find((x) => x[at('ID_EVALUACION')] === id)![at('COSTOS')];
  assert.deepEqual(['20s176pccr11', '20s176pcpr15', '20s176pccr17', '20S176PCFM20'].map(cost), [
    '449191.94',
    '1566000',
    '742400',
    'No aplica',
  ]);
  const r = evaluationsAdapter.adapt(inputFor(FILE));
  assert.equal(r.problems.filter((p) => p.severity !== 'note').length, 0);
  const assigned = r.programs.reduce((s, p) => s + p.evaluations!.length, 0);
  assert.equal(assigned + 12, 586); // 12 rows are "Varios" or "0"…"4"
  const s176 = r.programs.find((p) => p.key === '20-S176')!;
  assert.equal(s176.evaluations!.length, 12);
  const byId = new Map(s176.evaluations!.map((e) => [e.id, e]));
  assert.deepEqual(byId.get('20s176pccr17'), {
    id: '20s176pccr17',
    year: 2018,
    type: 'Consistencia y Resultados',
    evaluator: 'Politeia Consultores en Evaluación, S.A. de C.V.',
    programme: 'PAE2017',
    url: 'https://www.transparenciapresupuestaria.gob.mx/work/models/PTP/programas/sed/evaluaciones/2017/20s176pccr17.rar',
  });
  assert.deepEqual(
    [byId.get('20s176pccr11')!.programme, byId.get('20s176pccr11')!.type, byId.get('20s176pccr11')!.year],
    ['PAE2011', 'Consistencia y Resultados', 2012],
  );
  assert.deepEqual(
    [byId.get('20s176pcpr15')!.programme, byId.get('20s176pcpr15')!.type, byId.get('20s176pcpr15')!.year],
    ['PAE2015', 'Procesos', 2015],
  );
  assert.deepEqual(
    [byId.get('20S176PCFM20')!.programme, byId.get('20S176PCFM20')!.type, byId.get('20S176PCFM20')!.year],
    ['PAE2020', 'Ficha Inicial de Monitoreo y Evaluación', 2020],
  );
});
