import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foundParams, makeProblem } from '../../src/feed/problems.js';
import { problemMessage, problemNote, summarizeProblems, problemsReport } from '../../src/feed/problem-wording.js';
import type { Problem } from '../../src/feed/types.js';
import { amountNotNumber as p1, badVersion as p4, paidAboveExercised as p2 } from '../fixtures/problems.js';

const p3 = makeProblem('unsafe-url', 'unsafe-link-field-dropped', 'error', { index: 5, key: 'S010' }, { dropped: 'programs[5].links' });

test('problemMessage composes location, sentence and expected/found in both languages', () => {
  assert.equal(
    problemMessage(p1, 'es'),
    'Programa 3 ("E001"), campo programs[2].amounts.paid: El monto no es un número; se descartó (no se muestra como 0) (se esperaba número; se encontró "x").',
  );
  assert.equal(
    problemMessage(p1, 'en'),
    'Program 3 ("E001"), field programs[2].amounts.paid: The amount is not a number; dropped (not shown as 0) (expected number; found "x").',
  );
  assert.equal(problemMessage(p4, 'es'), 'Versión de formato no compatible: se esperaba "version": 1.');
  const inFile = makeProblem(
    'invalid-amount',
    'amount-unreadable',
    'error',
    { file: 'x.csv', line: 3, column: 'MONTO', key: '20-S176' },
    { found: '"abc"', expected: 'amount' },
  );
  assert.equal(
    problemMessage(inFile, 'es'),
    'x.csv, línea 3, columna MONTO, programa 20-S176: importe ilegible; no se suma (se esperaba un importe; se encontró "abc").',
  );
  assert.equal(
    problemMessage(inFile, 'en'),
    'x.csv, line 3, column MONTO, program 20-S176: unreadable amount; not added (expected an amount; found "abc").',
  );
});

test('problemMessage words moments and non-values from the table', () => {
  const order = makeProblem(
    'order',
    'amount-order',
    'note',
    { path: 'amounts.paid' },
    { later: 'paid', earlier: 'exercised', laterAmount: 7, earlierAmount: 5, expected: 'at-most-moment', found: '7' },
  );
  assert.equal(
    problemMessage(order, 'es'),
    'campo amounts.paid: Nota: el monto pagado es mayor que el ejercido; se muestran los datos tal como se publicaron (se esperaba ≤ ejercido (5); se encontró 7).',
  );
  assert.equal(
    problemMessage(order, 'en'),
    'field amounts.paid: Note: paid exceeds exercised; the data is shown as published (expected ≤ exercised (5); found 7).',
  );
  const nul = makeProblem(
    'invalid-field',
    'amount-not-number',
    'error',
    {},
    { moment: 'paid', expected: 'number', ...foundParams(null, true) },
  );
  assert.match(problemMessage(nul, 'es'), /se encontró un valor vacío\)\.$/);
  assert.match(problemMessage(nul, 'en'), /found an empty value\)\.$/);
});

test('problemMessage of a code the table does not know (e.g. read back from old JSON) still says something', () => {
  const odd = { kind: 'x', code: 'no-such-code', severity: 'error' } as unknown as Problem;
  assert.equal(problemMessage(odd, 'es'), 'Problema en los datos ("no-such-code").');
  assert.equal(problemNote(odd, 'en'), 'Data problem ("no-such-code")');
});

test('problemNote: plain words, no field path, no record position', () => {
  const modified = makeProblem(
    'invalid-field',
    'amount-not-number',
    'error',
    { index: 11, key: 'U090', path: 'programs[11].amounts.modified' },
    { moment: 'modified', expected: 'number', ...foundParams('38,400,000', true) },
  );
  assert.equal(problemNote(modified, 'es'), 'El monto modificado publicado no es una cifra («38,400,000» con comas); no se muestra.');
  assert.equal(problemNote(modified, 'en'), 'The published modified amount is not a figure (“38,400,000” with commas); it is not shown.');
  const order = makeProblem(
    'order',
    'amount-order',
    'note',
    { index: 0, path: 'programs[0].amounts.paid' },
    { later: 'paid', earlier: 'exercised', laterAmount: 31_900_000, earlierAmount: 30_200_000 },
  );
  assert.equal(
    problemNote(order, 'es'),
    'El pagado ($31.9 millones) es mayor que el ejercido ($30.2 millones); se muestran tal como se publicaron.',
  );
  assert.match(
    problemNote(order, 'en'),
    /^The paid amount \(MXN\s31\.9 million\) is larger than the exercised amount \(MXN\s30\.2 million\)/,
  );
});

const langs: [string, string][] = [
  ['es', 'Nota'],
  ['en', 'Note'],
  ['en-US', 'Note'],
  ['es-MX', 'Nota'],
  ['fr', 'Nota'],
  ['', 'Nota'],
  ['EN', 'Note'],
];
for (const [lang, want] of langs)
  test(`problemMessage lang=${JSON.stringify(lang)}`, () => assert.match(problemMessage(p2, lang), new RegExp(want)));

test('summarizeProblems counts problems and distinct records, shows the first few', () => {
  assert.deepEqual(summarizeProblems([p1, p2, p3, p4], 'en', 2), {
    count: 4,
    records: 2,
    shown: [problemMessage(p1, 'en'), problemMessage(p2, 'en')],
  });
  assert.equal(summarizeProblems([p1, p2, p3], 'es').shown.length, 3);
  assert.deepEqual(summarizeProblems([], 'es'), { count: 0, records: 0, shown: [] });
  assert.equal(summarizeProblems([p1], 'es', 0).shown.length, 0);
});

test('problemsReport: both languages, capped list', () => {
  const many = Array.from({ length: 15 }, (_, i) => makeProblem('x', 'history-values-differ', 'error', { index: i }, { year: 2000 + i }));
  const r = problemsReport('https://x/feed.json', many, 10);
  assert.match(r, /15 problema\(s\) en los datos, 15 registro\(s\)/);
  assert.match(r, /15 data problem\(s\), 15 record\(s\)/);
  assert.match(r, /… y 5 más\./);
  assert.match(r, /… and 5 more\./);
  assert.match(r, /dos valores distintos para 2009/);
  assert.doesNotMatch(r, /2010/);
});
