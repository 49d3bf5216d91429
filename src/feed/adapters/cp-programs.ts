/**
 * cp-programatica accumulators → programs: amounts per moment, the economic-type breakdown
 * (`by: 'economic'`) and the chamber/council `unit` breakdown of Legislativo and Judicial. Pure.
 */
import type { BreakdownRow, Moment } from '../types.js';
import type { PartialProgram } from './types.js';
import { centsToAmounts, type CentSums } from './money.js';
import { modalityOf } from './program-code.js';

/** Spanish label for an economic-type column ("GC_GASTO_DE_OPERACIÓN" → "Gasto corriente: gasto de operación"). */
export function economicLabel(h: string): string {
  const m = /^(GC|GI)_(.*)$/.exec(h.trim());
  if (!m) return h;
  const words = m[2]!.replace(/_/g, ' ').toLowerCase();
  const what = words.charAt(0).toUpperCase() + words.slice(1);
  if (/^pensiones/i.test(m[2]!)) return what; // its own group in the SHCP table
  return `${m[1] === 'GC' ? 'Gasto corriente' : 'Gasto de inversión'}: ${words}`;
}

/** One program's running totals (integer cents per moment). */
export interface Acc {
  key: string;
  ramo?: string;
  ramoName: string;
  code: string;
  name?: string;
  sums: CentSums;
  economic: Map<string, CentSums>;
  units: Map<string, { name: string; sums: CentSums }>;
}

/** The accumulated programs sorted by key; `economic` lists the economic-type columns in header order. */
export function cpProgramsOf(accs: Iterable<Acc>, economic: readonly { h: string }[], moments: readonly Moment[]): PartialProgram[] {
  const out: PartialProgram[] = [...accs].map((a) => {
    const p: PartialProgram = { key: a.key, name: a.name ?? a.code, amounts: centsToAmounts(a.sums, moments) };
    if (a.ramo) p.ramo = { id: a.ramo, name: a.ramoName };
    p.modality = modalityOf(a.code);
    const breakdown: BreakdownRow[] = [];
    for (const { h } of economic) {
      const s = a.economic.get(h);
      if (s) breakdown.push({ by: 'economic', id: h, name: economicLabel(h), amounts: centsToAmounts(s, moments) });
    }
    for (const [id, u] of a.units) breakdown.push({ by: 'unit', id, name: u.name, amounts: centsToAmounts(u.sums, moments) });
    if (a.units.size === 1) p.unit = { id: [...a.units.keys()][0]!, name: [...a.units.values()][0]!.name };
    if (breakdown.length) p.breakdown = breakdown;
    return p;
  });
  out.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return out;
}
