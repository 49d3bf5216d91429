/**
 * Typed data problems (never crashes): constructors, bilingual messages and summaries. Pure.
 */
import type { Problem, ProblemKind } from './types.js';

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
    s = `{${keys.slice(0, 4).map((k) => JSON.stringify(k)).join(', ')}${keys.length > 4 ? ', …' : ''}}`;
  } else s = String(v);
  // Control characters would garble a console line or a screen reader.
  s = s.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** What kind of JSON value this is, in plain words (for "found"). */
export function typeName(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

export interface ProblemInit {
  index?: number;
  key?: string;
  path?: string;
  expected?: string;
  found?: string;
}

/** Builds a Problem; the location ("programa 3 (E001), campo amounts.paid") is prefixed to both messages. */
export function makeProblem(
  kind: ProblemKind,
  severity: Problem['severity'],
  init: ProblemInit,
  es: string,
  en: string,
): Problem {
  const where = locate(init);
  const tailEs = detail(init, 'es');
  const tailEn = detail(init, 'en');
  const p: Problem = {
    kind,
    severity,
    message: {
      es: `${where.es}${es}${tailEs}`,
      en: `${where.en}${en}${tailEn}`,
    },
  };
  if (init.index !== undefined) p.index = init.index;
  if (init.key !== undefined) p.key = init.key;
  if (init.path !== undefined) p.path = init.path;
  if (init.expected !== undefined) p.expected = init.expected;
  if (init.found !== undefined) p.found = init.found;
  return p;
}

function locate(init: ProblemInit): { es: string; en: string } {
  const parts: { es: string; en: string }[] = [];
  if (init.index !== undefined) {
    const k = init.key !== undefined ? ` (${showValue(init.key, 30)})` : '';
    parts.push({ es: `Programa ${init.index + 1}${k}`, en: `Program ${init.index + 1}${k}` });
  }
  if (init.path) parts.push({ es: `campo ${init.path}`, en: `field ${init.path}` });
  if (!parts.length) return { es: '', en: '' };
  return { es: `${parts.map((p) => p.es).join(', ')}: `, en: `${parts.map((p) => p.en).join(', ')}: ` };
}

/** Spanish names of the LGCG moments (art. 38) and the common extra one. */
export const MOMENT_ES: Record<string, string> = {
  approved: 'aprobado',
  modified: 'modificado',
  ministered: 'ministrado',
  committed: 'comprometido',
  accrued: 'devengado',
  exercised: 'ejercido',
  paid: 'pagado',
};

const EXPECTED_ES: [RegExp, string][] = [
  [/\bfinite number\b/g, 'número finito'],
  [/\bnumber\b/g, 'número'],
  [/\bobject\b/g, 'objeto'],
  [/\barray\b/g, 'lista'],
  [/\bstring\b/g, 'texto'],
  [/\binteger\b/g, 'entero'],
  [/\bboolean\b/g, 'verdadero o falso'],
  [/\(required\)/g, '(obligatorio)'],
  [/\ba unique key\b/g, 'una clave única'],
  [/\ba moment name\b/g, 'un nombre de momento'],
  [/\bone of\b/g, 'uno de'],
  [/\bmoment → amount\b/g, 'momento → monto'],
  [/\ban https:, http:, mailto: or relative URL\b/g, 'un enlace https:, http:, mailto: o relativo'],
  [/\ban ISO date YYYY-MM-DD\b/g, 'una fecha AAAA-MM-DD'],
  [/\ba non-empty string\b/g, 'un texto no vacío'],
  [/\bat least (\d+) item\(s\)/g, 'al menos $1 elemento(s)'],
  [/\ba period such as\b/g, 'un periodo como'],
  [/\ban SDG target such as\b/g, 'una meta ODS como'],
  [/\ban ISO 4217 code such as\b/g, 'un código ISO 4217 como'],
  [/\btext containing\b/g, 'texto que contenga'],
  [/\bnothing\b/g, 'nada'],
  [/ or /g, ' o '],
  [/\b(approved|modified|ministered|committed|accrued|exercised|paid)\b/g, (m: string) => MOMENT_ES[m] ?? m] as unknown as [RegExp, string],
];

/** The expected/found text of a Problem in Spanish (common words translated; values stay as they are). */
export function toSpanish(text: string): string {
  let out = text;
  for (const [re, rep] of EXPECTED_ES) out = out.replace(re, rep as string);
  return out;
}

const NON_VALUES: Record<'es' | 'en', Record<string, string>> = {
  es: { null: 'un valor vacío', NaN: 'un valor que no es número', Infinity: 'infinito', undefined: 'nada' },
  en: { null: 'an empty value', NaN: 'a value that is not a number', Infinity: 'infinity', undefined: 'nothing' },
};

function detail(init: ProblemInit, lang: 'es' | 'en'): string {
  const bits: string[] = [];
  const tr = (t: string) => (lang === 'es' ? toSpanish(t) : t);
  if (init.expected !== undefined) bits.push(`${lang === 'es' ? 'se esperaba' : 'expected'} ${tr(init.expected)}`);
  if (init.found !== undefined) {
    // Only the type word before a shown value is translated ("string \"5\"" → "texto \"5\"").
    let found = lang === 'es' ? init.found.replace(/^(string|number|object|array|boolean|nothing)\b/, (w) => toSpanish(w)) : init.found;
    // A reader never sees null/NaN/Infinity/undefined as words: say what they mean (quoted data stays as is).
    found = found.replace(/"(?:[^"\\]|\\.)*"|\b(null|NaN|Infinity|undefined)\b/g, (m, w?: string) => (w ? NON_VALUES[lang][w]! : m));
    bits.push(`${lang === 'es' ? 'se encontró' : 'found'} ${found}`);
  }
  return bits.length ? ` (${bits.join('; ')}).` : '';
}

/** The problem's message in `lang` ("es" default; "en"; a regional tag such as "en-US" uses its base). */
export function problemMessage(p: Problem, lang: string): string {
  const en = String(lang ?? '').toLowerCase().startsWith('en');
  const m = p?.message;
  return (en ? m?.en : m?.es) ?? m?.es ?? m?.en ?? String(p?.kind ?? 'problem');
}

/**
 * Summary for widgets and the console: total problems, how many distinct records had problems,
 * and the first `max` messages (default 5) in `lang`.
 */
export function summarizeProblems(ps: Problem[], lang: string, max = 5): { count: number; records: number; shown: string[] } {
  const records = new Set<number>();
  for (const p of ps) if (p.index !== undefined) records.add(p.index);
  return { count: ps.length, records: records.size, shown: ps.slice(0, Math.max(0, max)).map((p) => problemMessage(p, lang)) };
}

/** One paragraph for console.warn, in both languages. */
export function problemsReport(url: string, ps: Problem[], max = 10): string {
  const es = summarizeProblems(ps, 'es', max);
  const en = summarizeProblems(ps, 'en', max);
  const more = (n: number, lang: 'es' | 'en') =>
    n > max ? [lang === 'es' ? `… y ${n - max} más.` : `… and ${n - max} more.`] : [];
  return [
    `[tp-widgets] ${url}: ${es.count} problema(s) en los datos, ${es.records} registro(s) afectados.`,
    ...es.shown.map((s) => `  - ${s}`),
    ...more(es.count, 'es'),
    `[tp-widgets] ${url}: ${en.count} data problem(s), ${en.records} record(s) affected.`,
    ...en.shown.map((s) => `  - ${s}`),
    ...more(en.count, 'en'),
  ].join('\n');
}
