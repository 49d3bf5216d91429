import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatAsOf,
  formatDate,
  formatMoney,
  formatMoneyExact,
  formatNumber,
  formatPercent,
  formatterCacheSize,
} from '../../src/i18n/format.js';

/** Intl puts a no-break space between "MXN" and the number; compare as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

// value → [es default, es short, en]
const MONEY: Array<[number, string, string, string]> = [
  [0, '$0', '$0', 'MXN 0'],
  [0.37, '$0.37', '$0.37', 'MXN 0.37'],
  [999, '$999', '$999', 'MXN 999'],
  [999.5, '$999.50', '$999.50', 'MXN 999.50'],
  [1e6, '$1.0 millones', '$1.0 millones', 'MXN 1.0 million'],
  [3.4e8, '$340.0 millones', '$340.0 millones', 'MXN 340.0 million'],
  [1.2e9, '$1,200.0 millones', '$1.2 mil millones', 'MXN 1.2 billion'],
  [4.1e11, '$410,000.0 millones', '$410.0 mil millones', 'MXN 410.0 billion'],
  [339341355804, '$339,341.4 millones', '$339.3 mil millones', 'MXN 339.3 billion'],
  [9.07e12, '$9,070,000.0 millones', '$9.1 billones', 'MXN 9.1 trillion'],
  [999_960_000, '$1,000.0 millones', '$1.0 mil millones', 'MXN 1.0 billion'],
  [-2.5e6, '-$2.5 millones', '-$2.5 millones', '-MXN 2.5 million'],
  [-0.37, '-$0.37', '-$0.37', '-MXN 0.37'],
  [-1.2e9, '-$1,200.0 millones', '-$1.2 mil millones', '-MXN 1.2 billion'],
  [-0, '$0', '$0', 'MXN 0'],
];

for (const [v, es, esShort, en] of MONEY) {
  test(`formatMoney(${v})`, () => {
    assert.equal(plain(formatMoney(v, 'es')), es);
    assert.equal(plain(formatMoney(v, 'es-MX', { scale: 'short' })), esShort);
    assert.equal(plain(formatMoney(v, 'en')), en);
  });
}

test('never "billones" for 10^9 in Spanish', () => {
  for (const v of [1e9, 1.2e9, 4.1e11, 999e9]) {
    assert.doesNotMatch(formatMoney(v, 'es'), /billones/);
    assert.doesNotMatch(formatMoney(v, 'es', { scale: 'short' }), /billones/);
  }
});

test('non-finite and missing amounts read "no disponible", never NaN', () => {
  for (const v of [NaN, Infinity, -Infinity, undefined, null]) {
    assert.equal(formatMoney(v, 'es'), 'no disponible');
    assert.equal(formatMoney(v, 'en'), 'not available');
    assert.equal(formatMoneyExact(v, 'es'), 'no disponible');
    assert.equal(formatPercent(v, 'es'), 'no disponible');
    assert.equal(formatNumber(v, 'en'), 'not available');
  }
});

test('formatMoneyExact keeps every cent', () => {
  assert.equal(formatMoneyExact(339341355804, 'es'), '$339,341,355,804.00');
  assert.equal(plain(formatMoneyExact(339341355804, 'en')), 'MXN 339,341,355,804.00');
  assert.equal(formatMoneyExact(330613247068.45, 'es'), '$330,613,247,068.45');
  assert.equal(formatMoneyExact(0.37, 'es'), '$0.37');
  assert.equal(plain(formatMoneyExact(-5, 'en')), '-MXN 5.00');
});

test('formatPercent follows Intl for each language', () => {
  const esExpected = new Intl.NumberFormat('es-MX', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(0.812);
  assert.equal(formatPercent(0.812, 'es'), esExpected);
  assert.equal(formatPercent(0.812, 'en'), '81.2%');
  assert.equal(formatPercent(0.8124, 'en', 2), '81.24%');
  assert.equal(formatPercent(0, 'en'), '0.0%');
  assert.equal(formatPercent(-0.0001, 'en'), '0.0%');
  assert.equal(formatPercent(-0.026, 'en', 1, { signed: true }), '-2.6%');
  assert.equal(formatPercent(0.042, 'en', 1, { signed: true }), '+4.2%');
  assert.equal(formatPercent(1.5, 'es', 0), new Intl.NumberFormat('es-MX', { style: 'percent', maximumFractionDigits: 0 }).format(1.5));
});

test('formatNumber groups digits', () => {
  assert.equal(formatNumber(1234567.5, 'es'), '1,234,567.5');
  assert.equal(formatNumber(1234567.5, 'en'), '1,234,567.5');
  assert.equal(formatNumber(0, 'en'), '0');
});

const DATES: Array<[string, string, string]> = [
  ['2024-09-30', '30 de septiembre de 2024', 'September 30, 2024'],
  ['2023-12-31T23:00:00Z', '31 de diciembre de 2023', 'December 31, 2023'],
  ['2024-01-01', '1 de enero de 2024', 'January 1, 2024'],
  ['2024-09', 'septiembre de 2024', 'September 2024'],
  ['2024', '2024', '2024'],
];
for (const [iso, es, en] of DATES) {
  test(`formatDate(${iso})`, () => {
    assert.equal(formatDate(iso, 'es'), es);
    assert.equal(formatDate(iso, 'en'), en);
  });
}

test('formatAsOf', () => {
  assert.equal(formatAsOf('2024-09-30', 'es'), 'datos al 30 de septiembre de 2024');
  assert.equal(formatAsOf('2024-09-30', 'en'), 'data as of September 30, 2024');
  for (const bad of ['2024-02-30', 'ayer', '', undefined]) {
    assert.equal(formatAsOf(bad, 'es'), 'fecha de corte no disponible');
    assert.equal(formatDate(bad, 'en'), 'not available');
  }
});

test('Intl formatters are cached', () => {
  formatMoney(123456789, 'es');
  const n = formatterCacheSize();
  for (let i = 0; i < 50; i++) formatMoney(i * 1e7, 'es');
  assert.equal(formatterCacheSize(), n);
});
