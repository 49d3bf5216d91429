import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mirAdapter } from '../../../src/feed/adapters/mir.js';
import type { Indicator } from '../../../src/feed/types.js';
import { inputFor, readData, skipWithoutData } from './read.js';

const FILE = 'mir-2022-indicadores/mir2022_ramos_12_16_20_47.csv';

// A small table in the export's layout, with its duplicate column names (as uniqueHeaders leaves them).
const HEADER = [
  'CICLO',
  'RAMO',
  'DESC_RAMO',
  'IDEN_PROY',
  'DESC_IDEN_PROY',
  'PROYECTO',
  'PP',
  'DESC_PROYECTO',
  'TIPO_NIVEL',
  'KA_INDICADOR',
  'NOMBRE_INDICADOR',
  'UNIDAD_MEDIDA',
  'FRECUENCIA_MEDICION',
  'DESC_SENTIDO',
  'UMBRAL_VERDE',
  'UMBRAL_AMARILLO',
  'UMBRAL_ROJO',
  'INDICADOR_2022',
  'INDICADOR_2021',
  'INDICADOR_2020',
  'INDICADOR_2022#2',
  'ACT_IND_META_SEGUIMIENTO_MES3',
  'ACT_IND_META_SEGUIMIENTO_MES6',
  'META_ANUAL_PROGRAMADA',
  'META_AL_PERIODO_MES6',
];
const row = (over: Record<string, string>): string[] => {
  const base: Record<string, string> = {
    CICLO: '2022',
    RAMO: '20',
    DESC_RAMO: 'Bienestar',
    IDEN_PROY: 'S',
    DESC_IDEN_PROY: 'Sujetos a Reglas de Operación',
    PROYECTO: '176',
    PP: 'S 176',
    DESC_PROYECTO: 'Pensión',
    TIPO_NIVEL: 'Propósito',
    KA_INDICADOR: '1',
    NOMBRE_INDICADOR: 'Cobertura',
    UNIDAD_MEDIDA: 'Porcentaje',
    FRECUENCIA_MEDICION: 'Anual',
    DESC_SENTIDO: 'Ascendente',
    ...over,
  };
  return HEADER.map((h) => base[h] ?? '');
};
const one = (over: Record<string, string>): Indicator => {
  const r = mirAdapter.adapt({ header: HEADER, rows: [row(over)] });
  assert.equal(r.programs.length, 1);
  return r.programs[0]!.indicators![0]!;
};

test('mir: detects the export header and not others', () => {
  assert.equal(mirAdapter.detect(HEADER), true);
  assert.equal(mirAdapter.detect(['RAMO', 'PP', 'MONTO_APROBADO']), false);
});

test('mir: achieved comes from whichever follow-up value is filled in', () => {
  const cases: [Record<string, string>, number | undefined][] = [
    [{}, undefined],
    [{ INDICADOR_2022: '55' }, 55],
    [{ 'INDICADOR_2022#2': '56' }, 56], // the second duplicate column is read too
    [{ INDICADOR_2022: '57', 'INDICADOR_2022#2': '57' }, 57],
    [{ ACT_IND_META_SEGUIMIENTO_MES3: '10', ACT_IND_META_SEGUIMIENTO_MES6: '20' }, 20],
    [{ ACT_IND_META_SEGUIMIENTO_MES3: '10' }, 10],
    [{ INDICADOR_2022: '57', ACT_IND_META_SEGUIMIENTO_MES6: '20' }, 57],
  ];
  for (const [over, want] of cases) assert.equal(one(over).achieved, want, JSON.stringify(over));
});

test('mir: two different values in the duplicate year columns are flagged, not chosen', () => {
  const r = mirAdapter.adapt({ header: HEADER, rows: [row({ INDICADOR_2022: '1', 'INDICADOR_2022#2': '2' })], file: 'x.csv' });
  assert.equal(r.programs[0]!.indicators![0]!.achieved, undefined);
  assert.ok(r.problems.some((p) => p.kind === 'conflict' && p.file === 'x.csv'));
});

test('mir: levels, direction, thresholds and monthly targets', () => {
  assert.equal(one({ TIPO_NIVEL: 'Fin' }).level, 'fin');
  assert.equal(one({ TIPO_NIVEL: 'Componente' }).level, 'component');
  assert.equal(one({ TIPO_NIVEL: 'Actividad' }).level, 'activity');
  assert.equal(one({ DESC_SENTIDO: 'Descendente' }).direction, 'descending');
  assert.deepEqual(one({ UMBRAL_VERDE: '90', UMBRAL_ROJO: '80' }).thresholds, { green: 90, red: 80 });
  assert.deepEqual(one({ UMBRAL_VERDE: '80', UMBRAL_AMARILLO: '75', UMBRAL_ROJO: '70' }).thresholds, { green: 80, yellow: 75, red: 70 });
  assert.equal(one({ UMBRAL_VERDE: '90' }).thresholds, undefined);
  assert.deepEqual(one({ META_AL_PERIODO_MES6: '50' }).targets, [{ period: '2022-06', value: 50 }]);
  assert.deepEqual(one({ INDICADOR_2020: '7', INDICADOR_2021: '8' }).history, [
    { year: 2020, value: 7 },
    { year: 2021, value: 8 },
  ]);
  const r = mirAdapter.adapt({ header: HEADER, rows: [row({ DESC_SENTIDO: '' }), row({ TIPO_NIVEL: 'FID' })] });
  assert.equal(r.programs[0]!.indicators!.length, 1);
  assert.equal(r.programs[0]!.indicators![0]!.direction, 'regular');
  assert.ok(r.problems.some((p) => p.kind === 'missing-field' && p.column === 'DESC_SENTIDO'));
  assert.ok(r.problems.some((p) => p.kind === 'skipped-rows' && p.params?.found === '1'));
});

test("mir: the row's own CICLO dates the periods, whatever cycle the feed has", () => {
  const r = mirAdapter.adapt({
    header: HEADER,
    rows: [row({ META_AL_PERIODO_MES6: '50', INDICADOR_2022: '9' })],
    options: { cycle: 2023 },
  });
  const i = r.programs[0]!.indicators![0]!;
  assert.deepEqual(i.targets, [{ period: '2022-06', value: 50 }]);
  assert.equal(i.achieved, 9);
  const noCycle = mirAdapter.adapt({ header: HEADER, rows: [row({ CICLO: '', META_AL_PERIODO_MES6: '50' })], options: { cycle: 2021 } });
  assert.deepEqual(noCycle.programs[0]!.indicators![0]!.targets, [{ period: '2021-06', value: 50 }]);
});

test('mir: ramo filter', () => {
  const r = mirAdapter.adapt({ header: HEADER, rows: [row({}), row({ RAMO: '47', PP: 'S 010' })], options: { ramo: '47' } });
  assert.deepEqual(
    r.programs.map((p) => p.key),
    ['47-S010'],
  );
});

test('mir 2022 (real file): counts and indicator 169710', { skip: skipWithoutData }, () => {
  const { header, rows } = readData(FILE);
  assert.equal(rows.length, 1300);
  assert.equal(header.length, 291);
  assert.equal(new Set(header).size, 291); // no column lost to duplicate names
  const count = (name: string) => {
    const out: Record<string, number> = {};
    for (const x of rows) out[x[header.indexOf(name)]!] = (out[x[header.indexOf(name)]!] ?? 0) + 1;
    return out;
  };
  assert.deepEqual(count('RAMO'), { '12': 322, '16': 432, '20': 315, '47': 231 });
  const freq = count('FRECUENCIA_MEDICION');
  assert.deepEqual(
    [freq['Trimestral'], freq['Anual'], freq['Semestral'], 1300 - freq['Trimestral']! - freq['Anual']! - freq['Semestral']!],
    [526, 451, 226, 97],
  );
  assert.equal(rows.filter((x) => x[header.indexOf('META_ANUAL_PROGRAMADA')] !== '').length, 1165);
  assert.ok(mirAdapter.detect(header));
  const r = mirAdapter.adapt(inputFor(FILE));
  assert.equal(r.cycle, 2022);
  assert.equal(r.programs.length, 106);
  const all = r.programs.flatMap((p) => p.indicators ?? []);
  const byLevel: Record<string, number> = {};
  for (const i of all) byLevel[i.level] = (byLevel[i.level] ?? 0) + 1;
  assert.deepEqual(byLevel, { activity: 468, component: 423, fin: 119, purpose: 160 });
  assert.ok(r.problems.some((p) => p.kind === 'skipped-rows' && p.params?.found === '130')); // FID rows
  // META_ANUAL_PROGRAMADA is filled on 1,165 rows, 110 of them FID rows (130 FID, 20 without target)
  assert.equal(all.filter((i) => i.target !== undefined).length, 1165 - 110);

  const s010 = r.programs.find((p) => p.key === '47-S010')!;
  assert.equal(s010.name, 'Fortalecimiento a la Transversalidad de la Perspectiva de Género');
  const i = s010.indicators!.find((x) => x.id === '169710')!;
  assert.equal(i.level, 'purpose');
  assert.equal(i.unit, 'Porcentaje');
  assert.equal(i.frequency, 'Anual');
  assert.equal(i.direction, 'ascending');
  assert.equal(i.type, 'strategic');
  assert.equal(i.dimension, 'efficacy');
  assert.deepEqual(i.baseline, { value: 0, year: 2021 });
  assert.equal(i.target, 100);
  assert.equal(i.numerator, 32);
  assert.equal(i.denominator, 32);
  assert.deepEqual(i.targets, [{ period: '2022-12', value: 100 }]);
  assert.deepEqual(i.thresholds, { green: 10, red: 20 });
  assert.equal(i.history!.at(-1)!.year, 2021);
  assert.equal(i.history!.at(-1)!.value, 30);
  assert.deepEqual(
    i.history!.map((h) => h.year),
    [2017, 2018, 2019, 2020, 2021],
  );
  assert.equal(i.achieved, undefined); // the 2022 follow-up columns are empty in this export

  const j = s010.indicators!.find((x) => x.id === '175529')!;
  assert.equal(j.level, 'purpose');
  assert.deepEqual(j.baseline, { value: 87.82, year: 2020 });
  assert.equal(j.target, 88.35);
  assert.equal(j.numerator, 1016);
  assert.equal(j.denominator, 1150);
});
