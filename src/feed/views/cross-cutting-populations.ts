/**
 * Populations by sex (potential, target, served) and coverage: part of the cross-cutting view of
 * `<tp-gender-breakdown>`. Pure: no DOM, no Lit. A sex the source does not report is absent
 * (listed in `missing`), never 0.
 */
import type { PopulationBySex, Program } from '../types.js';

export const SEXES = ['women', 'men', 'unspecified'] as const;
export type Sex = (typeof SEXES)[number];
export const POPULATION_KINDS = ['potential', 'target', 'served'] as const;
export type PopulationKind = (typeof POPULATION_KINDS)[number];

export interface PopulationBar {
  sex: Sex;
  value: number;
  /** value / largest value among all bars of the view (0..1), for bar length. */
  scale: number;
}

export interface PopulationGroup {
  kind: PopulationKind;
  unit?: string;
  /** Reported sexes only, in SEXES order. */
  bars: PopulationBar[];
  /** Sexes the source does not report for this group. */
  missing: Sex[];
  /** Sum of the reported sexes. */
  sum: number;
  /** The source's own total, when it gives one. */
  total?: number;
}

export interface CoverageRow {
  sex: Sex;
  served?: number;
  target?: number;
  /** served / target, when both are reported and target > 0. */
  ratio?: number;
}

export interface ServedSplit {
  women?: number;
  men?: number;
  unspecified?: number;
  /** Women per 100 people served (rounded), over the reported sexes. */
  womenPer100?: number;
  unit?: string;
}

function isNum(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Potential, target and served groups, with bar scales shared across the three. */
export function populationGroups(program: Pick<Program, 'population'>): PopulationGroup[] {
  const pop = program.population;
  if (!pop) return [];
  const groups: PopulationGroup[] = [];
  let max = 0;
  for (const kind of POPULATION_KINDS) {
    const g: PopulationBySex | undefined = pop[kind];
    if (!g) continue;
    const bars: PopulationBar[] = [];
    const missing: Sex[] = [];
    let sum = 0;
    for (const sex of SEXES) {
      const v = g[sex];
      if (isNum(v)) {
        bars.push({ sex, value: v, scale: 0 });
        sum += v;
        max = Math.max(max, v);
      } else missing.push(sex);
    }
    if (bars.length === 0 && !isNum(g.total)) continue;
    groups.push({ kind, ...(g.unit ? { unit: g.unit } : {}), bars, missing, sum, ...(isNum(g.total) ? { total: g.total } : {}) });
  }
  for (const g of groups) for (const b of g.bars) b.scale = max > 0 ? b.value / max : 0;
  return groups;
}

export function coverageRows(program: Pick<Program, 'population'>): CoverageRow[] {
  const served = program.population?.served;
  const target = program.population?.target;
  if (!served && !target) return [];
  const rows: CoverageRow[] = [];
  for (const sex of SEXES) {
    const s = served?.[sex];
    const t = target?.[sex];
    if (!isNum(s) && !isNum(t)) continue;
    rows.push({
      sex,
      ...(isNum(s) ? { served: s } : {}),
      ...(isNum(t) ? { target: t } : {}),
      ...(isNum(s) && isNum(t) && t > 0 ? { ratio: s / t } : {}),
    });
  }
  return rows;
}

export function servedSplit(program: Pick<Program, 'population'>): ServedSplit | undefined {
  const s = program.population?.served;
  if (!s) return undefined;
  const out: ServedSplit = {};
  let sum = 0;
  let n = 0;
  for (const sex of SEXES) {
    const v = s[sex];
    if (isNum(v)) {
      out[sex] = v;
      sum += v;
      n++;
    }
  }
  if (n === 0) return undefined;
  if (isNum(out.women) && sum > 0 && n > 1) out.womenPer100 = Math.round((100 * out.women) / sum);
  if (s.unit) out.unit = s.unit;
  return out;
}
