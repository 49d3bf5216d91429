import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateFeed, rng } from '../fixtures/generate.js';
import { validateFeed } from '../../src/feed/validate.js';
import { normalizeKey } from '../../src/feed/select.js';

test('rng is deterministic per seed', () => {
  const a = rng(5),
    b = rng(5),
    c = rng(6);
  const xs = [a(), a(), a()];
  assert.deepEqual(xs, [b(), b(), b()]);
  assert.notDeepEqual(xs, [c(), c(), c()]);
  assert.ok(xs.every((x) => x >= 0 && x < 1));
});

test('same seed → same feed; other seed → other amounts', () => {
  assert.deepEqual(generateFeed({ programs: 30, seed: 9 }), generateFeed({ programs: 30, seed: 9 }));
  assert.notDeepEqual(
    generateFeed({ programs: 30, seed: 9 }).programs[0]!.amounts,
    generateFeed({ programs: 30, seed: 10 }).programs[0]!.amounts,
  );
});

for (const n of [1, 2, 17, 500]) {
  test(`generateFeed(${n}) validates with zero problems and exercises the fields`, () => {
    const f = generateFeed({ programs: n, seed: n, ramoKeys: n === 17 });
    const r = validateFeed(JSON.parse(JSON.stringify(f)));
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.deepEqual(r.problems, []);
    assert.equal(r.feed.programs.length, n);
    if (n >= 17) {
      const has = (k: string) => f.programs.some((p) => (p as unknown as Record<string, unknown>)[k] !== undefined);
      for (const k of [
        'breakdown',
        'periods',
        'indicators',
        'population',
        'crossCutting',
        'sdg',
        'links',
        'plan',
        'evaluations',
        'performance',
      ]) {
        assert.ok(has(k), k);
      }
      assert.ok(
        f.programs.some((p) => Object.keys(p.amounts).length === 1),
        'some programs report only approved',
      );
    }
  });
}

test('10,000 programs: unique keys, amounts in whole cents', () => {
  const f = generateFeed({ programs: 10_000, seed: 1 });
  assert.equal(f.programs.length, 10_000);
  assert.equal(new Set(f.programs.map((p) => normalizeKey(p.key))).size, 10_000);
  for (const p of f.programs) for (const v of Object.values(p.amounts)) assert.equal(Math.round(v! * 100) / 100, v);
});
