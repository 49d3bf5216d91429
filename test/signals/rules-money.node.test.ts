import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Amounts, Feed, PeriodRow } from '../../src/feed/types.js';
import { feedOf, only } from './build.js';

const cents = (v: number) => Math.round(v * 100);

// ---- moment-order
const orderCases: [string, Amounts, [string, string, number][]][] = [
  ['in order', { modified: 10, committed: 9, accrued: 8, exercised: 8, paid: 7 }, []],
  ['paid above exercised, excess to the cent', { exercised: 100.1, paid: 100.3 }, [['exercised', 'paid', 20]]],
  ['exercised above accrued', { accrued: 5, exercised: 6 }, [['accrued', 'exercised', 100]]],
  [
    'two breaks, two signals',
    { modified: 1, committed: 2, exercised: 3, paid: 4 },
    [
      ['modified', 'committed', 100],
      ['exercised', 'paid', 100],
    ],
  ],
  ['absent side: never fires', { accrued: 5, paid: 600 }, []],
  ['nothing reported', {}, []],
  ['sub-cent float noise is not a break', { exercised: 0.1 + 0.2, paid: 0.3 }, []],
];
for (const [name, amounts, want] of orderCases) {
  test(`moment-order: ${name}`, () => {
    const got = only('moment-order', feedOf([{ amounts }]));
    assert.deepEqual(
      got.map((s) => [s.figures.earlier, s.figures.later, cents(s.figures.excess)]),
      want,
    );
    for (const s of got) {
      assert.equal(s.level, 'review');
      assert.deepEqual(s.fields, [`amounts.${s.figures.earlier}`, `amounts.${s.figures.later}`]);
    }
  });
}

// ---- modified-change
const changeCases: [string, Amounts, number | null, [number, number] | null][] = [
  ['+25 % fires', { approved: 1000, modified: 1250 }, 0.2, [25000, 0.25]],
  ['-50 % fires', { approved: 1000, modified: 500 }, 0.2, [-50000, -0.5]],
  ['exactly +20 % does not', { approved: 1000, modified: 1200 }, 0.2, null],
  ['+20.01 % fires', { approved: 1000, modified: 1200.1 }, 0.2, [20010, 0.2001]],
  ['threshold from config', { approved: 1000, modified: 1250 }, 0.3, null],
  ['money to the cent', { approved: 0.1, modified: 0.3 }, 0.2, [20, 2]],
  ['approved absent: never fires', { modified: 5000 }, 0.2, null],
  ['modified absent: never fires', { approved: 5000 }, 0.2, null],
  ['approved 0: no percentage, no signal', { approved: 0, modified: 10 }, 0.2, null],
  ['negative approved: no signal', { approved: -10, modified: 10 }, 0.2, null],
];
for (const [name, amounts, t, want] of changeCases) {
  test(`modified-change: ${name}`, () => {
    const got = only('modified-change', feedOf([{ amounts }]), { modifiedChange: t });
    if (!want) return assert.deepEqual(got, []);
    assert.equal(got.length, 1);
    const f = got[0]!.figures as { change: number; ratio: number; threshold: number };
    assert.equal(cents(f.change), want[0]);
    assert.ok(Math.abs(f.ratio - want[1]) < 1e-12);
    assert.equal(f.threshold, t);
    assert.equal(got[0]!.level, 'info');
  });
}

// ---- year-end-underspending
const underCases: [string, Amounts, Partial<Feed>, number | null][] = [
  ['15 % not accrued at Dec 31', { modified: 1000, accrued: 850 }, {}, 15000],
  ['exactly 10 % does not fire', { modified: 1000, accrued: 900 }, {}, null],
  ['10 % and a cent fires', { modified: 1000, accrued: 899.99 }, {}, 10001],
  ['cut-off in September: never fires', { modified: 1000, accrued: 100 }, { asOf: '2023-09-30' }, null],
  ['no cut-off date: never fires', { modified: 1000, accrued: 100 }, { asOf: undefined }, null],
  ['December of another year: never fires', { modified: 1000, accrued: 100 }, { asOf: '2024-12-31' }, null],
  ['December 15 counts as a December cut-off', { modified: 1000, accrued: 100 }, { asOf: '2023-12-15' }, 90000],
  ['accrued not reported is not zero', { modified: 1000, exercised: 10 }, {}, null],
  ['modified not reported', { approved: 1000, accrued: 10 }, {}, null],
  ['modified 0', { modified: 0, accrued: 0 }, {}, null],
  ['amounts exact in cents', { modified: 330613247068.45, accrued: 200000000000.01 }, {}, 13061324706844],
];
for (const [name, amounts, header, want] of underCases) {
  test(`year-end-underspending: ${name}`, () => {
    const feed = feedOf([{ amounts }], header);
    if ('asOf' in header && header.asOf === undefined) delete feed.asOf;
    const got = only('year-end-underspending', feed);
    if (want === null) return assert.deepEqual(got, []);
    assert.equal(got.length, 1);
    const f = got[0]!.figures as { unaccrued: number; asOf: string };
    assert.equal(cents(f.unaccrued), want);
    assert.equal(f.asOf, feed.asOf);
    assert.deepEqual(got[0]!.fields, ['feed.asOf', 'amounts.modified', 'amounts.accrued']);
  });
}

// ---- year-end-bunching
const months = (paid: (number | undefined)[], year = 2023): PeriodRow[] =>
  paid.flatMap((v, i) => (v === undefined ? [] : [{ period: `${year}-${String(i + 1).padStart(2, '0')}`, amounts: { paid: v } }]));
const flat = (dec: number) => [...Array(11).fill(10), dec];
const bunchCases: [string, PeriodRow[], number | null][] = [
  ['December 60 of 170 (35 %) fires', months(flat(60)), 6000],
  ['December 10 of 120 does not', months(flat(10)), null],
  ['a month not reported: never fires', months([10, 10, undefined, 10, 10, 10, 10, 10, 10, 10, 10, 100]), null],
  ['December not reported: never fires', months([...Array(11).fill(10), undefined]), null],
  [
    'quarters only: never fires',
    [
      { period: '2023-Q1', amounts: { paid: 1 } },
      { period: '2023-Q4', amounts: { paid: 100 } },
    ],
    null,
  ],
  ['another year: never fires', months(flat(60), 2022), null],
  [
    'cumulative rows: November and December',
    [
      { period: '2023-11', amounts: { paid: 100 }, cumulative: true },
      { period: '2023-12', amounts: { paid: 200 }, cumulative: true },
    ],
    10000,
  ],
  ['no payments in the year', months(Array(12).fill(0)), null],
  ['paid absent, only approved calendar', months(flat(60)).map((r) => ({ ...r, amounts: { approved: r.amounts.paid! } })), null],
  ['the same month twice', [...months(flat(60)), { period: '2023-12', amounts: { paid: 1 } }], null],
];
for (const [name, periods, want] of bunchCases) {
  test(`year-end-bunching: ${name}`, () => {
    const got = only('year-end-bunching', feedOf([{ amounts: { paid: 1 }, periods }]));
    if (want === null) return assert.deepEqual(got, []);
    assert.equal(got.length, 1);
    assert.equal(cents((got[0]!.figures as { lastMonthPaid: number }).lastMonthPaid), want);
  });
}

test('year-end-bunching: threshold from config', () => {
  const feed = feedOf([{ amounts: {}, periods: months(flat(60)) }]);
  assert.equal(only('year-end-bunching', feed, { yearEndBunching: 0.4 }).length, 0);
  const [s] = only('year-end-bunching', feed, { yearEndBunching: 0.25 });
  assert.deepEqual(s!.figures, { year: 2023, lastMonth: '2023-12', lastMonthPaid: 60, yearPaid: 170, share: 60 / 170, threshold: 0.25 });
});
