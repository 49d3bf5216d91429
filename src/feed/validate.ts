/**
 * Validation of untrusted Feed v1 JSON. Pure (no DOM, no fetch).
 *
 * Fatal (the feed is rejected with one clear Problem): not JSON, not an object, version ≠ 1,
 * no `programs` array. Everything else is record-level: the bad field, element or record is dropped
 * and described by a Problem (position, key, path, expected, found). Negative amounts and moments the
 * feed does not declare are kept and flagged as warnings; breaks in the LGCG order are notes.
 * Output objects are built from the schema's own field names, so keys such as `__proto__` are never copied.
 */
import { checkOrder } from './order.js';
import { makeProblem, MOMENT_ES, showValue, typeName } from './problems.js';
import type { ProblemInit } from './problems.js';
import {
  BreakdownRowSchema,
  FORBIDDEN_KEYS,
  HeaderSchema,
  MAX_AMOUNT,
  PeriodRowSchema,
  PROGRAM_ARRAYS,
  ProgramScalarSchema,
} from './schema.js';
import { normalizeKey } from './select.js';
import { arrayOf, isPlainObject, salvage } from './salvage.js';
import type { AnySchema, Failure, SalvageSink } from './salvage.js';
import { STANDARD_MOMENTS } from './types.js';
import type { Amounts, Feed, Problem, Program } from './types.js';

export type ValidationResult =
  | { ok: true; feed: Feed; problems: Problem[] }
  | { ok: false; problem: Problem; problems: Problem[] };

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Problems that make JSON-Schema validity fail (used by the schema agreement test and `tp-feed validate`). */
export function isStructuralProblem(p: Problem): boolean {
  return (p.severity === 'fatal' || p.severity === 'error') && p.kind !== 'duplicate-key';
}

function fatal(kind: string, init: ProblemInit, es: string, en: string): ValidationResult {
  const problem = makeProblem(kind, 'fatal', init, es, en);
  return { ok: false, problem, problems: [problem] };
}

/** Parses JSON text (a leading BOM is ignored) and validates it. */
export function parseFeedText(text: string): ValidationResult {
  const t = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
  if (t.trim() === '') {
    return fatal('not-json', {}, 'El archivo de datos está vacío.', 'The data file is empty.');
  }
  let data: unknown;
  try {
    data = JSON.parse(t);
  } catch (e) {
    const reason = showValue(String((e as Error)?.message ?? e), 80).replace(/^"|"$/g, '');
    if (/^\s*</.test(t)) {
      return fatal(
        'not-json',
        { found: showValue(t.trimStart().slice(0, 40)) },
        'El archivo no es JSON: parece una página HTML (¿la dirección es correcta?).',
        'The file is not JSON: it looks like an HTML page (is the address right?).',
      );
    }
    return fatal('not-json', { found: reason }, 'El archivo no es JSON válido.', 'The file is not valid JSON.');
  }
  return validateFeed(data);
}

interface Ctx extends SalvageSink {
  problems: Problem[];
  index?: number;
  key?: string;
  moments: Set<string>;
}

/** Records that `dropped` (a field or an array element) was removed because of `f`. */
function report(ctx: Ctx, f: Failure, dropped: string, what: 'field' | 'element' | 'record') {
  const init: ProblemInit = { path: f.path, expected: f.expected, found: f.found };
  if (ctx.index !== undefined) init.index = ctx.index;
  if (ctx.key !== undefined) init.key = ctx.key;
  const es =
    what === 'record'
      ? 'se descartó el programa completo'
      : what === 'element'
        ? `se descartó el elemento ${dropped}`
        : `se descartó el campo ${dropped}`;
  const en =
    what === 'record'
      ? 'the whole program was dropped'
      : what === 'element'
        ? `element ${dropped} was dropped`
        : `field ${dropped} was dropped`;
  const lead =
    f.kind === 'unsafe-url'
      ? { es: 'Enlace no permitido (solo https:, http:, mailto: o relativo)', en: 'Link not allowed (only https:, http:, mailto: or relative)' }
      : f.kind === 'non-finite'
        ? { es: 'Número no finito', en: 'Non-finite number' }
        : { es: 'Valor no válido', en: 'Invalid value' };
  ctx.problems.push(makeProblem(f.kind, 'error', init, `${lead.es}; ${es}`, `${lead.en}; ${en}`));
}

function push(ctx: Ctx, kind: string, severity: Problem['severity'], init: ProblemInit, es: string, en: string) {
  const full: ProblemInit = { ...init };
  if (ctx.index !== undefined) full.index = ctx.index;
  if (ctx.key !== undefined) full.key = ctx.key;
  ctx.problems.push(makeProblem(kind, severity, full, es, en));
}

/**
 * Checks one amount map moment by moment. Strings, non-finite numbers, amounts beyond ±MAX_AMOUNT and
 * forbidden keys are dropped (error); negatives and undeclared moments are kept (warning).
 * Returns undefined when `raw` is not an object.
 */
function checkAmounts(raw: unknown, path: string, ctx: Ctx): Amounts | undefined {
  if (!isPlainObject(raw)) return undefined;
  const out: Amounts = {};
  for (const k of Object.keys(raw)) {
    const val = raw[k];
    const sub = `${path}.${k}`;
    if (k === '' || FORBIDDEN_KEYS.includes(k)) {
      push(ctx, 'invalid-field', 'error', { path: sub, expected: 'a moment name', found: showValue(k) },
        'Nombre de momento no permitido; se descartó', 'Moment name not allowed; dropped');
      continue;
    }
    if (typeof val !== 'number') {
      push(ctx, 'invalid-field', 'error', { path: sub, expected: 'number', found: val === null ? 'null' : `${typeName(val)} ${showValue(val)}` },
        'El monto no es un número; se descartó (no se muestra como 0)', 'The amount is not a number; dropped (not shown as 0)');
      continue;
    }
    if (!Number.isFinite(val)) {
      push(ctx, 'non-finite', 'error', { path: sub, expected: 'finite number', found: showValue(val) },
        'Monto no finito; se descartó', 'Non-finite amount; dropped');
      continue;
    }
    if (Math.abs(val) > MAX_AMOUNT) {
      push(ctx, 'invalid-field', 'error', { path: sub, expected: `|amount| ≤ ${MAX_AMOUNT}`, found: showValue(val) },
        'Monto demasiado grande para sumarse al centavo; se descartó', 'Amount too large to add up to the cent; dropped');
      continue;
    }
    if (val < 0) {
      push(ctx, 'negative-amount', 'warning', { path: sub, expected: '≥ 0', found: showValue(val) },
        'Monto negativo (p. ej. un ajuste o reintegro); se conserva tal como viene', 'Negative amount (e.g. an adjustment or refund); kept as published');
    }
    if (!ctx.moments.has(k)) {
      push(ctx, 'unknown-moment', 'warning', { path: sub, expected: `one of ${[...ctx.moments].join(', ')}`, found: showValue(k) },
        'Momento no declarado en "moments"; se conserva pero no se muestra en orden', 'Moment not declared in "moments"; kept but not shown in order');
    }
    out[k] = val;
  }
  return out;
}

/** Amount maps inside rows (breakdown, periods, crossCutting): a bad map drops the row. */
function rowsWithAmounts(rows: unknown, path: string, ctx: Ctx): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  (rows as Record<string, unknown>[]).forEach((row, i) => {
    const p = `${path}[${i}]`;
    const amounts = checkAmounts(row.amounts, `${p}.amounts`, ctx);
    if (!amounts) {
      report(ctx, { path: `${p}.amounts`, expected: 'object', found: showValue(row.amounts), kind: 'invalid-field' }, p, 'element');
      return;
    }
    const copy: Record<string, unknown> = { ...row, amounts };
    if (has(row, 'periods')) {
      if (row.periods === undefined) delete copy.periods;
      else {
        const r = salvage(arrayOf(PeriodRowSchema as unknown as AnySchema), row.periods, `${p}.periods`, ctx);
        if (r.ok) copy.periods = rowsWithAmounts(r.value, `${p}.periods`, ctx);
        else {
          delete copy.periods;
          report(ctx, r.fail, `${p}.periods`, 'field');
        }
      }
    }
    out.push(copy);
  });
  return out;
}

const DEFAULTS: Record<string, unknown> = {
  publisher: { name: '', jurisdiction: '' },
  cycle: 0,
  currency: 'MXN',
  sources: [],
  moments: [...STANDARD_MOMENTS],
};

/** Validates a parsed feed. Record-level problems never reject the feed. */
export function validateFeed(input: unknown): ValidationResult {
  if (!isPlainObject(input)) {
    return fatal('not-object', { expected: 'object', found: input === undefined ? 'nothing' : `${typeName(input)} ${showValue(input)}` },
      'Los datos no son un objeto Feed v1.', 'The data is not a Feed v1 object.');
  }
  if (input.version !== 1) {
    return fatal('bad-version', { path: 'version', expected: '1', found: has(input, 'version') ? showValue(input.version) : 'nothing' },
      'Versión de formato no compatible: se esperaba "version": 1.', 'Unsupported format version: expected "version": 1.');
  }
  if (!Array.isArray(input.programs)) {
    return fatal('no-programs', { path: 'programs', expected: 'array', found: has(input, 'programs') ? `${typeName(input.programs)} ${showValue(input.programs)}` : 'nothing' },
      'Los datos no tienen una lista "programs".', 'The data has no "programs" list.');
  }
  const ctx: Ctx = { problems: [], moments: new Set(), report: (f, dropped, what) => report(ctx, f, dropped, what) };

  // Header, field by field: a bad optional field is dropped, a bad required one gets a flagged default.
  const header: Record<string, unknown> = { version: 1 };
  for (const [k, s] of Object.entries((HeaderSchema as unknown as AnySchema).entries!)) {
    if (k === 'version') continue;
    const optional = s.type === 'optional';
    if (optional && (!has(input, k) || input[k] === undefined)) continue;
    const r = salvage(optional ? s.wrapped! : s, has(input, k) ? input[k] : undefined, k, ctx);
    if (r.ok) header[k] = r.value;
    else if (optional) report(ctx, r.fail, k, 'field');
    else {
      header[k] = structuredClone(DEFAULTS[k]);
      push(ctx, r.fail.kind, 'error', { path: r.fail.path, expected: r.fail.expected, found: r.fail.found },
        `Dato de encabezado no válido; se usa ${JSON.stringify(DEFAULTS[k])}`, `Invalid header field; using ${JSON.stringify(DEFAULTS[k])}`);
    }
  }
  ctx.moments = new Set(header.moments as string[]);

  // A whole publisher's statements: its total rows and its rows by classification.
  if (has(input, 'totals') && input.totals !== undefined) {
    const totals = checkAmounts(input.totals, 'totals', ctx);
    if (totals) header.totals = totals;
    else report(ctx, { path: 'totals', expected: 'object (moment → amount)', found: showValue(input.totals), kind: 'invalid-field' }, 'totals', 'field');
  }
  if (has(input, 'breakdowns') && input.breakdowns !== undefined) {
    const r = salvage(arrayOf(BreakdownRowSchema as unknown as AnySchema), input.breakdowns, 'breakdowns', ctx);
    if (r.ok) header.breakdowns = rowsWithAmounts(r.value, 'breakdowns', ctx);
    else report(ctx, r.fail, 'breakdowns', 'field');
  }

  const programs: Program[] = [];
  const seen = new Map<string, number>();
  const arrays = Object.entries(PROGRAM_ARRAYS) as unknown as [string, AnySchema][];
  (input.programs as unknown[]).forEach((raw, index) => {
    ctx.index = index;
    ctx.key = isPlainObject(raw) && typeof raw.key === 'string' ? raw.key : undefined;
    const base = `programs[${index}]`;
    if (!isPlainObject(raw)) {
      report(ctx, { path: base, expected: 'object', found: raw === undefined ? 'nothing' : `${typeName(raw)} ${showValue(raw)}`, kind: 'invalid-record' }, base, 'record');
      return;
    }
    const scalar = salvage(ProgramScalarSchema as unknown as AnySchema, raw, base, ctx);
    if (!scalar.ok) {
      report(ctx, { ...scalar.fail, kind: 'invalid-record' }, base, 'record');
      return;
    }
    // A fresh object: salvage may hand back the input itself, and fields are added below.
    const program = { ...(scalar.value as Program) };
    const nk = normalizeKey(program.key);
    const first = seen.get(nk);
    if (first !== undefined) {
      push(ctx, 'duplicate-key', 'error', { path: `${base}.key`, expected: 'a unique key', found: showValue(program.key) },
        `Clave repetida (ya usada por el programa ${first + 1}); se conserva el primero y se descarta este`,
        `Duplicated key (already used by program ${first + 1}); the first is kept and this one dropped`);
      return;
    }
    seen.set(nk, index);

    const amounts = checkAmounts(raw.amounts, `${base}.amounts`, ctx);
    if (amounts) program.amounts = amounts;
    else {
      program.amounts = {};
      push(ctx, 'invalid-field', 'error', { path: `${base}.amounts`, expected: 'object (moment → amount)', found: has(raw, 'amounts') ? showValue(raw.amounts) : 'nothing' },
        'Faltan los montos o no son un objeto; el programa queda sin montos reportados', 'Amounts missing or not an object; the program has no reported amounts');
    }
    for (const b of checkOrder(program.amounts)) {
      push(ctx, 'order', 'note', { path: `${base}.amounts.${b.later}`, expected: `≤ ${b.earlier} (${b.earlierAmount})`, found: showValue(b.laterAmount) },
        `Nota: el monto ${MOMENT_ES[b.later] ?? b.later} es mayor que el ${MOMENT_ES[b.earlier] ?? b.earlier}; se muestran los datos tal como se publicaron`,
        `Note: ${b.later} exceeds ${b.earlier}; the data is shown as published`);
    }

    for (const [field, item] of arrays) {
      if (!has(raw, field) || raw[field] === undefined) continue;
      const r = salvage(arrayOf(item), raw[field], `${base}.${field}`, ctx);
      if (!r.ok) {
        report(ctx, r.fail, `${base}.${field}`, 'field');
        continue;
      }
      const value = field === 'breakdown' || field === 'periods' || field === 'crossCutting'
        ? rowsWithAmounts(r.value, `${base}.${field}`, ctx)
        : r.value;
      (program as unknown as Record<string, unknown>)[field] = value;
    }
    programs.push(program);
  });

  const feed = { ...header, programs } as unknown as Feed;
  return { ok: true, feed, problems: ctx.problems };
}
