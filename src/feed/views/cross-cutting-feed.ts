/** Whole-feed mode of the cross-cutting view: an annex's total, categories and top programs. Pure. */
import type { AnnexId, Feed, Moment, Problem } from '../types.js';
import { calendarOf } from './cross-cutting-calendar.js';
import { annexEntries, annexesInFeed, categoriesOf, isNum, mismatchProblem, momentOrder, money, reportsAll, sumCents, toCents, yearMismatch } from './cross-cutting-common.js';
import { makeProblem } from '../problems.js';
import type { FeedAnnexView, TopProgramRow } from './cross-cutting-types.js';
import { compareCodes } from '../compare.js';

/** Splits ranked rows into the first `n` and one "other" row. */
export function topN<T extends { cents: number }>(rows: readonly T[], n: number): { top: T[]; rest: T[] } {
  return { top: rows.slice(0, Math.max(0, n)), rest: rows.slice(Math.max(0, n)) };
}

/** Whole-feed mode. */
export function feedAnnexView(feed: Pick<Feed, 'moments' | 'cycle' | 'programs'>, annex: AnnexId, n = 10): FeedAnnexView {
  const order = momentOrder(feed);
  const tagged = feed.programs.map((p) => ({ p, entries: annexEntries(p, annex) })).filter((x) => x.entries.length > 0);
  const all = tagged.flatMap((x) => x.entries);
  const problems: Problem[] = [];
  let moment: Moment | undefined = [...order].reverse().find((m) => reportsAll(all, m));
  if (!moment && all.length) {
    let best = 0;
    for (const m of order) {
      const c = all.filter((e) => isNum(e.amounts?.[m])).length;
      if (c > best) {
        best = c;
        moment = m;
      }
    }
  }
  const entriesWithoutMoment = moment ? all.filter((e) => !isNum(e.amounts?.[moment!])).length : all.length;
  if (entriesWithoutMoment > 0 && all.length > 0) {
    problems.push(
      makeProblem('annex-moment-missing', 'annex-moment-missing', 'note', {}, { count: entriesWithoutMoment }),
    );
  }
  const rows: TopProgramRow[] = moment
    ? tagged
        .filter((x) => x.entries.some((e) => isNum(e.amounts?.[moment!])))
        .map((x) => ({ key: x.p.key, name: x.p.name, ...money(sumCents(x.entries, moment!)) }))
        .sort((a, b) => b.cents - a.cents || compareCodes(a.key, b.key))
    : [];
  const totalCents = moment ? rows.reduce((s, r) => s + r.cents, 0) : undefined;
  const pos = totalCents !== undefined && totalCents > 0;
  for (const r of rows) if (pos) r.share = r.cents / totalCents!;
  const { top, rest } = topN(rows, n);
  const otherCents = rest.reduce((s, r) => s + r.cents, 0);
  let budgetCents = 0;
  let budgetPrograms = 0;
  const otherYear = yearMismatch(all, feed.cycle);
  if (otherYear !== undefined) problems.push(mismatchProblem(undefined, otherYear, feed.cycle));
  if (moment && otherYear === undefined) {
    for (const p of feed.programs) {
      const v = p.amounts?.[moment];
      if (isNum(v)) {
        budgetCents += toCents(v);
        budgetPrograms++;
      }
    }
  }
  const shareOfBudget = pos && budgetPrograms > 0 && budgetCents > 0 ? totalCents! / budgetCents : undefined;
  if (shareOfBudget !== undefined && shareOfBudget > 1) {
    problems.push(
      makeProblem('tagged-exceeds-total', 'annex-exceeds-budget', 'warning'),
    );
  }
  return {
    mode: 'feed',
    annex,
    cycle: feed.cycle,
    ...(moment ? { moment } : {}),
    entriesWithoutMoment,
    programCount: tagged.length,
    ...(totalCents !== undefined ? { total: money(totalCents) } : {}),
    categories: categoriesOf(all, moment, totalCents),
    top,
    ...(rest.length ? { other: { count: rest.length, ...money(otherCents), ...(pos ? { share: otherCents / totalCents! } : {}) } } : {}),
    ...(budgetPrograms > 0 ? { budget: money(budgetCents) } : {}),
    ...(otherYear !== undefined ? { annexYear: otherYear } : {}),
    budgetPrograms,
    ...(shareOfBudget !== undefined ? { shareOfBudget } : {}),
    annexes: annexesInFeed(feed),
    ...calendarOf(all, moment),
    problems,
  };
}
