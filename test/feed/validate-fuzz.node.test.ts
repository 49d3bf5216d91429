/** Property tests: whatever the input, validation never throws and its output keeps the contract. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFeedText, validateFeed } from '../../src/feed/validate.js';
import type { ValidationResult } from '../../src/feed/validate.js';
import { SAFE_URL } from '../../src/feed/schema.js';

/** What validation lets through as a link (the widgets' safeUrl() is stricter still). */
const isSafeUrl = (u: unknown): boolean => typeof u === 'string' && u.length > 0 && SAFE_URL.test(u);
import { feedWith, prog } from './helpers.js';
import { problemMessage } from '../../src/feed/problem-wording.js';

function contract(r: ValidationResult) {
  for (const p of r.problems) {
    assert.ok(typeof problemMessage(p, 'es') === 'string' && typeof problemMessage(p, 'en') === 'string');
    assert.doesNotMatch(`${problemMessage(p, 'es')} ${problemMessage(p, 'en')}`, /\[object Object\]|\bundefined\b/);
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  if (!r.ok) {
    assert.equal(r.problem.severity, 'fatal');
    return;
  }
  const keys = new Set<string>();
  for (const p of r.feed.programs) {
    assert.equal(typeof p.key, 'string');
    assert.equal(typeof p.name, 'string');
    assert.ok(!keys.has(p.key));
    keys.add(p.key);
    for (const v of Object.values(p.amounts)) assert.ok(Number.isFinite(v));
    for (const l of p.links ?? []) assert.ok(isSafeUrl(l.url));
    for (const s of p.sdg ?? []) assert.ok(Number.isInteger(s.goal) && s.goal >= 1 && s.goal <= 17);
  }
}

const SEED = 20241001;

test('any JSON value: never throws, keeps the contract', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (v) => contract(validateFeed(v))),
    { seed: SEED, numRuns: 400 },
  );
});

test('any text: never throws', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (t) => contract(parseFeedText(t))),
    { seed: SEED, numRuns: 400 },
  );
});

const hostile = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    ' JAVASCRIPT:x',
    'data:text/html,x',
    '__proto__',
    '1e309',
    'NaN',
    '-0',
    '١٢٣',
  ),
  fc.double(),
  fc.integer(),
);

test('a feed whose program fields are replaced by hostile values: never throws, keeps the contract', () => {
  const fields = [
    'key',
    'name',
    'amounts',
    'ramo',
    'objective',
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
  ];
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.constantFrom(...fields), hostile), { maxLength: 6 }),
      fc.dictionary(fc.string({ maxLength: 8 }), hostile, { maxKeys: 4 }),
      (edits, amounts) => {
        const p: Record<string, unknown> = prog('E001', { amounts: { approved: 1, ...amounts } });
        for (const [k, v] of edits) p[k] = v;
        contract(validateFeed(feedWith([p, prog('E002')])));
        contract(parseFeedText(JSON.stringify(feedWith([p]))));
      },
    ),
    { seed: SEED, numRuns: 500 },
  );
});
