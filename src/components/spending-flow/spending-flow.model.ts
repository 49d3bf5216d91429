/**
 * The spending-flow view: Feed v1 → what <tp-spending-flow> shows. Pure: no DOM, no Lit.
 *
 * Rules (DESIGN.md §4, brief):
 * - Every sum and difference runs in integer cents (`Math.round(x * 100)`), and is turned back into
 *   pesos only at the edge (`cents / 100`).
 * - A moment the feed does not report is ABSENT (`amount: undefined`), never 0. Anything computed from
 *   a missing moment is itself missing, and the view says which moments were missing.
 * - Order breaks come from `checkOrder` and are reported as they are; nothing is reordered or fixed.
 *
 * "Where the money is now" (`NowSplit`): the base (modified, else approved) is cut at each of the
 * moments committed ⊇ accrued ⊇ paid that the program reports. With all three it gives the four parts
 * paid, accrued-not-paid, committed-not-accrued and uncommitted. When one of them is missing the cut at
 * that moment is simply not made (e.g. without `paid`, the top part is "accrued", which contains paid
 * and unpaid money) and `missing` lists it, so the sentence can say it is not reported. A missing
 * moment is never treated as 0. When no cut moment is reported there is no split (`status: 'no-moments'`);
 * when a part would be negative (the moments break their order) there is no split (`status: 'order'`).
 * The parts are rounded to whole "pesos of every 100" with the largest-remainder method, so they add
 * up to exactly 100.
 */
import { checkOrder } from '../../feed/order.js';
import type { OrderBreak } from '../../feed/order.js';
import { feedTotals } from '../../feed/select.js';
import { STANDARD_MOMENTS } from '../../feed/types.js';
import type { Amounts, Feed, Moment, Program, BreakdownBy, PeriodRow } from '../../feed/types.js';
import { compareCodes } from '../../feed/compare.js';
import { topN } from '../../platform/top-n.js';
import { toCents } from '../../feed/amounts.js';

export interface FlowStep {
  moment: Moment;
  /** Pesos; undefined = not reported (never 0). */
  amount?: number;
  /** Share of the base (ratio: 0.5 = 50 %); undefined when the amount or the base is missing or the base is 0. */
  share?: number;
  /** True for the moment used as the base of the shares. */
  isBase: boolean;
}

export interface FlowChange {
  /** (modified − approved) / approved, a ratio. */
  ratio: number;
  direction: 'increased' | 'decreased' | 'unchanged';
  /** modified − approved, in pesos (computed in cents). */
  difference: number;
  approved: number;
  modified: number;
}

export interface FlowAnomaly extends OrderBreak {
  /** later − earlier, in pesos (computed in cents). */
  excess: number;
}

export interface FlowView {
  /** `statement`: a feed with the publisher's own `totals`/`breakdowns` (CONAC, LDF statements). */
  mode: 'program' | 'feed' | 'statement';
  /** Program key (program mode). */
  key?: string;
  name: string;
  currency: string;
  asOf?: string;
  moments: Moment[];
  base?: 'modified' | 'approved';
  steps: FlowStep[];
  change?: FlowChange;
  now: NowSplit;
  anomalies: FlowAnomaly[];
  periods?: PeriodSeries;
  /** Program mode: the program's breakdowns by kind; feed mode: one group `by: 'program'`. */
  breakdowns: BreakdownGroup[];
  /** Feed mode: how many programs report each moment, out of `programCount`. */
  reporting?: Record<string, number>;
  programCount?: number;
  /** Feed mode: how many programs the split is computed over (they report the base and every cut moment). */
  splitScope?: number;
  /** Feed mode: how many programs the approved → modified change is computed over. */
  changeScope?: number;
  /** Feed mode: keys of the programs whose moments break the expected order. */
  programsWithBreaks?: string[];
  /** Statement mode: the drill path, outermost first (each step is a row the reader opened). */
  path?: StatementStep[];
  /** Statement mode: ids of the rows on screen that have rows one level down. */
  drillable?: string[];
  /** Statement mode: every breakdown kind the feed has (the selector's options). */
  kinds?: BreakdownBy[];
}

/** One opened row of a statement breakdown. */
export interface StatementStep {
  by: BreakdownBy;
  id: string;
  name: string;
}

/**
 * The moments of the ladder: the feed's moments in the feed's order (extras such as `ministered`
 * stay where the feed puts them), plus any of the six LGCG moments the feed does not list, each
 * inserted after the standard moment before it. A feed that only publishes approved, modified,
 * accrued and exercised (Cuenta Pública) still shows committed and paid, as "not reported".
 */
export function ladderMoments(feedMoments: readonly Moment[] | undefined): Moment[] {
  const out: Moment[] = [...new Set(feedMoments ?? [])];
  STANDARD_MOMENTS.forEach((m, i) => {
    if (out.includes(m)) return;
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const k = out.indexOf(STANDARD_MOMENTS[j]!);
      if (k >= 0) {
        at = k + 1;
        break;
      }
    }
    out.splice(at, 0, m);
  });
  return out;
}

/** The ladder: one step per moment, in the given order. */
export function flowSteps(amounts: Amounts, moments: readonly Moment[]): FlowStep[] {
  const base = shareBase(amounts);
  const baseCents = base ? toCents(reportedAmount(amounts, base)!) : undefined;
  return moments.map((moment) => {
    const amount = reportedAmount(amounts, moment);
    const share = amount !== undefined && baseCents !== undefined && baseCents !== 0 ? toCents(amount) / baseCents : undefined;
    return { moment, amount, share, isBase: moment === base };
  });
}

/** Approved → modified change; undefined unless both are reported and approved is not 0. */
export function flowChange(amounts: Amounts): FlowChange | undefined {
  const approved = reportedAmount(amounts, 'approved');
  const modified = reportedAmount(amounts, 'modified');
  if (approved === undefined || modified === undefined) return undefined;
  const a = toCents(approved);
  const m = toCents(modified);
  if (a === 0) return undefined;
  const diff = m - a;
  return {
    ratio: diff / a,
    direction: diff > 0 ? 'increased' : diff < 0 ? 'decreased' : 'unchanged',
    difference: diff / 100,
    approved,
    modified,
  };
}

/** Order breaks, with the excess in pesos. Never reorders the data. */
export function flowAnomalies(amounts: Amounts): FlowAnomaly[] {
  return checkOrder(amounts).map((b) => ({ ...b, excess: (toCents(b.laterAmount) - toCents(b.earlierAmount)) / 100 }));
}

/** The flow of one program. */
export function programFlowView(feed: Pick<Feed, 'moments' | 'currency' | 'asOf'>, program: Program): FlowView {
  const amounts = program.amounts ?? {};
  const moments = ladderMoments(feed.moments);
  const view: FlowView = {
    mode: 'program',
    key: program.key,
    name: program.name,
    currency: feed.currency,
    moments,
    steps: flowSteps(amounts, moments),
    now: nowSplit(amounts),
    anomalies: flowAnomalies(amounts),
    breakdowns: breakdownGroups(program, moments),
  };
  const base = shareBase(amounts);
  if (base) view.base = base;
  if (feed.asOf) view.asOf = feed.asOf;
  const change = flowChange(amounts);
  if (change) view.change = change;
  const periods = cumulativeSeries(program.periods, moments);
  if (periods) view.periods = periods;
  return view;
}

/**
 * The kind one level down from a kind, where the statements' own hierarchy is one kind below
 * another (CONAC: chapter → concept → item; purpose → function → subfunction; program group →
 * modality). A kind may also nest in itself (a row whose `parent` is a row of the same kind).
 */
export const CHILD_KIND: Readonly<Record<string, BreakdownBy>> = {
  chapter: 'concept',
  concept: 'item',
  purpose: 'function',
  function: 'subfunction',
  'program-group': 'modality',
};

type Row = NonNullable<Feed['breakdowns']>[number];

/** Rows one level below `row`: same kind with `parent === row.id`, else the child kind with that parent. */
export function childRows(rows: readonly Row[], row: Pick<Row, 'by' | 'id'>): Row[] {
  const same = rows.filter((r) => r.by === row.by && r.parent === row.id && r.id !== row.id);
  if (same.length) return same;
  const child = CHILD_KIND[row.by];
  return child ? rows.filter((r) => r.by === child && r.parent === row.id) : [];
}

/** Top rows of a kind: those whose `parent` is not a row of the same kind. */
function topRows(rows: readonly Row[], by: BreakdownBy): Row[] {
  const ids = new Set(rows.filter((r) => r.by === by).map((r) => r.id));
  return rows.filter((r) => r.by === by && !(r.parent !== undefined && ids.has(r.parent)));
}

/** Breakdown kinds of a feed, known kinds first (chapter, unit…), then in the feed's order. */
export function statementKinds(rows: readonly Row[]): BreakdownBy[] {
  const seen = [...new Set(rows.map((r) => r.by))];
  const order: readonly string[] = [...BREAKDOWN_KINDS, 'concept', 'function', 'economic'];
  return seen
    .map((by, i) => ({ by, i, k: order.indexOf(by) }))
    .sort((a, b) => (a.k < 0 ? 99 : a.k) - (b.k < 0 ? 99 : b.k) || a.i - b.i)
    .map((x) => x.by);
}

/** True when the feed carries the publisher's own statement (feed-level `totals` or `breakdowns`). */
export function hasStatement(feed: Pick<Feed, 'totals' | 'breakdowns'>): boolean {
  return !!feed.totals || !!feed.breakdowns?.length;
}

/**
 * The publisher's statement: the ladder from the feed's `totals` as published (never summed from
 * rows), and the breakdown of kind `by` (the first kind when absent or unknown), opened along
 * `path` (ids, outermost first; a step that is not a row one level down ends the path). The
 * breakdown group holds every row of the level on screen (the table alternative). When the feed
 * has programs, `program` is the last kind.
 */
export function statementFlowView(
  feed: Pick<Feed, 'moments' | 'currency' | 'asOf' | 'totals' | 'breakdowns' | 'publisher' | 'programs'>,
  by?: string,
  pathIds: readonly string[] = [],
  n = TOP_N,
): FlowView {
  const moments = ladderMoments(feed.moments);
  const programs = feed.programs ?? [];
  // The feed's programs are one more way to break the budget down (their buttons fire tp-select).
  const all: Row[] = [...(feed.breakdowns ?? []).filter((r) => r.by !== 'program')];
  const kinds = statementKinds(all);
  if (programs.length) kinds.push('program');
  const programRows: Row[] = programs.map((p) => ({ by: 'program', id: p.key, name: p.name, amounts: p.amounts ?? {} }));
  const kind: BreakdownBy | undefined = by && kinds.includes(by) ? by : kinds.includes('chapter') ? 'chapter' : kinds[0];
  let level: Row[] = kind === 'program' ? programRows : kind ? topRows(all, kind) : [];
  const path: StatementStep[] = [];
  for (const id of pathIds) {
    const row = level.find((r) => r.id === id);
    const down = row ? childRows(all, row) : [];
    if (!row || !down.length) break;
    path.push({ by: row.by, id: row.id, name: row.name });
    level = down;
  }
  const amounts = feed.totals ?? feedTotals(feed).amounts;
  const base = shareBase(amounts);
  const levelBy = level[0]?.by ?? kind;
  const view: FlowView = {
    mode: 'statement',
    name: feed.publisher?.name ?? '',
    currency: feed.currency,
    moments,
    steps: flowSteps(amounts, moments),
    now: nowSplit(amounts),
    anomalies: flowAnomalies(amounts),
    breakdowns: levelBy
      ? [
          breakdownGroup(
            levelBy,
            level.map((r) => ({ id: r.id, name: r.name, amounts: r.amounts ?? {} })),
            moments,
            n,
            base,
          ),
        ]
      : [],
    path,
    drillable: level.filter((r) => childRows(all, r).length > 0).map((r) => r.id),
    kinds,
  };
  if (base) view.base = base;
  if (feed.asOf) view.asOf = feed.asOf;
  const change = flowChange(amounts);
  if (change) view.change = change;
  return view;
}

/** Sums (in cents) of `moments` over `programs`; each program must report them all. */
function sumOver(programs: readonly Program[], moments: readonly Moment[]): Amounts {
  const out: Amounts = {};
  for (const m of moments) out[m] = programs.reduce((t, p) => t + toCents(reportedAmount(p.amounts, m)!), 0) / 100;
  return out;
}

const reportsAll = (p: Program, ms: readonly Moment[]) => ms.every((m) => reportedAmount(p.amounts, m) !== undefined);

/**
 * The whole feed. The ladder shows each moment's total over the programs that report it
 * (`reporting` says how many do, out of `programCount`). Nothing is compared as if a program that
 * does not report a moment had 0 in it:
 * - base: modified when any program reports it, else approved;
 * - a moment's share is like for like: its sum over the programs that report both it and the
 *   base, over the base of those same programs;
 * - the approved → modified change uses the programs that report both;
 * - the split ("where the money is") uses the programs that report the base and every cut moment
 *   (committed, accrued, paid) that any program reports; `splitScope` says how many they are;
 * - order breaks are not computed on sums; `programsWithBreaks` lists the programs that have one.
 */
export function feedFlowView(feed: Pick<Feed, 'moments' | 'currency' | 'asOf' | 'programs' | 'publisher'>, n = TOP_N): FlowView {
  const moments = ladderMoments(feed.moments);
  const programs = feed.programs ?? [];
  const totals = feedTotals(feed);
  const count = programs.length;
  const any = (m: Moment) => programs.some((p) => reportedAmount(p.amounts, m) !== undefined);
  const base: 'modified' | 'approved' | undefined = any('modified') ? 'modified' : any('approved') ? 'approved' : undefined;
  const steps: FlowStep[] = moments.map((moment) => {
    const amount = totals.amounts[moment];
    const step: FlowStep = { moment, amount, isBase: moment === base };
    if (amount === undefined || !base) return step;
    const both = programs.filter((p) => reportsAll(p, [moment, base]));
    const b = both.reduce((t, p) => t + toCents(reportedAmount(p.amounts, base)!), 0);
    const m = both.reduce((t, p) => t + toCents(reportedAmount(p.amounts, moment)!), 0);
    if (both.length && b !== 0) step.share = m / b;
    return step;
  });
  const cuts = SPLIT_MOMENTS.filter(any);
  const inSplit = base ? programs.filter((p) => reportsAll(p, [base, ...cuts])) : [];
  const splitAmounts = base && inSplit.length ? sumOver(inSplit, [base, ...cuts]) : {};
  const withBoth = programs.filter((p) => reportsAll(p, ['approved', 'modified']));
  const view: FlowView = {
    mode: 'feed',
    name: feed.publisher?.name ?? '',
    currency: feed.currency,
    moments,
    steps,
    now: nowSplit(splitAmounts),
    anomalies: [],
    breakdowns: [
      breakdownGroup(
        'program',
        programs.map((p) => ({ id: p.key, name: p.name, amounts: p.amounts ?? {} })),
        moments,
        n,
        base,
      ),
    ],
    reporting: totals.reporting,
    programCount: count,
    splitScope: inSplit.length,
    programsWithBreaks: programs.filter((p) => checkOrder(p.amounts ?? {}).length > 0).map((p) => p.key),
  };
  if (base) view.base = base;
  if (feed.asOf) view.asOf = feed.asOf;
  const change = withBoth.length ? flowChange(sumOver(withBoth, ['approved', 'modified'])) : undefined;
  if (change) {
    view.change = change;
    view.changeScope = withBoth.length;
  }
  return view;
}

// ---------------------------------------------------------------------------
/**
 * Amount helpers of the flow view. Pure. Sums and differences run in integer cents; a moment that
 * is not reported is undefined, never 0.
 */

/** A finite number in `amounts[m]`, else undefined. */
export function reportedAmount(amounts: Amounts | undefined, m: Moment): number | undefined {
  const v = amounts?.[m];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The base of the shares: modified when reported, else approved, else none. */
export function shareBase(amounts: Amounts): 'modified' | 'approved' | undefined {
  if (reportedAmount(amounts, 'modified') !== undefined) return 'modified';
  if (reportedAmount(amounts, 'approved') !== undefined) return 'approved';
  return undefined;
}

// ---------------------------------------------------------------------------
/**
 * "Where the money is now" (see flow-view.ts for the rules): the base cut at the reported moments
 * among committed ⊇ accrued ⊇ paid, rounded to "pesos of every 100" by largest remainder. Pure.
 */

/** Moments the "where is the money now" split cuts at, from the deepest to the shallowest. */
export const SPLIT_MOMENTS = ['paid', 'accrued', 'committed'] as const;
export type SplitMoment = (typeof SPLIT_MOMENTS)[number];

/** One part of the base, named by the deepest moment its money reached and the next one it has not. */
export interface NowPart {
  /** The moment the money in this part has reached; undefined for the part that reached none ("uncommitted"). */
  reached?: SplitMoment;
  /** The deeper moment this money has not reached yet; undefined for the top part. */
  notReached?: SplitMoment;
  /** Pesos. */
  amount: number;
  /** Out of 100, largest-remainder rounded; the parts add up to 100. */
  of100: number;
}

export type NowSplit =
  | { status: 'ok'; base: 'modified' | 'approved'; parts: NowPart[]; missing: SplitMoment[] }
  | { status: 'no-base' }
  | { status: 'zero-base'; base: 'modified' | 'approved' }
  | { status: 'no-moments'; base: 'modified' | 'approved'; missing: SplitMoment[] }
  | { status: 'order'; base: 'modified' | 'approved'; missing: SplitMoment[] };

/**
 * Largest-remainder rounding of non-negative integer `parts` (e.g. cents) to whole units out of `total`
 * (default 100). Exact (BigInt), so the result always adds up to `total` when the parts add up to a
 * positive whole. Ties go to the earlier part.
 */
export function largestRemainder(parts: readonly number[], total = 100): number[] {
  const whole = parts.reduce((s, p) => s + BigInt(p), 0n);
  if (whole <= 0n) throw new RangeError('largestRemainder: the parts must add up to a positive number');
  const t = BigInt(total);
  const floors = parts.map((p) => (BigInt(p) * t) / whole);
  const rems = parts.map((p, i) => ({ i, r: BigInt(p) * t - floors[i]! * whole }));
  let left = Number(t - floors.reduce((s, f) => s + f, 0n));
  rems.sort((x, y) => (y.r > x.r ? 1 : y.r < x.r ? -1 : x.i - y.i));
  const out = floors.map(Number);
  for (const { i } of rems) {
    if (left <= 0) break;
    out[i]! += 1;
    left -= 1;
  }
  return out;
}

/** Where the money is now: the base cut at the reported moments among committed ⊇ accrued ⊇ paid. */
export function nowSplit(amounts: Amounts): NowSplit {
  const base = shareBase(amounts);
  if (!base) return { status: 'no-base' };
  const baseCents = toCents(reportedAmount(amounts, base)!);
  if (baseCents === 0) return { status: 'zero-base', base };
  const missing = SPLIT_MOMENTS.filter((m) => reportedAmount(amounts, m) === undefined);
  // Reported cut moments, deepest first: e.g. [paid, accrued, committed].
  const cuts = SPLIT_MOMENTS.filter((m) => !missing.includes(m));
  if (cuts.length === 0) return { status: 'no-moments', base, missing };
  const levels = cuts.map((m) => toCents(reportedAmount(amounts, m)!));
  const parts: Omit<NowPart, 'of100'>[] = [];
  let prev = 0;
  for (let i = 0; i < cuts.length; i++) {
    parts.push({ reached: cuts[i], notReached: cuts[i - 1], amount: levels[i]! - prev });
    prev = levels[i]!;
  }
  parts.push({ reached: undefined, notReached: cuts[cuts.length - 1], amount: baseCents - prev });
  if (parts.some((p) => p.amount < 0) || levels[0]! < 0) return { status: 'order', base, missing };
  const of100 = largestRemainder(parts.map((p) => p.amount));
  return {
    status: 'ok',
    base,
    missing,
    parts: parts.map((p, i) => {
      const part: NowPart = { amount: p.amount / 100, of100: of100[i]! };
      if (p.reached) part.reached = p.reached;
      if (p.notReached) part.notReached = p.notReached;
      return part;
    }),
  };
}

// ---------------------------------------------------------------------------
/** Breakdowns of the flow: rows sorted by amount, top N + "other" (sums only where complete). Pure. */

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
  /** The first TOP_N rows (rows whose amounts are all 0 are not among them when they are folded). */
  top: BreakdownItem[];
  other?: BreakdownOther;
  /**
   * Rows whose reported amounts are all 0 (at least one reported, none above 0), when there are two
   * or more: the list says them in one line ("8 tipos de gasto: todos sus montos son 0."); the table
   * still has every row. A row that reports nothing is not a zero row: not reported is never 0.
   */
  zero?: { count: number };
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
export function breakdownGroup(
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
  // Rows that are all zeros are folded into one line when there are two or more (issue 18).
  const isZero = (r: BreakdownItem) => {
    const known = moments.map((m) => reportedAmount(r.amounts, m)).filter((v): v is number => v !== undefined);
    return known.length > 0 && known.every((v) => toCents(v) === 0);
  };
  const zeros = rows.filter(isZero);
  const ranked = zeros.length > 1 ? rows.filter((r) => !isZero(r)) : rows;
  // Folding a single row into "other" would hide its name for nothing: show it instead.
  const { top, rest } = topN(ranked, n, { keepLone: true });
  const group: BreakdownGroup = { by, sortMoment, rows, top };
  if (zeros.length > 1) group.zero = { count: zeros.length };
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
    breakdownGroup(
      by,
      rows.filter((r) => r.by === by).map((r) => ({ id: r.id, name: r.name, amounts: r.amounts ?? {} })),
      moments,
      n,
      base,
    ),
  );
}

// ---------------------------------------------------------------------------
/** Periods (quarters or months) → cumulative series per moment, in cents. Pure. */

export interface SeriesPoint {
  period: string;
  /** ISO date of the last day of the period. */
  date: string;
  moment: Moment;
  /** Cumulative pesos up to and including the period. */
  value: number;
}

export interface PeriodSeries {
  points: SeriesPoint[];
  /** Periods in order. */
  periods: string[];
  /** Moments with at least one point, in feed order. */
  moments: Moment[];
  /** Moments whose cumulative line stops early because one period does not report them. */
  gaps: { moment: Moment; period: string }[];
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** ISO date of the last day of "2024-Q1" / "2024-03"; undefined for another shape. */
export function periodEnd(period: string): string | undefined {
  let y: number;
  let m: number;
  const q = QUARTER.exec(period);
  const mo = MONTH.exec(period);
  if (q) {
    y = Number(q[1]);
    m = Number(q[2]) * 3;
  } else if (mo) {
    y = Number(mo[1]);
    m = Number(mo[2]);
  } else return undefined;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/**
 * Periods → cumulative series per moment (cents). Rows flagged `cumulative` are taken as they are;
 * other rows are added up. A period that does not report a moment ends that moment's line there
 * (the later cumulative values are unknown, not "unchanged") and is listed in `gaps`.
 * Periods with an unknown shape are skipped. Undefined when nothing can be drawn.
 */
export function cumulativeSeries(periods: readonly PeriodRow[] | undefined, moments: readonly Moment[]): PeriodSeries | undefined {
  if (!periods?.length) return undefined;
  const rows = periods
    .map((p) => ({ row: p, date: periodEnd(p.period) }))
    .filter((r): r is { row: PeriodRow; date: string } => r.date !== undefined)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (!rows.length) return undefined;
  const points: SeriesPoint[] = [];
  const gaps: { moment: Moment; period: string }[] = [];
  const used: Moment[] = [];
  for (const moment of moments) {
    if (!rows.some((r) => reportedAmount(r.row.amounts, moment) !== undefined)) continue;
    let sum = 0;
    let mine = 0;
    for (const { row, date } of rows) {
      const v = reportedAmount(row.amounts, moment);
      if (v === undefined) {
        gaps.push({ moment, period: row.period });
        break;
      }
      sum = row.cumulative ? toCents(v) : sum + toCents(v);
      points.push({ period: row.period, date, moment, value: sum / 100 });
      mine++;
    }
    if (mine > 0) used.push(moment);
  }
  if (!points.length) return undefined;
  return { points, periods: rows.map((r) => r.row.period), moments: used, gaps };
}
