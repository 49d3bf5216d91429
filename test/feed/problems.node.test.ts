import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProblem, problemMessage, summarizeProblems, showValue, toSpanish, problemsReport } from '../../src/feed/problems.js';

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

test('toSpanish translates the words of expected/found texts', () => {
  assert.equal(toSpanish('number'), 'número');
  assert.equal(toSpanish('≤ exercised (5)'), '≤ ejercido (5)');
  assert.equal(toSpanish('finite number'), 'número finito');
  assert.equal(toSpanish('object (required)'), 'objeto (obligatorio)');
});

const p1 = makeProblem('invalid-field', 'error', { index: 2, key: 'E001', path: 'programs[2].amounts.paid', expected: 'number', found: '"x"' }, 'Monto no válido', 'Invalid amount');
const p2 = makeProblem('order', 'note', { index: 2, key: 'E001' }, 'Nota', 'Note');
const p3 = makeProblem('unsafe-url', 'error', { index: 5, key: 'S010' }, 'Enlace', 'Link');
const p4 = makeProblem('bad-version', 'fatal', {}, 'Versión', 'Version');

test('makeProblem builds location and detail in both languages', () => {
  assert.equal(p1.message.es, 'Programa 3 ("E001"), campo programs[2].amounts.paid: Monto no válido (se esperaba número; se encontró "x").');
  assert.equal(p1.message.en, 'Program 3 ("E001"), field programs[2].amounts.paid: Invalid amount (expected number; found "x").');
  assert.equal(p4.message.es, 'Versión');
  assert.equal('index' in p4, false);
});

const langs: [string, string][] = [['es', 'Nota'], ['en', 'Note'], ['en-US', 'Note'], ['es-MX', 'Nota'], ['fr', 'Nota'], ['', 'Nota'], ['EN', 'Note']];
for (const [lang, want] of langs) test(`problemMessage lang=${JSON.stringify(lang)}`, () => assert.match(problemMessage(p2, lang), new RegExp(want)));

test('summarizeProblems counts problems and distinct records, shows the first few', () => {
  assert.deepEqual(summarizeProblems([p1, p2, p3, p4], 'en', 2), {
    count: 4,
    records: 2,
    shown: [p1.message.en, p2.message.en],
  });
  assert.equal(summarizeProblems([p1, p2, p3], 'es').shown.length, 3);
  assert.deepEqual(summarizeProblems([], 'es'), { count: 0, records: 0, shown: [] });
  assert.equal(summarizeProblems([p1], 'es', 0).shown.length, 0);
});

test('problemsReport: both languages, capped list', () => {
  const many = Array.from({ length: 15 }, (_, i) => makeProblem('x', 'error', { index: i }, `es${i}`, `en${i}`));
  const r = problemsReport('https://x/feed.json', many, 10);
  assert.match(r, /15 problema\(s\) en los datos, 15 registro\(s\)/);
  assert.match(r, /15 data problem\(s\), 15 record\(s\)/);
  assert.match(r, /… y 5 más\./);
  assert.match(r, /… and 5 more\./);
  assert.doesNotMatch(r, /es10|en10/);
});
