/** Breakdowns of the flow: rows sorted by amount, top N + "other" (sums only where complete). Pure. */
import type { Amounts, BreakdownBy, Moment, Program } from '../types.js';
import { reportedAmount, shareBase, toCents } from './flow-amounts.js';
import { compareCodes } from '../compare.js';

/** Breakdown kinds in the order the selector offers them. */
export const BREAKDOWN_KINDS: readonly BreakdownBy[] = ['chapter', 'unit', 'entity', 'item'];

/** How many rows a breakdown shows before folding the rest into "other". */
export const TOP_N = 10;

export interface BreakdownItem {
  id: string;
  name: string;
  amounts: Amounts;
}

export interface BreakdownOther {
  /** How many rows were folded. */
  count: number;
  /** Sums (in cents) of the moments that every folded row reports. */
  amounts: Amounts;
  /** Moments some but not all folded rows report: their sum would be partial, so it is not given. */
  partial: Moment[];
}

export interface BreakdownGroup {
  by: BreakdownBy;
  /** The moment rows are sorted by (largest first; rows without it go last, by name). */
  sortMoment: Moment;
  /** All rows, sorted: the table alternative. */
  rows: BreakdownItem[];
  /** The first TOP_N rows. */
  top: BreakdownItem[];
  other?: BreakdownOther;
}


/** The moment a breakdown sorts by: the base moment when any row reports it, else the first moment any row reports. */
function sortMomentOf(rows: readonly BreakdownItem[], moments: readonly Moment[], preferred?: Moment): Moment {
  const order = preferred ? [preferred, ...moments.filter((m) => m !== preferred)] : [...moments];
  for (const m of ['modified', 'approved', ...order] as Moment[]) {
    if (order.includes(m) && rows.some((r) => reportedAmount(r.amounts, m) !== undefined)) return m;
  }
  return order[0] ?? 'approved';
}

/**
 * Sorts rows by `sortMoment` (largest first; rows that do not report it go last, by name) and folds
 * everything after the first `n` into one "other" row. The other row sums (in cents) only the moments
 * every folded row reports; the rest are listed as `partial` instead of being summed as if missing were 0.
 */
export function topN(
  by: BreakdownBy,
  items: readonly BreakdownItem[],
  moments: readonly Moment[],
  n = TOP_N,
  preferred?: Moment,
): BreakdownGroup {
  const sortMoment = sortMomentOf(items, moments, preferred);
  const rows = [...items].sort((a, b) => {
    const va = reportedAmount(a.amounts, sortMoment);
    const vb = reportedAmount(b.amounts, sortMoment);
    if (va !== undefined && vb !== undefined && va !== vb) return vb - va;
    if (va === undefined && vb !== undefined) return 1;
    if (vb === undefined && va !== undefined) return -1;
    return a.name.localeCompare(b.name, 'es') || compareCodes(a.id, b.id);
  });
  // Folding a single row into "other" would hide its name for nothing: show it instead.
  const cut = rows.length > n + 1 ? n : rows.length;
  const group: BreakdownGroup = { by, sortMoment, rows, top: rows.slice(0, cut) };
  const rest = rows.slice(cut);
  if (rest.length) {
    const amounts: Amounts = {};
    const partial: Moment[] = [];
    for (const m of moments) {
      const vals = rest.map((r) => reportedAmount(r.amounts, m));
      const known = vals.filter((v): v is number => v !== undefined);
      if (known.length === vals.length) amounts[m] = known.reduce((s, v) => s + toCents(v), 0) / 100;
      else if (known.length > 0) partial.push(m);
    }
    group.other = { count: rest.length, amounts, partial };
  }
  return group;
}

/** The program's breakdowns, one group per kind present: known kinds first in BREAKDOWN_KINDS order. */
export function breakdownGroups(program: Program, moments: readonly Moment[], n = TOP_N): BreakdownGroup[] {
  const rows = program.breakdown ?? [];
  const kinds = [...new Set(rows.map((r) => r.by))].sort((a, b) => {
    const ia = BREAKDOWN_KINDS.indexOf(a);
    const ib = BREAKDOWN_KINDS.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || String(a).localeCompare(String(b));
  });
  const base = shareBase(program.amounts ?? {});
  return kinds.map((by) =>
    topN(
      by,
      rows.filter((r) => r.by === by).map((r) => ({ id: r.id, name: r.name, amounts: r.amounts ?? {} })),
      moments,
      n,
      base,
    ),
  );
}

