import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  defineMessages,
  getTranslation,
  glossaryEntry,
  joinList,
  onLocalePacksChange,
  registerLocalePack,
  resolveLang,
  translate,
  unregisterLocalePack,
} from '../../src/i18n/registry.js';
import { formatMoney, formatAsOf } from '../../src/i18n/format.js';
import { stringsEs } from '../../src/i18n/es.js';
import { stringsEn } from '../../src/i18n/en.js';

test('resolveLang', () => {
  const cases: Array<[string | undefined | null, string]> = [
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES_mx', 'es'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'es'],
    ['', 'es'],
    [undefined, 'es'],
    [null, 'es'],
    ['yua', 'es'],
  ];
  for (const [tag, want] of cases) assert.equal(resolveLang(tag), want, String(tag));
});

test('English has every core string Spanish has', () => {
  assert.deepEqual(Object.keys(stringsEn).sort(), Object.keys(stringsEs).sort());
});

test('translate applies functions and {n} placeholders', () => {
  assert.equal(translate('es', 'asOf', '30 de septiembre de 2024'), 'datos al 30 de septiembre de 2024');
  assert.equal(translate('en', 'dataNotes', 1), '1 note on the data');
  assert.equal(translate('en', 'dataNotes', 3), '3 notes on the data');
  assert.equal(joinList('es', ['S176', 'S 176', 'U176']), 'S176, S 176 o U176');
  assert.equal(joinList('en', ['a', 'b'], 'and'), 'a and b');
});

test('a pack registered at run time falls back to Spanish string by string', () => {
  let calls = 0;
  const off = onLocalePacksChange(() => calls++);
  // Asked before the pack exists: Spanish; the answer kept for the tag must not outlive the registration.
  assert.equal(resolveLang('XX-test'), 'es');
  registerLocalePack({
    lang: 'xx-test',
    name: 'test',
    strings: { showTable: 'TABLE-XX', asOf: 'cut {0}', 'card.title': 'CARD-XX' },
    glossary: { paid: { term: 'PAID-XX' } },
  });
  try {
    assert.equal(calls, 1);
    assert.equal(resolveLang('XX-test'), 'xx-test');
    assert.equal(translate('xx-test', 'showTable'), 'TABLE-XX');
    assert.equal(translate('xx-test', 'hideTable'), 'Ocultar tabla de datos');
    assert.equal(translate('xx-test', 'asOf', 'D'), 'cut D');
    assert.equal(getTranslation('xx-test').locale, 'es-MX');
    // Term given, definition falls back to Spanish.
    assert.deepEqual(glossaryEntry('xx-test', 'paid'), { term: 'PAID-XX', definition: glossaryEntry('es', 'paid')!.definition });
    assert.equal(glossaryEntry('xx-test', 'accrued')!.term, 'Devengado');
    // Numbers use the fallback's words.
    assert.equal(formatMoney(339341355804, 'xx-test'), '$339,341.4 millones');
    assert.equal(formatAsOf('2024-09-30', 'xx-test'), 'cut 30 de septiembre de 2024');
    const msg = defineMessages('card', { es: { title: 'Programa', other: 'Otro {0}' }, en: { title: 'Program', other: 'Other {0}' } });
    assert.equal(msg('xx-test', 'title'), 'CARD-XX');
    assert.equal(msg('xx-test', 'other', 7), 'Otro 7');
    assert.equal(msg('en', 'other', 7), 'Other 7');
    assert.equal(msg('es', 'title'), 'Programa');
  } finally {
    unregisterLocalePack('xx-test');
    off();
  }
  assert.equal(resolveLang('xx-test'), 'es');
});

test('a pack can change number words', () => {
  registerLocalePack({ lang: 'xy', locale: 'en-US', words: { scale: 'short', million: 'M', thousandMillion: 'B', currency: 'code' } });
  try {
    assert.equal(formatMoney(1.2e9, 'xy').replace(/\u00a0/g, ' '), 'MXN 1.2 B');
  } finally {
    unregisterLocalePack('xy');
  }
});

test('registerLocalePack rejects a pack without lang', () => {
  assert.throws(() => registerLocalePack({ lang: '' }), TypeError);
});
