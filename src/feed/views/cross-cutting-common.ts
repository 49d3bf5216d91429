/**
 * Helpers shared by the program and whole-feed cross-cutting views: money in integer cents, moment
 * order, annex entries and their sums, categories, and the problems both modes report. Pure.
 */
import type { AnnexId, CrossCutting, Feed, Moment, Problem, Program } from '../types.js';
import { STANDARD_MOMENTS } from '../types.js';
import { makeProblem } from '../problems.js';
import { annexYear } from './cross-cutting-calendar.js';

/** An amount kept exact: integer cents, and the peso value rebuilt from them. */
export interface Money {
  cents: number;
  amount: number;
}

export function toCents(x: number): number {
  return Math.round(x * 100);
}

export function money(cents: number): Money {
  return { cents, amount: cents / 100 };
}

export interface CategoryRow extends Money {
  /** The category as the data names it; undefined when the feed gives none. */
  category?: string;
  /** Share of the annex total (0..1), when the total is positive. */
  share?: number;
}

/** Moment order of a feed, falling back to the standard six. */
export function momentOrder(feed: Pick<Feed, 'moments'>): Moment[] {
  return feed.moments?.length ? [...feed.moments] : [...STANDARD_MOMENTS];
}

export function isNum(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

export function annexEntries(program: Program, annex: AnnexId): CrossCutting[] {
  return (program.crossCutting ?? []).filter((c) => c && c.annex === annex);
}

/** Annex ids present in a feed, in first-seen order (gender first when present). */
export function annexesInFeed(feed: Pick<Feed, 'programs'>): AnnexId[] {
  const seen = new Set<AnnexId>();
  for (const p of feed.programs) for (const c of p.crossCutting ?? []) if (c?.annex) seen.add(c.annex);
  const ids = [...seen];
  return ids.includes('gender') ? ['gender', ...ids.filter((x) => x !== 'gender')] : ids;
}

export function reportsAll(entries: CrossCutting[], m: Moment): boolean {
  return entries.length > 0 && entries.every((e) => isNum(e.amounts?.[m]));
}

export function sumCents(entries: CrossCutting[], m: Moment): number {
  let c = 0;
  for (const e of entries) {
    const v = e.amounts?.[m];
    if (isNum(v)) c += toCents(v);
  }
  return c;
}

export function yearMismatch(entries: CrossCutting[], cycle: number): number | undefined {
  const y = annexYear(entries);
  return y !== undefined && Number.isFinite(cycle) && y !== cycle ? y : undefined;
}

export function mismatchProblem(key: string | undefined, year: number, cycle: number): Problem {
  return makeProblem('cycle-mismatch', 'annex-year-mismatch', 'warning', key ? { key } : {}, { year, cycle });
}

export function categoriesOf(entries: CrossCutting[], m: Moment | undefined, totalCents: number | undefined): CategoryRow[] {
  if (!m) return [];
  const by = new Map<string, number>();
  const order: (string | undefined)[] = [];
  for (const e of entries) {
    const v = e.amounts?.[m];
    if (!isNum(v)) continue;
    const k = e.category ?? '';
    if (!by.has(k)) {
      by.set(k, 0);
      order.push(e.category);
    }
    by.set(k, by.get(k)! + toCents(v));
  }
  return order
    .map((category) => {
      const cents = by.get(category ?? '')!;
      return {
        ...(category !== undefined ? { category } : {}),
        ...money(cents),
        ...(totalCents && totalCents > 0 ? { share: cents / totalCents } : {}),
      };
    })
    .sort((a, b) => b.cents - a.cents || (a.category ?? '').localeCompare(b.category ?? ''));
}
