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
import { STANDARD_MOMENTS } from './types.js';
import type { Amounts, CrossCutting, Evaluation, Feed, Moment, PlanAlignment, Problem, Program, Publisher, Source } from './types.js';
import type { AdapterResult, PartialProgram } from './adapters/types.js';
import { attachAsm } from './adapters/asm.js';
import { formatProgramKey, parseProgramKey } from './adapters/keys.js';

export interface MergeMeta {
  publisher: Publisher;
  cycle?: number;
  asOf?: string;
  sources?: Source[];
  label?: string;
  currency?: string;
}

/** Cents per moment, with the layout that gave each one. */
type CentAmounts = Map<Moment, { cents: number; layout: string }>;

interface Building {
  program: Program;
  amounts: CentAmounts;
  breakdown: Map<string, { by: string; id: string; name: string; amounts: CentAmounts }>;
  periods: Map<string, { amounts: CentAmounts; cumulative?: boolean }>;
  ccLayouts: Map<CrossCutting, string>;
  asmGroups: Evaluation[];
}

const MAX_LISTED = 5;
const cents = (pesos: number) => Math.round(pesos * 100);

export function canonicalKey(key: string): string {
  const p = parseProgramKey(key);
  return p ? formatProgramKey(p) : key.trim();
}

function isAmountsSource(r: AdapterResult): boolean {
  return (r.moments?.length ?? 0) > 0 || r.programs.some((p) => p.amounts !== undefined);
}

export function mergeResults(results: AdapterResult[], meta: MergeMeta): { feed: Feed; problems: Problem[] } {
  const problems: Problem[] = [];
  const programs = new Map<string, Building>();
  const amountSources = results.filter(isAmountsSource);
  const cycle = meta.cycle ?? amountSources.find((r) => r.cycle !== undefined)?.cycle ?? results.find((r) => r.cycle !== undefined)?.cycle;

  const create = (key: string): Building => {
    const b: Building = { program: { key, name: '', amounts: {} }, amounts: new Map(), breakdown: new Map(), periods: new Map(), ccLayouts: new Map(), asmGroups: [] };
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
  const byShort = new Map<string, string[]>(); // "S176" → full keys "20-S176", …
  const shortOnly = new Map<string, string>(); // "I016" → "I016" (amounts keyed without ramo)
  for (const key of programs.keys()) {
    const parts = parseProgramKey(key);
    if (!parts) continue;
    const short = `${parts.modality}${parts.number}`;
    if (parts.ramo) byShort.set(short, [...(byShort.get(short) ?? []), key]);
    else shortOnly.set(short, key);
  }

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
          makeProblem('unmatched-key', 'warning', { found: `${unmatched.slice(0, MAX_LISTED).join(', ')}${unmatched.length > MAX_LISTED ? ', …' : ''}` },
            `${unmatched.length} programas de la fuente "${r.layout}" no coinciden con ningún programa de las fuentes de montos y no se incluyen`,
            `${unmatched.length} programs of the "${r.layout}" source match no program of the amounts sources and are not included`),
        );
    }
  }

  // 4. Finish every program.
  const out: Program[] = [];
  for (const b of programs.values()) {
    const p = b.program;
    p.amounts = toAmounts(b.amounts);
    if (b.breakdown.size) p.breakdown = [...b.breakdown.values()].map((e) => ({ by: e.by, id: e.id, name: e.name, amounts: toAmounts(e.amounts) }));
    if (b.periods.size)
      p.periods = [...b.periods].map(([period, e]) => (e.cumulative ? { period, amounts: toAmounts(e.amounts), cumulative: true } : { period, amounts: toAmounts(e.amounts) }));
    if (b.asmGroups.length) {
      const r = attachAsm(p.evaluations ?? [], b.asmGroups);
      p.evaluations = r.evaluations;
    }
    if (!p.name) {
      p.name = p.key;
      problems.push(makeProblem('missing-field', 'warning', { key: p.key, path: 'name' }, 'ninguna fuente da el nombre del programa; se muestra su clave', 'no source gives the program name; its key is shown'));
    }
    out.push(p);
  }

  if (cycle === undefined)
    problems.push(makeProblem('missing-field', 'error', { path: 'cycle' }, 'no se conoce el ejercicio fiscal: indíquelo (--cycle)', 'the budget year is unknown: give it (--cycle)'));

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
  return { feed, problems };
}

/** The program a secondary key belongs to; undefined = none, null = ambiguous (reported). */
function resolve(
  key: string,
  programs: Map<string, Building>,
  byShort: Map<string, string[]>,
  shortOnly: Map<string, string>,
  layout: string,
  problems: Problem[],
): string | undefined | null {
  if (programs.has(key)) return key;
  const parts = parseProgramKey(key);
  if (!parts) return undefined;
  const short = `${parts.modality}${parts.number}`;
  const candidates = parts.ramo ? [] : [...(byShort.get(short) ?? [])];
  const bare = shortOnly.get(short);
  if (bare) candidates.push(bare);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length > 1) {
    problems.push(
      makeProblem('ambiguous-key', 'error', { key, found: candidates.join(', ') },
        `la clave "${key}" de la fuente "${layout}" corresponde a varios programas; indique el ramo`,
        `key "${key}" of the "${layout}" source matches several programs; give the ramo`),
    );
    return null;
  }
  return undefined;
}

/** Adds amounts in pesos to cent sums following the same-layout / other-layout rule (module doc). */
function addAmounts(sums: CentAmounts, amounts: Amounts | undefined, layout: string, key: string, what: string, problems: Problem[]): void {
  for (const [moment, value] of Object.entries(amounts ?? {})) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const c = cents(value);
    const prev = sums.get(moment);
    if (!prev) sums.set(moment, { cents: c, layout });
    else if (prev.layout === layout) prev.cents += c;
    else if (prev.cents !== c)
      problems.push(
        makeProblem('amount-conflict', 'error', { key, path: `${what}.${moment}`, found: `${(prev.cents / 100).toFixed(2)} (${prev.layout}) ≠ ${(c / 100).toFixed(2)} (${layout})` },
          `dos fuentes distintas dan cifras distintas para el mismo momento; se conserva la primera`,
          `two different sources give different figures for the same moment; the first is kept`),
      );
  }
}

function toAmounts(sums: CentAmounts): Amounts {
  const out: Amounts = {};
  for (const m of STANDARD_MOMENTS) {
    const v = sums.get(m);
    if (v) out[m] = v.cents / 100;
  }
  for (const [m, v] of sums) if (!(m in out)) out[m] = v.cents / 100;
  return out;
}

/** Copies the non-amount fields of a partial program into the program being built. */
function attach(b: Building, p: PartialProgram, layout: string, cycle: number | undefined, problems: Problem[]): void {
  const t = b.program;
  const key = t.key;
  if (!t.name && p.name) t.name = p.name;
  for (const f of ['ramo', 'unit', 'modality'] as const) if (!t[f] && p[f]) t[f] = p[f];
  if (!t.objective && p.objective) t.objective = p.objective;

  for (const i of p.indicators ?? []) {
    t.indicators ??= [];
    if (t.indicators.some((x) => x.id === i.id))
      problems.push(makeProblem('duplicate-key', 'warning', { key, path: 'indicators', found: i.id }, 'indicador repetido; se conserva el primero', 'indicator given twice; the first is kept'));
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
      const copy: CrossCutting = { ...c, amounts: { ...c.amounts }, ...(c.periods ? { periods: c.periods.map((r) => ({ ...r, amounts: { ...r.amounts } })) } : {}) };
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
      problems.push(makeProblem('amount-conflict', 'warning', { key, path: `crossCutting.${c.annex}`, found: `${c.category ?? ''} (${layout})` },
        'el mismo anexo y vertiente llegan de dos fuentes; se conserva la primera', 'the same annex and category come from two sources; the first is kept'));
  }
  for (const g of ['potential', 'target', 'served'] as const) {
    const v = p.population?.[g];
    if (!v) continue;
    t.population ??= {};
    if (!t.population[g]) t.population[g] = v;
    else if (JSON.stringify(t.population[g]) !== JSON.stringify(v))
      problems.push(makeProblem('conflict', 'warning', { key, path: `population.${g}` }, 'dos fuentes dan poblaciones distintas; se conserva la primera', 'two sources give different populations; the first is kept'));
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
      problems.push(makeProblem('conflict', 'warning', { key, path: 'performance', found: `${r.scale} ${r.year}` }, 'dos calificaciones distintas para el mismo año; se conserva la primera', 'two different ratings for the same year; the first is kept'));
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
  const score = (p: PlanAlignment) =>
    p.year === undefined ? -Infinity : cycle === undefined || p.year <= cycle ? p.year : -1e6 - p.year;
  return score(a) > score(b);
}

function latest(dates: (string | undefined)[]): string | undefined {
  return dates.filter((d): d is string => !!d).sort().at(-1);
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
