import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  asmAdapter,
  asmProgress,
  attachAsm,
  evaluationCode,
  isoDate,
  normalizeEvaluationType,
  sameEvaluation,
} from '../../../src/feed/adapters/asm.js';
import type { Evaluation } from '../../../src/feed/types.js';
import { inputFor, readData, skipWithoutData } from './read.js';

const FILE = 'asm-aspectos-susceptibles-mejora/asm_ramos_12_16_20_47.csv';

test('asm: progress and status words', () => {
  const cases: [string, ReturnType<typeof asmProgress>][] = [
    ['100', { progress: 100, status: 'attended' }],
    ['33.33', { progress: 33.33, status: 'in-progress' }],
    ['0', { progress: 0, status: 'pending' }],
    ['CANCELADO', { status: 'cancelled' }],
    ['Cancelado', { status: 'cancelled' }],
    ['ASM dado de baja', { status: 'cancelled' }],
    ['FUSIONADO', { status: 'merged' }],
    ['', {}],
    ['Baja', { invalid: true }],
    ['140', { invalid: true }],
  ];
  for (const [text, want] of cases) assert.deepEqual(asmProgress(text), want, text);
  assert.equal(isoDate('31/03/2016'), '2016-03-31');
  assert.equal(isoDate('Adiciona'), undefined);
  assert.equal(isoDate('31/13/2016'), undefined);
});

test('asm: evaluation codes, types and matching', () => {
  assert.equal(evaluationCode('20s176pcr11_01'), '20s176pcr11');
  assert.equal(evaluationCode('160001c0es1805'), undefined);
  assert.equal(sameEvaluation('20s176pccr11', '20s176pcr11'), true);
  assert.equal(sameEvaluation('20S176PCCR11', '20s176pcr11'), true);
  assert.equal(sameEvaluation('20s176pccr17', '20S176pcr18'), false);
  assert.equal(normalizeEvaluationType('Evaluación de Consistencia y Resultados'), 'consistencia y resultados');
  assert.equal(normalizeEvaluationType('Evaluación  Estratégica'), 'estrategica');
  assert.equal(normalizeEvaluationType('Específica de desempeño'), normalizeEvaluationType('Evaluación Específica de Desempeño'));

  const real: Evaluation[] = [
    { id: '20s176pccr11', year: 2012, type: 'Consistencia y Resultados', programme: 'PAE2011' },
    { id: '20s176pccr17', year: 2018, type: 'Consistencia y Resultados', programme: 'PAE2017' },
    { id: '20s176pcpr15', year: 2015, type: 'Procesos', programme: 'PAE2015' },
    { id: '20s176pcds15', year: 2015, type: 'Diseño', programme: 'PAE2015' },
    { id: '20s176c0ds15', year: 2015, type: 'Diseño', programme: 'Complementaria' },
  ];
  const group = (id: string, year: number, type: string): Evaluation => ({ year, type, synthetic: true, asm: [{ id, commitment: id }] });
  const r = attachAsm(real, [
    group('20s176pcr11_01', 2011, 'Evaluación de Consistencia y Resultados'), // by code
    group('20S176pcr18_01', 2018, 'Evaluación de Consistencia y Resultados'), // by type + year concluded
    group('20s176zzz15_01', 2015, 'Evaluación de Procesos'), // by type + year
    group('20s176xds15_01', 2015, 'Evaluación de Diseño'), // two fit: kept synthetic
    group('20s176cie14_01', 2014, 'Otros Informes Externos'), // none fits
  ]);
  assert.equal(r.matched, 3);
  assert.equal(r.unmatched, 2);
  assert.deepEqual(
    r.evaluations.map((e) => [e.id ?? null, e.synthetic ?? false, e.asm?.map((a) => a.id) ?? []]),
    [
      ['20s176pccr11', false, ['20s176pcr11_01']],
      ['20s176pccr17', false, ['20S176pcr18_01']],
      ['20s176pcpr15', false, ['20s176zzz15_01']],
      ['20s176pcds15', false, []],
      ['20s176c0ds15', false, []],
      [null, true, ['20s176xds15_01']],
      [null, true, ['20s176cie14_01']],
    ],
  );
  assert.equal(real[0]!.asm, undefined); // inputs untouched
});

test('asm (real file): 14 shifted rows detected, 20-S176 has 33 ASM', { skip: skipWithoutData }, () => {
  const { header, rows } = readData(FILE);
  assert.equal(rows.length, 1049);
  const at = (n: string) => header.indexOf(n);
  const perRamo: Record<string, number> = {};
  for (const x of rows) perRamo[x[at('ID_RAMO')]!] = (perRamo[x[at('ID_RAMO')]!] ?? 0) + 1;
  assert.deepEqual(perRamo, { '12': 169, '16': 259, '20': 471, '47': 150 });
  assert.ok(asmAdapter.detect(header));
  const r = asmAdapter.adapt(inputFor(FILE));
  const shifted = r.problems.filter((p) => p.kind === 'shifted-row');
  assert.deepEqual(
    shifted.map((p) => String(p.params?.found).split(':')[0]).sort(),
    [
      '20u009cie14_14',
      '20s174ped15_02',
      '20s176ppr15_05',
      '20s241pcr15_02',
      '20e003pdi16_04',
      '20e016pcr16_10',
      '20s070ppr16_02',
      '20u008pcr16_09',
      '20E016pfm17_01',
      '20U008pfm17_01',
      '20P004pcr18_01',
      '160003pee19_03',
      '160003pee19_04',
      '160003pee19_05',
    ].sort(),
  );
  assert.equal(rows.filter((x) => x[at('AVANCE_ASM')] === '100').length, 790);
  const all = r.programs.flatMap((p) => p.evaluations!.flatMap((e) => e.asm!));
  // 790 rows at 100 %, one of them (160001c0es1805) under the non-program code "´0001"
  assert.equal(all.filter((a) => a.progress === 100).length, 789);
  // Shifted ASM keep only what precedes the shift: no status, progress or date taken from moved cells
  const moved = all.find((a) => a.id === '20s176ppr15_05')!;
  assert.deepEqual(Object.keys(moved).sort(), ['commitment', 'id']);

  const s176 = r.programs.find((p) => p.key === '20-S176')!;
  assert.equal(s176.evaluations!.flatMap((e) => e.asm!).length, 33);
  assert.ok(s176.evaluations!.every((e) => e.synthetic));
  const one = s176.evaluations!.flatMap((e) => e.asm!.map((a) => ({ e, a }))).find(({ a }) => a.id === '20s176pcr11_01')!;
  assert.equal(one.e.type, 'Evaluación de Consistencia y Resultados');
  assert.equal(one.e.year, 2011);
  assert.deepEqual(one.a, {
    id: '20s176pcr11_01',
    commitment: 'Actualizar los instrumentos de planeación estratégica del programa',
    unit: 'Secretaría de Desarrollo Social',
    status: 'attended',
    progress: 100,
    reported: '2016-03-31',
    priority: 'Media',
  });
  // "16 ´0001"-style codes are not program keys: reported, not guessed
  assert.equal(r.problems.filter((p) => p.kind === 'invalid-key').length, 24);
  assert.equal(r.stats.kept + 24, 1049);
});
