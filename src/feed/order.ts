/**
 * LGCG moment order checks (DESIGN.md §4): committed ≤ modified, accrued ≤ committed,
 * exercised ≤ accrued, paid ≤ exercised. A break is a data note, never "fixed". Pure.
 */
import type { Amounts } from './types.js';

export interface OrderBreak {
  earlier: string;
  later: string;
  earlierAmount: number;
  laterAmount: number;
}

/** Pairs [earlier, later]: the later moment is expected not to exceed the earlier one. */
export const ORDER_PAIRS: readonly (readonly [string, string])[] = [
  ['modified', 'committed'],
  ['committed', 'accrued'],
  ['accrued', 'exercised'],
  ['exercised', 'paid'],
];

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Every pair whose later moment exceeds the earlier one (compared in integer cents). Missing sides are skipped. */
export function checkOrder(amounts: Amounts): OrderBreak[] {
  const out: OrderBreak[] = [];
  for (const [earlier, later] of ORDER_PAIRS) {
    const e = amounts?.[earlier];
    const l = amounts?.[later];
    if (!num(e) || !num(l)) continue;
    if (Math.round(l * 100) > Math.round(e * 100)) out.push({ earlier, later, earlierAmount: e, laterAmount: l });
  }
  return out;
}
