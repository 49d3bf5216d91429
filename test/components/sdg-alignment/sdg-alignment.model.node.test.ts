import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feed, Program } from '../../../src/feed/types.js';
import { compareTargets, feedSdgView, programSdgView, sdgMoment } from '../../../src/components/sdg-alignment/sdg-alignment.model.js';

const feedOf = (programs: Program[], moments = ['approved', 'modified', 'accrued', 'exercised']): Feed => ({
  version: 1,
  publisher: { name: 'Test', jurisdiction: 'MX' },
  cycle: 2021,
  currency: 'MXN',
  sources: [],
  moments,
  programs,
});
const P = (key: string, amounts: Program['amounts'], sdg?: Program['sdg']): Program => ({
  key,
  name: `Programa ${key}`,
  amounts,
  ...(sdg ? { sdg } : {}),
});

test('compareTargets orders SDG targets numerically, letters after numbers', async (t) => {
  const cases: [string[], string[]][] = [
    [
      ['5.10', '5.2', '5.a', '5.1'],
      ['5.1', '5.2', '5.10', '5.a'],
    ],
    [
      ['10.b', '10.a', '10.3'],
      ['10.3', '10.a', '10.b'],
    ],
  ];
  for (const [input, expected] of cases) {
    await t.test(input.join(','), () => assert.deepEqual([...input].sort(compareTargets), expected));
  }
});

test('program view: goals grouped, direct wins, targets deduplicated and ordered', () => {
  const v = programSdgView(
    P('20-S174', {}, [
      { goal: 5, target: '5.4', contribution: 'indirect' },
      { goal: 5, target: '5.4', contribution: 'direct' },
      { goal: 5, target: '5.1', contribution: 'indirect' },
      { goal: 1, target: '1.3', contribution: 'indirect' },
      { goal: 18, contribution: 'direct' },
      { goal: 8, contribution: 'indirect' },
    ]),
  );
  assert.deepEqual(v.goals, [
    { goal: 1, contribution: 'indirect', targets: [{ target: '1.3', contribution: 'indirect' }] },
    {
      goal: 5,
      contribution: 'direct',
      targets: [
        { target: '5.1', contribution: 'indirect' },
        { target: '5.4', contribution: 'direct' },
      ],
    },
    { goal: 8, contribution: 'indirect', targets: [] },
  ]);
  assert.equal(v.invalidLinks, 1);
});

test('program view: no links gives no goals', () => {
  assert.deepEqual(programSdgView(P('A', {})).goals, []);
});

test('sdgMoment: latest moment every aligned program with amounts reports', async (t) => {
  const cases: [string, Program[], string | undefined][] = [
    ['all report exercised', [P('A', { approved: 1, exercised: 1 }), P('B', { approved: 2, exercised: 2 })], 'exercised'],
    ['one lacks exercised', [P('A', { approved: 1, exercised: 1 }), P('B', { approved: 2 })], 'approved'],
    ['programs without amounts are ignored', [P('A', { approved: 1, exercised: 1 }), P('B', {})], 'exercised'],
    ['no amounts at all', [P('A', {})], undefined],
    ['disjoint: the most reported', [P('A', { approved: 1 }), P('B', { modified: 1 }), P('C', { modified: 1 })], 'modified'],
  ];
  for (const [name, programs, moment] of cases) await t.test(name, () => assert.equal(sdgMoment(feedOf(programs), programs), moment));
});

test('feed view: 17 goals, counts, money per goal, programs without amount', () => {
  const feed = feedOf([
    P('A', { approved: 100.1 }, [
      { goal: 5, target: '5.1', contribution: 'direct' },
      { goal: 5, target: '5.2', contribution: 'indirect' },
      { goal: 1, contribution: 'indirect' },
    ]),
    P('B', { approved: 200.2 }, [{ goal: 5, contribution: 'indirect' }]),
    P('C', {}, [{ goal: 5, contribution: 'indirect' }]),
    P('D', { approved: 5 }),
  ]);
  const v = feedSdgView(feed);
  assert.equal(v.goals.length, 17);
  assert.deepEqual(
    v.goals.map((g) => g.goal),
    Array.from({ length: 17 }, (_, i) => i + 1),
  );
  assert.equal(v.moment, 'approved');
  assert.equal(v.alignedPrograms, 3);
  assert.equal(v.programs, 4);
  const g5 = v.goals[4]!;
  assert.equal(g5.programs, 3);
  assert.equal(g5.direct, 1);
  assert.equal(g5.indirect, 2);
  assert.equal(g5.cents, 30_030);
  assert.equal(g5.amount, 300.3);
  assert.equal(g5.withoutAmount, 1);
  assert.deepEqual(
    g5.list.map((r) => r.key),
    ['B', 'A', 'C'],
  );
  assert.equal(g5.list[2]!.amount, undefined);
  const g1 = v.goals[0]!;
  assert.deepEqual([g1.programs, g1.direct, g1.indirect, g1.cents], [1, 0, 1, 10_010]);
  assert.deepEqual([v.goals[16]!.programs, v.goals[16]!.cents, v.goals[16]!.list], [0, 0, []]);
});
