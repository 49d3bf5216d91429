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
import { foundParams, makeProblem, showValue } from './problems.js';
import type { ProblemAt, ProblemDetail } from './problems.js';
import type { ProblemCode } from './problem-messages.js';
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

export type ValidationResult = { ok: true; feed: Feed; problems: Problem[] } | { ok: false; problem: Problem; problems: Problem[] };

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Problems that make JSON-Schema validity fail (used by the schema agreement test and `tp-feed validate`). */
export function isStructuralProblem(p: Problem): boolean {
  return (p.severity === 'fatal' || p.severity === 'error') && p.kind !== 'duplicate-key';
}

function fatal(kind: string, code: ProblemCode, at: ProblemAt, params: ProblemDetail = {}): ValidationResult {
  const problem = makeProblem(kind, code, 'fatal', at, params);
  return { ok: false, problem, problems: [problem] };
}

/** Parses JSON text (a leading BOM is ignored) and validates it. */
export function parseFeedText(text: string): ValidationResult {
  const t = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
  if (t.trim() === '') {
    return fatal('not-json', 'empty-file', {});
  }
  let data: unknown;
  try {
    data = JSON.parse(t);
  } catch (e) {
    const reason = showValue(String((e as Error)?.message ?? e), 80).replace(/^"|"$/g, '');
    if (/^\s*</.test(t)) {
      return fatal('not-json', 'html-not-json', {}, { found: showValue(t.trimStart().slice(0, 40)) });
    }
    return fatal('not-json', 'not-json', {}, { found: reason });
  }
  return validateFeed(data);
}

interface Ctx extends SalvageSink {
  problems: Problem[];
  index?: number;
  key?: string;
  moments: Set<string>;
}

const DROPPED: Record<string, Record<'field' | 'element' | 'record', ProblemCode>> = {
  'unsafe-url': { field: 'unsafe-link-field-dropped', element: 'unsafe-link-element-dropped', record: 'record-dropped' },
  'non-finite': { field: 'non-finite-field-dropped', element: 'non-finite-element-dropped', record: 'record-dropped' },
  other: { field: 'field-dropped', element: 'element-dropped', record: 'record-dropped' },
};

/** Records that `dropped` (a field or an array element) was removed because of `f`. */
function report(ctx: Ctx, f: Failure, dropped: string, what: 'field' | 'element' | 'record') {
  const at: ProblemAt = { path: f.path };
  if (ctx.index !== undefined) at.index = ctx.index;
  if (ctx.key !== undefined) at.key = ctx.key;
  const code = (DROPPED[f.kind] ?? DROPPED.other!)[what];
  ctx.problems.push(makeProblem(f.kind, code, 'error', at, what === 'record' ? f.params : { ...f.params, dropped }));
}

function push(ctx: Ctx, kind: string, code: ProblemCode, severity: Problem['severity'], at: ProblemAt, params: ProblemDetail) {
  const full: ProblemAt = { ...at };
  if (ctx.index !== undefined) full.index = ctx.index;
  if (ctx.key !== undefined) full.key = ctx.key;
  ctx.problems.push(makeProblem(kind, code, severity, full, params));
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
      push(ctx, 'invalid-field', 'moment-name-not-allowed', 'error', { path: sub }, { expected: 'moment-name', found: showValue(k) });
      continue;
    }
    if (typeof val !== 'number') {
      push(ctx, 'invalid-field', 'amount-not-number', 'error', { path: sub }, { moment: k, expected: 'number', ...foundParams(val, true) });
      continue;
    }
    if (!Number.isFinite(val)) {
      push(ctx, 'non-finite', 'amount-not-finite', 'error', { path: sub }, { moment: k, expected: 'finite-number', ...foundParams(val) });
      continue;
    }
    if (Math.abs(val) > MAX_AMOUNT) {
      push(
        ctx,
        'invalid-field',
        'amount-too-large',
        'error',
        { path: sub },
        { moment: k, expected: 'max-abs', limit: MAX_AMOUNT, found: showValue(val) },
      );
      continue;
    }
    if (val < 0) {
      push(
        ctx,
        'negative-amount',
        'amount-negative',
        'warning',
        { path: sub },
        { moment: k, expected: 'min', limit: 0, found: showValue(val) },
      );
    }
    if (!ctx.moments.has(k)) {
      push(
        ctx,
        'unknown-moment',
        'moment-undeclared',
        'warning',
        { path: sub },
        { moment: k, expected: 'one-of', options: [...ctx.moments].join(', '), found: showValue(k) },
      );
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
      report(
        ctx,
        { path: `${p}.amounts`, kind: 'invalid-field', params: { expected: 'object', ...foundParams(row.amounts) } },
        p,
        'element',
      );
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
    return fatal('not-object', 'not-feed-object', {}, { expected: 'object', ...foundParams(input, true) });
  }
  if (input.version !== 1) {
    return fatal(
      'bad-version',
      'bad-version',
      { path: 'version' },
      { expected: 'value', expectedValue: 1, ...foundParams(has(input, 'version') ? input.version : undefined) },
    );
  }
  if (!Array.isArray(input.programs)) {
    return fatal(
      'no-programs',
      'no-programs-list',
      { path: 'programs' },
      { expected: 'array', ...foundParams(has(input, 'programs') ? input.programs : undefined, true) },
    );
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
      push(
        ctx,
        r.fail.kind,
        'invalid-header-field',
        'error',
        { path: r.fail.path },
        { ...r.fail.params, fallback: JSON.stringify(DEFAULTS[k]) },
      );
    }
  }
  ctx.moments = new Set(header.moments as string[]);

  // A whole publisher's statements: its total rows and its rows by classification.
  if (has(input, 'totals') && input.totals !== undefined) {
    const totals = checkAmounts(input.totals, 'totals', ctx);
    if (totals) header.totals = totals;
    else
      report(
        ctx,
        { path: 'totals', kind: 'invalid-field', params: { expected: 'amounts-object', ...foundParams(input.totals, true) } },
        'totals',
        'field',
      );
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
      report(ctx, { path: base, kind: 'invalid-record', params: { expected: 'object', ...foundParams(raw, true) } }, base, 'record');
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
      push(
        ctx,
        'duplicate-key',
        'duplicate-program-key',
        'error',
        { path: `${base}.key` },
        { first: first + 1, expected: 'unique-key', found: showValue(program.key) },
      );
      return;
    }
    seen.set(nk, index);

    const amounts = checkAmounts(raw.amounts, `${base}.amounts`, ctx);
    if (amounts) program.amounts = amounts;
    else {
      program.amounts = {};
      push(
        ctx,
        'invalid-field',
        'amounts-missing',
        'error',
        { path: `${base}.amounts` },
        { expected: 'amounts-object', ...foundParams(has(raw, 'amounts') ? raw.amounts : undefined) },
      );
    }
    for (const b of checkOrder(program.amounts)) {
      push(
        ctx,
        'order',
        'amount-order',
        'note',
        { path: `${base}.amounts.${b.later}` },
        {
          later: b.later,
          earlier: b.earlier,
          laterAmount: b.laterAmount,
          earlierAmount: b.earlierAmount,
          expected: 'at-most-moment',
          found: showValue(b.laterAmount),
        },
      );
    }

    for (const [field, item] of arrays) {
      if (!has(raw, field) || raw[field] === undefined) continue;
      const r = salvage(arrayOf(item), raw[field], `${base}.${field}`, ctx);
      if (!r.ok) {
        report(ctx, r.fail, `${base}.${field}`, 'field');
        continue;
      }
      const value =
        field === 'breakdown' || field === 'periods' || field === 'crossCutting'
          ? rowsWithAmounts(r.value, `${base}.${field}`, ctx)
          : r.value;
      (program as unknown as Record<string, unknown>)[field] = value;
    }
    programs.push(program);
  });

  const feed = { ...header, programs } as unknown as Feed;
  return { ok: true, feed, problems: ctx.problems };
}
