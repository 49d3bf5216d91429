import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  childRows,
  hasStatement,
  statementFlowView,
  statementKinds,
  cumulativeSeries,
  feedFlowView,
  flowAnomalies,
  flowChange,
  flowSteps,
  ladderMoments,
  largestRemainder,
  nowSplit,
  periodEnd,
  programFlowView,
  breakdownGroup,
} from '../../../src/components/spending-flow/spending-flow.model.js';
import type { Amounts, Feed, Program } from '../../../src/feed/types.js';

const SIX = ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'];
const SEVEN = ['approved', 'modified', 'ministered', 'committed', 'accrued', 'exercised', 'paid'];

test('flowSteps: one step per feed moment, in feed order, ministered where the feed puts it', () => {
  const steps = flowSteps({ paid: 5, approved: 10, ministered: 7 }, SEVEN);
  assert.deepEqual(
    steps.map((s) => s.moment),
    SEVEN,
  );
  assert.equal(steps[2]!.amount, 7);
});

test('ladderMoments: the feed order first, missing LGCG moments inserted in place', () => {
  const cases: [string[] | undefined, string[]][] = [
    [SEVEN, SEVEN],
    [['approved', 'modified', 'accrued', 'exercised'], SIX],
    [['approved'], SIX],
    [undefined, SIX],
    [
      ['approved', 'modified', 'ministered', 'paid'],
      ['approved', 'modified', 'committed', 'accrued', 'exercised', 'ministered', 'paid'],
    ],
    [
      ['paid', 'approved'],
      ['paid', 'approved', 'modified', 'committed', 'accrued', 'exercised'],
    ],
    [['approved', 'approved'], SIX],
  ];
  for (const [input, want] of cases) assert.deepEqual(ladderMoments(input), want, String(input));
});

test('flowSteps: shares of modified, else approved; a missing moment has no amount and no share', () => {
  const cases: { name: string; amounts: Amounts; moments: string[]; shares: (number | undefined)[]; base?: string }[] = [
    {
      name: 'modified is the base',
      amounts: { approved: 80, modified: 100, paid: 25 },
      moments: ['approved', 'modified', 'paid'],
      shares: [0.8, 1, 0.25],
      base: 'modified',
    },
    {
      name: 'approved when modified is absent',
      amounts: { approved: 200, accrued: 50 },
      moments: SIX,
      shares: [1, undefined, undefined, 0.25, undefined, undefined],
      base: 'approved',
    },
    { name: 'no base: no shares', amounts: { paid: 3 }, moments: ['approved', 'paid'], shares: [undefined, undefined] },
    {
      name: 'zero base: no shares (no division by zero)',
      amounts: { modified: 0, paid: 0 },
      moments: ['modified', 'paid'],
      shares: [undefined, undefined],
      base: 'modified',
    },
    // Shares are computed from cents: 0.1 + 0.2 style float noise does not leak in.
    { name: 'cents', amounts: { modified: 0.3, paid: 0.1 }, moments: ['modified', 'paid'], shares: [1, 1 / 3], base: 'modified' },
  ];
  for (const c of cases) {
    const steps = flowSteps(c.amounts, c.moments);
    assert.deepEqual(
      steps.map((s) => s.share),
      c.shares,
      c.name,
    );
    assert.deepEqual(
      steps.filter((s) => s.isBase).map((s) => s.moment),
      c.base ? [c.base] : [],
      c.name,
    );
    for (const s of steps) {
      if (c.amounts[s.moment] === undefined) assert.equal(s.amount, undefined, `${c.name}: ${s.moment} stays absent, never 0`);
    }
  }
});

test('flowChange: approved → modified', () => {
  const cases: [Amounts, string | undefined, number | undefined, number | undefined][] = [
    [{ approved: 1000, modified: 1043 }, 'increased', 0.043, 43],
    [{ approved: 100, modified: 88 }, 'decreased', -0.12, -12],
    [{ approved: 5, modified: 5 }, 'unchanged', 0, 0],
    [{ approved: 0.1, modified: 0.3 }, 'increased', 2, 0.2],
    [{ approved: 5 }, undefined, undefined, undefined],
    [{ modified: 5 }, undefined, undefined, undefined],
    [{ approved: 0, modified: 5 }, undefined, undefined, undefined],
  ];
  for (const [amounts, direction, ratio, difference] of cases) {
    const c = flowChange(amounts);
    assert.equal(c?.direction, direction, JSON.stringify(amounts));
    if (ratio === undefined) continue;
    assert.ok(Math.abs(c!.ratio - ratio) < 1e-12, JSON.stringify(amounts));
    assert.equal(c!.difference, difference);
  }
});

test('largestRemainder: adds up to 100, table', () => {
  const cases: [number[], number[]][] = [
    [
      [62, 9, 0, 29],
      [62, 9, 0, 29],
    ],
    [
      [1, 1, 1],
      [34, 33, 33],
    ],
    [
      [0, 5],
      [0, 100],
    ],
    [
      [8810951446, 0, 43562479354, 0],
      [17, 0, 83, 0],
    ],
    [
      [1, 999_999],
      [0, 100],
    ],
    [
      [125, 125, 125, 625],
      [13, 13, 12, 62],
    ], // four ties of .5: the earlier parts win,
  ];
  for (const [parts, want] of cases) assert.deepEqual(largestRemainder(parts), want, parts.join(','));
  assert.throws(() => largestRemainder([0, 0]), RangeError);
});

test('largestRemainder: property, any parts sum to 100 and each is its floor or floor + 1', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 50 }), { minLength: 1, maxLength: 8 }), (parts) => {
      fc.pre(parts.some((p) => p > 0));
      const out = largestRemainder(parts);
      const whole = parts.reduce((s, p) => s + BigInt(p), 0n);
      assert.equal(
        out.reduce((s, v) => s + v, 0),
        100,
      );
      parts.forEach((p, i) => {
        const floor = Number((BigInt(p) * 100n) / whole);
        assert.ok(out[i] === floor || out[i] === floor + 1);
      });
    }),
  );
});

test('nowSplit: the four parts, and what happens when moments are missing', () => {
  type Row = {
    name: string;
    amounts: Amounts;
    status: string;
    parts?: [string | undefined, string | undefined, number, number][];
    missing?: string[];
  };
  const rows: Row[] = [
    {
      name: 'all moments (the example sentence)',
      amounts: { approved: 900, modified: 1000, committed: 710, accrued: 710, exercised: 650, paid: 620 },
      status: 'ok',
      parts: [
        ['paid', undefined, 620, 62],
        ['accrued', 'paid', 90, 9],
        ['committed', 'accrued', 0, 0],
        [undefined, 'committed', 290, 29],
      ],
      missing: [],
    },
    {
      name: 'Puebla I016 (README figures + CSV row)',
      amounts: {
        approved: 523734308,
        modified: 523734308,
        ministered: 130985951,
        committed: 523734308,
        accrued: 88109514.46,
        exercised: 88109514.46,
        paid: 88109514.46,
      },
      status: 'ok',
      parts: [
        ['paid', undefined, 88109514.46, 17],
        ['accrued', 'paid', 0, 0],
        ['committed', 'accrued', 435624793.54, 83],
        [undefined, 'committed', 0, 0],
      ],
      missing: [],
    },
    {
      name: 'Cuenta Pública: no committed, no paid → the cut is at accrued only',
      amounts: { approved: 339341355804, modified: 330613247068.45, accrued: 330613215950.29, exercised: 330613215950.29 },
      status: 'ok',
      parts: [
        ['accrued', undefined, 330613215950.29, 100],
        [undefined, 'accrued', 31118.16, 0],
      ],
      missing: ['paid', 'committed'],
    },
    {
      name: 'no paid: accrued is the top part (it holds paid and unpaid money)',
      amounts: { modified: 100, committed: 60, accrued: 40 },
      status: 'ok',
      parts: [
        ['accrued', undefined, 40, 40],
        ['committed', 'accrued', 20, 20],
        [undefined, 'committed', 40, 40],
      ],
      missing: ['paid'],
    },
    { name: 'approved only (PEF)', amounts: { approved: 100 }, status: 'no-moments', missing: ['paid', 'accrued', 'committed'] },
    { name: 'no base', amounts: { paid: 100 }, status: 'no-base' },
    { name: 'zero base', amounts: { modified: 0, paid: 0 }, status: 'zero-base' },
    {
      name: 'paid > accrued breaks the split',
      amounts: { modified: 100, committed: 50, accrued: 30, paid: 40 },
      status: 'order',
      missing: [],
    },
    {
      name: 'committed > modified breaks the split',
      amounts: { modified: 100, committed: 120, accrued: 30, paid: 20 },
      status: 'order',
      missing: [],
    },
  ];
  for (const r of rows) {
    const s = nowSplit(r.amounts);
    assert.equal(s.status, r.status, r.name);
    if ('missing' in s) assert.deepEqual(s.missing, r.missing, r.name);
    if (s.status === 'ok') {
      assert.deepEqual(
        s.parts.map((p) => [p.reached, p.notReached, p.amount, p.of100]),
        r.parts,
        r.name,
      );
      assert.equal(
        s.parts.reduce((t, p) => t + p.of100, 0),
        100,
        r.name,
      );
    }
  }
});

test('flowAnomalies: every order break with its excess; data are not changed', () => {
  const amounts: Amounts = { modified: 100, committed: 90, accrued: 95, exercised: 95, paid: 120.5 };
  const copy = structuredClone(amounts);
  const a = flowAnomalies(amounts);
  assert.deepEqual(
    a.map((b) => [b.earlier, b.later, b.earlierAmount, b.laterAmount, b.excess]),
    [
      ['committed', 'accrued', 90, 95, 5],
      ['exercised', 'paid', 95, 120.5, 25.5],
    ],
  );
  assert.deepEqual(amounts, copy);
  assert.deepEqual(flowAnomalies({ modified: 100, paid: 120 }), [], 'missing sides are not compared');
});

test('periodEnd: quarters and months', () => {
  const cases: [string, string | undefined][] = [
    ['2024-Q1', '2024-03-31'],
    ['2024-Q2', '2024-06-30'],
    ['2024-Q4', '2024-12-31'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2024-13', undefined],
    ['Q1', undefined],
  ];
  for (const [p, want] of cases) assert.equal(periodEnd(p), want, p);
});

test('cumulativeSeries: running sums in cents, sorted periods, a missing period ends the line', () => {
  const s = cumulativeSeries(
    [
      { period: '2024-Q2', amounts: { approved: 0, paid: 0.2 } },
      { period: '2024-Q1', amounts: { approved: 100, paid: 0.1 } },
      { period: '2024-Q3', amounts: { approved: 0 } },
      { period: '2024-Q4', amounts: { approved: 0, paid: 5 } },
    ],
    SIX,
  )!;
  assert.deepEqual(s.periods, ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
  assert.deepEqual(s.moments, ['approved', 'paid']);
  assert.deepEqual(
    s.points.filter((p) => p.moment === 'paid').map((p) => [p.date, p.value]),
    [
      ['2024-03-31', 0.1],
      ['2024-06-30', 0.3],
    ],
  );
  assert.deepEqual(s.gaps, [{ moment: 'paid', period: '2024-Q3' }]);
  const cum = cumulativeSeries(
    [
      { period: '2024-01', amounts: { paid: 10 }, cumulative: true },
      { period: '2024-02', amounts: { paid: 25 }, cumulative: true },
    ],
    SIX,
  )!;
  assert.deepEqual(
    cum.points.map((p) => p.value),
    [10, 25],
  );
  assert.equal(cumulativeSeries(undefined, SIX), undefined);
  assert.equal(cumulativeSeries([{ period: 'whenever', amounts: { paid: 1 } }], SIX), undefined);
});

test('breakdownGroup: sorted by the base moment, top 10 + other summed in cents; partial sums are not given', () => {
  const items = Array.from({ length: 14 }, (_, i) => ({
    id: `r${i}`,
    name: `Row ${i}`,
    amounts: { modified: (i + 1) * 1.1, paid: i === 2 ? undefined : 0.1 } as Amounts,
  }));
  items.push({ id: 'x', name: 'No modified', amounts: { approved: 1e9 } });
  const g = breakdownGroup('chapter', items, SIX);
  assert.equal(g.sortMoment, 'modified');
  assert.equal(g.rows.length, 15, 'the table keeps every row');
  assert.deepEqual(
    g.top.map((r) => r.id),
    ['r13', 'r12', 'r11', 'r10', 'r9', 'r8', 'r7', 'r6', 'r5', 'r4'],
  );
  assert.equal(g.rows.at(-1)!.id, 'x', 'rows without the sort moment go last');
  assert.equal(g.other!.count, 5);
  // r3 4.4 + r2 3.3 + r1 2.2 + r0 1.1 (x has no modified → partial)
  assert.equal(g.other!.amounts.modified, undefined);
  assert.deepEqual(g.other!.partial.sort(), ['approved', 'modified', 'paid']);

  const g2 = breakdownGroup('unit', items.slice(0, 13), SIX);
  assert.equal(g2.other!.count, 3);
  assert.equal(g2.other!.amounts.modified, 6.6); // 3.3 + 2.2 + 1.1 in cents, not 6.6000000000000005
  assert.equal(g2.other!.amounts.paid, undefined, 'r2 does not report paid');
  assert.deepEqual(g2.other!.partial, ['paid']);

  const eleven = breakdownGroup('item', items.slice(0, 11), SIX);
  assert.equal(eleven.top.length, 11, 'one leftover row is shown, not folded');
  assert.equal(eleven.other, undefined);
});

test('breakdownGroup: two or more rows whose amounts are all 0 are folded into one line; the table keeps them; not reported is not 0', () => {
  const items = [
    { id: 'a', name: 'A', amounts: { modified: 5, exercised: 4 } as Amounts },
    { id: 'z1', name: 'Z1', amounts: { modified: 0, exercised: 0 } as Amounts },
    { id: 'z2', name: 'Z2', amounts: { modified: 0 } as Amounts },
    { id: 'z3', name: 'Z3', amounts: { modified: 0.001, exercised: 0 } as Amounts },
    { id: 'n', name: 'Nothing reported', amounts: {} as Amounts },
    { id: 'b', name: 'B', amounts: { modified: 0, exercised: 2 } as Amounts },
  ];
  const g = breakdownGroup('economic', items, SIX);
  assert.equal(g.rows.length, 6, 'the table keeps every row');
  assert.deepEqual(g.zero, { count: 3 }, 'z1, z2 and z3 (0.001 is 0 to the cent); b has money, n reports nothing');
  assert.deepEqual(
    g.top.map((r) => r.id),
    ['a', 'b', 'n'],
  );
  assert.equal(g.other, undefined);
  // One zero row alone keeps its name.
  const one = breakdownGroup(
    'economic',
    items.filter((r) => r.id !== 'z2' && r.id !== 'z3'),
    SIX,
  );
  assert.equal(one.zero, undefined);
  assert.deepEqual(
    one.top.map((r) => r.id),
    ['a', 'b', 'z1', 'n'],
  );
});

const feed = (programs: Program[], moments = SIX): Feed => ({
  version: 1,
  publisher: { name: 'Gobierno de prueba', jurisdiction: 'MX-ROO' },
  cycle: 2024,
  currency: 'MXN',
  asOf: '2024-09-30',
  sources: [],
  moments,
  programs,
});

test('programFlowView: puts the pieces together', () => {
  const p: Program = {
    key: 'E001',
    name: 'Programa',
    amounts: { approved: 100, modified: 110, committed: 90, accrued: 80, exercised: 85, paid: 70 },
    breakdown: [
      { by: 'unit', id: 'u1', name: 'Unidad', amounts: { modified: 110 } },
      { by: 'chapter', id: '1000', name: 'Servicios personales', amounts: { modified: 60 } },
      { by: 'chapter', id: '3000', name: 'Servicios generales', amounts: { modified: 50 } },
    ],
    periods: [{ period: '2024-Q1', amounts: { paid: 70 } }],
  };
  const v = programFlowView(feed([p]), p);
  assert.equal(v.mode, 'program');
  assert.equal(v.base, 'modified');
  assert.equal(v.change!.direction, 'increased');
  assert.deepEqual(
    v.anomalies.map((a) => a.later),
    ['exercised'],
  );
  assert.deepEqual(
    v.breakdowns.map((b) => b.by),
    ['chapter', 'unit'],
  );
  assert.deepEqual(
    v.breakdowns[0]!.rows.map((r) => r.id),
    ['1000', '3000'],
  );
  assert.equal(v.periods!.points.length, 1);
  assert.equal(v.now.status, 'ok');
});

test('feedFlowView: totals over the programs that report each moment; shares, change and split like for like', () => {
  const programs: Program[] = [
    { key: 'A', name: 'A', amounts: { approved: 0.1, modified: 0.2, committed: 0.2, accrued: 0.15, exercised: 0.2, paid: 0.1 } },
    { key: 'B', name: 'B', amounts: { approved: 0.2, modified: 0.4 } },
    { key: 'C', name: 'C', amounts: { approved: 0.5 } },
  ];
  const v = feedFlowView(feed(programs));
  assert.equal(v.mode, 'feed');
  assert.equal(v.programCount, 3);
  assert.equal(v.base, 'modified');
  const step = (m: string) => v.steps.find((s) => s.moment === m)!;
  assert.equal(step('approved').amount, 0.8, 'summed in cents over A, B, C');
  assert.equal(step('modified').amount, 0.6);
  assert.ok(Math.abs(step('approved').share! - 0.5) < 1e-12, 'approved over modified only where both exist: (0.1+0.2)/(0.2+0.4)');
  assert.equal(step('paid').amount, 0.1, 'the total of the programs that report paid');
  assert.equal(step('paid').share, 0.5, 'paid over the modified of the same programs (A): 0.1/0.2, not 0.1/0.6');
  assert.equal(v.reporting!.paid, 1);
  assert.equal(
    v.steps.find((s) => s.moment === 'ministered'),
    undefined,
    'not in this feed, not a standard moment',
  );
  // Split over A only (the one program reporting modified, committed, accrued and paid).
  assert.equal(v.splitScope, 1);
  assert.equal(v.now.status, 'ok');
  if (v.now.status === 'ok')
    assert.deepEqual(
      v.now.parts.map((p) => p.of100),
      [50, 25, 25, 0],
    );
  // Change over A and B (both report approved and modified): 0.3 → 0.6.
  assert.equal(v.changeScope, 2);
  assert.equal(v.change!.direction, 'increased');
  assert.equal(v.change!.ratio, 1);
  // Order breaks are listed per program (A: exercised > accrued), never computed on sums.
  assert.deepEqual(v.anomalies, []);
  assert.deepEqual(v.programsWithBreaks, ['A']);
  assert.deepEqual(
    v.breakdowns[0]!.rows.map((r) => r.id),
    ['B', 'A', 'C'],
    'sorted by modified; C does not report it and goes last',
  );
  assert.equal(v.breakdowns[0]!.by, 'program');
});

// ---------------------------------------------------------------------------
// Statement mode: a feed with the publisher's own totals and breakdowns.

const statementFeed = {
  moments: ['approved', 'modified', 'accrued', 'paid'],
  currency: 'MXN',
  asOf: '2019-03-31',
  publisher: { name: 'Municipio de Prueba', jurisdiction: 'MX-MIC' },
  programs: [],
  totals: { approved: 300.1, modified: 310.2, accrued: 100.05, paid: 90 },
  breakdowns: [
    { by: 'chapter', id: '1000', name: 'Servicios personales', amounts: { approved: 200, modified: 205, accrued: 70, paid: 60 } },
    { by: 'chapter', id: '2000', name: 'Materiales', amounts: { approved: 100.1, modified: 105.2, accrued: 30.05, paid: 30 } },
    { by: 'concept', id: '1100', parent: '1000', name: 'Remuneraciones', amounts: { approved: 150, modified: 150 } },
    { by: 'concept', id: '1200', parent: '1000', name: 'Transitorias', amounts: { approved: 50, modified: 55 } },
    { by: 'item', id: '111', parent: '1100', name: 'Dietas', amounts: { approved: 150 } },
    { by: 'unit', id: '01', name: 'Presidencia', amounts: { approved: 300.1 } },
    { by: 'purpose', id: '1', name: 'Gobierno', amounts: { approved: 300.1 } },
    { by: 'program-group', id: '1', name: 'Subsidios', amounts: { approved: 300.1 } },
    { by: 'function', id: '1.1', parent: '1', name: 'Legislación', amounts: { approved: 300.1 } },
    { by: 'modality', id: 'S', parent: '1', name: 'Reglas de operación', amounts: { approved: 300.1 } },
  ],
} as const;

test('statement: ladder from the published totals, never summed from rows', () => {
  const v = statementFlowView(statementFeed as never);
  assert.equal(v.mode, 'statement');
  const step = (m: string) => v.steps.find((s) => s.moment === m);
  assert.equal(step('approved')?.amount, 300.1);
  assert.equal(step('modified')?.amount, 310.2);
  assert.equal(step('committed')?.amount, undefined, 'not reported stays undefined, never 0');
  assert.equal(v.base, 'modified');
  assert.equal(v.name, 'Municipio de Prueba');
});

test('statement: default kind is chapter, top rows only; kinds listed with known kinds first', () => {
  const v = statementFlowView(statementFeed as never);
  assert.deepEqual(
    v.breakdowns[0]!.rows.map((r) => r.id),
    ['1000', '2000'],
  );
  assert.deepEqual(v.drillable, ['1000']);
  assert.equal(v.kinds![0], 'chapter');
  assert.deepEqual([...v.kinds!].sort(), ['chapter', 'concept', 'function', 'item', 'modality', 'program-group', 'purpose', 'unit'].sort());
});

const drills: [string, string | undefined, string[], string, string[]][] = [
  ['chapter → concepts', 'chapter', ['1000'], 'concept', ['1100', '1200']],
  ['chapter → concept → items', 'chapter', ['1000', '1100'], 'item', ['111']],
  ['a row without children ends the path', 'chapter', ['2000'], 'chapter', ['1000', '2000']],
  ['an unknown id ends the path', 'chapter', ['9999', '1100'], 'chapter', ['1000', '2000']],
  ['purpose → function (not program-group ids)', 'purpose', ['1'], 'function', ['1.1']],
  ['program-group → modality', 'program-group', ['1'], 'modality', ['S']],
  ['unknown kind falls back to chapter', 'nope', [], 'chapter', ['1000', '2000']],
  ['a child kind chosen on its own lists all its rows', 'concept', [], 'concept', ['1100', '1200']],
];
for (const [name, by, path, kind, ids] of drills) {
  test(`statement drill: ${name}`, () => {
    const v = statementFlowView(statementFeed as never, by, path);
    assert.equal(v.breakdowns[0]!.by, kind);
    assert.deepEqual(v.breakdowns[0]!.rows.map((r) => r.id).sort(), [...ids].sort());
  });
}

test("statement: the feed's programs are the last kind; they do not drill", () => {
  const feed = { ...statementFeed, programs: [{ key: 'E001', name: 'Uno', amounts: { approved: 5 } }] };
  const v = statementFlowView(feed as never, 'program');
  assert.equal(v.kinds!.at(-1), 'program');
  assert.deepEqual(
    v.breakdowns[0]!.rows.map((r) => r.id),
    ['E001'],
  );
  assert.deepEqual(v.drillable, []);
  assert.equal(v.steps.find((s) => s.moment === 'approved')?.amount, 300.1, 'totals still as published');
});

test('statement: childRows and hasStatement', () => {
  assert.deepEqual(childRows(statementFeed.breakdowns as never, { by: 'chapter', id: '2000' }), []);
  assert.equal(hasStatement({}), false);
  assert.equal(hasStatement({ totals: {} }), true);
  assert.equal(hasStatement({ breakdowns: [] }), false);
  assert.deepEqual(statementKinds([]), []);
});

test('statement: a feed with breakdowns but no totals sums nothing from rows (programs only)', () => {
  const v = statementFlowView({ ...statementFeed, totals: undefined } as never);
  assert.ok(v.steps.every((s) => s.amount === undefined));
});
