/** Periods (quarters or months) → cumulative series per moment, in cents. Pure. */
import type { Moment, PeriodRow } from '../types.js';
import { reportedAmount, toCents } from './flow-amounts.js';

export interface SeriesPoint {
  period: string;
  /** ISO date of the last day of the period. */
  date: string;
  moment: Moment;
  /** Cumulative pesos up to and including the period. */
  value: number;
}

export interface PeriodSeries {
  points: SeriesPoint[];
  /** Periods in order. */
  periods: string[];
  /** Moments with at least one point, in feed order. */
  moments: Moment[];
  /** Moments whose cumulative line stops early because one period does not report them. */
  gaps: { moment: Moment; period: string }[];
}


const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** ISO date of the last day of "2024-Q1" / "2024-03"; undefined for another shape. */
export function periodEnd(period: string): string | undefined {
  let y: number;
  let m: number;
  const q = QUARTER.exec(period);
  const mo = MONTH.exec(period);
  if (q) {
    y = Number(q[1]);
    m = Number(q[2]) * 3;
  } else if (mo) {
    y = Number(mo[1]);
    m = Number(mo[2]);
  } else return undefined;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/**
 * Periods → cumulative series per moment (cents). Rows flagged `cumulative` are taken as they are;
 * other rows are added up. A period that does not report a moment ends that moment's line there
 * (the later cumulative values are unknown, not "unchanged") and is listed in `gaps`.
 * Periods with an unknown shape are skipped. Undefined when nothing can be drawn.
 */
export function cumulativeSeries(periods: readonly PeriodRow[] | undefined, moments: readonly Moment[]): PeriodSeries | undefined {
  if (!periods?.length) return undefined;
  const rows = periods
    .map((p) => ({ row: p, date: periodEnd(p.period) }))
    .filter((r): r is { row: PeriodRow; date: string } => r.date !== undefined)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (!rows.length) return undefined;
  const points: SeriesPoint[] = [];
  const gaps: { moment: Moment; period: string }[] = [];
  const used: Moment[] = [];
  for (const moment of moments) {
    if (!rows.some((r) => reportedAmount(r.row.amounts, moment) !== undefined)) continue;
    let sum = 0;
    let mine = 0;
    for (const { row, date } of rows) {
      const v = reportedAmount(row.amounts, moment);
      if (v === undefined) {
        gaps.push({ moment, period: row.period });
        break;
      }
      sum = row.cumulative ? toCents(v) : sum + toCents(v);
      points.push({ period: row.period, date, moment, value: sum / 100 });
      mine++;
    }
    if (mine > 0) used.push(moment);
  }
  if (!points.length) return undefined;
  return { points, periods: rows.map((r) => r.row.period), moments: used, gaps };
}

