import { test } from 'node:test';
import assert from 'node:assert/strict';
import { populationsAdapter } from '../../../src/feed/adapters/populations.js';
import { inputFor, readData, skipWithoutData } from './read.js';

const FILE = 'poblaciones-programas-2017/poblaciones_potencial_objetivo_atendida_2017.csv';
const HEADER = [
  'Ramo',
  'Desc_ramo',
  'Clave_Pp',
  'Desc_Pp',
  'Unidad_medida_PP',
  'Poblacion_potencial_mujeres',
  'Poblacion_potencial_hombres',
  'Unidad_medida_PO',
  'Poblacion_objetivo_mujeres',
  'Poblacion_atendida_mujeres',
  'Poblacion_atendida_hombres',
  'Poblacion_atendida_indistinto',
];

test('populations: repeated figures are taken once, never added', () => {
  const row = ['20', 'Bienestar', 'S174', 'Estancias', 'Personas', '10', '5', 'Personas', '8', '3', '2', ''];
  const r = populationsAdapter.adapt({ header: HEADER, rows: [row, [...row], [...row]] });
  assert.equal(r.programs.length, 1);
  assert.deepEqual(r.programs[0]!.population, {
    potential: { women: 10, men: 5, unit: 'Personas' },
    target: { women: 8, unit: 'Personas' },
    served: { women: 3, men: 2, unit: 'Personas' },
  });
  assert.deepEqual(r.problems, []);
});

test('populations: rows that disagree leave that population out, flagged; text cells are flagged', () => {
  const a = ['20', 'Bienestar', 'S 174', 'Estancias', 'Personas', '10', '5', 'Personas', 'Por determinar', '3', '2', ''];
  const b = ['20', 'Bienestar', 's174', 'Estancias', 'Personas', '10', '5', 'Personas', 'Por determinar', '4', '2', ''];
  const c = ['12', 'Salud', 'S174', 'Estancias', 'Personas', '', '', 'Personas', '', '', '', '570,000'];
  const r = populationsAdapter.adapt({ header: HEADER, rows: [a, b, c], file: 'p.csv' });
  assert.deepEqual(
    r.programs.map((p) => p.key),
    ['20-S174', '12-S174'],
  );
  assert.deepEqual(r.programs[0]!.population, { potential: { women: 10, men: 5, unit: 'Personas' } });
  assert.deepEqual(r.programs[1]!.population, { served: { unspecified: 570000, unit: 'Personas' } });
  assert.ok(r.problems.some((p) => p.kind === 'inconsistent-repeat' && p.key === '20-S174'));
  assert.equal(r.problems.filter((p) => p.kind === 'invalid-number' && p.line === 2).length, 1);
});

test('populations 2017 (real file): S174 served 300,433 women and 10,535 men', { skip: skipWithoutData }, () => {
  const { header, rows } = readData(FILE);
  assert.equal(rows.length, 2313); // 470 multi-line cells did not split records
  const at = (n: string) => header.indexOf(n);
  assert.equal(rows.filter((x) => x[at('Poblacion_atendida_mujeres')] !== '' && x[at('Poblacion_atendida_hombres')] !== '').length, 635);
  assert.equal(rows.filter((x) => x[at('Ramo')] === '20' && x[at('Clave_Pp')] === 'S174').length, 3); // the figures repeat on 3 rows
  assert.ok(populationsAdapter.detect(header));
  const r = populationsAdapter.adapt(inputFor(FILE));
  assert.equal(r.programs.length, 157);
  const s174 = r.programs.find((p) => p.key === '20-S174')!;
  assert.equal(s174.population!.served!.women, 300433);
  assert.equal(s174.population!.served!.men, 10535);
  assert.equal(s174.population!.target!.women, 779857);
  assert.ok(r.programs.some((p) => p.key === '12-S174')); // the same Clave_Pp under another ramo stays apart
  // 30 programs give different figures on different rows (counted apart with Python csv): flagged, not summed
  const inconsistent = new Set(r.problems.filter((p) => p.kind === 'inconsistent-repeat').map((p) => p.key));
  assert.equal(inconsistent.size, 30);
});
