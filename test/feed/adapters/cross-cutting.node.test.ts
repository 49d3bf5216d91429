import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annexId, crossCuttingAdapter, exactDecimal, scaledToCents } from '../../../src/feed/adapters/cross-cutting.js';
import type { PartialProgram } from '../../../src/feed/adapters/types.js';
import { cents, inputFor, readData, skipWithoutData } from './read.js';

const FILE = 'anexo13-igualdad-pef2021/anexos_transversales_pef2021_id4_igualdad_sin_ramo50.csv';

test('exact decimals and rounding to the cent once', () => {
  const cases: [string, number | undefined][] = [
    ['2000000', 200000000],
    ['9189881119.99999', 918988112000],
    ['26668.0582311632', 2666806],
    ['0.005', 1],
    ['-0.005', -1],
    ['0.00499999', 0],
    ['.37', 37],
    [' 99,305,000 ', 9930500000],
    [' -   ', 0],
    ['abc', undefined],
  ];
  for (const [text, want] of cases) {
    const v = exactDecimal(text);
    assert.equal(v === undefined ? undefined : scaledToCents(v), want, text);
  }
  // adding exactly, then rounding once, does not drift: 3 × 0.004 = 0.012 → 1 cent (line-rounded: 0)
  assert.equal(scaledToCents(exactDecimal('0.004')! * 3n), 1);
});

test('annex ids', () => {
  assert.equal(annexId('4', 'Erogaciones para la Igualdad entre Mujeres y Hombres'), 'gender');
  assert.equal(annexId('1', ''), 'indigenous');
  assert.equal(annexId('8', 'Erogaciones para el Desarrollo de los Jóvenes'), 'youth');
  assert.equal(annexId('6', 'Recursos para la Atención de Niñas, Niños y Adolescentes'), 'children');
  assert.equal(annexId('7', 'Recursos para la Mitigación de los Efectos del Cambio Climático'), 'climate');
  assert.equal(annexId('9', 'Otro anexo'), 'annex-9');
});

const HEADER = [
  'ID_TRANSVERSAL',
  'TRANSVERSAL',
  'ID_RAMO',
  'ID_MODALIDAD',
  'ID_PP',
  'DESC_PP',
  'ID_ENTIDAD_FEDERATIVA',
  'ID_VERTIENTE',
  'VERTIENTE',
  'IMPORTE',
  'IMPORTE _ENERO',
  'IMPORTE_ABRIL',
];

test('cross-cutting: the spaced and unspaced month headers both become periods', () => {
  const rows = [
    ['4', 'Igualdad', '20', 'S', '176', 'Pensión', '23', '101', 'Igualdad', '10.004', '5.002', '5.002'],
    ['4', 'Igualdad', '20', 'S', '176', 'Pensión', '9', '101', 'Igualdad', '0.004', '0.002', ''],
    ['4', 'Igualdad', '20', 'S', '176', 'Pensión', '9', '102', 'Violencia', 'x', '', ''],
  ];
  const r = crossCuttingAdapter.adapt({ header: HEADER, rows, file: 'anexos_pef2021.csv' });
  assert.equal(r.cycle, 2021);
  const cc = r.programs[0]!.crossCutting!;
  assert.deepEqual(cc, [
    {
      annex: 'gender',
      category: 'Igualdad',
      amounts: { approved: 10.01 },
      periods: [
        { period: '2021-01', amounts: { approved: 5 } },
        { period: '2021-04', amounts: { approved: 5 } },
      ],
    },
  ]);
  assert.ok(r.problems.some((p) => p.kind === 'invalid-amount' && p.line === 4 && p.column === 'IMPORTE'));
  assert.ok(r.problems.some((p) => p.kind === 'calendar-mismatch'));
  const qroo = crossCuttingAdapter.adapt({ header: HEADER, rows, file: 'a.csv', options: { entity: '23', cycle: 2021 } });
  assert.equal(qroo.programs[0]!.crossCutting![0]!.amounts.approved, 10);
});

const sumCents = (programs: PartialProgram[], pick = (_c: { category?: string }) => true) =>
  programs
    .flatMap((p) => p.crossCutting ?? [])
    .filter(pick)
    .reduce((s, c) => s + cents(c.amounts.approved), 0);

test('cross-cutting Anexo 13 PEF 2021 (real file): totals to the cent', { skip: skipWithoutData }, () => {
  const { header, rows } = readData(FILE);
  assert.equal(rows.length, 4371);
  assert.ok(crossCuttingAdapter.detect(header));
  const r = crossCuttingAdapter.adapt(inputFor(FILE));
  assert.equal(r.cycle, 2021); // from the file name
  assert.equal(r.problems.filter((p) => p.severity === 'error').length, 0);
  assert.ok(r.programs.every((p) => p.crossCutting!.every((c) => c.annex === 'gender')));
  assert.equal(sumCents(r.programs), 12897068388214); // 128,970,683,882.14
  assert.equal(
    sumCents(r.programs, (c) => c.category === 'Acciones que promuevan la igualdad entre mujeres y hombres'),
    12395912154816,
  );
  assert.equal(
    sumCents(r.programs, (c) => c.category === 'Acciones que promuevan la erradicación de la violencia de género'),
    470056482808,
  );
  assert.equal(
    sumCents(r.programs, (c) => c.category === 'Acciones que promuevan la erradicación de cualquier forma de discriminación de género'),
    31099750590,
  );
  const s176 = r.programs.find((p) => p.key === '20-S176')!;
  assert.equal(sumCents([s176]), 5946097892603); // 59,460,978,926.03, the largest program
  assert.equal(Math.max(...r.programs.map((p) => sumCents([p]))), 5946097892603);
  assert.equal(s176.crossCutting![0]!.periods!.length, 12);
  assert.equal(s176.crossCutting![0]!.periods![3]!.period, '2021-04'); // IMPORTE_ABRIL, the unspaced header

  const r47 = crossCuttingAdapter.adapt(inputFor(FILE, { ramo: '47' }));
  assert.equal(sumCents(r47.programs), 101002993100); // 1,010,029,931
  const qroo = crossCuttingAdapter.adapt(inputFor(FILE, { entity: '23' }));
  assert.equal(qroo.stats.kept, 58);
  assert.equal(sumCents(qroo.programs), 6197535521); // 61,975,355.21
});
