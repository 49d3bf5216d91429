/**
 * Numbers, money, percentages and dates in the words people read in the press.
 * Pure (no DOM). es-MX and en-US are written by fast-format.ts (exactly what `Intl` writes, without
 * its first-use cost); other locales use cached `Intl` formatters keyed by locale and options.
 *
 * Money (`formatMoney`), decided for this project:
 * - below 1 million: full pesos, cents only when there are any: "$999", "$0.37", "MXN 999.50";
 * - Spanish, by default: millions with one decimal at any size, the unit SHCP, the PEF and the
 *   Cuenta Pública use, so a reader can check a figure against the official document:
 *   "$339,341.4 millones". Never "billones" for 10⁹.
 * - Spanish with `{ scale: 'short' }` (short labels: compact card, chart axes): "mil millones"
 *   from 10⁹ ("$339.3 mil millones") and "billones" only for 10¹², its correct Spanish meaning.
 * - English (always short scale): "MXN 339.3 million", "MXN 339.3 billion", "MXN 9.1 trillion".
 * - Negative amounts keep their sign ("-$2.5 millones"); -0 is 0; NaN, ±Infinity, null and
 *   undefined give "no disponible" / "not available", never "NaN".
 * A pack chooses its words and scale in `words` (types.ts `NumberWords`).
 */
import { fastDate, fastNumber } from './fast-format.js';
import type { FastNumberOptions } from './fast-format.js';
import { getTranslation, translate } from './registry.js';
import type { Lang } from './types.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** `Intl.NumberFormat(locale, options).format(v)`, through fast-format.ts when it covers the case. */
function formatWith(locale: string, options: FastNumberOptions, v: number): string {
  return fastNumber(locale, v, options) ?? numberFormat(locale, options).format(v);
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** Number of cached Intl formatters (tests check caching). */
export function formatterCacheSize(): number {
  return cache.size;
}

function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** "no disponible" / "not available". */
export function notAvailable(lang: Lang | null | undefined): string {
  return translate(lang, 'notAvailable');
}

function currency(lang: Lang | null | undefined, value: number, digits: number, currencyCode: string): string {
  const t = getTranslation(lang);
  const v = value === 0 ? 0 : value; // -0 → 0
  return formatWith(
    t.locale,
    {
      style: 'currency',
      currency: currencyCode,
      currencyDisplay: t.words.currency === 'code' ? 'code' : 'narrowSymbol',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    },
    v,
  );
}

export interface MoneyOptions {
  /** `millions` (Spanish default), `short` (million/mil millones/billones; English always). */
  scale?: 'millions' | 'short';
  /** ISO 4217 code of the feed; default MXN. */
  currency?: string;
}

/** An amount in pesos, as the press writes it (see the module comment). */
export function formatMoney(value: number | null | undefined, lang: Lang | null | undefined, options: MoneyOptions = {}): string {
  if (!isNum(value)) return notAvailable(lang);
  const t = getTranslation(lang);
  const code = options.currency ?? 'MXN';
  const abs = Math.abs(value);
  if (Math.round(abs * 100) === 0) return currency(lang, 0, 0, code);
  if (abs < 1e6) {
    const cents = Math.round(abs * 100) % 100 !== 0;
    if (Math.round(abs) < 1e6 || cents) return currency(lang, value, cents ? 2 : 0, code);
  }
  const scale = t.words.scale === 'short' ? 'short' : (options.scale ?? t.words.scale);
  const units: Array<[number, string]> =
    scale === 'short'
      ? [
          [1e12, t.words.trillion],
          [1e9, t.words.thousandMillion],
          [1e6, t.words.million],
        ]
      : [[1e6, t.words.million]];
  let i = units.findIndex(([size]) => abs >= size);
  if (i < 0) i = units.length - 1;
  // Rounding may reach the next unit: 999.96 million → 1.0 billion, not 1,000.0 million.
  if (i > 0 && Math.round((abs / units[i]![0]) * 10) / 10 >= 1000) i -= 1;
  const [size, word] = units[i]!;
  return `${currency(lang, value / size, 1, code)} ${word}`;
}

/** An amount to the cent: "$339,341,355,804.00" / "MXN 339,341,355,804.00". */
export function formatMoneyExact(value: number | null | undefined, lang: Lang | null | undefined, code = 'MXN'): string {
  if (!isNum(value)) return notAvailable(lang);
  return currency(lang, Math.round(value * 100) / 100, 2, code);
}

export interface PercentOptions {
  /** Show "+" on positive changes ("+4.2%"). */
  signed?: boolean;
}

/** A ratio as a percentage, as Intl writes it in the language: 0.812 → "81.2%". */
export function formatPercent(
  ratio: number | null | undefined,
  lang: Lang | null | undefined,
  digits = 1,
  options: PercentOptions = {},
): string {
  if (!isNum(ratio)) return notAvailable(lang);
  const t = getTranslation(lang);
  const v = Math.abs(ratio) < 0.5 * 10 ** -(digits + 2) ? 0 : ratio;
  return formatWith(
    t.locale,
    {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: options.signed ? 'exceptZero' : 'auto',
    },
    v,
  );
}

/** A plain number with grouping: 1234567.5 → "1,234,567.5". */
export function formatNumber(n: number | null | undefined, lang: Lang | null | undefined, maxDigits = 2): string {
  if (!isNum(n)) return notAvailable(lang);
  const t = getTranslation(lang);
  // A value that rounds to zero is written "0", never "-0" (-0, -1e-209).
  const v = Math.abs(n) < 0.5 * 10 ** -maxDigits ? 0 : n;
  return formatWith(t.locale, { maximumFractionDigits: maxDigits }, v);
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/;

/** Parses "2024", "2024-09" or "2024-09-30[T…]" (calendar date, no time zone shift). */
export function parseIsoDate(iso: string | null | undefined): { date: Date; precision: 'year' | 'month' | 'day' } | undefined {
  if (typeof iso !== 'string') return undefined;
  const m = ISO.exec(iso.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return { date, precision: m[3] ? 'day' : m[2] ? 'month' : 'year' };
}

/** "30 de septiembre de 2024" / "September 30, 2024"; "septiembre de 2024" for "2024-09". */
export function formatDate(iso: string | null | undefined, lang: Lang | null | undefined): string {
  const p = parseIsoDate(iso);
  if (!p) return notAvailable(lang);
  const t = getTranslation(lang);
  const options: Intl.DateTimeFormatOptions =
    p.precision === 'day'
      ? { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }
      : p.precision === 'month'
        ? { timeZone: 'UTC', month: 'long', year: 'numeric' }
        : { timeZone: 'UTC', year: 'numeric' };
  return fastDate(t.locale, p.date, p.precision) ?? dateFormat(t.locale, options).format(p.date);
}

/** A short calendar date for one-line notices: "30 oct 2024" / "Oct 30, 2024" (month only for "2024-09"). */
export function formatShortDate(iso: string | null | undefined, lang: Lang | null | undefined): string {
  const p = parseIsoDate(iso);
  if (!p) return notAvailable(lang);
  if (p.precision === 'year') return String(p.date.getUTCFullYear());
  const t = getTranslation(lang);
  const options: Intl.DateTimeFormatOptions =
    p.precision === 'day'
      ? { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }
      : { timeZone: 'UTC', month: 'short', year: 'numeric' };
  // es-MX writes "30 oct 2024"; some engines add a period ("oct.") or "de": keep the plain form.
  const fast = fastDate(t.locale, p.date, p.precision, 'short');
  if (fast !== undefined) return fast;
  return dateFormat(t.locale, options)
    .format(p.date)
    .replace(/\.(?=\s|$)/g, '')
    .replace(/ de /g, ' ');
}

/** "datos al 30 de septiembre de 2024" / "data as of September 30, 2024". */
export function formatAsOf(iso: string | null | undefined, lang: Lang | null | undefined): string {
  if (!parseIsoDate(iso)) return translate(lang, 'asOfUnknown');
  return translate(lang, 'asOf', formatDate(iso, lang));
}

/** The text with its first letter in capitals ("el pagado" → "El pagado"), for a sentence start. */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
