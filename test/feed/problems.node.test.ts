import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  foundParams,
  loadProblemWording,
  makeProblem,
  problemMessageNow,
  problemNoteNow,
  problemWordingIfLoaded,
  showValue,
} from '../../src/feed/problems.js';
import type { Problem } from '../../src/feed/types.js';
import { amountNotNumber as p1, badVersion as p4, paidAboveExercised as p2 } from '../fixtures/problems.js';

const values: [unknown, string][] = [
  ['abc', '"abc"'],
  [12.5, '12.5'],
  [NaN, 'NaN'],
  [Infinity, 'Infinity'],
  [null, 'null'],
  [undefined, 'nothing'],
  [true, 'true'],
  [[1, 2, 3], '[…] (3)'],
  [{ a: 1, b: 2 }, '{"a", "b"}'],
  [{ a: 1, b: 2, c: 3, d: 4, e: 5 }, '{"a", "b", "c", "d", …}'],
  ['line\nbreak\u0000', '"line\\nbreak\\u0000"'],
  ['x'.repeat(100), `"${'x'.repeat(58)}…`],
  [10n, '10n'],
];
for (const [v, want] of values) {
  test(`showValue(${String(typeof v === 'string' ? v.slice(0, 10) : v)})`, () => {
    const s = showValue(v);
    assert.equal(s, want);
    assert.ok(s.length <= 60);
  });
}

test('showValue never prints control characters', () => {
  assert.doesNotMatch(showValue('\u2028\u0007'.repeat(3) as unknown as string).replace(/\\u[0-9a-f]{4}/g, ''), /[\u0000-\u001F\u2028]/);
});

test('foundParams words non-values instead of printing them', () => {
  assert.deepEqual(foundParams(undefined), { foundType: 'nothing' });
  assert.deepEqual(foundParams(null), { foundType: 'null' });
  assert.deepEqual(foundParams(NaN), { foundType: 'nan' });
  assert.deepEqual(foundParams(-Infinity), { foundType: '-infinity' });
  assert.deepEqual(foundParams('1,234', true), { foundType: 'string', found: '"1,234"' });
  assert.deepEqual(foundParams(5), { found: '5' });
});

test('makeProblem keeps plain data: code, location and params, no text', () => {
  assert.deepEqual(p1, {
    kind: 'invalid-field',
    code: 'amount-not-number',
    severity: 'error',
    index: 2,
    key: 'E001',
    path: 'programs[2].amounts.paid',
    params: { moment: 'paid', expected: 'number', found: '"x"' },
  });
  assert.deepEqual(JSON.parse(JSON.stringify(p2)), p2);
  assert.deepEqual(p4, { kind: 'bad-version', code: 'bad-version', severity: 'fatal' });
  assert.equal('params' in makeProblem('x', 'load-failed', 'fatal', {}, { found: undefined }), false);
});

test('the wording loads once, on demand; until then (or when it cannot be fetched) a problem is said by its code', async () => {
  assert.equal(problemWordingIfLoaded(), undefined);
  for (const [lang, want] of [
    ['es', 'Hay un problema con los datos (código «amount-not-number»).'],
    ['en', 'There is a problem with the data (code “amount-not-number”).'],
  ] as const) {
    assert.equal(problemMessageNow(p1, lang), want);
    assert.equal(problemNoteNow(p1, lang), want);
  }
  assert.equal(problemMessageNow({ kind: 'gone' } as unknown as Problem, 'es'), 'Hay un problema con los datos (código «gone»).');
  const [a, b] = await Promise.all([loadProblemWording(), loadProblemWording()]);
  assert.equal(a, b);
  assert.equal(problemWordingIfLoaded(), a);
  assert.equal(problemMessageNow(p1, 'en'), a.problemMessage(p1, 'en'));
  assert.equal(problemNoteNow(p2, 'es'), a.problemNote(p2, 'es'));
});
