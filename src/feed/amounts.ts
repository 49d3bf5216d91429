/**
 * Small pure helpers over Feed v1 amounts that every view shares: money is compared and summed in
 * integer cents, a reported amount is a finite number (absent is not 0), and a feed's moment order.
 */
import { STANDARD_MOMENTS, type Feed, type Moment } from './types.js';

/** Integer cents of a peso amount. */
export const toCents = (pesos: number): number => Math.round(pesos * 100);

/** True for a finite number (a reported amount); undefined, null, NaN and ±Infinity are not. */
export function isNum(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Moment order of a feed, falling back to the standard six. */
export function momentOrder(feed: Pick<Feed, 'moments'>): Moment[] {
  return feed.moments?.length ? [...feed.moments] : [...STANDARD_MOMENTS];
}
