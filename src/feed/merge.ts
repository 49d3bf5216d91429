/**
 * `mergeResults`: several adapter results → one Feed v1, combined by program key. Pure.
 *
 * ## Which programs
 * Results that carry amounts (a `moments` list or any program with `amounts`) are the AMOUNTS
 * sources: they define the feed's programs and keys, in input order. Every other result (MIR, SDG,
 * annexes, populations, plan, evaluations, ASM, ratings) is SECONDARY and attaches by key:
 *  - the same normalised key ("20 s 176" = "20-S176");
 *  - a short key without ramo ("S176") attaches when exactly one program "NN-S176" exists; with
 *    several it is an `ambiguous-key` problem listing the candidates (never guessed);
 *  - a full key ("33-I016") attaches to an amounts program keyed without ramo ("I016", state files)
 *    when that short key is unique;
 *  - secondary programs matching nothing are reported per input (count and first keys).
 * With no amounts source at all, every program of every input is kept (amounts `{}`).
 *
 * ## Amounts (integer cents)
 * Two amounts sources of the SAME layout are parts of one dataset split over several files (PEF
 * lines by ramo or by state): a program's amounts add up, in integer cents. Two DIFFERENT layouts
 * reporting the same moment of the same program (PEF approved and Cuenta Pública approved) measure
 * the same fact: adding them would double it, so the first input keeps the moment and, when the
 * figures differ, an `amount-conflict` error names both. Moments one layout lacks are taken from
 * the other. Breakdown rows (by + id) and periods follow the same rule. (The same file given twice
 * under one layout cannot be told from two parts and would add up: don't.)
 *
 * ## Moments
 * The standard six in LGCG order, always listed (an unreported one is absent from `amounts` and
 * shows as "no reportado"), with extra moments (e.g. `ministered`) placed after the moments that
 * precede them in their source's own list.
 *
 * ## Everything else
 * Names and classifications: the first source that has them. Indicators, SDG links, performance
 * and links are appended without duplicates; cross-cutting entries of the same annex and category
 * add up when they come from one layout, else conflict; a population group or a plan is taken once
 * (plans: the alignment whose year is nearest the cycle without passing it). ASM groups are matched
 * to evaluations by `attachAsm` (adapters/asm.ts) after all inputs are in.
 */
import { makeProblem } from './problems.js';
import type { BreakdownRow, Feed, Problem, Program, Publisher, Source } from './types.js';
import type { AdapterResult } from './adapters/types.js';
import { attachAsm } from './adapters/asm.js';
import { addAmounts, orderMoments, toAmounts } from './merge-amounts.js';
import { attach, type Building } from './merge-attach.js';
import { canonicalKey, resolve, shortKeyIndex } from './merge-keys.js';

export { canonicalKey, orderMoments };

export interface MergeMeta {
  publisher: Publisher;
  cycle?: number;
  asOf?: string;
  sources?: Source[];
  label?: string;
  currency?: string;
}

const MAX_LISTED = 5;

function isAmountsSource(r: AdapterResult): boolean {
  return (r.moments?.length ?? 0) > 0 || r.programs.some((p) => p.amounts !== undefined);
}

export function mergeResults(results: AdapterResult[], meta: MergeMeta): { feed: Feed; problems: Problem[] } {
  const problems: Problem[] = [];
  const programs = new Map<string, Building>();
  const amountSources = results.filter(isAmountsSource);
  const cycle = meta.cycle ?? amountSources.find((r) => r.cycle !== undefined)?.cycle ?? results.find((r) => r.cycle !== undefined)?.cycle;

  const create = (key: string): Building => {
    const b: Building = {
      program: { key, name: '', amounts: {} },
      amounts: new Map(),
      breakdown: new Map(),
      periods: new Map(),
      ccLayouts: new Map(),
      asmGroups: [],
    };
    programs.set(key, b);
    return b;
  };

  // 1. The program set, from the amounts sources (or from everything when there is none).
  for (const r of amountSources.length ? amountSources : results) {
    for (const p of r.programs) {
      const key = canonicalKey(p.key);
      const b = programs.get(key) ?? create(key);
      addAmounts(b.amounts, p.amounts, r.layout, key, 'amounts', problems);
      for (const row of p.breakdown ?? []) {
        const id = `${row.by}\u0000${row.id}`;
        let e = b.breakdown.get(id);
        if (!e) b.breakdown.set(id, (e = { by: row.by, id: row.id, name: row.name, amounts: new Map() }));
        addAmounts(e.amounts, row.amounts, r.layout, key, `breakdown ${row.by} ${row.id}`, problems);
      }
      for (const row of p.periods ?? []) {
        let e = b.periods.get(row.period);
        if (!e) b.periods.set(row.period, (e = row.cumulative ? { amounts: new Map(), cumulative: true } : { amounts: new Map() }));
        addAmounts(e.amounts, row.amounts, r.layout, key, `periods ${row.period}`, problems);
      }
      attach(b, p, r.layout, cycle, problems);
    }
  }

  // 2. Indexes for secondary keys.
  const { byShort, shortOnly } = shortKeyIndex(programs.keys());

  // 3. Secondary results attach by key.
  if (amountSources.length) {
    for (const r of results) {
      if (amountSources.includes(r)) continue;
      const unmatched: string[] = [];
      for (const p of r.programs) {
        const key = canonicalKey(p.key);
        const target = resolve(key, programs, byShort, shortOnly, r.layout, problems);
        if (target === null) continue; // ambiguous: already reported
        if (!target) {
          unmatched.push(key);
          continue;
        }
        attach(programs.get(target)!, p, r.layout, cycle, problems);
      }
      if (unmatched.length)
        problems.push(
          makeProblem(
            'unmatched-key',
            'unmatched-programs',
            'warning',
            {},
            {
              count: unmatched.length,
              layout: r.layout,
              found: `${unmatched.slice(0, MAX_LISTED).join(', ')}${unmatched.length > MAX_LISTED ? ', …' : ''}`,
            },
          ),
        );
    }
  }

  // 4. Finish every program.
  const out: Program[] = [];
  for (const b of programs.values()) {
    const p = b.program;
    p.amounts = toAmounts(b.amounts);
    if (b.breakdown.size)
      p.breakdown = [...b.breakdown.values()].map((e) => ({ by: e.by, id: e.id, name: e.name, amounts: toAmounts(e.amounts) }));
    if (b.periods.size)
      p.periods = [...b.periods].map(([period, e]) =>
        e.cumulative ? { period, amounts: toAmounts(e.amounts), cumulative: true } : { period, amounts: toAmounts(e.amounts) },
      );
    if (b.asmGroups.length) {
      const r = attachAsm(p.evaluations ?? [], b.asmGroups);
      p.evaluations = r.evaluations;
    }
    if (!p.name) {
      p.name = p.key;
      problems.push(makeProblem('missing-field', 'program-name-missing', 'warning', { key: p.key, path: 'name' }));
    }
    out.push(p);
  }

  if (cycle === undefined) problems.push(makeProblem('missing-field', 'cycle-unknown', 'error', { path: 'cycle' }));

  const feed: Feed = {
    version: 1,
    publisher: meta.publisher,
    cycle: cycle ?? 0,
    currency: meta.currency ?? 'MXN',
    sources: meta.sources ?? results.flatMap((r) => r.meta?.sources ?? [{ title: r.layout }]),
    moments: orderMoments(amountSources, out),
    programs: out,
  };
  const asOf = meta.asOf ?? latest(results.map((r) => r.meta?.asOf));
  if (asOf) feed.asOf = asOf;
  if (meta.label) feed.label = meta.label;
  const schedule = results.find((r) => r.meta?.schedule)?.meta?.schedule;
  if (schedule) feed.schedule = schedule;
  const docs = results.flatMap((r) => r.meta?.accountability ?? []);
  if (docs.length) feed.accountability = docs;
  // A whole publisher's statements: the first total rows stated; per classification, the rows of the
  // first statement that gives it (two statements by chapter would count each peso twice).
  const totals = results.find((r) => r.totals && Object.keys(r.totals).length)?.totals;
  if (totals) feed.totals = totals;
  const byOwner = new Map<string, string>();
  const breakdowns: BreakdownRow[] = [];
  for (const r of results)
    for (const row of r.breakdowns ?? []) {
      const owner = byOwner.get(row.by);
      if (owner === undefined) byOwner.set(row.by, r.layout);
      else if (owner !== r.layout) continue;
      breakdowns.push(row);
    }
  if (breakdowns.length) feed.breakdowns = breakdowns;
  return { feed, problems };
}

function latest(dates: (string | undefined)[]): string | undefined {
  return dates
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
}
