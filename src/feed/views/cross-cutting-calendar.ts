/**
 * The calendar of a cross-cutting annex (its amounts by month) and the annex's year. Pure.
 * Money in integer cents.
 */
import type { CrossCutting, Moment } from '../types.js';

/** An amount kept exact: integer cents, and the peso value rebuilt from them. */
interface Money {
  cents: number;
  amount: number;
}

function isNum(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

const toCents = (x: number) => Math.round(x * 100);

/** One month (or quarter) of the annex calendar, summed over entries, in cents. */
export interface CalendarRow extends Money {
  period: string;
}

/** Sums the entries' periods at moment `m` by period; `partial` when an entry with an amount has no periods. */
export function calendarOf(entries: CrossCutting[], m: Moment | undefined): { calendar: CalendarRow[]; calendarPartial: boolean } {
  if (!m) return { calendar: [], calendarPartial: false };
  const by = new Map<string, number>();
  let partial = false;
  for (const e of entries) {
    if (!isNum(e.amounts?.[m])) continue;
    const rows = (e.periods ?? []).filter((r) => r && typeof r.period === 'string' && isNum(r.amounts?.[m]) && !r.cumulative);
    if (!rows.length) {
      partial = true;
      continue;
    }
    for (const r of rows) by.set(r.period, (by.get(r.period) ?? 0) + toCents(r.amounts[m]!));
  }
  const calendar = [...by.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([period, cents]) => ({ period, cents, amount: cents / 100 }));
  return { calendar, calendarPartial: calendar.length > 0 && partial };
}

/**
 * The year of an annex, read from its calendar periods ("2021-03" → 2021), when every dated
 * period agrees; undefined without a calendar or with mixed years.
 */
export function annexYear(entries: CrossCutting[]): number | undefined {
  const years = new Set<number>();
  for (const e of entries) for (const r of e.periods ?? []) {
    const m = /^(\d{4})/.exec(r?.period ?? '');
    if (m) years.add(Number(m[1]));
  }
  return years.size === 1 ? [...years][0] : undefined;
}
