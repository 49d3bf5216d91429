/** UI strings of <tp-spending-flow> (labels, headings, chart texts), es and en. Pure. */
import { defineMessages } from '../registry.js';

/**
 * The widget's own UI strings (namespace `flow`), so a run-time pack can translate them as
 * `strings: { 'flow.title': '…' }`.
 */
export const flowMsg = defineMessages('flow', {
  es: {
    title: 'El camino del dinero',
    titleFeed: 'El camino del dinero: todos los programas',
    ladder: 'Momentos del gasto',
    moment: 'Momento',
    amount: 'Monto',
    share: 'Parte del presupuesto',
    shareOf: (pct: string, base: string) => `${pct} del ${base}`,
    whereNow: 'Dónde está el dinero',
    anomalies: 'Datos fuera de orden',
    overTime: 'A lo largo del año',
    overTimeCaption: 'Montos acumulados por periodo',
    period: 'Periodo',
    cutoff: (date: string) => `Corte: ${date}`,
    millions: 'Millones de pesos',
    pesos: 'Pesos',
    breakdown: 'Desglose',
    breakdownBy: 'Ver desglose por',
    other: (n: number) => (n === 1 ? 'Otro (1)' : `Otros (${n})`),
    incomplete: 'suma incompleta (ver nota)',
    otherPartial: (moments: string) => `La fila «Otros» no suma ${moments}: no todas sus filas lo reportan.`,
    byChapter: 'capítulo de gasto',
    byUnit: 'unidad responsable',
    byEntity: 'entidad federativa',
    byItem: 'partida',
    byProgram: 'programa',
    byEconomic: 'tipo de gasto (clasificación económica)',
    name: 'Concepto',
    program: 'Programa',
    selectProgram: (name: string) => `Ver el programa ${name}`,
    reporting: (r: number, n: number) => `${r} de ${n} programas lo reportan`,
    topNote: (n: number, total: number) => `Se muestran los ${n} mayores de ${total}; la tabla de datos tiene todos.`,
    chartBreakdown: (by: string, moment: string) => `Desglose por ${by}, ordenado por ${moment}.`,
    chartPeriods: (moments: string, date: string) => `Montos acumulados de ${moments} por periodo. La línea vertical marca la fecha de corte: ${date}.`,
    chartPeriodsNoDate: (moments: string) => `Montos acumulados de ${moments} por periodo.`,
    gapNote: (moment: string, period: string) => `${moment}: no se reporta en ${period}; la línea acumulada termina antes.`,
  },
  en: {
    title: 'Follow the money',
    titleFeed: 'Follow the money: all programs',
    ladder: 'Spending moments',
    moment: 'Moment',
    amount: 'Amount',
    share: 'Share of the budget',
    shareOf: (pct: string, base: string) => `${pct} of ${base}`,
    whereNow: 'Where the money is now',
    anomalies: 'Figures out of order',
    overTime: 'Over the year',
    overTimeCaption: 'Cumulative amounts by period',
    period: 'Period',
    cutoff: (date: string) => `Cut-off: ${date}`,
    millions: 'Millions of pesos',
    pesos: 'Pesos',
    breakdown: 'Breakdown',
    breakdownBy: 'Break down by',
    other: (n: number) => `Other (${n})`,
    incomplete: 'incomplete sum (see note)',
    otherPartial: (moments: string) => `The “Other” row does not add up ${moments}: not all of its rows report it.`,
    byChapter: 'spending chapter',
    byUnit: 'responsible unit',
    byEntity: 'state',
    byItem: 'item',
    byProgram: 'program',
    byEconomic: 'type of spending (economic classification)',
    name: 'Item',
    program: 'Program',
    selectProgram: (name: string) => `Show program ${name}`,
    reporting: (r: number, n: number) => `${r} of ${n} programs report it`,
    topNote: (n: number, total: number) => `The ${n} largest of ${total} are shown; the data table has all of them.`,
    chartBreakdown: (by: string, moment: string) => `Breakdown by ${by}, sorted by ${moment}.`,
    chartPeriods: (moments: string, date: string) => `Cumulative amounts of ${moments} by period. The vertical line marks the cut-off date: ${date}.`,
    chartPeriodsNoDate: (moments: string) => `Cumulative amounts of ${moments} by period.`,
    gapNote: (moment: string, period: string) => `${moment}: not reported for ${period}; the cumulative line ends earlier.`,
  },
});

const BY_KEY: Record<string, 'byChapter' | 'byUnit' | 'byEntity' | 'byItem' | 'byProgram' | 'byEconomic'> = {
  chapter: 'byChapter',
  unit: 'byUnit',
  entity: 'byEntity',
  item: 'byItem',
  program: 'byProgram',
  economic: 'byEconomic',
};

/** "capítulo de gasto" / "spending chapter"; an unknown kind shows its name. */
export function breakdownLabel(by: string, lang: string | null | undefined): string {
  const k = BY_KEY[by];
  return k ? flowMsg(lang, k) : by;
}
