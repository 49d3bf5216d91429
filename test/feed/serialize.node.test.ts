import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringifyFeed } from '../../src/feed/serialize.js';

const cases: { name: string; value: unknown; text?: string }[] = [
  { name: 'ASCII stays as it is', value: { a: 'Programa E001', n: 1.5 }, text: '{"a":"Programa E001","n":1.5}' },
  { name: 'Spanish accents and ñ', value: { a: 'Educación Pública, niñas' }, text: '{"a":"Educaci\\u00f3n P\\u00fablica, ni\\u00f1as"}' },
  { name: 'DEL and the C1 range', value: { a: '\u007f\u0085' }, text: '{"a":"\\u007f\\u0085"}' },
  { name: 'symbols beyond Latin-1', value: { a: '≤ — €' }, text: '{"a":"\\u2264 \\u2014 \\u20ac"}' },
  { name: 'an emoji becomes a surrogate pair', value: { a: '👩' }, text: '{"a":"\\ud83d\\udc69"}' },
  { name: 'a lone surrogate stays escaped', value: { a: '\ud800x' }, text: '{"a":"\\ud800x"}' },
  { name: 'keys are escaped too', value: { año: 2024 }, text: '{"a\\u00f1o":2024}' },
  { name: 'amounts keep every digit', value: { paid: 330613215950.29, approved: 339341355804 } },
  { name: 'Mixtec and Maya names', value: { a: 'Ñuu Savi, Maaya t’aan' } },
];

for (const c of cases) {
  test(`stringifyFeed: ${c.name}`, () => {
    const text = stringifyFeed(c.value);
    assert.match(text, /^[\x00-\x7e]*$/, 'ASCII only');
    if (c.text) assert.equal(text, c.text);
    assert.deepEqual(JSON.parse(text), c.value, 'round-trips');
  });
}

test('stringifyFeed: pretty output is indented and still ASCII', () => {
  const text = stringifyFeed({ a: ['ó'] }, true);
  assert.equal(text, '{\n  "a": [\n    "\\u00f3"\n  ]\n}');
});
