/**
 * fast-format.ts writes exactly what Intl writes (Node's ICU; Chromium's gives the same strings for
 * these formats): a fixed table of edge cases, then thousands of seeded random values and dates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fastDate, fastNumber } from '../../src/i18n/fast-format.js';
import type { FastNumberOptions } from '../../src/i18n/fast-format.js';

const LOCALES = ['es-MX', 'en-US'];
const intl = (locale: string, v: number, o: FastNumberOptions) => new Intl.NumberFormat(locale, o as Intl.NumberFormatOptions).format(v);

const money = (digits: number, code = false): FastNumberOptions => ({
  style: 'currency',
  currency: 'MXN',
  currencyDisplay: code ? 'code' : 'narrowSymbol',
  minimumFractionDigits: digits,
  maximumFractionDigits: digits,
});
const percent = (digits: number, signed = false): FastNumberOptions => ({
  style: 'percent',
  minimumFractionDigits: digits,
  maximumFractionDigits: digits,
  signDisplay: signed ? 'exceptZero' : 'auto',
});
const plain = (max: number): FastNumberOptions => ({ maximumFractionDigits: max });
const OPTIONS = [
  money(0),
  money(1),
  money(2),
  money(1, true),
  money(2, true),
  percent(0),
  percent(1),
  percent(2),
  percent(1, true),
  plain(0),
  plain(1),
  plain(2),
];

const EDGES = [
  0,
  -0,
  1,
  -1,
  0.5,
  1.5,
  2.5,
  -2.5,
  0.125,
  0.0425,
  0.045,
  0.995,
  0.9995,
  0.99949,
  1.005,
  999.995,
  999999.995,
  1000,
  1234.5,
  -1234.5,
  339341355804,
  330613247068.45,
  330613215950.29,
  128970683882.14,
  90071992547409.91,
  -90071992547409.91,
  1e15,
  123456789012345.67,
  0.0001,
  -0.0001,
  0.00049,
  0.0005,
  -0.0005,
  1e-9,
  3.3e-7,
  0.1 + 0.2,
  0.7 * 3,
  1 / 3,
  2 / 3,
  99.95,
  0.9996,
  12345.678,
];

test('fastNumber: edge values are written as Intl writes them', () => {
  for (const locale of LOCALES)
    for (const o of OPTIONS)
      for (const v of EDGES) {
        assert.equal(fastNumber(locale, v, o), intl(locale, v, o), `${locale} ${JSON.stringify(o)} ${v}`);
      }
});

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

test('fastNumber: 40,000 seeded random values agree with Intl', () => {
  const r = rng(20241127);
  let n = 0;
  for (let i = 0; i < 40000 / (OPTIONS.length * LOCALES.length); i++) {
    const magnitude = 10 ** Math.floor(r() * 16 - 4);
    const cents = Math.round(r() * 1e6) / 100; // amounts with cents, as feeds carry them
    const v = [r() * magnitude, -r() * magnitude, cents * magnitude, r() - 0.5][i % 4]!;
    for (const locale of LOCALES)
      for (const o of OPTIONS) {
        assert.equal(fastNumber(locale, v, o), intl(locale, v, o), `${locale} ${JSON.stringify(o)} ${v}`);
        n++;
      }
  }
  assert.ok(n >= 39000);
});

test('fastNumber: what it does not cover falls back (undefined)', () => {
  assert.equal(fastNumber('fr-FR', 1, plain(2)), undefined);
  assert.equal(fastNumber('es-MX', 1, { ...money(2), currency: 'USD' }), undefined);
  assert.equal(fastNumber('es-MX', NaN, plain(2)), undefined);
  assert.equal(fastNumber('es-MX', Infinity, plain(2)), undefined);
  // Exponent forms of String(x) are handled too.
  for (const v of [1e21, 1.5e300, 5e-7, 1.25e-10]) assert.equal(fastNumber('en-US', v, plain(2)), intl('en-US', v, plain(2)));
});

test('fastDate: every day of 1990–2035 in both locales and three precisions agrees with Intl', () => {
  const opts = {
    day: { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' },
    month: { timeZone: 'UTC', month: 'long', year: 'numeric' },
    year: { timeZone: 'UTC', year: 'numeric' },
  } as const;
  const fmt = Object.fromEntries(
    LOCALES.map((l) => [l, Object.fromEntries(Object.entries(opts).map(([k, o]) => [k, new Intl.DateTimeFormat(l, o)]))]),
  );
  for (let t = Date.UTC(1990, 0, 1); t <= Date.UTC(2035, 11, 31); t += 86400000 * 3) {
    const d = new Date(t);
    for (const l of LOCALES)
      for (const p of ['day', 'month', 'year'] as const) {
        assert.equal(fastDate(l, d, p), fmt[l]![p]!.format(d), `${l} ${p} ${d.toISOString()}`);
      }
  }
  assert.equal(fastDate('de-DE', new Date(0), 'day'), undefined);
});

test('fastDate short: every third day of 1990–2035 agrees with Intl month "short" in plain form (no period, no "de")', () => {
  const opts = {
    day: { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' },
    month: { timeZone: 'UTC', month: 'short', year: 'numeric' },
  } as const;
  const plain = (s: string) => s.replace(/\.(?=\s|$)/g, '').replace(/ de /g, ' ');
  const fmt = Object.fromEntries(
    LOCALES.map((l) => [l, Object.fromEntries(Object.entries(opts).map(([k, o]) => [k, new Intl.DateTimeFormat(l, o)]))]),
  );
  for (let t = Date.UTC(1990, 0, 1); t <= Date.UTC(2035, 11, 31); t += 86400000 * 3) {
    const d = new Date(t);
    for (const l of LOCALES)
      for (const p of ['day', 'month'] as const)
        assert.equal(fastDate(l, d, p, 'short'), plain(fmt[l]![p]!.format(d)), `${l} ${p} ${d.toISOString()}`);
  }
  assert.equal(fastDate('es-MX', new Date(Date.UTC(2024, 8, 30)), 'day', 'short'), '30 sep 2024');
});
