import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownSource, uniqueSources } from '../../../src/cli/source-titles.js';

const FILE_NAME = /\.(csv|xlsx?|json|zip)\b/i;

test('known layouts get a plain title, publisher and the period the file states', () => {
  const cases: [string, number | undefined, ReturnType<typeof knownSource>][] = [
    ['cp-programatica', 2023, { title: 'Cuenta Pública 2023', publisher: 'SHCP', period: '2023' }],
    ['mir', 2022, { title: 'Matriz de Indicadores para Resultados 2022', publisher: 'SHCP', period: '2022' }],
    ['mir', undefined, { title: 'Matriz de Indicadores para Resultados', publisher: 'SHCP' }],
    ['evaluations', undefined, { title: 'Evaluaciones de programas federales', publisher: 'CONEVAL' }],
    ['cross-cutting', 2021, { title: 'Anexos transversales del PEF 2021', publisher: 'SHCP', period: '2021' }],
    ['fdp', undefined, { title: 'Paquete de datos fiscales' }],
  ];
  for (const [layout, cycle, want] of cases) assert.deepEqual(knownSource(layout, 'x.csv', cycle), want, layout);
});

test('no known layout is titled by its file name', () => {
  const layouts = ['cp-programatica', 'shcp-lines', 'gasto-federalizado', 'mir', 'sdg-alignment', 'cross-cutting', 'populations', 'pnd'];
  for (const l of [...layouts, 'evaluations', 'asm', 'msd', 'ised', 'fdp'])
    assert.doesNotMatch(knownSource(l, 'datos.csv').title, FILE_NAME, l);
});

test('an unknown layout keeps the file name for the caller to replace (--source-title)', () => {
  assert.deepEqual(knownSource('mapping', 'datos.csv'), { title: 'datos.csv' });
});

test('the files of one dataset are one source', () => {
  const cp = knownSource('cp-programatica', 'a.csv', 2023);
  assert.deepEqual(uniqueSources([cp, knownSource('cp-programatica', 'b.csv', 2023), knownSource('mir', 'm.csv')]), [
    cp,
    knownSource('mir', 'm.csv'),
  ]);
});
