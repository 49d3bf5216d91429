/**
 * Signal rules on amounts: moments out of legal order, modified far from approved, year-end
 * under-spending and payments bunched in the last month. Money in integer cents. Pure.
 */
import { checkOrder } from '../feed/order.js';
import type { Feed, Program } from '../feed/types.js';
import type { SignalConfig } from './config.js';
import { finite, reported, toPesos } from './facts.js';
import { toCents } from '../feed/amounts.js';
import type { Finding } from './types.js';

/** Every LGCG order break (committed ≤ modified, …, paid ≤ exercised), as the feed validation notes them. */
export function momentOrder(p: Program): Finding<'moment-order'>[] {
  return checkOrder(p.amounts ?? {}).map((b) => ({
    figures: {
      earlier: b.earlier,
      later: b.later,
      earlierAmount: b.earlierAmount,
      laterAmount: b.laterAmount,
      excess: toPesos(toCents(b.laterAmount) - toCents(b.earlierAmount)),
    },
    fields: [`amounts.${b.earlier}`, `amounts.${b.later}`],
  }));
}

/** Modified differs from approved by more than the threshold. Needs both, and approved above 0. */
export function modifiedChange(p: Program, c: SignalConfig): Finding<'modified-change'>[] {
  const approved = reported(p.amounts, 'approved');
  const modified = reported(p.amounts, 'modified');
  if (approved === undefined || modified === undefined) return [];
  const a = toCents(approved);
  if (a <= 0) return [];
  const change = toCents(modified) - a;
  const ratio = change / a;
  if (Math.abs(change) <= c.modifiedChange * a) return [];
  return [
    {
      figures: { approved, modified, change: toPesos(change), ratio, threshold: c.modifiedChange },
      fields: ['amounts.approved', 'amounts.modified'],
    },
  ];
}

const ISO_MONTH = /^(\d{4})-(\d{2})/;

/** The feed's cut-off is in December of its cycle. */
export function decemberCutOff(feed: Pick<Feed, 'asOf' | 'cycle'>): boolean {
  const m = typeof feed.asOf === 'string' ? ISO_MONTH.exec(feed.asOf) : null;
  return !!m && m[2] === '12' && Number(m[1]) === feed.cycle;
}

/** At a December cut-off, more than the threshold of the modified budget not accrued. */
export function yearEndUnderspending(p: Program, feed: Pick<Feed, 'asOf' | 'cycle'>, c: SignalConfig): Finding<'year-end-underspending'>[] {
  if (!decemberCutOff(feed)) return [];
  const modified = reported(p.amounts, 'modified');
  const accrued = reported(p.amounts, 'accrued');
  if (modified === undefined || accrued === undefined) return [];
  const m = toCents(modified);
  if (m <= 0) return [];
  const unaccrued = m - toCents(accrued);
  if (unaccrued <= c.underspending * m) return [];
  return [
    {
      figures: { asOf: feed.asOf!, modified, accrued, unaccrued: toPesos(unaccrued), share: unaccrued / m, threshold: c.underspending },
      fields: ['feed.asOf', 'amounts.modified', 'amounts.accrued'],
    },
  ];
}

/**
 * Payments in the cycle's last month above the threshold of the year's payments, from monthly
 * `periods`. Only when every month of the year reports `paid` (or, for cumulative rows, November
 * and December): a month not reported is not a month without payments.
 */
export function yearEndBunching(p: Program, feed: Pick<Feed, 'cycle'>, c: SignalConfig): Finding<'year-end-bunching'>[] {
  const rows = Array.isArray(p.periods) ? p.periods : [];
  const year = feed.cycle;
  if (!finite(year) || !rows.length) return [];
  const flows = new Map<number, number>();
  const totals = new Map<number, number>();
  for (const r of rows) {
    const m = typeof r?.period === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(r.period) : null;
    if (!m || Number(m[1]) !== year) continue;
    const paid = reported(r.amounts, 'paid');
    if (paid === undefined) continue;
    const month = Number(m[2]);
    const into = r.cumulative ? totals : flows;
    if (into.has(month)) return []; // the same month twice: not a reading we can make
    into.set(month, toCents(paid));
  }
  let last: number;
  let yearPaid: number;
  if (flows.size === 12 && totals.size === 0) {
    last = flows.get(12)!;
    yearPaid = [...flows.values()].reduce((s, v) => s + v, 0);
  } else if (flows.size === 0 && totals.has(11) && totals.has(12)) {
    yearPaid = totals.get(12)!;
    last = yearPaid - totals.get(11)!;
  } else return [];
  if (yearPaid <= 0 || last <= c.yearEndBunching * yearPaid) return [];
  return [
    {
      figures: {
        year,
        lastMonth: `${year}-12`,
        lastMonthPaid: toPesos(last),
        yearPaid: toPesos(yearPaid),
        share: last / yearPaid,
        threshold: c.yearEndBunching,
      },
      fields: ['feed.cycle', 'periods[].period', 'periods[].amounts.paid', 'periods[].cumulative'],
    },
  ];
}
