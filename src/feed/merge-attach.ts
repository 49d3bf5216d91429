/**
 * Programs being merged (see merge.ts) and `attach`, which copies the non-amount fields of a partial
 * program into one: names and classifications first come, lists appended without duplicates,
 * cross-cutting entries added up within a layout, populations and plans taken once. Pure.
 */
import { makeProblem } from './problems.js';
import type { Amounts, CrossCutting, Evaluation, PlanAlignment, Problem, Program } from './types.js';
import type { PartialProgram } from './adapters/types.js';
import { cents, type CentAmounts } from './merge-amounts.js';

/** A program being built, with its amounts still in cents by layout. */
export interface Building {
  program: Program;
  amounts: CentAmounts;
  breakdown: Map<string, { by: string; id: string; name: string; amounts: CentAmounts }>;
  periods: Map<string, { amounts: CentAmounts; cumulative?: boolean }>;
  ccLayouts: Map<CrossCutting, string>;
  asmGroups: Evaluation[];
}

/** Copies the non-amount fields of a partial program into the program being built. */
export function attach(b: Building, p: PartialProgram, layout: string, cycle: number | undefined, problems: Problem[]): void {
  const t = b.program;
  const key = t.key;
  if (!t.name && p.name) t.name = p.name;
  for (const f of ['ramo', 'unit', 'modality'] as const) if (!t[f] && p[f]) t[f] = p[f];
  if (!t.objective && p.objective) t.objective = p.objective;

  for (const i of p.indicators ?? []) {
    t.indicators ??= [];
    if (t.indicators.some((x) => x.id === i.id))
      problems.push(makeProblem('duplicate-key', 'duplicate-indicator', 'warning', { key, path: 'indicators' }, { found: i.id }));
    else t.indicators.push(i);
  }
  for (const s of p.sdg ?? []) {
    t.sdg ??= [];
    if (!t.sdg.some((x) => x.goal === s.goal && x.target === s.target && x.contribution === s.contribution)) t.sdg.push(s);
  }
  for (const l of p.links ?? []) {
    t.links ??= [];
    if (!t.links.some((x) => x.url === l.url)) t.links.push(l);
  }
  for (const c of p.crossCutting ?? []) {
    t.crossCutting ??= [];
    const same = t.crossCutting.find((x) => x.annex === c.annex && x.category === c.category);
    if (!same) {
      const copy: CrossCutting = {
        ...c,
        amounts: { ...c.amounts },
        ...(c.periods ? { periods: c.periods.map((r) => ({ ...r, amounts: { ...r.amounts } })) } : {}),
      };
      t.crossCutting.push(copy);
      b.ccLayouts.set(copy, layout);
    } else if (b.ccLayouts.get(same) === layout) {
      same.amounts = sumAmounts(same.amounts, c.amounts);
      for (const r of c.periods ?? []) {
        same.periods ??= [];
        const at = same.periods.find((x) => x.period === r.period);
        if (at) at.amounts = sumAmounts(at.amounts, r.amounts);
        else same.periods.push({ ...r, amounts: { ...r.amounts } });
      }
    } else
      problems.push(
        makeProblem(
          'amount-conflict',
          'annex-source-conflict',
          'warning',
          { key, path: `crossCutting.${c.annex}` },
          { found: `${c.category ?? ''} (${layout})` },
        ),
      );
  }
  for (const g of ['potential', 'target', 'served'] as const) {
    const v = p.population?.[g];
    if (!v) continue;
    t.population ??= {};
    if (!t.population[g]) t.population[g] = v;
    else if (JSON.stringify(t.population[g]) !== JSON.stringify(v))
      problems.push(makeProblem('conflict', 'population-conflict', 'warning', { key, path: `population.${g}` }));
  }
  for (const level of ['national', 'state'] as const) {
    const v = p.plan?.[level];
    if (!v) continue;
    t.plan ??= {};
    if (!t.plan[level] || nearer(v, t.plan[level]!, cycle)) t.plan[level] = v;
  }
  for (const e of p.evaluations ?? []) {
    if (e.synthetic) {
      b.asmGroups.push(e);
      continue;
    }
    t.evaluations ??= [];
    if (!(e.id && t.evaluations.some((x) => x.id === e.id))) t.evaluations.push(e);
  }
  for (const r of p.performance ?? []) {
    t.performance ??= [];
    const same = t.performance.find((x) => x.scale === r.scale && x.year === r.year && x.period === r.period);
    if (!same) t.performance.push(r);
    else if (same.value !== r.value || same.level !== r.level)
      problems.push(makeProblem('conflict', 'rating-conflict', 'warning', { key, path: 'performance' }, { found: `${r.scale} ${r.year}` }));
  }
  if (t.performance) t.performance.sort((a, b2) => a.year - b2.year || a.scale.localeCompare(b2.scale));
}

function sumAmounts(a: Amounts, b: Amounts): Amounts {
  const out: Amounts = { ...a };
  for (const [m, v] of Object.entries(b)) if (typeof v === 'number') out[m] = (cents(out[m] ?? 0) + cents(v)) / 100;
  return out;
}

/** True when alignment `a` is nearer the cycle than `b`: the latest year not after the cycle wins. */
function nearer(a: PlanAlignment, b: PlanAlignment, cycle: number | undefined): boolean {
  const score = (p: PlanAlignment) => (p.year === undefined ? -Infinity : cycle === undefined || p.year <= cycle ? p.year : -1e6 - p.year);
  return score(a) > score(b);
}
