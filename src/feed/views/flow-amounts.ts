/**
 * Amount helpers of the flow view. Pure. Sums and differences run in integer cents; a moment that
 * is not reported is undefined, never 0.
 */
import type { Amounts, Moment } from '../types.js';

export const toCents = (v: number): number => Math.round(v * 100);

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

