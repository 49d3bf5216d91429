import { test } from 'node:test';
import assert from 'node:assert/strict';
import { topN } from '../../src/platform/top-n.js';

test('topN splits ranked rows into the first n and the rest, in order', async (t) => {
  const rows = Array.from({ length: 12 }, (_, i) => i);
  // [n, keepLone, rows, top, rest]
  const cases: [number, boolean, number, number, number][] = [
    [10, false, 12, 10, 2],
    [10, true, 12, 10, 2],
    [10, false, 11, 10, 1],
    [10, true, 11, 11, 0],
    [10, true, 10, 10, 0],
    [12, false, 12, 12, 0],
    [20, false, 12, 12, 0],
    [0, false, 12, 0, 12],
    [0, true, 1, 1, 0],
    [-3, false, 12, 0, 12],
    [3, true, 0, 0, 0],
  ];
  for (const [n, keepLone, length, top, rest] of cases) {
    await t.test(`n=${n} keepLone=${keepLone} rows=${length}`, () => {
      const r = topN(rows.slice(0, length), n, { keepLone });
      assert.equal(r.top.length, top);
      assert.equal(r.rest.length, rest);
      assert.deepEqual([...r.top, ...r.rest], rows.slice(0, length));
    });
  }
});
