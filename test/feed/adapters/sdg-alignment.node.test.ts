import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sdgAlignmentAdapter, sdgTargetLabel } from '../../../src/feed/adapters/sdg-alignment.js';
import { inputFor, readData, skipWithoutData } from './read.js';

const FILE = 'ods-pp-vinculacion-2021/Vinculacion_ODS-Pp_PEF2021.csv';
const HEADER = ['ID_RAMO', 'DESC_RAMO', 'ID_MODALIDAD', 'DESC_MODALIDAD', 'ID_PP', 'DESC_PP', 'ID_ODS', 'ID_METAODS', 'ID_TCONTRIBUCION'];

test('sdgTargetLabel: SHCP running numbers to UN target labels', () => {
  const cases: [number, number, string | undefined][] = [
    [1, 1, '1.1'],
    [1, 5, '1.5'],
    [1, 6, '1.a'],
    [1, 7, '1.b'],
    [1, 8, undefined],
    [5, 6, '5.6'],
    [5, 7, '5.a'],
    [5, 9, '5.c'],
    [5, 10, undefined],
    [3, 13, '3.d'],
    [14, 8, '14.a'],
    [16, 10, '16.10'],
    [16, 12, '16.b'],
    [17, 19, '17.19'],
    [17, 20, undefined],
    [0, 1, undefined],
    [18, 1, undefined],
    [5, 0, undefined],
  ];
  for (const [g, n, want] of cases) assert.equal(sdgTargetLabel(g, n), want, `${g}/${n}`);
});

test('sdg-alignment: rows to links; bad codes are problems', () => {
  const rows = [
    ['47', 'Entidades', 'S', 'Sujetos', '10', 'Transversalidad', '5', '7', '1'],
    ['47', 'Entidades', 'S', 'Sujetos', '10', 'Transversalidad', '10', '2', '2'],
    ['47', 'Entidades', 'S', 'Sujetos', '10', 'Transversalidad', '5', '3', '3'],
    ['47', 'Entidades', 'S', 'Sujetos', '10', 'Transversalidad', '5', '12', '1'],
    ['47', 'Entidades', 'X1', 'Sujetos', '10', 'Transversalidad', '5', '1', '1'],
  ];
  assert.ok(sdgAlignmentAdapter.detect(HEADER));
  const r = sdgAlignmentAdapter.adapt({ header: HEADER, rows, file: 'ods.csv' });
  assert.equal(r.programs.length, 1);
  assert.equal(r.programs[0]!.key, '47-S010');
  assert.deepEqual(r.programs[0]!.sdg, [
    { goal: 5, target: '5.a', contribution: 'direct' },
    { goal: 10, target: '10.2', contribution: 'indirect' },
    { goal: 5, contribution: 'direct' },
  ]);
  assert.deepEqual(
    r.problems.map((p) => [p.kind, p.line, p.column]),
    [
      ['invalid-field', 4, 'ID_TCONTRIBUCION'],
      ['invalid-field', 5, 'ID_METAODS'],
      ['invalid-key', 6, 'ID_PP'],
    ],
  );
  assert.deepEqual(r.stats, { rows: 5, kept: 3 });
});

test('sdg-alignment PEF 2021 (real CP850 file): 695 programs, 975 direct and 830 indirect links', { skip: skipWithoutData }, () => {
  const { header, rows, encoding } = readData(FILE);
  assert.equal(encoding, 'cp850');
  assert.equal(rows.length, 1805);
  assert.ok(sdgAlignmentAdapter.detect(header));
  const r = sdgAlignmentAdapter.adapt(inputFor(FILE));
  assert.deepEqual(r.problems, []);
  assert.equal(r.programs.length, 695);
  const links = r.programs.flatMap((p) => p.sdg ?? []);
  assert.equal(links.length, 1805);
  assert.equal(links.filter((l) => l.contribution === 'direct').length, 975);
  assert.equal(links.filter((l) => l.contribution === 'indirect').length, 830);
  const perGoal = Array.from({ length: 17 }, (_, g) => links.filter((l) => l.goal === g + 1).length);
  assert.deepEqual(perGoal, [96, 89, 146, 226, 67, 70, 115, 121, 134, 49, 127, 64, 51, 37, 82, 272, 59]);
  // Decoded as CP850, not Latin-1 ("Regulaci¢n")
  assert.equal(r.programs[0]!.key, '16-G010');
  assert.equal(r.programs[0]!.modality!.name, 'Regulación y supervisión');
  // The running number → UN label rule, checked against the target texts of the file itself
  const at = (n: string) => header.indexOf(n);
  const text = (g: string, t: string) => rows.find((x) => x[at('ID_ODS')] === g && x[at('ID_METAODS')] === t)?.[at('DESC_METAODS')];
  assert.match(text('5', '7')!, /^Emprender reformas que otorguen a las mujeres/); // UN 5.a
  assert.match(text('1', '6')!, /^Garantizar una movilización importante de recursos/); // UN 1.a
  assert.match(text('14', '8')!, /^Aumentar los conocimientos científicos/); // UN 14.a
  // every link has a UN target label that exists
  assert.ok(links.every((l) => l.target && /^\d{1,2}\.(\d{1,2}|[a-d])$/.test(l.target)));
});
