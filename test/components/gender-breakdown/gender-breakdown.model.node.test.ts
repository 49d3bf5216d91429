import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feed, Program } from '../../../src/feed/types.js';
import {
  annexesInFeed,
  coverageRows,
  feedAnnexView,
  populationGroups,
  programAnnexView,
  servedSplit,
} from '../../../src/components/gender-breakdown/gender-breakdown.model.js';

const MOMENTS = ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'];
const feedOf = (programs: Program[]): Feed => ({
  version: 1,
  publisher: { name: 'Test', jurisdiction: 'MX' },
  cycle: 2021,
  currency: 'MXN',
  sources: [],
  moments: MOMENTS,
  programs,
});

const P = (key: string, amounts: Program['amounts'], extra: Partial<Program> = {}): Program => ({
  key,
  name: `Programa ${key}`,
  amounts,
  ...extra,
});

test('program mode: same moment, share, categories, rationale', async (t) => {
  const cases: {
    name: string;
    program: Program;
    annex: string;
    moment?: string;
    same: boolean;
    tagged?: number;
    total?: number;
    share?: number;
    categories: [string | undefined, number][];
  }[] = [
    {
      name: 'latest moment both report (annex approved only)',
      program: P(
        '20-S174',
        { approved: 4_000, modified: 3_900.5, exercised: 3_800 },
        {
          crossCutting: [
            { annex: 'gender', category: 'Igualdad', amounts: { approved: 1_000.1 }, rationale: 'Madres trabajadoras' },
            { annex: 'gender', category: 'Violencia', amounts: { approved: 999.9 } },
          ],
        },
      ),
      annex: 'gender',
      moment: 'approved',
      same: true,
      tagged: 2_000,
      total: 4_000,
      share: 0.5,
      categories: [
        ['Igualdad', 1_000.1],
        ['Violencia', 999.9],
      ],
    },
    {
      name: 'later moment wins when both report it',
      program: P('A', { approved: 100, exercised: 80 }, { crossCutting: [{ annex: 'gender', amounts: { approved: 50, exercised: 20 } }] }),
      annex: 'gender',
      moment: 'exercised',
      same: true,
      tagged: 20,
      total: 80,
      share: 0.25,
      categories: [[undefined, 20]],
    },
    {
      name: 'no common moment: tagged shown, total absent, no share',
      program: P('B', { exercised: 80 }, { crossCutting: [{ annex: 'gender', amounts: { approved: 50 } }] }),
      annex: 'gender',
      moment: 'approved',
      same: false,
      tagged: 50,
      categories: [[undefined, 50]],
    },
    {
      name: 'annex filter: indigenous entries only',
      program: P(
        'C',
        { approved: 1000 },
        {
          crossCutting: [
            { annex: 'gender', amounts: { approved: 300 } },
            { annex: 'indigenous', category: 'Salud', amounts: { approved: 100 } },
          ],
        },
      ),
      annex: 'indigenous',
      moment: 'approved',
      same: true,
      tagged: 100,
      total: 1000,
      share: 0.1,
      categories: [['Salud', 100]],
    },
    {
      name: 'untagged program',
      program: P('D', { approved: 1000 }),
      annex: 'gender',
      same: false,
      categories: [],
    },
  ];
  for (const c of cases) {
    await t.test(c.name, () => {
      const v = programAnnexView(feedOf([c.program]), c.program, c.annex);
      assert.equal(v.tagged, c.tagged !== undefined);
      assert.equal(v.moment, c.moment);
      assert.equal(v.sameMoment, c.same);
      assert.equal(v.taggedAmount?.amount, c.tagged);
      assert.equal(v.total?.amount, c.total);
      assert.equal(v.share, c.share);
      assert.deepEqual(
        v.categories.map((r) => [r.category, r.amount]),
        c.categories,
      );
    });
  }
});

test('program mode: cents are exact over float noise', () => {
  const p = P(
    'E',
    { approved: 0.3 },
    {
      crossCutting: [
        { annex: 'gender', amounts: { approved: 0.1 } },
        { annex: 'gender', amounts: { approved: 0.2 } },
      ],
    },
  );
  const v = programAnnexView(feedOf([p]), p, 'gender');
  assert.equal(v.taggedAmount?.cents, 30);
  assert.equal(v.share, 1);
  assert.equal(v.problems.length, 0);
});

test('program mode: tagged above total is flagged, not fixed', () => {
  const p = P('F', { approved: 100 }, { crossCutting: [{ annex: 'gender', amounts: { approved: 150 } }] });
  const v = programAnnexView(feedOf([p]), p, 'gender');
  assert.equal(v.share, 1.5);
  assert.deepEqual(
    v.problems.map((x) => x.kind),
    ['tagged-exceeds-total'],
  );
});

test('program mode: rationale deduplicated, other annexes listed', () => {
  const p = P(
    'G',
    { approved: 100 },
    {
      crossCutting: [
        { annex: 'gender', amounts: { approved: 1 }, rationale: ' Cuidado infantil ' },
        { annex: 'gender', amounts: { approved: 1 }, rationale: 'Cuidado infantil' },
        { annex: 'youth', amounts: { approved: 1 } },
      ],
    },
  );
  const v = programAnnexView(feedOf([p]), p, 'gender');
  assert.deepEqual(v.rationales, ['Cuidado infantil']);
  assert.deepEqual(v.otherAnnexes, ['youth']);
});

test('populations: reported sexes only, shared scale, missing listed', () => {
  const groups = populationGroups({
    population: {
      potential: { women: 3_055_751, unit: 'Personas' },
      target: { women: 779_857 },
      served: { women: 300_433, men: 10_535 },
    },
  });
  assert.deepEqual(
    groups.map((g) => [g.kind, g.bars.map((b) => [b.sex, b.value]), g.missing]),
    [
      ['potential', [['women', 3_055_751]], ['men', 'unspecified']],
      ['target', [['women', 779_857]], ['men', 'unspecified']],
      [
        'served',
        [
          ['women', 300_433],
          ['men', 10_535],
        ],
        ['unspecified'],
      ],
    ],
  );
  assert.equal(groups[0]!.bars[0]!.scale, 1);
  assert.equal(groups[2]!.bars[1]!.scale, 10_535 / 3_055_751);
  assert.equal(groups[0]!.unit, 'Personas');
});

test('populations: none, or groups with nothing reported, give no groups', () => {
  assert.deepEqual(populationGroups({}), []);
  assert.deepEqual(populationGroups({ population: { served: {} } }), []);
});

test('coverage: served/target by sex; ratio only when both reported', () => {
  const rows = coverageRows({ population: { target: { women: 779_857 }, served: { women: 300_433, men: 10_535 } } });
  assert.deepEqual(rows, [
    { sex: 'women', served: 300_433, target: 779_857, ratio: 300_433 / 779_857 },
    { sex: 'men', served: 10_535 },
  ]);
  assert.deepEqual(coverageRows({ population: { target: { women: 0 }, served: { women: 5 } } }), [{ sex: 'women', served: 5, target: 0 }]);
});

test('served split: women per 100 over reported sexes', async (t) => {
  const cases: [string, Program['population'], number | undefined][] = [
    ['S174', { served: { women: 300_433, men: 10_535 } }, 97],
    ['half', { served: { women: 5, men: 5 } }, 50],
    ['with unspecified', { served: { women: 1, men: 1, unspecified: 2 } }, 25],
    ['women only: no ratio', { served: { women: 10 } }, undefined],
    ['men only', { served: { men: 10, women: 0 } }, 0],
  ];
  for (const [name, population, per100] of cases) {
    await t.test(name, () => assert.equal(servedSplit({ population })?.womenPer100, per100));
  }
  assert.equal(servedSplit({}), undefined);
  assert.equal(servedSplit({ population: { served: {} } }), undefined);
});

test('whole-feed: total by category, top 10 + other, share of budget', () => {
  const programs: Program[] = Array.from({ length: 13 }, (_, i) =>
    P(
      `K${String(i).padStart(2, '0')}`,
      { approved: 1_000 },
      {
        crossCutting: [{ annex: 'gender', category: i % 2 ? 'Violencia' : 'Igualdad', amounts: { approved: (i + 1) * 10.01 } }],
      },
    ),
  );
  programs.push(P('X', { approved: 7_000 }));
  const v = feedAnnexView(feedOf(programs), 'gender');
  // sum of (i+1)*10.01 for i = 0..12 = 91 * 10.01 = 910.91
  assert.equal(v.total?.cents, 91_091);
  assert.equal(v.moment, 'approved');
  assert.equal(v.programCount, 13);
  assert.deepEqual(
    v.top.map((r) => r.key),
    ['K12', 'K11', 'K10', 'K09', 'K08', 'K07', 'K06', 'K05', 'K04', 'K03'],
  );
  assert.equal(v.other?.count, 3);
  assert.equal(v.other?.cents, 1001 + 2002 + 3003);
  const topSum = v.top.reduce((s, r) => s + r.cents, 0);
  assert.equal(topSum + v.other!.cents, v.total!.cents);
  assert.equal(v.budget?.cents, 2_000_000);
  assert.equal(v.shareOfBudget, 91_091 / 2_000_000);
  // categories: even i → Igualdad: 1,3,5,...,13 × 10.01 = 49 × 10.01; odd → 42 × 10.01
  assert.deepEqual(
    v.categories.map((c) => [c.category, c.cents]),
    [
      ['Igualdad', 49_049],
      ['Violencia', 42_042],
    ],
  );
  assert.equal(v.categories[0]!.share, 49_049 / 91_091);
});

test('whole-feed: fewer than 10 programs gives no "other"; empty annex gives no total', () => {
  const programs = [P('A', { approved: 10 }, { crossCutting: [{ annex: 'indigenous', amounts: { approved: 1 } }] })];
  const v = feedAnnexView(feedOf(programs), 'indigenous');
  assert.equal(v.other, undefined);
  assert.equal(v.total?.amount, 1);
  const none = feedAnnexView(feedOf(programs), 'gender');
  assert.equal(none.programCount, 0);
  assert.equal(none.total, undefined);
  assert.equal(none.shareOfBudget, undefined);
  assert.deepEqual(none.top, []);
  assert.deepEqual(none.annexes, ['indigenous']);
});

test('whole-feed: entries lacking the moment are counted and flagged', () => {
  const programs = [
    P('A', { approved: 10 }, { crossCutting: [{ annex: 'gender', amounts: { approved: 1, modified: 1 } }] }),
    P('B', { approved: 10 }, { crossCutting: [{ annex: 'gender', amounts: { modified: 2 } }] }),
    P('C', { approved: 10 }, { crossCutting: [{ annex: 'gender', amounts: { approved: 4 } }] }),
  ];
  const v = feedAnnexView(feedOf(programs), 'gender');
  assert.equal(v.moment, 'approved');
  assert.equal(v.entriesWithoutMoment, 1);
  assert.equal(v.total?.amount, 5);
  assert.deepEqual(
    v.problems.map((p) => p.kind),
    ['annex-moment-missing'],
  );
});

test('annexesInFeed lists gender first', () => {
  const programs = [
    P('A', {}, { crossCutting: [{ annex: 'youth', amounts: {} }] }),
    P(
      'B',
      {},
      {
        crossCutting: [
          { annex: 'gender', amounts: {} },
          { annex: 'indigenous', amounts: {} },
        ],
      },
    ),
  ];
  assert.deepEqual(annexesInFeed(feedOf(programs)), ['gender', 'youth', 'indigenous']);
});

test('calendar: periods summed across entries at the moment, sorted; partial flagged', async (t) => {
  const { calendarOf } = await import('../../../src/components/gender-breakdown/gender-breakdown.model.js');
  const e = (approved: number, periods?: [string, number][]) => ({
    annex: 'gender',
    amounts: { approved },
    ...(periods ? { periods: periods.map(([period, v]) => ({ period, amounts: { approved: v } })) } : {}),
  });
  const cases: [string, ReturnType<typeof e>[], [string, number][], boolean][] = [
    [
      'two entries',
      [
        e(3, [
          ['2021-02', 1],
          ['2021-01', 2],
        ]),
        e(0.3, [
          ['2021-01', 0.1],
          ['2021-02', 0.2],
        ]),
      ],
      [
        ['2021-01', 210],
        ['2021-02', 120],
      ],
      false,
    ],
    ['one entry without calendar', [e(3, [['2021-01', 3]]), e(5)], [['2021-01', 300]], true],
    ['no calendar at all', [e(5)], [], false],
  ];
  for (const [name, entries, rows, partial] of cases) {
    await t.test(name, () => {
      const r = calendarOf(entries, 'approved');
      assert.deepEqual(
        r.calendar.map((c) => [c.period, c.cents]),
        rows,
      );
      assert.equal(r.calendarPartial, partial);
    });
  }
  assert.deepEqual(calendarOf([e(1, [['2021-01', 1]])], undefined), { calendar: [], calendarPartial: false });
  const p = P(
    'A',
    { approved: 10 },
    {
      crossCutting: [
        e(3, [
          ['2021-01', 1],
          ['2021-03', 2],
        ]),
      ],
    },
  );
  assert.deepEqual(
    programAnnexView(feedOf([p]), p, 'gender').calendar.map((c) => c.amount),
    [1, 2],
  );
  assert.deepEqual(
    feedAnnexView(feedOf([p]), 'gender').calendar.map((c) => c.period),
    ['2021-01', '2021-03'],
  );
});

test('annex of another year than the feed: no total, no share, flagged (program and whole feed)', () => {
  const entry = { annex: 'gender', amounts: { approved: 50 }, periods: [{ period: '2021-01', amounts: { approved: 50 } }] };
  const p = P('A', { approved: 100 }, { crossCutting: [entry] });
  const feed2023 = { ...feedOf([p]), cycle: 2023 };
  const v = programAnnexView(feed2023, p, 'gender');
  assert.equal(v.annexYear, 2021);
  assert.equal(v.taggedAmount?.amount, 50);
  assert.equal(v.moment, 'approved');
  assert.equal(v.sameMoment, false);
  assert.equal(v.total, undefined);
  assert.equal(v.share, undefined);
  assert.deepEqual(
    v.problems.map((x) => x.kind),
    ['cycle-mismatch'],
  );
  const f = feedAnnexView(feed2023, 'gender');
  assert.equal(f.annexYear, 2021);
  assert.equal(f.total?.amount, 50);
  assert.equal(f.budget, undefined);
  assert.equal(f.shareOfBudget, undefined);
  assert.ok(f.problems.some((x) => x.kind === 'cycle-mismatch'));
  // Same year, or no calendar to tell: compared as usual.
  assert.equal(programAnnexView(feedOf([p]), p, 'gender').share, 0.5);
  const q = P('B', { approved: 100 }, { crossCutting: [{ annex: 'gender', amounts: { approved: 50 } }] });
  assert.equal(programAnnexView({ ...feedOf([q]), cycle: 2023 }, q, 'gender').share, 0.5);
});
