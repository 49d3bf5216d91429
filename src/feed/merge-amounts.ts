/**
 * Amounts across merged sources (see merge.ts): cent sums that remember the layout of each moment,
 * the same-layout-adds / other-layout-conflicts rule, and the feed's moment order. Pure.
 */
import { makeProblem } from './problems.js';
import { STANDARD_MOMENTS } from './types.js';
import type { Amounts, Moment, Problem, Program } from './types.js';
import type { AdapterResult } from './adapters/types.js';

/** Cents per moment, with the layout that gave each one. */
export type CentAmounts = Map<Moment, { cents: number; layout: string }>;

/** Pesos → integer cents. */
export const cents = (pesos: number) => Math.round(pesos * 100);

/** Adds amounts in pesos to cent sums following the same-layout / other-layout rule (merge.ts module doc). */
export function addAmounts(
  sums: CentAmounts,
  amounts: Amounts | undefined,
  layout: string,
  key: string,
  what: string,
  problems: Problem[],
): void {
  for (const [moment, value] of Object.entries(amounts ?? {})) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const c = cents(value);
    const prev = sums.get(moment);
    if (!prev) sums.set(moment, { cents: c, layout });
    else if (prev.layout === layout) prev.cents += c;
    else if (prev.cents !== c)
      problems.push(
        makeProblem(
          'amount-conflict',
          'amount-sources-differ',
          'error',
          { key, path: `${what}.${moment}` },
          { moment, found: `${(prev.cents / 100).toFixed(2)} (${prev.layout}) ≠ ${(c / 100).toFixed(2)} (${layout})` },
        ),
      );
  }
}

/** Cent sums → Amounts in pesos: the standard moments in LGCG order, then the others in insertion order. */
export function toAmounts(sums: CentAmounts): Amounts {
  const out: Amounts = {};
  for (const m of STANDARD_MOMENTS) {
    const v = sums.get(m);
    if (v) out[m] = v.cents / 100;
  }
  for (const [m, v] of sums) if (!(m in out)) out[m] = v.cents / 100;
  return out;
}

/**
 * The standard six in LGCG order, then each extra moment right after the latest (in that order) of
 * the moments listed before it in its source's own list (`ministered` after `modified` in the
 * federal-transfer layout; an extra listed first goes first).
 */
export function orderMoments(sources: AdapterResult[], programs: Program[]): Moment[] {
  const order: Moment[] = [...STANDARD_MOMENTS];
  const lists = sources.map((r) => r.moments ?? []);
  for (const list of lists) {
    list.forEach((m, i) => {
      if (order.includes(m)) return;
      // after the latest (in feed order) of the moments listed before it in its source
      const at = Math.max(-1, ...list.slice(0, i).map((x) => order.indexOf(x))) + 1;
      order.splice(at, 0, m);
    });
  }
  for (const p of programs) for (const m of Object.keys(p.amounts)) if (!order.includes(m)) order.push(m);
  return order;
}
