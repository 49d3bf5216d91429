/**
 * Small facts about a program that several rules read: reported amounts, cents, its spending, its
 * modality and ramo, and what the feed as a whole carries (so a rule never reads a field the feed's
 * sources do not have as "zero" or "none"). Pure.
 */
import { splitKey } from '../feed/select.js';
import type { Amounts, Feed, Program } from '../feed/types.js';
import type { MomentAmount } from './types.js';
import { isNum, toCents } from '../feed/amounts.js';

/** A reported amount: a finite number (one home: feed/amounts.ts). */
export const finite = isNum;

/** The amount of moment `m`, when reported as a finite number. */
export const reported = (a: Amounts | undefined, m: string): number | undefined => {
  const v = a?.[m];
  return finite(v) ? v : undefined;
};

export const toPesos = (cents: number): number => cents / 100;

/** Spending moments from the latest to the earliest. */
const SPENDING_LATEST_FIRST = ['paid', 'exercised', 'accrued', 'committed'];

/** The latest spending moment the program reports above zero; undefined when it reports none. */
export function spending(p: Program): MomentAmount | undefined {
  for (const moment of SPENDING_LATEST_FIRST) {
    const amount = reported(p.amounts, moment);
    if (amount !== undefined && toCents(amount) > 0) return { moment, amount };
  }
  return undefined;
}

/** The modality letter: `modality.id`, else the first letter of the key without ramo ("20-S176" → "S"). */
export function modalityOf(p: Program): string {
  const id = typeof p.modality?.id === 'string' ? p.modality.id.trim() : '';
  if (id) return id.toUpperCase();
  return splitKey(p.key).short.charAt(0);
}

/** The ramo: `ramo.id`, else the key's ramo prefix, else '' (a feed without ramos is one scope). */
export function ramoOf(p: Program): string {
  const id = typeof p.ramo?.id === 'string' ? p.ramo.id.trim().replace(/^0+(?=\d)/, '') : '';
  if (id) return id;
  return (splitKey(p.key).ramo ?? '').replace(/^0+(?=\d)/, '');
}

/** What the feed's sources carry, computed once per run. */
export interface FeedScope {
  /** Ramos where at least one program has MIR indicators. */
  indicatorRamos: Set<string>;
  /** Ramos where at least one program has a listed (not synthetic) evaluation. */
  evaluationRamos: Set<string>;
  /** Ramos where at least one indicator reports `achieved` (the MIR source carries progress there). */
  achievedRamos: Set<string>;
}

export function feedScope(feed: Pick<Feed, 'programs'>): FeedScope {
  const scope: FeedScope = { indicatorRamos: new Set(), evaluationRamos: new Set(), achievedRamos: new Set() };
  for (const p of feed.programs ?? []) {
    if (!p || typeof p !== 'object') continue;
    const inds = Array.isArray(p.indicators) ? p.indicators : [];
    if (inds.length) scope.indicatorRamos.add(ramoOf(p));
    if (inds.some((i) => finite(i?.achieved))) scope.achievedRamos.add(ramoOf(p));
    if ((Array.isArray(p.evaluations) ? p.evaluations : []).some((e) => e && !e.synthetic && finite(e.year)))
      scope.evaluationRamos.add(ramoOf(p));
  }
  return scope;
}
