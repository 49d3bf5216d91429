/**
 * Numbers and dates for es-MX and en-US without `Intl`. Pure.
 *
 * The first `Intl.NumberFormat` or `Intl.DateTimeFormat` of a page costs 35–65 ms in Chromium
 * (locale data is loaded on first use; measured in `npm run bench`), right on the path to a widget's
 * first numbers. For the two built-in languages the output is produced here instead, character for
 * character what `Intl` writes (a node test compares both over thousands of values and dates).
 * Anything else (another locale, currency or size) returns undefined and the caller uses `Intl`.
 *
 * Rounding is `Intl`'s (ICU's): the shortest decimal that reads back as the same double (what
 * `String(x)` writes) is rounded half away from zero, in decimal digits: 0.045 → "0.05" (where
 * `toFixed` would give "0.04"). Percentages move that decimal point two places, never `x * 100`.
 */

type Locale = 'es-MX' | 'en-US';
const covered = (locale: string): locale is Locale => locale === 'es-MX' || locale === 'en-US';

/** "1234567.891" → "1,234,567.891" (both locales group every three digits). */
function group(fixed: string): string {
  const dot = fixed.indexOf('.');
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return dot < 0 ? out : out + fixed.slice(dot);
}

/** "12.500" with min 1 → "12.5"; with min 0 and "12.000" → "12". */
function trim(s: string, min: number): string {
  const dot = s.indexOf('.');
  if (dot < 0) return s;
  let end = s.length;
  while (end > dot + 1 + min && s[end - 1] === '0') end--;
  return end === dot + 1 ? s.slice(0, dot) : s.slice(0, end);
}

/** The shortest decimal of a non-negative finite double, as integer and fraction digits. */
function decimal(abs: number): [string, string] {
  const text = String(abs);
  const e = text.indexOf('e');
  if (e < 0) {
    const [int, frac = ''] = text.split('.');
    return [int!, frac];
  }
  const mantissa = text.slice(0, e);
  const exp = Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot < 0 ? mantissa.length : dot) + exp; // digits before the point
  if (point <= 0) return ['0', '0'.repeat(-point) + digits];
  if (point >= digits.length) return [digits + '0'.repeat(point - digits.length), ''];
  return [digits.slice(0, point), digits.slice(point)];
}

/** Adds one to a string of decimal digits. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return '1' + '0'.repeat(digits.length);
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - 1 - i);
}

/** int.frac rounded half away from zero to `max` decimals: "int" or "int.frac". */
function round(int: string, frac: string, max: number): string {
  let kept = frac.slice(0, max).padEnd(max, '0');
  if (frac.length > max && frac[max]! >= '5') {
    const up = increment(int + kept);
    int = up.slice(0, up.length - max);
    kept = up.slice(up.length - max);
  }
  return max ? `${int}.${kept}` : int;
}

const isZero = (s: string) => !/[1-9]/.test(s);

function sign(v: number, text: string, signed: boolean): string {
  const negative = v < 0 || Object.is(v, -0);
  if (signed) return isZero(text) ? '' : negative ? '-' : '+';
  return negative ? '-' : '';
}

export interface FastNumberOptions {
  style?: 'decimal' | 'currency' | 'percent';
  currency?: string;
  currencyDisplay?: 'code' | 'narrowSymbol';
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  signDisplay?: 'auto' | 'exceptZero';
}

/** What `new Intl.NumberFormat(locale, options).format(v)` writes, or undefined when not covered. */
export function fastNumber(locale: string, v: number, o: FastNumberOptions): string | undefined {
  if (!covered(locale) || !Number.isFinite(v)) return undefined;
  const style = o.style ?? 'decimal';
  const max = o.maximumFractionDigits ?? (style === 'percent' ? 0 : 3);
  const min = o.minimumFractionDigits ?? 0;
  if (min > max || max > 20) return undefined;
  let [int, frac] = decimal(Math.abs(v));
  if (style === 'percent') {
    const moved = frac.padEnd(2, '0');
    int = (int + moved.slice(0, 2)).replace(/^0+(?=\d)/, '');
    frac = moved.slice(2);
  }
  const body = trim(round(int, frac, max), min);
  const s = sign(v, body, o.signDisplay === 'exceptZero');
  const grouped = group(body);
  if (style === 'percent') return `${s}${grouped}%`;
  if (style === 'currency') {
    if (o.currency !== 'MXN') return undefined;
    const symbol = o.currencyDisplay === 'code' ? 'MXN\u00a0' : '$';
    return `${s}${symbol}${grouped}`;
  }
  return `${s}${grouped}`;
}

const MONTHS: Record<Locale, string[]> = {
  'es-MX': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  'en-US': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * What `Intl.DateTimeFormat(locale, { timeZone: 'UTC', … month: 'long' … })` writes for a calendar date;
 * with `month: 'short'`, what it writes with `month: 'short'` in plain form ("30 oct 2024", "Oct 30, 2024":
 * no period after the month and no "de", as format.ts `formatShortDate` writes it in every engine).
 */
export function fastDate(
  locale: string,
  date: Date,
  precision: 'year' | 'month' | 'day',
  monthStyle: 'long' | 'short' = 'long',
): string | undefined {
  if (!covered(locale)) return undefined;
  const y = date.getUTCFullYear();
  if (y < 1000 || y > 9999) return undefined;
  const long = MONTHS[locale][date.getUTCMonth()]!;
  const month = monthStyle === 'short' ? long.slice(0, 3) : long;
  const d = date.getUTCDate();
  if (precision === 'year') return String(y);
  if (locale === 'es-MX' && monthStyle === 'short') return precision === 'day' ? `${d} ${month} ${y}` : `${month} ${y}`;
  if (locale === 'es-MX') return precision === 'day' ? `${d} de ${month} de ${y}` : `${month} de ${y}`;
  return precision === 'day' ? `${month} ${d}, ${y}` : `${month} ${y}`;
}
