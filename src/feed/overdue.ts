/**
 * Is the feed older than its publisher promised? Pure: no DOM, no clock (the caller passes `today`).
 *
 * ## The rule
 * A feed may carry a `schedule` (how often its publisher promises to update it) and an `asOf`
 * (the cut-off of the data it holds). The promised date of the next update (`due`) is:
 *
 * 1. `schedule.nextDue` when the feed states it. The publisher wrote down the date of its next
 *    update; a copy we still read after that date has not been replaced in time.
 * 2. Otherwise, from `asOf`, the frequency and `lagDays` (0 when absent): the data of the first
 *    period that ends AFTER `asOf` is promised `lagDays` days after that period ends.
 *    Periods are calendar months, quarters (ending Mar 31, Jun 30, Sep 30, Dec 31), half-years
 *    (Jun 30, Dec 31) or years (Dec 31). Example: quarterly, 30 days after each quarter,
 *    asOf 2024-06-30 → the next quarter ends 2024-09-30 → due 2024-10-30.
 *    An `asOf` in the middle of a period counts that period as the next one (asOf 2024-08-15,
 *    quarterly → the quarter ending 2024-09-30).
 *
 * The data is overdue when `today` is strictly after `due` (on the due date itself it is not).
 * With no schedule, an unreadable date, or a frequency we do not know and no `nextDue`, there
 * is no notice: we never claim a delay we cannot show.
 */
import type { Feed } from './types.js';

export interface OverdueNotice {
  /** ISO date by which the data should have been updated. */
  due: string;
  /** How `due` was found: stated by the feed or computed from asOf + period + lagDays. */
  basis: 'next-due' | 'period';
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of an ISO calendar date ("2024-06-30", "2024-06-30T…"); undefined when invalid. */
export function isoDay(iso: string | null | undefined): number | undefined {
  if (typeof iso !== 'string') return undefined;
  const m = ISO_DAY.exec(iso.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t / 86_400_000;
}

/** ISO calendar date of a day number from `isoDay`. */
export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Months per period for the frequency words a feed may use (English and Spanish). */
const MONTHS: Record<string, number> = {
  monthly: 1,
  mensual: 1,
  bimonthly: 2,
  bimestral: 2,
  quarterly: 3,
  trimestral: 3,
  'semi-annual': 6,
  semiannual: 6,
  biannual: 6,
  'half-yearly': 6,
  semestral: 6,
  yearly: 12,
  annual: 12,
  annually: 12,
  anual: 12,
};

/** Months in one period of a schedule frequency; undefined when the word is unknown. */
export function periodMonths(frequency: string | null | undefined): number | undefined {
  if (typeof frequency !== 'string') return undefined;
  return MONTHS[frequency.trim().toLowerCase()];
}

/**
 * Last day of the first period (of `months` months, aligned to January) that ends strictly after `day`.
 */
export function nextPeriodEnd(day: number, months: number): number {
  const d = new Date(day * 86_400_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth(); // 0-based
  // The period containing `day` ends on the last day of month index endMonth.
  const endMonth = Math.floor(m / months) * months + months - 1;
  let end = Date.UTC(y, endMonth + 1, 0) / 86_400_000;
  if (end <= day) end = Date.UTC(y, endMonth + months + 1, 0) / 86_400_000;
  return end;
}

/** The date the feed's next update was promised for (see the module rule), or undefined. */
export function promisedUpdate(feed: Pick<Feed, 'asOf' | 'schedule'>): OverdueNotice | undefined {
  const s = feed.schedule;
  if (!s) return undefined;
  const stated = isoDay(s.nextDue);
  if (stated !== undefined) return { due: dayToIso(stated), basis: 'next-due' };
  const asOf = isoDay(feed.asOf);
  const months = periodMonths(s.frequency);
  if (asOf === undefined || months === undefined) return undefined;
  const lag = typeof s.lagDays === 'number' && Number.isFinite(s.lagDays) && s.lagDays >= 0 ? Math.round(s.lagDays) : 0;
  return { due: dayToIso(nextPeriodEnd(asOf, months) + lag), basis: 'period' };
}

/** `{ due }` when the data should have been updated before `today` (ISO date), else null. */
export function overdueNotice(feed: Pick<Feed, 'asOf' | 'schedule'>, today: string): OverdueNotice | null {
  const now = isoDay(today);
  if (now === undefined) return null;
  const promised = promisedUpdate(feed);
  if (!promised) return null;
  return now > isoDay(promised.due)! ? promised : null;
}
