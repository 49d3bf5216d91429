/**
 * Shared parsing for the adapters (pure: no DOM, no I/O).
 *
 *  - Money as SHCP writes it → integer cents, exactly: `" 99,305,000 "`, `" -   "` (zero),
 *    `"-8,660,451,340 "`, `.37`, `"759,577.00"`, `(1,234)`; `N/R`, `N/A`, empty → absent (null).
 *  - Program keys: ramo + modality letter + 3-digit number → "20-S176"; without ramo → "S176".
 *    Key parts are normalised from `S176`, `S 176`, `s-176`, `S`+`176`, `U57`, no-break spaces.
 *
 * Sums are kept in integer cents (safe up to ±90 trillion pesos) and turned into pesos only at the end.
 */
import type { Amounts, Moment, Problem } from '../types.js';

export type AmountParse =
  | { kind: 'value'; cents: number }
  | { kind: 'absent'; reason: 'empty' | 'not-reported' | 'not-applicable' }
  | { kind: 'invalid' };

const EMPTY: AmountParse = { kind: 'absent', reason: 'empty' };
const NOT_REPORTED: AmountParse = { kind: 'absent', reason: 'not-reported' };
const NOT_APPLICABLE: AmountParse = { kind: 'absent', reason: 'not-applicable' };
const INVALID: AmountParse = { kind: 'invalid' };

/** Spellings of "not reported" / "not available" (compared without spaces, dots, slashes; upper case). */
const NOT_REPORTED_WORDS = new Set(['NR', 'ND', 'SD', 'NOREPORTADO', 'NODISPONIBLE', 'SINDATO', 'SINDATOS']);
const NOT_APPLICABLE_WORDS = new Set(['NA', 'NOAPLICA']);

const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0xfeff || c === 13 || c === 10;
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

// ───────────────────────── program keys ─────────────────────────

const FOLD = /[\s\u00a0\u2007\u202f\ufeff\u200b]+/g;

/** Removes every kind of space (also no-break and zero-width) and trims. */
export function foldSpaces(s: string): string {
  return String(s ?? '').replace(FOLD, '');
}

/** Ramo as two digits when numeric ("3" → "03", " 20 " → "20", "003" → "03"); other text upper-cased. */
export function normalizeRamo(ramo: string | number | undefined | null): string | undefined {
  if (ramo === undefined || ramo === null) return undefined;
  const r = foldSpaces(String(ramo)).toUpperCase();
  if (!r) return undefined;
  if (/^\d+$/.test(r)) {
    const n = r.replace(/^0+(?=\d)/, '');
    return n.length < 2 ? n.padStart(2, '0') : n;
  }
  return r;
}

/** Modality letter ("s" → "S", " S " → "S"); undefined unless exactly one letter A–Z. */
export function normalizeModality(mod: string | undefined | null): string | undefined {
  const m = foldSpaces(String(mod ?? '')).toUpperCase();
  return /^[A-Z]$/.test(m) ? m : undefined;
}

/** Program number as three digits ("176" → "176", "1" → "001", "0027" → "027"); undefined if not 1–3 significant digits. */
export function normalizeProgramNumber(num: string | number | undefined | null): string | undefined {
  const n = foldSpaces(String(num ?? ''));
  if (!/^\d+$/.test(n)) return undefined;
  const sig = n.replace(/^0+(?=\d)/, '');
  return sig.length <= 3 ? sig.padStart(3, '0') : undefined;
}

/**
 * Parses a program code written `S176`, `S 176`, `s-176`, `S\u00a0176`, `U57`, `E001` into its parts.
 * Undefined when it is not one letter followed by 1–3 significant digits (e.g. "TOTAL").
 */
export function parseProgramCode(code: string | undefined | null): { modality: string; number: string } | undefined {
  const c = foldSpaces(String(code ?? '')).toUpperCase();
  const m = /^([A-Z])[-_.]?(\d{1,4})$/.exec(c);
  if (!m) return undefined;
  const number = normalizeProgramNumber(m[2]!);
  return number ? { modality: m[1]!, number } : undefined;
}

/** The short program code "S176" from parts, or undefined when a part is not valid. */
export function programCode(modality: string | undefined | null, number: string | number | undefined | null): string | undefined {
  const m = normalizeModality(modality ?? undefined);
  const n = normalizeProgramNumber(number ?? undefined);
  return m && n ? `${m}${n}` : undefined;
}

/**
 * The program key: `programKey("20", "S", "176")` → "20-S176"; `programKey(undefined, "S", "176")` → "S176".
 * `number` may also carry the letter (`programKey("20", "", "S 176")`). Undefined when the parts are not valid.
 */
export function programKey(
  ramo: string | number | undefined | null,
  modality: string | undefined | null,
  number: string | number | undefined | null,
): string | undefined {
  const code = normalizeModality(modality ?? undefined)
    ? programCode(modality, number)
    : (() => {
        const p = parseProgramCode(String(number ?? ''));
        return p ? `${p.modality}${p.number}` : undefined;
      })();
  if (!code) return undefined;
  const r = normalizeRamo(ramo ?? undefined);
  return r ? `${r}-${code}` : code;
}

/** Folds a header name for matching: no accents, no spaces/underscores/punctuation, upper case. */
export function foldHeader(h: string): string {
  return String(h ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase();
}

// ───────────────────────── problems from adapters ─────────────────────────

export interface AdapterProblemInit {
  file?: string;
  line?: number;
  column?: string;
  key?: string;
  expected?: string;
  found?: string;
}

/** A Problem located in a source file ("archivo.csv, línea 12, columna PEF_2016: …"). */
export function adapterProblem(
  kind: Problem['kind'],
  severity: Problem['severity'],
  at: AdapterProblemInit,
  es: string,
  en: string,
): Problem {
  const whereEs = [at.file, at.line !== undefined ? `línea ${at.line}` : '', at.column ? `columna ${at.column}` : '', at.key ? `programa ${at.key}` : '']
    .filter(Boolean)
    .join(', ');
  const whereEn = [at.file, at.line !== undefined ? `line ${at.line}` : '', at.column ? `column ${at.column}` : '', at.key ? `program ${at.key}` : '']
    .filter(Boolean)
    .join(', ');
  const tail = (lang: 'es' | 'en') => {
    const bits: string[] = [];
    if (at.expected !== undefined) bits.push(`${lang === 'es' ? 'se esperaba' : 'expected'} ${at.expected}`);
    if (at.found !== undefined) bits.push(`${lang === 'es' ? 'se encontró' : 'found'} ${at.found}`);
    return bits.length ? ` (${bits.join('; ')})` : '';
  };
  const p: Problem = {
    kind,
    severity,
    message: {
      es: `${whereEs ? `${whereEs}: ` : ''}${es}${tail('es')}.`,
      en: `${whereEn ? `${whereEn}: ` : ''}${en}${tail('en')}.`,
    },
  };
  if (at.key !== undefined) p.key = at.key;
  if (at.expected !== undefined) p.expected = at.expected;
  if (at.found !== undefined) p.found = at.found;
  if (at.file !== undefined) p.file = at.file;
  if (at.line !== undefined) p.line = at.line;
  if (at.column !== undefined) p.column = at.column;
  return p;
}

/** A cell value as short, printable text for `found`. */
export function shown(v: string | undefined, max = 40): string {
  const s = JSON.stringify(String(v ?? '')).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return s.length > max ? `${s.slice(0, max - 2)}…"` : s;
}

/**
 * Collects problems with a cap per kind, so a 1 GB file with a million bad cells stays in bounded
 * memory: the first `cap` of each kind are kept and one summary note says how many more there were.
 */
export class ProblemLog {
  readonly list: Problem[] = [];
  private counts = new Map<string, number>();
  constructor(private cap = 50) {}
  add(p: Problem): void {
    const n = (this.counts.get(p.kind) ?? 0) + 1;
    this.counts.set(p.kind, n);
    if (n <= this.cap) this.list.push(p);
  }
  count(kind: string): number {
    return this.counts.get(kind) ?? 0;
  }
  /** The kept problems plus one note per kind that went over the cap. */
  done(file?: string): Problem[] {
    const out = [...this.list];
    for (const [kind, n] of this.counts) {
      if (n > this.cap)
        out.push(
          adapterProblem(
            kind,
            'note',
            { file },
            `${n - this.cap} problemas más del tipo "${kind}" (${n} en total) no se listan`,
            `${n - this.cap} more problems of kind "${kind}" (${n} in all) are not listed`,
          ),
        );
    }
    return out;
  }
}

/** Names of the program modalities (clasificación programática, SHCP), by letter. */
export const MODALITIES: Record<string, string> = {
  S: 'Sujetos a Reglas de Operación',
  U: 'Otros Subsidios',
  E: 'Prestación de Servicios Públicos',
  B: 'Provisión de Bienes Públicos',
  P: 'Planeación, seguimiento y evaluación de políticas públicas',
  F: 'Promoción y fomento',
  G: 'Regulación y supervisión',
  A: 'Funciones de las Fuerzas Armadas',
  R: 'Específicos',
  K: 'Proyectos de Inversión',
  M: 'Apoyo al proceso presupuestario y para mejorar la eficiencia institucional',
  O: 'Apoyo a la función pública y al mejoramiento de la gestión',
  W: 'Operaciones ajenas',
  L: 'Obligaciones de cumplimiento de resolución jurisdiccional',
  N: 'Desastres Naturales',
  J: 'Pensiones y jubilaciones',
  T: 'Aportaciones a la seguridad social',
  Y: 'Aportaciones a fondos de estabilización',
  Z: 'Aportaciones a fondos de inversión y reestructura de pensiones',
  C: 'Participaciones a entidades federativas y municipios',
  D: 'Costo financiero, deuda o apoyos a deudores y ahorradores de la banca',
  H: 'Adeudos de ejercicios fiscales anteriores',
  I: 'Gasto Federalizado',
};

/** The modality of a program code as {id, name} ("S176" → {id: "S", name: "Sujetos a Reglas de Operación"}). */
export function modalityOf(code: string, name?: string): { id: string; name: string } {
  const id = code.charAt(0).toUpperCase();
  return { id, name: name || MODALITIES[id] || id };
}
