import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Indicator, Population, Program } from '../../src/feed/types.js';
import { feedOf, only } from './build.js';

const ind = (id: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  name: `Indicador ${id}`,
  level: 'purpose',
  unit: '%',
  frequency: 'Anual',
  direction: 'ascending',
  ...extra,
});
/** A program with some progress elsewhere in the feed, so progress is a field the feed carries. */
const withProgressElsewhere = (p: Partial<Program>) => feedOf([p, { indicators: [ind('other', { target: 10, achieved: 9 })] }]);

// ---- strategic-no-progress
const progressCases: [string, Indicator[], boolean, string[]][] = [
  ['strategic with target, no achieved', [ind('1', { target: 80 })], true, ['1']],
  ['fin level without type counts as strategic', [ind('1', { level: 'fin', target: 80 })], true, ['1']],
  ['type management on purpose level does not count', [ind('1', { type: 'management', target: 80 })], true, []],
  ['activity level without type is management', [ind('1', { level: 'activity', target: 80 })], true, []],
  ['achieved reported', [ind('1', { target: 80, achieved: 10 })], true, []],
  ['achieved 0 is progress reported', [ind('1', { target: 80, achieved: 0 })], true, []],
  ['no target: nothing to measure against', [ind('1')], true, []],
  ['feed reports no progress at all: never fires', [ind('1', { target: 80 })], false, []],
  [
    'several listed in one signal',
    [ind('1', { target: 1 }), ind('2', { level: 'fin', target: 2 }), ind('3', { target: 3, achieved: 3 })],
    true,
    ['1', '2'],
  ],
];
test('strategic-no-progress: progress reported only in another ramo: never fires', () => {
  const feed = feedOf([
    { key: '12-E001', indicators: [ind('1', { target: 80 })] },
    { key: '20-E002', indicators: [ind('2', { target: 1, achieved: 1 })] },
  ]);
  assert.deepEqual(only('strategic-no-progress', feed), []);
});

for (const [name, indicators, elsewhere, want] of progressCases) {
  test(`strategic-no-progress: ${name}`, () => {
    const feed = elsewhere ? withProgressElsewhere({ indicators }) : feedOf([{ indicators }]);
    const got = only('strategic-no-progress', feed).filter((s) => s.program === feed.programs[0]!.key);
    if (!want.length) return assert.deepEqual(got, []);
    assert.equal(got.length, 1);
    assert.deepEqual(
      (got[0]!.figures as { indicators: { id: string }[] }).indicators.map((i) => i.id),
      want,
    );
  });
}

// ---- target-too-low
const targetCases: [string, Indicator[], Record<string, unknown>, string[], string[]][] = [
  ['ascending target 0', [ind('1', { target: 0 })], {}, ['1'], []],
  ['descending target 0 is a fine goal', [ind('1', { target: 0, direction: 'descending' })], {}, [], []],
  ['regular target 0 left out', [ind('1', { target: 0, direction: 'regular' })], {}, [], []],
  ['160 % of target', [ind('1', { target: 50, achieved: 80 })], {}, [], ['1']],
  ['exactly 150 % does not fire', [ind('1', { target: 50, achieved: 75 })], {}, [], []],
  ['threshold from config', [ind('1', { target: 50, achieved: 80 })], { targetAbove: 2 }, [], []],
  ['no achieved: only the target-0 case can fire', [ind('1', { target: 50 })], {}, [], []],
  ['target absent: never fires', [ind('1', { achieved: 500 })], {}, [], []],
  ['negative target left out', [ind('1', { target: -5, achieved: 50 })], {}, [], []],
  ['descending far above target is not an easy goal', [ind('1', { target: 10, achieved: 50, direction: 'descending' })], {}, [], []],
  ['both kinds in one signal', [ind('1', { target: 0 }), ind('2', { target: 10, achieved: 20 })], {}, ['1'], ['2']],
];
for (const [name, indicators, config, zero, above] of targetCases) {
  test(`target-too-low: ${name}`, () => {
    const got = only('target-too-low', feedOf([{ indicators }]), config);
    if (!zero.length && !above.length) return assert.deepEqual(got, []);
    assert.equal(got.length, 1);
    const f = got[0]!.figures as { zero: { id: string }[]; above: { id: string; ratio?: number }[] };
    assert.deepEqual([f.zero.map((i) => i.id), f.above.map((i) => i.id)], [zero, above]);
    for (const i of f.above) assert.ok(typeof i.ratio === 'number');
  });
}

// ---- spending-no-indicators
const withMir = { key: '20-S900', indicators: [ind('x', { target: 1 })] };
const mirCases: [string, Partial<Program>[], boolean][] = [
  [
    'S program with spending and no indicators, MIR covers its ramo',
    [{ key: '20-S001', amounts: { approved: 10, accrued: 5 } }, withMir],
    true,
  ],
  ['empty indicators list counts as none', [{ key: '20-S001', amounts: { paid: 5 }, indicators: [] }, withMir], true],
  ['ramo from the ramo field', [{ key: 'S001', ramo: { id: '20', name: 'Bienestar' }, amounts: { paid: 5 } }, withMir], true],
  ['no indicators anywhere in the feed: never fires', [{ key: '20-S001', amounts: { paid: 5 } }], false],
  ['MIR covers another ramo only', [{ key: '12-S001', amounts: { paid: 5 } }, withMir], false],
  ['no spending reported (approved only)', [{ key: '20-S001', amounts: { approved: 10 } }, withMir], false],
  ['spending reported as 0', [{ key: '20-S001', amounts: { approved: 10, paid: 0 } }, withMir], false],
  ['modality without MIR (M)', [{ key: '20-M001', amounts: { paid: 5 } }, withMir], false],
  ['modality from the modality field', [{ key: '20-X001', modality: { id: 'E', name: 'Servicios' }, amounts: { paid: 5 } }, withMir], true],
  ['has indicators', [{ key: '20-S001', amounts: { paid: 5 }, indicators: [ind('1')] }, withMir], false],
];
for (const [name, programs, fires] of mirCases) {
  test(`spending-no-indicators: ${name}`, () => {
    const feed = feedOf(programs);
    const got = only('spending-no-indicators', feed).filter((s) => s.program === feed.programs[0]!.key);
    assert.equal(got.length, fires ? 1 : 0);
  });
}

test('spending-no-indicators: the latest spending moment, and modalities from config', () => {
  const feed = feedOf([{ key: '20-K001', amounts: { committed: 9, accrued: 8, exercised: 7.07 } }, withMir]);
  assert.equal(only('spending-no-indicators', feed).length, 0);
  const [s] = only('spending-no-indicators', feed, { modalities: 'K,S' });
  assert.deepEqual(s!.figures, { spending: { moment: 'exercised', amount: 7.07 }, modality: 'K' });
  assert.deepEqual(s!.fields, ['amounts.exercised', 'modality', 'ramo', 'indicators']);
});

// ---- gender-no-sex-data
const gender = [
  { annex: 'gender', amounts: { approved: 100.1 } },
  { annex: 'gender', category: 'otra', amounts: { approved: 0.2 } },
];
const genderCases: [string, Partial<Program>, string[] | null, number | undefined][] = [
  [
    'population without sexes',
    { crossCutting: gender, population: { served: { unspecified: 10 }, target: { total: 20 } } },
    ['target', 'served'],
    10030,
  ],
  [
    'women reported in one group: no signal',
    { crossCutting: gender, population: { served: { unspecified: 10 }, target: { women: 5 } } },
    null,
    undefined,
  ],
  ['men 0 is a figure by sex', { crossCutting: gender, population: { served: { men: 0, unspecified: 3 } } }, null, undefined],
  ['no population at all: absent data, no signal', { crossCutting: gender }, null, undefined],
  [
    'population object with no figures: no signal',
    { crossCutting: gender, population: { served: { unit: 'personas' } } as Population },
    null,
    undefined,
  ],
  [
    'not in the gender annex',
    { crossCutting: [{ annex: 'youth', amounts: { approved: 1 } }], population: { served: { total: 5 } } },
    null,
    undefined,
  ],
  [
    'gender annex without approved amount',
    { crossCutting: [{ annex: 'gender', amounts: {} }], population: { served: { total: 5 } } },
    ['served'],
    undefined,
  ],
];
for (const [name, p, groups, amountCents] of genderCases) {
  test(`gender-no-sex-data: ${name}`, () => {
    const got = only('gender-no-sex-data', feedOf([p]));
    if (!groups) return assert.deepEqual(got, []);
    assert.equal(got.length, 1);
    const f = got[0]!.figures as { groups: string[]; genderApproved?: number };
    assert.deepEqual(f.groups, groups);
    assert.equal(f.genderApproved === undefined ? undefined : Math.round(f.genderApproved * 100), amountCents);
  });
}
