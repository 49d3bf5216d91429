/**
 * Typed data problems (never crashes). A Problem is plain data: a `code`, its location and flat
 * `params`; its words live in the problem message table (`problem-messages.ts`), turned into text by
 * `problem-wording.ts`, which a browser fetches only when some problem text is needed
 * (`loadProblemWording`). Pure.
 */
import { translate } from '../i18n/registry.js';
import type { Lang } from '../i18n/types.js';
import type { ExpectedCode, FoundType, ProblemCode } from './problem-messages.js';
import type { Problem, ProblemKind, ProblemParams } from './types.js';

const MAX_FOUND = 60;

/** A value as short, printable text for a message: strings quoted, long values cut with "…". */
export function showValue(v: unknown, max = MAX_FOUND): string {
  let s: string;
  if (v === undefined) s = 'nothing';
  else if (typeof v === 'string') s = JSON.stringify(v);
  else if (typeof v === 'number') s = Number.isNaN(v) ? 'NaN' : String(v);
  else if (typeof v === 'bigint') s = `${v}n`;
  else if (typeof v === 'function' || typeof v === 'symbol') s = typeof v;
  else if (v === null) s = 'null';
  else if (Array.isArray(v)) s = `[…] (${v.length})`;
  else if (typeof v === 'object') {
    // Keys only: never stringify a whole (possibly huge) object for a message.
    const keys = Object.keys(v);
    s = `{${keys
      .slice(0, 4)
      .map((k) => JSON.stringify(k))
      .join(', ')}${keys.length > 4 ? ', …' : ''}}`;
  } else s = String(v);
  // Control characters would garble a console line or a screen reader.
  s = s.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** What kind of JSON value this is, as a found-type code. */
export function typeName(v: unknown): FoundType {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'boolean' || t === 'object' ? t : 'other';
}

/**
 * The params that say what was found: `found` (the value as short text) and, when asked for or when
 * the value is not a plain one (nothing, null, NaN, ±Infinity), `foundType`. A reader never sees
 * "null" or "NaN": those are worded from the table.
 */
export function foundParams(v: unknown, withType = false): { found?: string; foundType?: FoundType } {
  if (v === undefined) return { foundType: 'nothing' };
  if (v === null) return { foundType: 'null' };
  if (typeof v === 'number' && !Number.isFinite(v)) return { foundType: Number.isNaN(v) ? 'nan' : v > 0 ? 'infinity' : '-infinity' };
  return withType ? { foundType: typeName(v), found: showValue(v) } : { found: showValue(v) };
}

/** Where a problem is: the record (position, key), the field path, or the file, line and column. */
export interface ProblemAt {
  index?: number;
  key?: string;
  path?: string;
  file?: string;
  line?: number;
  column?: string;
}

/** The params every code may carry; codes add their own (figures, names, moment ids…). */
export interface ProblemDetail {
  expected?: ExpectedCode;
  found?: string;
  foundType?: FoundType;
  [name: string]: string | number | undefined;
}

/** Builds a Problem: plain JSON data (undefined params are left out). */
export function makeProblem(
  kind: ProblemKind,
  code: ProblemCode,
  severity: Problem['severity'],
  at: ProblemAt = {},
  params: ProblemDetail = {},
): Problem {
  const p: Problem = { kind, code, severity };
  if (at.index !== undefined) p.index = at.index;
  if (at.key !== undefined) p.key = at.key;
  if (at.path !== undefined) p.path = at.path;
  if (at.file !== undefined) p.file = at.file;
  if (at.line !== undefined) p.line = at.line;
  if (at.column !== undefined) p.column = at.column;
  const kept: ProblemParams = {};
  let any = false;
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    kept[k] = v;
    any = true;
  }
  if (any) p.params = kept;
  return p;
}

// ---- The wording, loaded when needed ---------------------------------------------------------------

type ProblemWording = typeof import('./problem-wording.js');

let wording: ProblemWording | undefined;
let loading: Promise<ProblemWording> | undefined;

/**
 * The wording of problems (`problem-wording.ts` and its table), imported once: in the CDN build a
 * chunk of its own, fetched the first time a problem has to be said (data notes, an error, the console
 * report), never on the way to a widget's first render. Rejects when the chunk cannot be fetched
 * (offline); the next call tries again.
 */
export function loadProblemWording(): Promise<ProblemWording> {
  loading ??= import('./problem-wording.js').then(
    (m) => (wording = m),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/** The wording module when it has already been loaded, else undefined (synchronous). */
export function problemWordingIfLoaded(): ProblemWording | undefined {
  return wording;
}

/**
 * The developer text of a problem (`problemMessage`) when the wording is loaded; otherwise (its chunk
 * could not be fetched) a short sentence from the core strings that names the problem's code, so an
 * error never reads blank.
 */
export function problemMessageNow(p: Problem, lang: Lang): string {
  return wording ? wording.problemMessage(p, lang) : unworded(p, lang);
}

/** `problemNote` when the wording is loaded; otherwise the short sentence that names the code. */
export function problemNoteNow(p: Problem, lang: Lang): string {
  return wording ? wording.problemNote(p, lang) : unworded(p, lang);
}

function unworded(p: Problem, lang: Lang): string {
  return translate(lang, 'problemUnworded', String(p?.code ?? p?.kind ?? '?').slice(0, 60));
}
