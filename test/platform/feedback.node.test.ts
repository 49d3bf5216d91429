import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FEEDBACK_MAX,
  charCount,
  cleanFeedbackText,
  feedbackDetail,
  feedbackEnabled,
  limitText,
  parseFeedbackAttr,
  thresholdCrossed,
} from '../../src/platform/feedback.js';
import { feedbackMsg } from '../../src/platform/feedback.messages.js';
import { declaredMessages } from '../../src/i18n/registry.js';
import { fernandezHuerta } from '../../src/i18n/readability.js';

test('the feedback attribute: absent inherits, present is on, "false" opts out', () => {
  const cases: Array<[string | null | undefined, boolean | undefined]> = [
    [null, undefined],
    [undefined, undefined],
    ['', true],
    ['feedback', true],
    ['true', true],
    ['false', false],
    [' FALSE ', false],
    ['0', true],
  ];
  for (const [v, want] of cases) assert.equal(parseFeedbackAttr(v), want, String(v));
});

test("the widget's own setting wins over its <tp-feed>'s; off by default", () => {
  const cases: Array<[boolean | undefined, boolean | undefined, boolean]> = [
    [undefined, undefined, false],
    [undefined, true, true],
    [undefined, false, false],
    [true, undefined, true],
    [true, false, true],
    [false, true, false],
    [false, undefined, false],
  ];
  for (const [own, feed, want] of cases) assert.equal(feedbackEnabled(own, feed), want, `${own} / ${feed}`);
});

test('characters are counted and limited in code points, never splitting an emoji', () => {
  assert.equal(charCount(''), 0);
  assert.equal(charCount('año'), 3);
  assert.equal(charCount('👍🏽'), 2); // thumbs up + skin tone: two code points, four UTF-16 units
  assert.equal(charCount('😀'.repeat(10)), 10);
  assert.equal(limitText('a'.repeat(600)).length, FEEDBACK_MAX);
  const emoji = '😀'.repeat(600);
  const cut = limitText(emoji);
  assert.equal(charCount(cut), 500);
  assert.equal(cut.length, 1000);
  assert.equal(cut, '😀'.repeat(500));
  assert.equal(limitText('corto'), 'corto');
  assert.equal(limitText('abcdef', 3), 'abc');
});

test('the sent text is trimmed, then limited to 500 code points; null and blanks give ""', () => {
  const cases: Array<[string | null | undefined, string]> = [
    [null, ''],
    [undefined, ''],
    ['   \n\t ', ''],
    ['  No entendí el avance.  ', 'No entendí el avance.'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    [`${' '.repeat(10)}${'é'.repeat(520)}`, 'é'.repeat(500)],
  ];
  for (const [raw, want] of cases) assert.equal(cleanFeedbackText(raw), want, JSON.stringify(raw)?.slice(0, 30));
  assert.equal(charCount(cleanFeedbackText('🙂'.repeat(501))), 500);
});

test('the count is announced when typing crosses 100, 50, 20, 10 or 0 left, not when deleting', () => {
  const cases: Array<[number, number, number | null]> = [
    [0, 1, null],
    [398, 399, null],
    [399, 400, 100],
    [399, 401, 99], // a paste across the threshold says what is left now
    [400, 401, null],
    [449, 450, 50],
    [479, 480, 20],
    [489, 490, 10],
    [499, 500, 0],
    [300, 500, 0],
    [500, 499, null],
    [401, 399, null],
    [0, 0, null],
  ];
  for (const [before, after, want] of cases) assert.equal(thresholdCrossed(before, after), want, `${before} → ${after}`);
});

test('the event detail: lowercase tag, program or null, answer, clean text, language, asOf or null', () => {
  assert.deepEqual(
    feedbackDetail({ tag: 'TP-PROGRAM-CARD', program: '20-S176', answer: 'no', text: '  No entendí.  ', lang: 'es', asOf: '2024-09-30' }),
    { widget: 'tp-program-card', program: '20-S176', answer: 'no', text: 'No entendí.', lang: 'es', asOf: '2024-09-30' },
  );
  assert.deepEqual(feedbackDetail({ tag: 'tp-program-explorer', answer: 'yes', lang: 'en' }), {
    widget: 'tp-program-explorer',
    program: null,
    answer: 'yes',
    text: '',
    lang: 'en',
    asOf: null,
  });
  assert.deepEqual(Object.keys(feedbackDetail({ tag: 'tp-signals', program: null, answer: 'yes', text: null, lang: 'yua', asOf: null })), [
    'widget',
    'program',
    'answer',
    'text',
    'lang',
    'asOf',
  ]);
});

test('the message table is declared in Spanish and English, with the words the issue asks for', () => {
  const es = declaredMessages().get('feedback');
  assert.ok(es, 'namespace feedback declared');
  for (const key of ['question', 'yes', 'no', 'whatNot', 'anythingElse', 'optional', 'limit', 'count', 'left', 'send', 'thanks'])
    assert.ok(key in es, key);
  assert.equal(feedbackMsg('es', 'question'), '¿Te sirvió esta información?');
  assert.equal(feedbackMsg('es', 'yes'), 'Sí');
  assert.equal(feedbackMsg('es', 'whatNot'), '¿Qué no se entendió?');
  assert.equal(feedbackMsg('es', 'send'), 'Enviar');
  assert.equal(feedbackMsg('es', 'thanks'), 'Gracias. Tu respuesta ayuda a mejorar esta información.');
  assert.equal(feedbackMsg('en', 'question'), 'Was this information useful?');
  assert.equal(feedbackMsg('en', 'thanks'), 'Thank you. Your answer helps improve this information.');
  assert.equal(feedbackMsg('es', 'count', 12, 500), '12 de 500 caracteres');
  assert.equal(feedbackMsg('en', 'count', 12, 500), '12 of 500 characters');
  const left: Array<[number, string, string]> = [
    [100, 'Te quedan 100 caracteres.', '100 characters left.'],
    [1, 'Te queda 1 carácter.', '1 character left.'],
    [0, 'Ya llegaste al límite.', 'You reached the limit.'],
  ];
  for (const [n, es2, en] of left) {
    assert.equal(feedbackMsg('es', 'left', n), es2);
    assert.equal(feedbackMsg('en', 'left', n), en);
  }
  // Every key says something in both languages; nothing shows "undefined" or "NaN".
  for (const key of Object.keys(es)) {
    for (const lang of ['es', 'en']) assert.doesNotMatch(feedbackMsg(lang, key as 'question', 3, 500), /undefined|NaN|\[object/);
  }
});

test('the new sentences are short and plain (Fernández-Huerta ≥ 70, at most 10 words each)', () => {
  const sentences = [
    feedbackMsg('es', 'question'),
    feedbackMsg('es', 'whatNot'),
    feedbackMsg('es', 'anythingElse'),
    feedbackMsg('es', 'limit', FEEDBACK_MAX),
    feedbackMsg('es', 'left', 20),
    feedbackMsg('es', 'left', 0),
    'Gracias.',
    'Tu respuesta ayuda a mejorar esta información.',
  ];
  for (const s of sentences) {
    assert.ok(s.split(/\s+/).length <= 10, `too long: ${s}`);
  }
  const all = fernandezHuerta(sentences.join(' '));
  assert.ok(all.score >= 70, `all: ${all.score.toFixed(1)}`);
});
