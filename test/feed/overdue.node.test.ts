import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overdueNotice, promisedUpdate, nextPeriodEnd, isoDay, dayToIso, periodMonths } from '../../src/feed/overdue.js';
import type { Feed } from '../../src/feed/types.js';

type F = Pick<Feed, 'asOf' | 'schedule'>;

const cases: { name: string; feed: F; today: string; due: string | null; basis?: 'next-due' | 'period' }[] = [
  {
    name: 'quarterly + 30 days, asOf end of Q2: due Oct 30, one day later it is overdue',
    feed: { asOf: '2024-06-30', schedule: { frequency: 'quarterly', lagDays: 30 } },
    today: '2024-10-31',
    due: '2024-10-30',
    basis: 'period',
  },
  {
    name: 'on the due date itself: not overdue yet',
    feed: { asOf: '2024-06-30', schedule: { frequency: 'quarterly', lagDays: 30 } },
    today: '2024-10-30',
    due: null,
  },
  {
    name: 'asOf in the middle of a quarter: that quarter is the next one',
    feed: { asOf: '2024-08-15', schedule: { frequency: 'quarterly', lagDays: 30 } },
    today: '2024-11-01',
    due: '2024-10-30',
    basis: 'period',
  },
  {
    name: 'asOf at year end, quarterly: next quarter ends Mar 31',
    feed: { asOf: '2024-12-31', schedule: { frequency: 'quarterly', lagDays: 30 } },
    today: '2025-05-01',
    due: '2025-04-30',
    basis: 'period',
  },
  {
    name: 'monthly without lag: end of next month',
    feed: { asOf: '2024-01-31', schedule: { frequency: 'monthly' } },
    today: '2024-03-01',
    due: '2024-02-29',
    basis: 'period',
  },
  {
    name: 'yearly in Spanish ("anual"), lag 120 days',
    feed: { asOf: '2023-12-31', schedule: { frequency: 'anual', lagDays: 120 } },
    today: '2025-06-01',
    due: '2025-04-30',
    basis: 'period',
  },
  {
    name: 'semiannual, still within the promise',
    feed: { asOf: '2024-06-30', schedule: { frequency: 'semiannual', lagDays: 45 } },
    today: '2025-02-14',
    due: null,
  },
  {
    name: 'stated nextDue wins over the computed date',
    feed: { asOf: '2024-06-30', schedule: { frequency: 'quarterly', lagDays: 30, nextDue: '2024-11-15' } },
    today: '2024-11-01',
    due: null,
  },
  {
    name: 'stated nextDue passed',
    feed: { asOf: '2024-06-30', schedule: { frequency: 'quarterly', nextDue: '2024-11-15' } },
    today: '2024-11-16',
    due: '2024-11-15',
    basis: 'next-due',
  },
  {
    name: 'nextDue passed even without asOf',
    feed: { schedule: { frequency: 'irregular', nextDue: '2024-01-10' } },
    today: '2024-02-01',
    due: '2024-01-10',
    basis: 'next-due',
  },
  { name: 'no schedule: no notice', feed: { asOf: '2020-01-01' }, today: '2026-01-01', due: null },
  {
    name: 'unknown frequency without nextDue: no notice',
    feed: { asOf: '2020-01-01', schedule: { frequency: 'when possible' } },
    today: '2026-01-01',
    due: null,
  },
  {
    name: 'unreadable asOf: no notice',
    feed: { asOf: '30/06/2024', schedule: { frequency: 'quarterly' } },
    today: '2026-01-01',
    due: null,
  },
  {
    name: 'unreadable today: no notice',
    feed: { asOf: '2024-06-30', schedule: { frequency: 'quarterly' } },
    today: 'yesterday',
    due: null,
  },
  {
    name: 'negative lagDays ignored (treated as 0)',
    feed: { asOf: '2024-06-30', schedule: { frequency: 'quarterly', lagDays: -10 } },
    today: '2024-10-01',
    due: '2024-09-30',
    basis: 'period',
  },
];

for (const c of cases) {
  test(`overdueNotice: ${c.name}`, () => {
    const n = overdueNotice(c.feed, c.today);
    if (c.due === null) assert.equal(n, null);
    else assert.deepEqual(n, { due: c.due, basis: c.basis });
  });
}

test('promisedUpdate gives the date even when not yet overdue', () => {
  assert.deepEqual(promisedUpdate({ asOf: '2024-06-30', schedule: { frequency: 'quarterly', lagDays: 30 } }), {
    due: '2024-10-30',
    basis: 'period',
  });
  assert.equal(promisedUpdate({ asOf: '2024-06-30' }), undefined);
});

test('nextPeriodEnd: strictly after the day, aligned to January', () => {
  const d = (s: string) => isoDay(s)!;
  const table: [string, number, string][] = [
    ['2024-03-31', 3, '2024-06-30'],
    ['2024-03-30', 3, '2024-03-31'],
    ['2024-01-01', 12, '2024-12-31'],
    ['2024-12-31', 12, '2025-12-31'],
    ['2024-07-01', 6, '2024-12-31'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-11-30', 2, '2024-12-31'],
  ];
  for (const [from, months, want] of table) assert.equal(dayToIso(nextPeriodEnd(d(from), months)), want, `${from} +${months}`);
});

test('isoDay rejects impossible dates; periodMonths knows both languages', () => {
  assert.equal(isoDay('2024-02-30'), undefined);
  assert.equal(isoDay('2024-13-01'), undefined);
  assert.equal(dayToIso(isoDay('2024-02-29T10:00:00Z')!), '2024-02-29');
  assert.equal(periodMonths('Trimestral'), 3);
  assert.equal(periodMonths('quarterly'), 3);
  assert.equal(periodMonths('weekly'), undefined);
});
