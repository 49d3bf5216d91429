import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findProgram } from '../../src/feed/select.js';
import { lookupFailure, lookupMessage } from '../../src/platform/lookup.js';
import type { Program } from '../../src/feed/types.js';

const p = (key: string, ramo?: string): Program => ({
  key,
  name: `Programa ${key}`,
  amounts: {},
  ...(ramo ? { ramo: { id: ramo, name: 'R' } } : {}),
});
const feed = { programs: [p('20-S176', '20'), p('20-S177', '20'), p('11-E023', '11'), p('12-E023', '12'), p('K027')] };

// key → [status, message es (or undefined when found), found key]
const CASES: Array<[string, 'found' | 'unknown' | 'ambiguous', string | RegExp]> = [
  ['20-S176', 'found', '20-S176'],
  ['S176', 'found', '20-S176'],
  ['s 176', 'found', '20-S176'],
  ['S\u00a0176', 'found', '20-S176'],
  ['k027', 'found', 'K027'],
  ['E023', 'ambiguous', 'La clave «E023» corresponde a varios programas: 11-E023 y 12-E023. Use la clave completa.'],
  ['S178', 'unknown', /^No encontramos el programa «S178» en estos datos\. Claves parecidas: .*20-S177/],
  ['ZZZ999', 'unknown', 'No encontramos el programa «ZZZ999» en estos datos.'],
];

for (const [key, status, want] of CASES) {
  test(`program key ${JSON.stringify(key)} → ${status}`, () => {
    const lookup = findProgram(feed, key);
    assert.equal(lookup.status, status);
    const failure = lookupFailure(lookup);
    if (status === 'found') {
      assert.equal(failure, undefined);
      assert.equal(lookup.status === 'found' && lookup.program.key, want);
    } else {
      const msg = lookupMessage(failure!, 'es');
      if (typeof want === 'string') assert.equal(msg, want);
      else assert.match(msg, want);
      assert.ok(msg.includes(key));
    }
  });
}

test('messages in English name the key and the candidates', () => {
  const f = lookupFailure(findProgram(feed, 'E023'))!;
  assert.equal(lookupMessage(f, 'en'), 'The key “E023” matches several programs: 11-E023 and 12-E023. Use the full key.');
  const u = lookupFailure(findProgram(feed, 'S178'))!;
  assert.match(lookupMessage(u, 'en'), /“S178”.*Similar keys: .*20-S176/);
});
