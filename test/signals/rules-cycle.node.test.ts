import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Asm, Evaluation, Program } from '../../src/feed/types.js';
import { feedOf, only } from './build.js';

const asm = (id: string, extra: Partial<Asm> = {}): Asm => ({ id, commitment: `Compromiso ${id}`, ...extra });
const ev = (year: number, list: Asm[], extra: Partial<Evaluation> = {}): Evaluation => ({ year, type: 'Diseño', asm: list, ...extra });

// ---- asm-pending
const asmCases: [string, Evaluation[], Record<string, unknown>, string[]][] = [
  ['in progress four years after', [ev(2016, [asm('a', { status: 'in-progress', progress: 90, reported: '2020-12-31' })])], {}, ['a']],
  ['pending exactly two years after', [ev(2018, [asm('a', { status: 'pending', reported: '2020-03-31' })])], {}, ['a']],
  ['one year after: not yet', [ev(2019, [asm('a', { status: 'pending', reported: '2020-12-31' })])], {}, []],
  ['attended', [ev(2010, [asm('a', { status: 'attended', reported: '2020-12-31' })])], {}, []],
  ['cancelled', [ev(2010, [asm('a', { status: 'cancelled', reported: '2020-12-31' })])], {}, []],
  ['no status: never fires', [ev(2010, [asm('a', { reported: '2020-12-31' })])], {}, []],
  ['no report date: never fires', [ev(2010, [asm('a', { status: 'pending' })])], {}, []],
  [
    'progress 100 is done whatever the word',
    [ev(2010, [asm('a', { status: 'in-progress', progress: 100, reported: '2020-12-31' })])],
    {},
    [],
  ],
  ['years from config', [ev(2017, [asm('a', { status: 'pending', reported: '2020-12-31' })])], { asmYears: 4 }, []],
  [
    'synthetic entries count (ASM whose evaluation is not listed)',
    [ev(2015, [asm('a', { status: 'pending', reported: '2020-12-31' })], { synthetic: true })],
    {},
    ['a'],
  ],
  [
    'several evaluations, one signal',
    [
      ev(2016, [asm('a', { status: 'pending', reported: '2019-06-30' })]),
      ev(2017, [asm('b', { status: 'in-progress', reported: '2020-12-31' }), asm('c', { status: 'attended', reported: '2020-12-31' })]),
    ],
    {},
    ['a', 'b'],
  ],
];
for (const [name, evaluations, config, ids] of asmCases) {
  test(`asm-pending: ${name}`, () => {
    const got = only('asm-pending', feedOf([{ evaluations }]), config);
    if (!ids.length) return assert.deepEqual(got, []);
    assert.equal(got.length, 1);
    assert.deepEqual((got[0]!.figures as { ids: string[] }).ids, ids);
  });
}

test('asm-pending: figures', () => {
  const [s] = only(
    'asm-pending',
    feedOf([
      {
        evaluations: [
          ev(2016, [asm('a', { status: 'pending', reported: '2019-06-30' })]),
          ev(2017, [asm('b', { status: 'in-progress', reported: '2020-12-31' })]),
        ],
      },
    ]),
  );
  assert.deepEqual(s!.figures, { count: 2, oldestYear: 2016, lastReport: '2020-12-31', ids: ['a', 'b'], years: 2 });
  assert.equal(s!.level, 'review');
});

// ---- no-recent-evaluation
const covered: Partial<Program> = { key: '20-S900', evaluations: [{ year: 2022, type: 'Diseño' }] };
const evalCases: [string, Partial<Program>[], Record<string, unknown>, number | null | undefined][] = [
  [
    'last evaluation 2016, cycle 2023',
    [{ key: '20-S001', amounts: { paid: 5 }, evaluations: [{ year: 2016, type: 'Diseño' }] }, covered],
    {},
    2016,
  ],
  ['never evaluated in a covered ramo', [{ key: '20-S001', amounts: { paid: 5 } }, covered], {}, undefined],
  [
    'evaluated in 2019 (within five cycles)',
    [{ key: '20-S001', amounts: { paid: 5 }, evaluations: [{ year: 2019, type: 'Diseño' }] }, covered],
    {},
    null,
  ],
  [
    '2019 is out with three cycles',
    [{ key: '20-S001', amounts: { paid: 5 }, evaluations: [{ year: 2019, type: 'Diseño' }] }, covered],
    { evaluationCycles: 3 },
    2019,
  ],
  [
    'synthetic entries are not evaluations',
    [{ key: '20-S001', amounts: { paid: 5 }, evaluations: [{ year: 2022, type: 'Ficha', synthetic: true }] }, covered],
    {},
    undefined,
  ],
  ['no evaluations anywhere in the feed: never fires', [{ key: '20-S001', amounts: { paid: 5 } }], {}, null],
  ['evaluation source covers another ramo', [{ key: '12-S001', amounts: { paid: 5 } }, covered], {}, null],
  ['no spending reported', [{ key: '20-S001', amounts: { approved: 5 } }, covered], {}, null],
  ['modality not evaluated (R)', [{ key: '20-R001', amounts: { paid: 5 } }, covered], {}, null],
];
for (const [name, programs, config, last] of evalCases) {
  test(`no-recent-evaluation: ${name}`, () => {
    const feed = feedOf(programs);
    const got = only('no-recent-evaluation', feed, config).filter((s) => s.program === feed.programs[0]!.key);
    if (last === null) return assert.deepEqual(got, []);
    assert.equal(got.length, 1);
    const f = got[0]!.figures as { lastYear?: number; from: number; to: number };
    assert.equal(f.lastYear, last);
    assert.equal(f.to, 2023);
  });
}
