/**
 * "Where the money is now" (see flow-view.ts for the rules): the base cut at the reported moments
 * among committed ⊇ accrued ⊇ paid, rounded to "pesos of every 100" by largest remainder. Pure.
 */
import type { Amounts } from '../types.js';
import { reportedAmount, shareBase, toCents } from './flow-amounts.js';

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

