/**
 * Per-program accumulators of an SHCP budget-lines sink (cent sums per measure, by unit, chapter and
 * entity) and their conversion to programs with amounts in pesos and breakdowns. Pure.
 */
import { STANDARD_MOMENTS, type Amounts, type BreakdownRow, type Moment } from '../types.js';
import type { PartialProgram } from './types.js';
import { centsToPesos } from './money.js';
import { modalityOf } from './program-code.js';
import type { Measure } from './shcp-columns.js';

/** Cent sums per measure index; NaN = no row reported that measure (absent, not 0). */
export type Sums = Float64Array;
export const newSums = (n: number): Sums => new Float64Array(n).fill(Number.NaN);
/** Adds cents to slot m (a NaN slot starts at 0). */
export const addAt = (sums: Sums, m: number, cents: number) => {
  const v = sums[m]!;
  sums[m] = (v === v ? v : 0) + cents;
};

/** A breakdown line (unit, chapter or entity) of one program. */
export interface Group {
  name: string;
  sums: Sums;
}

/** One program's running totals while rows stream in. */
export interface Acc {
  key: string;
  ramo?: string;
  ramoName?: string;
  code: string;
  name?: string;
  modalityName?: string;
  units: Map<string, Group>;
  sums: Sums;
  chapters: Map<string, Group>;
  entities: Map<string, Group>;
}

const collator = new Intl.Collator('en', { numeric: true });

/** Moments in LGCG order first, extras (adefas, ministered…) after. */
export function orderMoments(ms: Iterable<Moment>): Moment[] {
  const set = new Set(ms);
  return [...STANDARD_MOMENTS.filter((m) => set.has(m)), ...[...set].filter((m) => !(STANDARD_MOMENTS as readonly string[]).includes(m))];
}

/**
 * The accumulated programs, sorted by key, with amounts in pesos in moment order and breakdowns by
 * chapter, unit and entity; plus the moments the measures hold.
 */
export function programsOf(accs: Iterable<Acc>, measures: readonly Measure[]): { programs: PartialProgram[]; moments: Moment[] } {
  const moments = orderMoments(measures.map((m) => m.moment));
  const order = moments.map((mo) => measures.findIndex((x) => x.moment === mo));
  const toAmounts = (sums: Sums): Amounts => {
    const o: Amounts = {};
    for (const i of order) {
      const v = sums[i]!;
      if (v === v) o[measures[i]!.moment] = centsToPesos(v);
    }
    return o;
  };
  const out: PartialProgram[] = [];
  const sorted = [...accs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const a of sorted) {
    const p: PartialProgram = { key: a.key, name: a.name ?? a.code, amounts: toAmounts(a.sums) };
    if (a.ramo) p.ramo = { id: a.ramo, name: a.ramoName ?? '' };
    p.modality = modalityOf(a.code, a.modalityName);
    if (a.units.size === 1) {
      const [[id, g]] = [...a.units];
      p.unit = { id, name: g.name };
    }
    const breakdown: BreakdownRow[] = [];
    const emit = (by: string, map: Map<string, Group>) => {
      const ids = [...map.keys()].sort(collator.compare);
      for (const id of ids) {
        const g = map.get(id)!;
        breakdown.push({ by, id, name: g.name || id, amounts: toAmounts(g.sums) });
      }
    };
    emit('chapter', a.chapters);
    emit('unit', a.units);
    emit('entity', a.entities);
    if (breakdown.length) p.breakdown = breakdown;
    out.push(p);
  }
  return { programs: out, moments };
}
