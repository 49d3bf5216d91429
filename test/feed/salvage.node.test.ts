/**
 * salvage(): clean parts are handed back as they are (no copy), anything with a dropped or extra
 * field is a fresh object holding only schema keys, and the input is never modified.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { arrayOf, salvage } from '../../src/feed/salvage.js';
import type { AnySchema, Failure } from '../../src/feed/salvage.js';
import { IndicatorSchema } from '../../src/feed/schema.js';
import { validateFeed } from '../../src/feed/validate.js';
import { generateFeed } from '../fixtures/generate.js';

const Row = v.object({
  id: v.string(),
  n: v.optional(v.pipe(v.number(), v.finite())),
  tags: v.optional(v.array(v.string())),
}) as unknown as AnySchema;

function run(schema: AnySchema, value: unknown) {
  const dropped: { f: Failure; dropped: string; what: string }[] = [];
  const r = salvage(schema, value, 'x', { report: (f, d, what) => dropped.push({ f, dropped: d, what }) });
  return { r, dropped };
}

const table: {
  name: string;
  value: unknown;
  same: boolean;
  out?: unknown;
  dropped?: string[];
  fail?: string;
}[] = [
  { name: 'clean object is returned as is', value: { id: 'a', n: 1 }, same: true },
  { name: 'clean object with a clean array', value: { id: 'a', tags: ['p', 'q'] }, same: true },
  { name: 'an extra key makes a copy without it', value: { id: 'a', extra: 1 }, same: false, out: { id: 'a' } },
  { name: '__proto__ own key is never carried', value: JSON.parse('{"id":"a","__proto__":{"polluted":1}}'), same: false, out: { id: 'a' } },
  { name: 'a bad optional field is dropped and reported', value: { id: 'a', n: 'x' }, same: false, out: { id: 'a' }, dropped: ['x.n'] },
  {
    name: 'a bad element is dropped, the rest kept in order',
    value: { id: 'a', tags: ['p', 2, 'q'] },
    same: false,
    out: { id: 'a', tags: ['p', 'q'] },
    dropped: ['x.tags[1]'],
  },
  {
    name: 'fields after a dropped one are kept',
    value: { id: 'a', n: Infinity, tags: ['p'] },
    same: false,
    out: { id: 'a', tags: ['p'] },
    dropped: ['x.n'],
  },
  { name: 'undefined optional field is left out', value: { id: 'a', n: undefined }, same: false, out: { id: 'a' } },
  { name: 'a missing required field fails the object', value: { n: 1 }, same: false, fail: 'x.id' },
  { name: 'an array is not an object', value: ['a'], same: false, fail: 'x' },
  { name: 'null is not an object', value: null, same: false, fail: 'x' },
];

for (const c of table) {
  test(`salvage: ${c.name}`, () => {
    const before = structuredClone(c.value);
    const { r, dropped } = run(Row, c.value);
    assert.deepEqual(c.value, before, 'input unchanged');
    if (c.fail) {
      assert.equal(r.ok, false);
      if (!r.ok) assert.equal(r.fail.path, c.fail);
      return;
    }
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.equal(r.value === c.value, c.same);
    if (c.out) assert.deepEqual(r.value, c.out);
    assert.equal(Object.getPrototypeOf(r.value), Object.prototype);
    assert.deepEqual(
      dropped.map((d) => d.dropped),
      c.dropped ?? [],
    );
  });
}

test('salvage: arrayOf() gives one schema per item schema', () => {
  assert.equal(arrayOf(Row), arrayOf(Row));
  assert.notEqual(arrayOf(Row), arrayOf(IndicatorSchema as unknown as AnySchema));
});

test('validateFeed never modifies its input, and programs are fresh objects', () => {
  const feed = generateFeed({ programs: 40, seed: 7 });
  const before = structuredClone(feed);
  const r = validateFeed(feed);
  assert.equal(r.ok, true);
  assert.deepEqual(feed, before);
  if (!r.ok) return;
  r.feed.programs.forEach((p, i) => assert.notEqual(p, feed.programs[i]));
  // A program with only scalar fields: the output still gets its own (empty) amounts.
  const bare = { version: 1, programs: [{ key: 'E001', name: 'Programa' }] };
  const r2 = validateFeed(bare);
  assert.equal(r2.ok, true);
  assert.deepEqual(bare.programs[0], { key: 'E001', name: 'Programa' });
});
