/**
 * Money as SHCP writes it → integer cents, exactly (pure: no DOM, no I/O):
 * `" 99,305,000 "`, `" -   "` (zero), `"-8,660,451,340 "`, `.37`, `"759,577.00"`, `(1,234)`;
 * `N/R`, `N/A`, empty → absent (null).
 *
 * Sums are kept in integer cents (safe up to ±90 trillion pesos) and turned into pesos only at the end.
 */
import type { Amounts, Moment } from '../types.js';

export type AmountParse =
  { kind: 'value'; cents: number } | { kind: 'absent'; reason: 'empty' | 'not-reported' | 'not-applicable' } | { kind: 'invalid' };

const EMPTY: AmountParse = { kind: 'absent', reason: 'empty' };
const NOT_REPORTED: AmountParse = { kind: 'absent', reason: 'not-reported' };
const NOT_APPLICABLE: AmountParse = { kind: 'absent', reason: 'not-applicable' };
const INVALID: AmountParse = { kind: 'invalid' };

/** Spellings of "not reported" / "not available" (compared without spaces, dots, slashes; upper case). */
const NOT_REPORTED_WORDS = new Set(['NR', 'ND', 'SD', 'NOREPORTADO', 'NODISPONIBLE', 'SINDATO', 'SINDATOS']);
const NOT_APPLICABLE_WORDS = new Set(['NA', 'NOAPLICA']);

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0xfeff || c === 13 || c === 10;
const isDash = (c: number) => c === 45 || c === 0x2212 || c === 0x2013 || c === 0x2014;

/** `scanCents` results that are not cents: an empty cell, a "not reported"/"N/A" word, anything else. */
export const CELL_EMPTY = Number.NEGATIVE_INFINITY;
export const CELL_WORD = Number.POSITIVE_INFINITY;
export const CELL_INVALID = Number.NaN;

/**
 * Parses one money cell into integer cents. Accepts surrounding spaces (also no-break), a `$`,
 * thousands commas in groups of three, a dot decimal part (also `.37` and `37.`), a leading or
 * trailing minus, accounting parentheses, and a lone dash for zero. More than two decimals are
 * rounded half away from zero to the cent. Anything else is `invalid` (never guessed).
 */
export function parseAmount(text: string | undefined): AmountParse {
  const c = scanCents(text);
  if (c === CELL_EMPTY) return EMPTY;
  if (c === CELL_WORD) return wordOrInvalid(String(text).trim());
  if (Number.isNaN(c)) return INVALID;
  return { kind: 'value', cents: c };
}

/**
 * The same reading as `parseAmount` without allocating (for the streaming CLI): integer cents, or
 * CELL_EMPTY / CELL_WORD (absent: test with `!Number.isFinite`) or CELL_INVALID (NaN).
 */
export function scanCents(text: string | undefined): number {
  if (text === undefined) return CELL_EMPTY;
  let s = 0;
  let e = text.length;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s === e) return CELL_EMPTY;

  // Fast path: plain digits with an optional dot part ("10459229468.0", "364900212", ".37").
  let neg = false;
  let c = text.charCodeAt(s);
  if (c === 40 /* ( */ && text.charCodeAt(e - 1) === 41) {
    neg = true;
    s++;
    e--;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    c = text.charCodeAt(s);
  }
  if (isDash(c)) {
    // A lone dash (SHCP's accounting zero) or a leading minus.
    let k = s + 1;
    while (k < e && isSpace(text.charCodeAt(k))) k++;
    if (k === e) return 0;
    neg = !neg;
    s = k;
  } else if (e - s > 1 && isDash(text.charCodeAt(e - 1))) {
    neg = !neg;
    e--;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  }
  if (text.charCodeAt(s) === 36 /* $ */) {
    s++;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (s === e) return CELL_INVALID;

  let whole = 0;
  let digits = 0;
  let sinceComma = -1; // digits since the last comma; -1 = no comma seen
  let i = s;
  for (; i < e; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48);
      digits++;
      if (sinceComma >= 0) sinceComma++;
    } else if (c === 44 /* , */) {
      if (digits === 0 || (sinceComma >= 0 && sinceComma !== 3) || (sinceComma < 0 && digits > 3)) return CELL_INVALID;
      sinceComma = 0;
    } else break;
  }
  if (sinceComma >= 0 && sinceComma !== 3) return CELL_INVALID;
  let frac = 0;
  if (i < e) {
    if (text.charCodeAt(i) !== 46 /* . */) return wordOrInvalid(text.slice(s, e)) === INVALID ? CELL_INVALID : CELL_WORD;
    i++;
    let fd = 0;
    let roundUp = false;
    for (; i < e; i++) {
      c = text.charCodeAt(i);
      if (c < 48 || c > 57) return CELL_INVALID;
      if (fd < 2) frac = frac * 10 + (c - 48);
      else if (fd === 2) roundUp = c >= 53;
      fd++;
    }
    if (digits === 0 && fd === 0) return CELL_INVALID;
    if (fd === 1) frac *= 10;
    if (roundUp) frac += 1;
  } else if (digits === 0) return CELL_INVALID;
  if (digits > 15) return CELL_INVALID; // beyond exact integer cents
  const cents = whole * 100 + frac;
  return neg && cents !== 0 ? -cents : cents;
}

function wordOrInvalid(word: string): AmountParse {
  const w = word.replace(/[\s./\u00a0_-]/g, '').toUpperCase();
  if (NOT_REPORTED_WORDS.has(w)) return NOT_REPORTED;
  if (NOT_APPLICABLE_WORDS.has(w)) return NOT_APPLICABLE;
  return INVALID;
}

/** Integer cents, or null when the cell is absent (`N/R`, `N/A`, empty) or not a number. */
export function amountCents(text: string | undefined): number | null {
  const r = parseAmount(text);
  return r.kind === 'value' ? r.cents : null;
}

/** Cents → pesos (a number exact to the cent when printed). */
export function centsToPesos(cents: number): number {
  return cents / 100;
}

/** Per-moment sums in integer cents; moments never seen stay absent. */
export type CentSums = Map<Moment, number>;

export function addCents(sums: CentSums, moment: Moment, cents: number): void {
  sums.set(moment, (sums.get(moment) ?? 0) + cents);
}

/** Cent sums → Amounts in pesos, in the given moment order (others after, in insertion order). */
export function centsToAmounts(sums: CentSums, order: readonly Moment[] = []): Amounts {
  const out: Amounts = {};
  for (const m of order) {
    const v = sums.get(m);
    if (v !== undefined) out[m] = centsToPesos(v);
  }
  for (const [m, v] of sums) if (!(m in out)) out[m] = centsToPesos(v);
  return out;
}
