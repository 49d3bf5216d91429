import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOrder } from '../../src/feed/order.js';
import type { Amounts } from '../../src/feed/types.js';

const cases: [string, Amounts, [string, string][]][] = [
  ['in order', { approved: 10, modified: 9, committed: 9, accrued: 8, exercised: 7, paid: 7 }, []],
  ['committed above modified', { modified: 9, committed: 10 }, [['modified', 'committed']]],
  ['accrued above committed', { committed: 5, accrued: 6 }, [['committed', 'accrued']]],
  ['exercised above accrued', { accrued: 5, exercised: 6 }, [['accrued', 'exercised']]],
  ['paid above exercised', { exercised: 5, paid: 6 }, [['exercised', 'paid']]],
  ['approved is not compared (modified may exceed it)', { approved: 1, modified: 100 }, []],
  ['missing side skipped', { modified: 1, accrued: 100 }, []],
  [
    'every pair broken',
    { modified: 1, committed: 2, accrued: 3, exercised: 4, paid: 5 },
    [
      ['modified', 'committed'],
      ['committed', 'accrued'],
      ['accrued', 'exercised'],
      ['exercised', 'paid'],
    ],
  ],
  ['equal is fine', { exercised: 5.55, paid: 5.55 }, []],
  ['sub-cent float noise is not a break', { exercised: 0.1 + 0.2, paid: 0.3 }, []],
  ['one cent is a break', { exercised: 100.0, paid: 100.01 }, [['exercised', 'paid']]],
  ['negatives compared as numbers', { exercised: -10, paid: -5 }, [['exercised', 'paid']]],
  ['non-numbers skipped', { exercised: 'x' as unknown as number, paid: 5 }, []],
  ['empty', {}, []],
];
for (const [name, amounts, want] of cases) {
  test(`checkOrder: ${name}`, () => {
    const got = checkOrder(amounts);
    assert.deepEqual(
      got.map((b) => [b.earlier, b.later]),
      want,
    );
    for (const b of got) {
      assert.equal(b.earlierAmount, amounts[b.earlier]);
      assert.equal(b.laterAmount, amounts[b.later]);
    }
  });
}
