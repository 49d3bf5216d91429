/**
 * Signal rules on the budget cycle: evaluation recommendations (ASM) open for years, and programs
 * with spending but no recent evaluation. Pure.
 */
import type { Feed, Program } from '../feed/types.js';
import type { SignalConfig } from './config.js';
import { finite, modalityOf, ramoOf, spending, type FeedScope } from './facts.js';
import type { Finding } from './types.js';

const OPEN = new Set(['pending', 'in-progress']);
const yearOf = (iso: unknown): number | undefined => {
  const m = typeof iso === 'string' ? /^(\d{4})-\d{2}-\d{2}/.exec(iso) : null;
  return m ? Number(m[1]) : undefined;
};

/**
 * ASM whose latest status report (`reported`) still shows them pending or in progress, `asmYears` or
 * more whole years after the year of the evaluation that produced them. An ASM with no status or no
 * report date is not flagged: we cannot tell how long it has been open.
 */
export function asmPending(p: Program, c: SignalConfig): Finding<'asm-pending'>[] {
  const hits: { id: string; year: number; reported: string }[] = [];
  for (const e of Array.isArray(p.evaluations) ? p.evaluations : []) {
    if (!e || !finite(e.year)) continue;
    for (const a of Array.isArray(e.asm) ? e.asm : []) {
      if (!a || typeof a.status !== 'string' || !OPEN.has(a.status)) continue;
      if (finite(a.progress) && a.progress >= 100) continue;
      const ry = yearOf(a.reported);
      if (ry === undefined || ry - e.year < c.asmYears) continue;
      hits.push({ id: a.id ?? '', year: e.year, reported: a.reported! });
    }
  }
  if (!hits.length) return [];
  const oldestYear = Math.min(...hits.map((h) => h.year));
  const lastReport = hits
    .map((h) => h.reported)
    .sort()
    .at(-1)!;
  return [
    {
      figures: { count: hits.length, oldestYear, lastReport, ids: hits.map((h) => h.id).filter(Boolean), years: c.asmYears },
      fields: ['evaluations[].year', 'evaluations[].asm[].status', 'evaluations[].asm[].progress', 'evaluations[].asm[].reported'],
    },
  ];
}

/**
 * A program of an evaluated modality that reports spending and has no listed evaluation from the
 * last `evaluationCycles` cycles (ending with the feed's), in a feed whose evaluation source covers
 * its ramo. ASM-only (synthetic) entries are not evaluations.
 */
export function noRecentEvaluation(
  p: Program,
  feed: Pick<Feed, 'cycle'>,
  scope: FeedScope,
  c: SignalConfig,
): Finding<'no-recent-evaluation'>[] {
  if (!finite(feed.cycle) || !c.modalities.includes(modalityOf(p)) || !scope.evaluationRamos.has(ramoOf(p))) return [];
  const spent = spending(p);
  if (!spent) return [];
  const from = feed.cycle - c.evaluationCycles + 1;
  const years = (Array.isArray(p.evaluations) ? p.evaluations : []).filter((e) => e && !e.synthetic && finite(e.year)).map((e) => e.year);
  if (years.some((y) => y >= from)) return [];
  const figures: Finding<'no-recent-evaluation'>['figures'] = { spending: spent, from, to: feed.cycle };
  if (years.length) figures.lastYear = Math.max(...years);
  return [{ figures, fields: [`amounts.${spent.moment}`, 'modality', 'evaluations[].year', 'evaluations[].synthetic', 'feed.cycle'] }];
}
