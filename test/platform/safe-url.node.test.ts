import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillHrefTemplate, safeUrl } from '../../src/platform/safe-url.js';

const CASES: Array<[unknown, string | undefined]> = [
  ['https://www.qroo.gob.mx/programas', 'https://www.qroo.gob.mx/programas'],
  ['http://example.org/a?b=1#c', 'http://example.org/a?b=1#c'],
  ['HTTPS://EXAMPLE.ORG', 'HTTPS://EXAMPLE.ORG'],
  ['mailto:transparencia@qroo.gob.mx', 'mailto:transparencia@qroo.gob.mx'],
  ['/programas/S176', '/programas/S176'],
  ['programas/S176', 'programas/S176'],
  ['../datos.json', '../datos.json'],
  ['?programa=S176', '?programa=S176'],
  ['#detalle', '#detalle'],
  ['//cdn.example.org/x', '//cdn.example.org/x'],
  ['  https://a.mx  ', 'https://a.mx'],
  ['/a/b:c', '/a/b:c'],
  ['javascript:alert(1)', undefined],
  ['JaVaScRiPt:alert(1)', undefined],
  [' javascript:alert(1)', undefined],
  ['java\tscript:alert(1)', undefined],
  ['java\nscript:alert(1)', undefined],
  ['\u0000javascript:alert(1)', undefined],
  ['data:text/html,<script>alert(1)</script>', undefined],
  ['vbscript:msgbox', undefined],
  ['file:///etc/passwd', undefined],
  ['ftp://example.org', undefined],
  ['blob:https://a/b', undefined],
  ['javascript&colon;alert(1)', undefined],
  ['\\\\evil.example', undefined],
  ['a:b/c', undefined],
  ['', undefined],
  ['   ', undefined],
  [null, undefined],
  [undefined, undefined],
  [42, undefined],
  [{ toString: () => 'https://a' }, undefined],
];

for (const [input, want] of CASES) {
  test(`safeUrl(${JSON.stringify(String(input))})`, () => assert.equal(safeUrl(input), want));
}

test('fillHrefTemplate encodes values and refuses unsafe results', () => {
  assert.equal(fillHrefTemplate('/programas/{key}', { key: '20-S176' }), '/programas/20-S176');
  assert.equal(fillHrefTemplate('/p?k={key}&y={cycle}', { key: 'S 176/x', cycle: 2024 }), '/p?k=S%20176%2Fx&y=2024');
  assert.equal(fillHrefTemplate('{key}', { key: 'javascript:alert(1)' }), 'javascript%3Aalert(1)');
  assert.equal(fillHrefTemplate('javascript:{key}', { key: 'x' }), undefined);
  assert.equal(fillHrefTemplate('/p/{nope}', { key: 'x' }), '/p/');
  assert.equal(fillHrefTemplate(undefined, { key: 'x' }), undefined);
});
