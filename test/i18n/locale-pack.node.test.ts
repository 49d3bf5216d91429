import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { localePackUrl, parseLocalePack, validateLocalePack } from '../../src/i18n/locale-pack.js';
import { registerLocalePack, translate, unregisterLocalePack } from '../../src/i18n/registry.js';
import { stringsEs } from '../../src/i18n/es.js';
import { GLOSSARY_IDS } from '../../src/i18n/glossary.js';
import { createChecker } from '../feed/json-schema-lite.js';
import { EXAMPLE_PACK_PATH, asTemplate, examplePack, loadAllMessages } from '../../scripts/locale-pack-example.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/locale-pack-v1.schema.json', import.meta.url), 'utf8'));
const schemaCheck = createChecker(schema);

const valid: Array<[string, unknown]> = [
  ['only lang', { lang: 'yua' }],
  ['region tag', { lang: 'es-MX' }],
  [
    'every field',
    {
      $schema: '../locale-pack-v1.schema.json',
      $comment: 'test',
      lang: 'yua',
      name: 'maaya t’aan',
      locale: 'es-MX',
      dir: 'ltr',
      words: { million: 'M', thousandMillion: 'MM', trillion: 'B', scale: 'short', currency: 'code' },
      strings: { showTable: 'TABLA', asOf: 'al {0}', 'card.approved': 'A', 'cycle.plan.expired': '{0}–{1} {2}' },
      glossary: { paid: { term: 'P', definition: 'D' }, 'new-term': { term: 'N' } },
    },
  ],
  ['empty strings mean "not translated"', { lang: 'yua', strings: { showTable: '', loading: '  ' }, glossary: { paid: { term: '' } } }],
];

const invalid: Array<[string, unknown, RegExp]> = [
  ['not an object', 'yua', /JSON object/],
  ['an array', [{ lang: 'yua' }], /JSON object/],
  ['null', null, /JSON object/],
  ['no lang', { strings: {} }, /"lang"/],
  ['lang not a tag', { lang: 'yua pack' }, /"lang"/],
  ['lang a number', { lang: 7 }, /"lang"/],
  ['unknown field', { lang: 'yua', string: {} }, /Unknown field "string"/],
  ['dir', { lang: 'yua', dir: 'up' }, /"dir"/],
  ['strings an array', { lang: 'yua', strings: ['a'] }, /"strings"/],
  ['message a number', { lang: 'yua', strings: { showTable: 3 } }, /strings\["showTable"\] must be a string, not number/],
  ['message an object', { lang: 'yua', strings: { showTable: { one: 'a', other: 'b' } } }, /must be a string, not object/],
  ['message null', { lang: 'yua', strings: { showTable: null } }, /not null/],
  ['message too long', { lang: 'yua', strings: { showTable: 'x'.repeat(2001) } }, /longer than 2000/],
  ['key with a space', { lang: 'yua', strings: { 'card approved': 'a' } }, /not a message key/],
  ['key starting with a dot', { lang: 'yua', strings: { '.title': 'a' } }, /not a message key/],
  ['prototype key', { lang: 'yua', strings: JSON.parse('{"__proto__": "x"}') }, /not a message key/],
  ['glossary entry a string', { lang: 'yua', glossary: { paid: 'Pagado' } }, /glossary\["paid"\]/],
  ['glossary unknown field', { lang: 'yua', glossary: { paid: { term: 'a', html: '<b>' } } }, /unknown field "html"/],
  ['glossary term a number', { lang: 'yua', glossary: { paid: { term: 1 } } }, /term must be a string/],
  ['words scale', { lang: 'yua', words: { scale: 'big' } }, /words.scale/],
  ['words currency', { lang: 'yua', words: { currency: '$' } }, /words.currency/],
  ['words unknown', { lang: 'yua', words: { billion: 'x' } }, /unknown field "billion"/],
  ['words a number', { lang: 'yua', words: { million: 1e6 } }, /words.million must be a string/],
];

test('valid packs are accepted, and agree with the JSON Schema', () => {
  for (const [label, value] of valid) {
    const r = validateLocalePack(value);
    assert.ok(r.ok, `${label}: ${r.ok ? '' : r.problems.join(' ')}`);
    assert.equal(schemaCheck(value), null, `${label}: schema`);
  }
});

test('packs of the wrong shape are refused with a reason, and the JSON Schema refuses them too', () => {
  for (const [label, value, why] of invalid) {
    const r = validateLocalePack(value);
    assert.equal(r.ok, false, label);
    if (!r.ok) assert.match(r.problems.join(' '), why, label);
    assert.notEqual(schemaCheck(value), null, `${label}: schema should refuse it too`);
  }
});

test('empty strings are left out, so Spanish shows', () => {
  const r = validateLocalePack({ lang: 'yua', strings: { showTable: '', loading: 'L' }, glossary: { paid: { term: '' } } });
  assert.ok(r.ok);
  if (r.ok) {
    assert.deepEqual(r.pack.strings, { loading: 'L' });
    assert.deepEqual(r.pack.glossary, {});
  }
});

test('a locale Intl cannot read is refused', () => {
  const r = validateLocalePack({ lang: 'yua', locale: 'not a locale' });
  assert.equal(r.ok, false);
});

test('parseLocalePack: bad JSON and oversized text are problems, not exceptions', () => {
  assert.deepEqual(parseLocalePack('{"lang": "yua",'), { ok: false, problems: ['The pack is not valid JSON.'] });
  assert.deepEqual(parseLocalePack('<!doctype html><title>404</title>'), { ok: false, problems: ['The pack is not valid JSON.'] });
  assert.equal(parseLocalePack(' '.repeat(1_000_001)).ok, false);
  assert.equal(parseLocalePack('{"lang":"yua","strings":{"loading":"…"}}').ok, true);
});

test('localePackUrl: only http(s) and relative URLs', () => {
  const base = 'https://example.org/site/page.html';
  const cases: Array<[string | undefined, string | undefined]> = [
    ['/packs/yua.json', 'https://example.org/packs/yua.json'],
    ['packs/yua.json', 'https://example.org/site/packs/yua.json'],
    ['https://cdn.example/yua.json', 'https://cdn.example/yua.json'],
    ['http://cdn.example/yua.json', 'http://cdn.example/yua.json'],
    ['javascript:alert(1)', undefined],
    ['data:application/json,{"lang":"x"}', undefined],
    ['file:///etc/passwd', undefined],
    ['java\tscript:alert(1)', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [raw, want] of cases) assert.equal(localePackUrl(raw, base), want, String(raw));
});

test('a validated pack registers and its {0} messages apply', () => {
  const r = parseLocalePack(JSON.stringify({ lang: 'xx-json', strings: { asOf: 'AL {0}', dataNotes: '{0} NOTAS' } }));
  assert.ok(r.ok);
  if (!r.ok) return;
  registerLocalePack(r.pack);
  try {
    assert.equal(translate('xx-json', 'asOf', '30/09'), 'AL 30/09');
    assert.equal(translate('xx-json', 'dataNotes', 1), '1 NOTAS');
    assert.equal(translate('xx-json', 'loading'), stringsEs.loading);
  } finally {
    unregisterLocalePack('xx-json');
  }
});

test('asTemplate writes function messages as {0} templates', () => {
  assert.equal(asTemplate('plain'), 'plain');
  assert.equal(
    asTemplate((n: number) => (n === 1 ? 'una nota' : `${n} notas`)),
    '{0} notas',
  );
  assert.equal(
    asTemplate((a: string, b: string) => `${a} de ${b}`),
    '{0} de {1}',
  );
});

test('the example pack has every key in the code, and only those, and is up to date', async () => {
  const file = readFileSync(EXAMPLE_PACK_PATH, 'utf8');
  const pack = JSON.parse(file);
  const r = validateLocalePack(pack);
  assert.ok(r.ok, r.ok ? '' : r.problems.join(' '));
  assert.equal(schemaCheck(pack), null);

  const tables = await loadAllMessages();
  const codeKeys = new Set(Object.keys(stringsEs));
  for (const [namespace, table] of tables) {
    for (const key of Object.keys(table)) codeKeys.add(`${namespace}.${key}`);
  }
  const packKeys = new Set(Object.keys(pack.strings));
  assert.deepEqual(
    [...codeKeys].filter((k) => !packKeys.has(k)),
    [],
    'keys in the code missing from the example pack: run `npm run example-pack`',
  );
  assert.deepEqual(
    [...packKeys].filter((k) => !codeKeys.has(k)),
    [],
    'keys in the example pack that the code no longer has: run `npm run example-pack`',
  );
  assert.deepEqual(Object.keys(pack.glossary).sort(), [...GLOSSARY_IDS].sort());
  for (const ns of ['card', 'flow', 'gauge', 'cycle', 'explorer', 'crossCutting', 'sdg'])
    assert.ok(tables.has(ns), `namespace ${ns} found`);
  for (const [key, text] of Object.entries(pack.strings as Record<string, string>)) {
    assert.doesNotMatch(text, /undefined|NaN|\[object|^\s*$/, key);
  }

  const fresh = await examplePack();
  assert.deepEqual(pack, fresh, 'schema/examples/locale-pack-example.json is out of date: run `npm run example-pack`');
});
