/**
 * Program keys as every adapter and `merge` read them, plus the small cell readers the
 * planning / evaluation adapters share (pure: no DOM, no I/O).
 *
 * The part-wise normalisation (ramo "9" → "09", modality letter, number "10" → "010") lives in
 * program-code.ts (`normalizeRamo`, `normalizeModality`, `normalizeProgramNumber`, `programKey`), which
 * landed first; this module reuses it so there is one rule for the whole project, and adds:
 *  - `parseProgramKey`: any written form → `{ ramo?, modality, number }`:
 *    `S176`, `S 176`, `s176`, `S-176`, `20-S176`, `20 S 176`, `20s176`, with no-break spaces folded;
 *  - `formatProgramKey`: parts → "20-S176", or "S176" without ramo;
 *  - `readNumber`: plain (non-money) numbers such as indicator values, scores and head counts.
 */
import { foldSpaces } from './text-fold.js';
import { normalizeModality, normalizeProgramNumber, normalizeRamo, programKey } from './program-code.js';

export { programKey };

export interface ProgramKeyParts {
  /** Two-digit ramo ("09", "20"), absent in a short key. */
  ramo?: string;
  /** One upper-case modality letter ("S"). */
  modality: string;
  /** Three-digit program number ("176", "010"). */
  number: string;
}

const KEY = /^(?:(\d{1,3})[-_.]?)?([A-Z])[-_.]?(\d{1,4})$/;

/**
 * Parses a program key written in any of the forms found in SHCP files and widget attributes.
 * With `modality` and `number` given separately (`S` + `176`), pass them as the 2nd/3rd arguments,
 * and the ramo as the 4th. Undefined when the text is not a program key (e.g. "Varios", "0003").
 */
export function parseProgramKey(
  text: string | undefined | null,
  number?: string | number | null,
  ramo?: string | number | null,
): ProgramKeyParts | undefined {
  if (number !== undefined && number !== null && String(number).trim() !== '') {
    const modality = normalizeModality(text ?? undefined);
    const num = normalizeProgramNumber(number);
    if (!modality || !num) return undefined;
    const r = normalizeRamo(ramo ?? undefined);
    return r ? { ramo: r, modality, number: num } : { modality, number: num };
  }
  const m = KEY.exec(foldSpaces(String(text ?? '')).toUpperCase());
  if (!m) return undefined;
  const num = normalizeProgramNumber(m[3]!);
  if (!num) return undefined;
  const r = normalizeRamo(m[1] ?? ramo ?? undefined);
  return r ? { ramo: r, modality: m[2]!, number: num } : { modality: m[2]!, number: num };
}

/** "20-S176" from parts with a ramo, "S176" without. */
export function formatProgramKey(p: ProgramKeyParts): string {
  return p.ramo ? `${p.ramo}-${p.modality}${p.number}` : `${p.modality}${p.number}`;
}

/** Normalises any key form to the canonical one ("s 176" → "S176", "20s176" → "20-S176"), else undefined. */
export function normalizeProgramKey(text: string | undefined | null): string | undefined {
  const p = parseProgramKey(text);
  return p ? formatProgramKey(p) : undefined;
}

/** The key without its ramo: "20-S176" → "S176". Undefined when the text is not a key. */
export function shortProgramKey(text: string | undefined | null): string | undefined {
  const p = parseProgramKey(text);
  return p ? `${p.modality}${p.number}` : undefined;
}

// ───────────────────────── plain numbers ─────────────────────────

export type NumberCell = { kind: 'value'; value: number } | { kind: 'empty' } | { kind: 'invalid' };

const PLAIN = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const GROUPED = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Reads a non-money number cell: `100`, `88.57`, `-3.2`, `.5`, `0.883983764`, `570,000`
 * (thousands in groups of three), surrounded by any spaces (also no-break). Empty → `empty`;
 * anything else (`n.a.`, `Por determinar`, `761,325 jóvenes`) → `invalid`, never guessed.
 */
export function readNumber(text: string | undefined | null): NumberCell {
  const s = String(text ?? '').replace(/^[\s\u00a0\u2007\u202f\ufeff]+|[\s\u00a0\u2007\u202f\ufeff]+$/g, '');
  if (s === '') return { kind: 'empty' };
  if (PLAIN.test(s)) return finiteOrInvalid(Number(s));
  if (GROUPED.test(s)) return finiteOrInvalid(Number(s.replace(/,/g, '')));
  return { kind: 'invalid' };
}

function finiteOrInvalid(n: number): NumberCell {
  return Number.isFinite(n) ? { kind: 'value', value: n } : { kind: 'invalid' };
}

/** The number in a cell, or undefined when it is empty or not a number. */
export function numberOrUndefined(text: string | undefined | null): number | undefined {
  const r = readNumber(text);
  return r.kind === 'value' ? r.value : undefined;
}

/** A four-digit year 1990–2099 written in a file name ("alineacion_2021_…csv" → 2021), if exactly one. */
export function yearFromFileName(file: string | undefined): number | undefined {
  if (!file) return undefined;
  const base = file.split(/[\\/]/).pop() ?? '';
  const years = [...new Set(base.match(/(?<!\d)(?:199\d|20\d\d)(?!\d)/g) ?? [])];
  return years.length === 1 ? Number(years[0]) : undefined;
}

// ───────────────────────── header access ─────────────────────────

/** Column access by (unique) header name: `col(row, 'RAMO')` → the trimmed cell, '' when absent. */
export function columnReader(header: readonly string[]): {
  has: (name: string) => boolean;
  index: (name: string) => number;
  col: (row: readonly string[], name: string) => string;
  raw: (row: readonly string[], name: string) => string;
} {
  const at = new Map<string, number>();
  header.forEach((h, i) => {
    if (!at.has(h)) at.set(h, i);
  });
  const index = (name: string) => at.get(name) ?? -1;
  const raw = (row: readonly string[], name: string) => {
    const i = at.get(name);
    return i === undefined ? '' : (row[i] ?? '');
  };
  return {
    has: (name) => at.has(name),
    index,
    raw,
    col: (row, name) => raw(row, name).replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ''),
  };
}

/** True when every name is in the header. */
export function hasAll(header: readonly string[], names: readonly string[]): boolean {
  const set = new Set(header);
  return names.every((n) => set.has(n));
}
