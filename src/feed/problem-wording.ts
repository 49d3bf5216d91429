/**
 * The wording of data problems: a Problem (plain data, `problems.ts`) as text in a language, from the
 * problem message table (`problem-messages.ts`, about 60 KB). Pure.
 *
 * The CDN build fetches this module (and its table) only when some problem text is needed, through
 * `loadProblemWording()` (`problems.ts`): a widget's data notes, an error state, the console report.
 * Node code (the CLI, tests) imports it directly.
 */
import { formatMoney } from '../i18n/format.js';
import type { Lang } from '../i18n/types.js';
import { isProblemCode, isProblemWord, problemMsg } from './problem-messages.js';
import { showValue } from './problems.js';
import type { Problem } from './types.js';

type Vars = Record<string, string | number>;

/** An entry of the problem table with its named placeholders filled (unknown ones stay visible). */
function say(lang: Lang, key: Parameters<typeof problemMsg>[1], vars: Vars = {}): string {
  const text = problemMsg(lang, key, vars);
  return text.replace(/\{([\w-]+)\}/g, (m, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : m));
}

function word(
  lang: Lang,
  prefix: 'moment' | 'group' | 'expect' | 'found' | 'item' | 'field' | 'figure',
  id: string,
  vars: Vars = {},
): string {
  const key = `${prefix}.${id}`;
  return isProblemWord(key) ? say(lang, key, vars) : id;
}

const isNumeric = (v: unknown): boolean => v !== '' && v !== undefined && Number.isFinite(Number(v));

/** "\"38,400,000\"" → 38,400,000 (a JSON-quoted string back to its text); other values as they are. */
function unquote(found: string): string {
  if (/^".*"$/.test(found)) {
    try {
      const v: unknown = JSON.parse(found);
      if (typeof v === 'string') return v;
    } catch {
      // A cut value ("abc…") is not valid JSON: drop the quotes only.
    }
    return found.slice(1, -1);
  }
  return found.replace(/^"|"$/g, '');
}

/** The params with the names and texts the wording needs in `lang` (moment names, money, quotes…). */
function vars(p: Problem, lang: Lang): Vars {
  const out: Vars = { ...(p.params ?? {}) };
  for (const k of ['moment', 'earlier', 'later'] as const) {
    const id = out[k];
    if (id !== undefined) out[`${k}Name`] = word(lang, 'moment', String(id));
  }
  if (out.dropped !== undefined) {
    // What was dropped, in words: the array an element belonged to, or the field's own name.
    const path = String(out.dropped);
    const element = /(\w+)\[\d+\]$/.exec(path);
    const prefix = element ? 'item' : 'field';
    const name = element ? element[1]! : (/(\w+)$/.exec(path)?.[1] ?? '');
    out.itemName = isProblemWord(`${prefix}.${name}`) ? word(lang, prefix, name) : word(lang, prefix, 'other');
  }
  if (out.groups !== undefined)
    out.groupsName = String(out.groups)
      .split(/,\s*/)
      .map((g) => word(lang, 'group', g))
      .join(', ');
  // A statement's column (approved, underspent, payable…) in words: "el monto aprobado", "the underspending".
  if (out.figure !== undefined) out.figureName = word(lang, 'figure', String(out.figure));
  // Every `…Amount` param (pesos) also as money, `…Money`: "$31.9 millones"; `found` as `foundMoney`.
  const amounts = new Set(['earlierAmount', 'laterAmount', ...Object.keys(out).filter((k) => /^\w+Amount$/.test(k)), 'found']);
  for (const k of amounts) {
    const v = out[k];
    const money = k === 'found' ? 'foundMoney' : k.replace(/Amount$/, 'Money');
    out[money] = isNumeric(v) ? formatMoney(Number(v), lang) : v !== undefined ? unquote(String(v)) : '';
  }
  const found = out.found;
  const shown =
    found !== undefined ? unquote(String(found)) : out.foundType !== undefined ? word(lang, 'found', String(out.foundType)) : '';
  out.foundQuoted = found !== undefined ? say(lang, 'quoted', { text: shown }) : shown;
  out.foundHint = found !== undefined && /\d,\d{3}/.test(shown) ? say(lang, 'hint.commas') : '';
  return out;
}

function locate(p: Problem, lang: Lang): string {
  const parts: string[] = [];
  if (p.file) parts.push(p.file);
  if (p.line !== undefined) parts.push(say(lang, 'at.line', { line: p.line }));
  if (p.column) parts.push(say(lang, 'at.column', { column: p.column }));
  if (p.index !== undefined) {
    parts.push(
      p.key !== undefined
        ? say(lang, 'at.program-key', { n: p.index + 1, key: showValue(p.key, 30) })
        : say(lang, 'at.program', { n: p.index + 1 }),
    );
  } else if (p.key) parts.push(say(lang, 'at.key', { key: p.key }));
  if (p.path) parts.push(say(lang, 'at.field', { path: p.path }));
  return parts.length ? `${parts.join(', ')}: ` : '';
}

/** " (se esperaba número; se encontró texto "1,234")", or "" when the problem says neither. */
const BARE_WORDS: Record<string, string> = { null: 'null', NaN: 'nan', Infinity: 'infinity', undefined: 'nothing' };

function detail(v: Vars, lang: Lang): string {
  const bits: string[] = [];
  if (v.expected !== undefined) {
    let what = word(lang, 'expect', String(v.expected), v);
    if (v.required) what = say(lang, 'detail.required', { what });
    bits.push(say(lang, 'detail.expected', { what }));
  }
  if (v.found !== undefined || v.foundType !== undefined) {
    const type = v.foundType !== undefined ? word(lang, 'found', String(v.foundType)) : '';
    // A reader never sees null/NaN/Infinity/undefined as words (a parser message may quote them): say what they
    // mean; quoted data stays as it is.
    const found = String(v.found ?? '').replace(/"(?:[^"\\]|\\.)*"|\b(null|NaN|Infinity|undefined)\b/g, (m, w?: string) =>
      w ? word(lang, 'found', BARE_WORDS[w]!) : m,
    );
    const what = [type, found].filter((x) => x !== '').join(' ');
    bits.push(say(lang, 'detail.found', { what }));
  }
  return bits.length ? ` (${bits.join('; ')})` : '';
}

const sentenceOf = (p: Problem, lang: Lang, v: Vars, note: boolean): string =>
  isProblemCode(p?.code)
    ? say(lang, note ? `note.${p.code}` : p.code, v)
    : say(lang, 'unknown-code', { code: showValue(p?.code ?? p?.kind ?? 'problem', 40) });

/**
 * The developer text of a problem in `lang` (resolved by the registry; Spanish by default):
 * location, sentence and what was expected and found. For the console report, `tp-error` details,
 * the CLI and "Datos y código": "Programa 12 ("U090"), campo programs[11].amounts.modified: El monto
 * no es un número; se descartó (no se muestra como 0) (se esperaba número; se encontró texto "38,400,000").".
 */
export function problemMessage(p: Problem, lang: Lang): string {
  const v = vars(p, lang);
  const sentence = sentenceOf(p, lang, v, false).replace(/\.\s*$/, '');
  return `${locate(p, lang)}${sentence}${detail(v, lang)}.`;
}

/**
 * The reader's data note in plain words: which figure, what was wrong and what the widget did, with
 * no field paths, record positions or schema words: "El monto modificado publicado no es una cifra
 * («38,400,000» con comas); no se muestra.".
 */
export function problemNote(p: Problem, lang: Lang): string {
  // A figure the problem does not carry leaves its parentheses empty: drop them, never show "()".
  return sentenceOf(p, lang, vars(p, lang), true).replace(/\s*\(\s*\)/g, '');
}

/**
 * Summary for widgets and the console: total problems, how many distinct records had problems,
 * and the first `max` messages (default 5) in `lang`.
 */
export function summarizeProblems(ps: Problem[], lang: Lang, max = 5): { count: number; records: number; shown: string[] } {
  const records = new Set<number>();
  for (const p of ps) if (p.index !== undefined) records.add(p.index);
  return { count: ps.length, records: records.size, shown: ps.slice(0, Math.max(0, max)).map((p) => problemMessage(p, lang)) };
}

/** One paragraph for console.warn, in both languages. */
export function problemsReport(url: string, ps: Problem[], max = 10): string {
  return (['es', 'en'] as const)
    .flatMap((lang) => {
      const s = summarizeProblems(ps, lang, max);
      return [
        say(lang, 'report.head', { url, count: s.count, records: s.records }),
        ...s.shown.map((m) => `  - ${m}`),
        ...(s.count > max ? [say(lang, 'report.more', { more: s.count - max })] : []),
      ];
    })
    .join('\n');
}
