import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countSyllables, fernandezHuerta, sentences } from '../../src/i18n/readability.js';

const SYLLABLES: Array<[string, number]> = [
  ['programa', 3],
  ['país', 2],
  ['aéreo', 4],
  ['guerra', 2],
  ['que', 1],
  ['pingüino', 3],
  ['ciudad', 2],
  ['hoy', 1],
  ['leer', 2],
  ['poeta', 3],
  ['rey', 1],
  ['baúl', 2],
  ['presupuesto', 4],
  ['aprobados', 4],
  ['dinero', 3],
  ['Pensión', 2],
  ['día', 2],
  // A number in digits is one word of three syllables, however long (issue 18).
  ['2024', 3],
  ['7', 3],
  ['22', 3],
  ['339,341.4', 3],
  ['99.9', 3],
];
for (const [w, n] of SYLLABLES) test(`syllables: ${w} = ${n}`, () => assert.equal(countSyllables(w), n));

test('sentences ignore decimal points', () => {
  assert.equal(sentences('Se pagaron $339,341.4 millones. Es mucho.'), 2);
  assert.equal(sentences('Una frase sin punto'), 1);
});

test('a number is one word of three syllables inside a text', () => {
  const r = fernandezHuerta('Este programa tiene 22 metas. 14 van bien.');
  assert.equal(r.words, 8);
  // es-te pro-gra-ma tie-ne [22] me-tas [14] van bien
  assert.equal(r.syllables, 2 + 3 + 2 + 3 + 2 + 3 + 1 + 1);
  assert.equal(r.sentences, 2);
});

test('Fernández-Huerta ranks easy text above hard text', () => {
  const easy = 'El niño come pan. La casa es azul. El sol sale hoy.';
  const hard =
    'La implementación presupuestaria correspondiente evidenció discrepancias administrativas significativamente superiores a las proyectadas originalmente por la institución.';
  const e = fernandezHuerta(easy);
  const h = fernandezHuerta(hard);
  assert.ok(e.score > 90, `easy ${e.score}`);
  assert.ok(h.score < 30, `hard ${h.score}`);
  assert.equal(fernandezHuerta('').score, 0);
});

test('formula: 206.84 − 60·(syllables/word) − 1.02·(words/sentence)', () => {
  // 8 words, 16 syllables, 2 sentences: P = 2, F = 4.
  const r = fernandezHuerta('Dinero para todos hoy. Dinero para todos hoy.');
  assert.equal(r.words, 8);
  assert.equal(r.syllables, 2 * (3 + 2 + 2 + 1));
  assert.equal(r.sentences, 2);
  assert.ok(Math.abs(r.score - (206.84 - 60 * 2 - 1.02 * 4)) < 1e-9);
});

test('shorter sentences read easier, with the same words', () => {
  const long = fernandezHuerta('El dinero llegó tarde y la obra se detuvo y la gente esperó mucho tiempo en la plaza del pueblo.');
  const short = fernandezHuerta('El dinero llegó tarde. La obra se detuvo. La gente esperó mucho tiempo en la plaza del pueblo.');
  assert.ok(short.score > long.score);
});
