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
import { checkOrder } from '../order.js';
import type { OrderBreak } from '../order.js';
import { feedTotals } from '../select.js';
import { STANDARD_MOMENTS } from '../types.js';
import type { Amounts, Feed, Moment, Program } from '../types.js';
import { reportedAmount, shareBase, toCents } from './flow-amounts.js';
import { breakdownGroups, topN, TOP_N } from './flow-breakdown.js';
import type { BreakdownGroup } from './flow-breakdown.js';
import { cumulativeSeries } from './flow-periods.js';
import type { PeriodSeries } from './flow-periods.js';
import { nowSplit, SPLIT_MOMENTS } from './flow-split.js';
import type { NowSplit } from './flow-split.js';

export * from './flow-amounts.js';
export * from './flow-breakdown.js';
export * from './flow-periods.js';
export * from './flow-split.js';

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
  mode: 'program' | 'feed';
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
    const share =
      amount !== undefined && baseCents !== undefined && baseCents !== 0 ? toCents(amount) / baseCents : undefined;
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
    breakdowns: [topN('program', programs.map((p) => ({ id: p.key, name: p.name, amounts: p.amounts ?? {} })), moments, n, base)],
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
