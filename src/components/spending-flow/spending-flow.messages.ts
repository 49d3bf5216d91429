/**
 * Every word and sentence of <tp-spending-flow>, in Spanish (default) and English, in one message
 * table (namespace `flow`), so a run-time pack can translate any of them as `strings: { 'flow.title': '…' }`.
 * Pure: no DOM, no Lit. Input is the flow view (spending-flow.model.ts).
 *
 * Grammar that differs by language lives inside that language's message function; the callers pass
 * already formatted figures and never branch on the language.
 *
 * A moment that is not reported is said to be not reported; it is never described as zero.
 * The "where is the money now" numbers come from `nowSplit` and always add up to 100.
 */
import type { FlowView, NowPart, NowSplit, FlowChange, FlowAnomaly, SplitMoment } from './spending-flow.model.js';
import { formatMoney, formatNumber, formatMoneyExact, formatPercent, capitalize } from '../../i18n/format.js';
import { defineMessages, getTranslation, glossaryEntry, joinList } from '../../i18n/registry.js';

/** Capitalises the first letter. */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * The widget's strings (namespace `flow`). Functions get figures already formatted, except counts
 * that only choose a plural form.
 */
export const flowMsg = defineMessages('flow', {
  es: {
    // Labels, headings and chart texts.
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
    byConcept: 'concepto de gasto',
    byFunction: 'función',
    bySubfunction: 'subfunción',
    byPurpose: 'finalidad',
    byPower: 'poder u órgano',
    bySector: 'sector',
    byProgramGroup: 'grupo de programas',
    byModality: 'modalidad de programa',
    titleStatement: 'El camino del dinero: todo el presupuesto',
    statementLead: (who: string) => `Así reporta ${who} todo su presupuesto, con sus propias cifras totales.`,
    drillInto: (name: string) => `Ver el desglose de ${name}`,
    drillBack: 'Volver al inicio del desglose',
    drillUp: (name: string) => `Volver a ${name}`,
    drillWhere: (names: string) => `Estás viendo: ${names}`,
    /** Rows of a breakdown, counted, for the line of rows whose amounts are all 0. */
    'rows.chapter': (n: number) => (n === 1 ? '1 capítulo de gasto' : `${n} capítulos de gasto`),
    'rows.unit': (n: number) => (n === 1 ? '1 unidad responsable' : `${n} unidades responsables`),
    'rows.entity': (n: number) => (n === 1 ? '1 entidad federativa' : `${n} entidades federativas`),
    'rows.item': (n: number) => (n === 1 ? '1 partida' : `${n} partidas`),
    'rows.program': (n: number) => (n === 1 ? '1 programa' : `${n} programas`),
    'rows.economic': (n: number) => (n === 1 ? '1 tipo de gasto' : `${n} tipos de gasto`),
    'rows.other': (n: number) => (n === 1 ? '1 fila' : `${n} filas`),
    /** "8 tipos de gasto: todos sus montos son 0." (reported as 0, not missing). */
    zeroRows: (rows: string) => `${rows}: todos sus montos son 0.`,
    name: 'Concepto',
    program: 'Programa',
    key: 'Clave',
    id: 'Id',
    selectProgram: (name: string) => `Ver el programa ${name}`,
    reporting: (r: number, n: number) => `${r} de ${n} programas lo reportan`,
    topNote: (n: number, total: number) => `Se muestran los ${n} mayores de ${total}; la tabla de datos tiene todos.`,
    chartBreakdown: (by: string, moment: string) => `Desglose por ${by}, ordenado por ${moment}.`,
    chartPeriods: (moments: string, date: string) =>
      `Montos acumulados de ${moments} por periodo. La línea vertical marca la fecha de corte: ${date}.`,
    chartPeriodsNoDate: (moments: string) => `Montos acumulados de ${moments} por periodo.`,
    gapNote: (moment: string, period: string) => `${moment}: no se reporta en ${period}; la línea acumulada termina antes.`,

    // Moments inside a sentence ("el devengado"), the budget bases and the parts of the split.
    'noun.approved': 'el aprobado',
    'noun.modified': 'el modificado',
    'noun.ministered': 'el ministrado',
    'noun.committed': 'el comprometido',
    'noun.accrued': 'el devengado',
    'noun.exercised': 'el ejercido',
    'noun.paid': 'el pagado',
    /** The word joining the last two items of a negative list ("el comprometido ni el pagado"). */
    nor: 'ni',
    'base.modified': 'modificado',
    'base.approved': 'aprobado',
    'ofBase.modified': 'de su presupuesto',
    'ofBase.approved': 'de su presupuesto aprobado',
    /** The money of a part has reached this moment (plural participle). */
    'done.paid': 'pagados',
    'done.accrued': 'devengados',
    'done.committed': 'comprometidos',
    /** The money of a part has not reached this moment. */
    'undone.paid': 'sin pagar',
    'undone.accrued': 'sin devengar',
    'undone.committed': 'sin comprometer',
    /** A part that reached one moment and not the next, as the legend's label: "devengados sin pagar". */
    partBetween: (done: string, undone: string) => `${done} ${undone}`,
    /**
     * Each part of the split in its own plain sentence (issue 18), keyed by the moment its money
     * reached (or `none`) and the next one it did not reach (or `end` when the next is not reported).
     * `k` chooses singular or plural; `n` is the same number, formatted. The terms stay in the legend
     * and the glossary.
     */
    'part.paid.end': (k: number, n: string) => `${n} ya ${plural(k, 'se pagó', 'se pagaron')}.`,
    'part.accrued.end': (k: number, n: string) => `${n} ${plural(k, 'es', 'son')} de bienes y servicios que ya llegaron.`,
    'part.accrued.paid': (k: number, n: string) => `${n} se ${plural(k, 'debe', 'deben')} por bienes y servicios que ya llegaron.`,
    'part.committed.end': (k: number, n: string) => `${n} ${plural(k, 'está apartado', 'están apartados')} con contratos.`,
    'part.committed.accrued': (k: number, n: string) => `${n} ${plural(k, 'está', 'están')} en contratos, pero lo comprado aún no llega.`,
    'part.committed.paid': (k: number, n: string) =>
      `${n} ${plural(k, 'está apartado', 'están apartados')} con contratos, pero aún no se ${plural(k, 'paga', 'pagan')}.`,
    'part.none.committed': (k: number, n: string) => `${n} aún no se ${plural(k, 'aparta', 'apartan')} con contratos.`,
    'part.none.accrued': (k: number, n: string) => `${n} aún no se ${plural(k, 'usa', 'usan')} en bienes ni servicios.`,
    'part.none.paid': (k: number, n: string) => `${n} aún no se ${plural(k, 'paga', 'pagan')}.`,

    // The whole-feed lead.
    feedTotal: (n: number, count: string, base: string, amount: string) =>
      `${n === 1 ? 'El programa de estos datos suma' : `Los ${count} programas de estos datos suman`} un presupuesto ${base} de ${amount}.`,
    feedSome: (count: string, reporting: string, base: string, amount: string) =>
      `Estos datos tienen ${count} programas; los ${reporting} que reportan el presupuesto ${base} suman ${amount}.`,
    reportingOf: (moment: string, r: string, count: string) => `${moment} (${r} de ${count})`,
    onlySome: (moments: string) => `Solo algunos programas reportan ${moments}: esas sumas no incluyen a los demás.`,
    andOthers: (keys: string) => `${keys} y otros`,
    feedBreaks: (k: number, keys: string) =>
      `${plural(k, '1 programa tiene', `${k} programas tienen`)} datos fuera del orden esperado: ${keys}.`,
    anomalyCount: (k: number) => `${plural(k, 'Hay 1 dato', `Hay ${k} datos`)} fuera del orden esperado.`,

    // Where the money is now.
    /** A moment of the split that is not reported, as "what reached it": never said as zero. */
    'what.committed': 'lo comprometido',
    'what.accrued': 'lo devengado',
    'what.paid': 'lo pagado',
    /** `moments`: `what.*` phrases, joined with `nor`. */
    notReported: (moments: string) => `No hay datos de ${moments}.`,
    'now.noBase': 'No hay datos de su presupuesto aprobado ni del modificado. Así que no se sabe qué parte ya se gastó.',
    'now.zeroBase': (base: string) => `Su presupuesto ${base} es de 0 pesos. Así que no hay partes que mostrar.`,
    /** A part of more than 0 pesos that is less than 1 of every 100 (never said as 0). */
    lessThanOne: 'menos de 1',
    /** The largest part when it rounds to 100 but another part is more than 0 (never said as 100). */
    almostAll: 'casi 100',
    'now.noMoments': (ofBase: string) =>
      `No hay datos de lo comprometido, lo devengado ni lo pagado. Así que no se sabe dónde está el dinero ${ofBase}.`,
    'now.order': 'Los momentos del gasto no siguen el orden esperado (vea las notas). Así que no se sabe dónde está el dinero.',
    /** Whole feed: the split covers `programs` of `of` programs. */
    'now.within': (programs: number, of: number) =>
      programs === 1
        ? `Solo 1 de los ${of} programas reporta todos estos momentos. Las cifras que siguen son de ese programa.`
        : `Solo ${programs} de los ${of} programas reportan todos estos momentos. Las cifras que siguen son de ellos.`,
    /** `ofBase`: an `ofBase.*` phrase; `first`: the first part's sentence (it starts with its number). */
    'now.split': (ofBase: string, first: string) => `De cada 100 pesos ${ofBase}, ${first}`,

    // The approved → modified change.
    'change.within': (programs: number, of: number) =>
      programs === 1
        ? `En el único de los ${of} programas que reporta el aprobado y el modificado: `
        : `En los ${programs} de ${of} programas que reportan el aprobado y el modificado: `,
    'change.same': (amount: string) => `El presupuesto no cambió en el año. Es de ${amount}.`,
    'change.grew': (pct: string, from: string, to: string) => `El presupuesto creció ${pct} en el año. Pasó de ${from} a ${to}.`,
    'change.shrank': (pct: string, from: string, to: string) => `El presupuesto bajó ${pct} en el año. Pasó de ${from} a ${to}.`,
    'change.tiny': 'menos de 0.1%',
    'short.same': 'sin cambio',
    'short.grew': (pct: string) => `creció ${pct}`,
    'short.shrank': (pct: string) => `bajó ${pct}`,

    // Order breaks.
    'why.modified-committed': 'no se puede comprometer más dinero del que tiene el presupuesto.',
    'why.committed-accrued': 'solo se devenga lo que antes se comprometió.',
    'why.accrued-exercised': 'solo se ordena pagar lo que ya se devengó.',
    'why.exercised-paid': 'solo se paga lo que antes se ordenó pagar (lo ejercido).',
    /** "El pagado ($120.0) es mayor que el ejercido ($95.0)." */
    'anomaly.head': (later: string, laterAmount: string, earlier: string, earlierAmount: string) =>
      `${capitalize(later)} (${laterAmount}) es mayor que ${earlier} (${earlierAmount}).`,
    'anomaly.why': (head: string, why: string) => `${head} No debería ocurrir: ${why}`,
    'anomaly.expected': (head: string) => `${head} Se esperaba que fuera igual o menor.`,
    anomalyNote: 'Los datos se muestran tal como se publicaron; no se corrigen.',
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
    byConcept: 'spending concept',
    byFunction: 'function',
    bySubfunction: 'subfunction',
    byPurpose: 'purpose',
    byPower: 'branch or body',
    bySector: 'sector',
    byProgramGroup: 'group of programs',
    byModality: 'kind of program',
    titleStatement: 'Follow the money: the whole budget',
    statementLead: (who: string) => `This is how ${who} reports its whole budget, with its own totals.`,
    drillInto: (name: string) => `Show the breakdown of ${name}`,
    drillBack: 'Back to the start of the breakdown',
    drillUp: (name: string) => `Back to ${name}`,
    drillWhere: (names: string) => `You are looking at: ${names}`,
    'rows.chapter': (n: number) => (n === 1 ? '1 spending chapter' : `${n} spending chapters`),
    'rows.unit': (n: number) => (n === 1 ? '1 responsible unit' : `${n} responsible units`),
    'rows.entity': (n: number) => (n === 1 ? '1 state' : `${n} states`),
    'rows.item': (n: number) => (n === 1 ? '1 item' : `${n} items`),
    'rows.program': (n: number) => (n === 1 ? '1 program' : `${n} programs`),
    'rows.economic': (n: number) => (n === 1 ? '1 type of spending' : `${n} types of spending`),
    'rows.other': (n: number) => (n === 1 ? '1 row' : `${n} rows`),
    zeroRows: (rows: string) => `${rows}: every amount is 0.`,
    name: 'Item',
    program: 'Program',
    key: 'Key',
    id: 'Id',
    selectProgram: (name: string) => `Show program ${name}`,
    reporting: (r: number, n: number) => `${r} of ${n} programs report it`,
    topNote: (n: number, total: number) => `The ${n} largest of ${total} are shown; the data table has all of them.`,
    chartBreakdown: (by: string, moment: string) => `Breakdown by ${by}, sorted by ${moment}.`,
    chartPeriods: (moments: string, date: string) =>
      `Cumulative amounts of ${moments} by period. The vertical line marks the cut-off date: ${date}.`,
    chartPeriodsNoDate: (moments: string) => `Cumulative amounts of ${moments} by period.`,
    gapNote: (moment: string, period: string) => `${moment}: not reported for ${period}; the cumulative line ends earlier.`,

    'noun.approved': 'approved',
    'noun.modified': 'modified',
    'noun.ministered': 'transferred (ministered)',
    'noun.committed': 'committed',
    'noun.accrued': 'accrued',
    'noun.exercised': 'exercised',
    'noun.paid': 'paid',
    nor: 'or',
    'base.modified': 'modified',
    'base.approved': 'approved',
    'ofBase.modified': 'in its budget',
    'ofBase.approved': 'in its approved budget',
    'done.paid': 'paid',
    'done.accrued': 'accrued',
    'done.committed': 'committed',
    'undone.paid': 'not paid',
    'undone.accrued': 'not accrued',
    'undone.committed': 'not committed',
    partBetween: (done: string, undone: string) => `${done} but ${undone}`,
    'part.paid.end': (k: number, n: string) => `${n} ${plural(k, 'has', 'have')} been paid.`,
    'part.accrued.end': (_k: number, n: string) => `${n} went to goods and services received.`,
    'part.accrued.paid': (k: number, n: string) => `${n} ${plural(k, 'is', 'are')} owed for goods and services received.`,
    'part.committed.end': (k: number, n: string) => `${n} ${plural(k, 'is', 'are')} tied to contracts.`,
    'part.committed.accrued': (k: number, n: string) =>
      `${n} ${plural(k, 'is', 'are')} tied to contracts, but the goods have not come yet.`,
    'part.committed.paid': (k: number, n: string) => `${n} ${plural(k, 'is', 'are')} tied to contracts, but not paid yet.`,
    'part.none.committed': (k: number, n: string) => `${n} ${plural(k, 'is', 'are')} not tied to a contract yet.`,
    'part.none.accrued': (k: number, n: string) => `${n} ${plural(k, 'has', 'have')} not gone to goods or services yet.`,
    'part.none.paid': (k: number, n: string) => `${n} ${plural(k, 'has', 'have')} not been paid yet.`,

    feedTotal: (n: number, count: string, base: string, amount: string) =>
      `${n === 1 ? 'The one program in this data has' : `The ${count} programs in this data add up to`} a ${base} budget of ${amount}.`,
    feedSome: (count: string, reporting: string, base: string, amount: string) =>
      `This data has ${count} programs; the ${reporting} that report a ${base} budget add up to ${amount}.`,
    reportingOf: (moment: string, r: string, count: string) => `${moment} (${r} of ${count})`,
    onlySome: (moments: string) => `Only some programs report ${moments}: those sums leave the others out.`,
    andOthers: (keys: string) => `${keys} and others`,
    feedBreaks: (k: number, keys: string) =>
      `${plural(k, '1 program has', `${k} programs have`)} figures out of the expected order: ${keys}.`,
    anomalyCount: (k: number) => `${plural(k, 'One figure is', `${k} figures are`)} out of the expected order.`,

    'what.committed': 'what was committed',
    'what.accrued': 'what was accrued',
    'what.paid': 'what was paid',
    notReported: (moments: string) => `There is no data on ${moments}.`,
    'now.noBase': 'There is no data on its approved or modified budget. So we cannot say how much was spent.',
    'now.zeroBase': (base: string) => `Its ${base} budget is 0 pesos. So there are no shares to show.`,
    lessThanOne: 'less than 1',
    almostAll: 'almost 100',
    'now.noMoments': (ofBase: string) =>
      `There is no data on what was committed, accrued or paid. So we cannot say where the money ${ofBase} is now.`,
    'now.order': 'The spending moments break their expected order (see the notes). So we cannot say where the money is now.',
    'now.within': (programs: number, of: number) =>
      programs === 1
        ? `Only 1 of the ${of} programs reports all these moments. The figures below are for that program.`
        : `Only ${programs} of the ${of} programs report all these moments. The figures below are for them.`,
    'now.split': (ofBase: string, first: string) => `Of every 100 pesos ${ofBase}, ${first}`,

    'change.within': (programs: number, of: number) =>
      programs === 1
        ? `In the only one of the ${of} programs that reports approved and modified: `
        : `In the ${programs} of ${of} programs that report approved and modified: `,
    'change.same': (amount: string) => `The budget did not change this year. It is ${amount}.`,
    'change.grew': (pct: string, from: string, to: string) => `The budget grew ${pct} this year. It went from ${from} to ${to}.`,
    'change.shrank': (pct: string, from: string, to: string) => `The budget shrank ${pct} this year. It went from ${from} to ${to}.`,
    'change.tiny': 'less than 0.1%',
    'short.same': 'no change',
    'short.grew': (pct: string) => `grew ${pct}`,
    'short.shrank': (pct: string) => `shrank ${pct}`,

    'why.modified-committed': 'an agency cannot commit more money than its budget holds.',
    'why.committed-accrued': 'only money already committed can be accrued.',
    'why.accrued-exercised': 'a payment can only be ordered for what has already been accrued.',
    'why.exercised-paid': 'only what has been ordered for payment (exercised) can be paid.',
    'anomaly.head': (later: string, laterAmount: string, earlier: string, earlierAmount: string) =>
      `${capitalize(later)} (${laterAmount}) is larger than ${earlier} (${earlierAmount}).`,
    'anomaly.why': (head: string, why: string) => `${head} This should not happen: ${why}`,
    'anomaly.expected': (head: string) => `${head} It was expected to be equal or smaller.`,
    anomalyNote: 'The data are shown as published; they are not corrected.',
  },
});

type Lang = string | null | undefined;
type FlowKey = Parameters<typeof flowMsg>[1];

const BY_KEY: Record<string, 'byChapter' | 'byUnit' | 'byEntity' | 'byItem' | 'byProgram' | 'byEconomic'> = {
  chapter: 'byChapter',
  unit: 'byUnit',
  entity: 'byEntity',
  item: 'byItem',
  program: 'byProgram',
  economic: 'byEconomic',
};

/** "8 tipos de gasto: todos sus montos son 0." / "8 types of spending: every amount is 0." */
export function zeroRowsLine(by: string, count: number, lang: Lang): string {
  const k = BY_KEY[by];
  const rows = k ? flowMsg(lang, `rows.${by as 'chapter'}`, count) : flowMsg(lang, 'rows.other', count);
  return flowMsg(lang, 'zeroRows', rows);
}

/** "capítulo de gasto" / "spending chapter"; an unknown kind shows its name. */
const BY_LABEL: Record<string, FlowKey> = {
  ...BY_KEY,
  concept: 'byConcept',
  function: 'byFunction',
  subfunction: 'bySubfunction',
  purpose: 'byPurpose',
  power: 'byPower',
  sector: 'bySector',
  'program-group': 'byProgramGroup',
  modality: 'byModality',
};

export function breakdownLabel(by: string, lang: Lang): string {
  const k = BY_LABEL[by];
  return k ? flowMsg(lang, k) : by;
}

// ---------------------------------------------------------------------------
/**
 * Words and number phrasing shared by the <tp-spending-flow> sentences: moment names and nouns, the
 * labels of the split's parts, lists, percentages and amount pairs.
 */

/** Moments with a noun in the table, in ladder order. */
const LADDER_ORDER = ['approved', 'modified', 'ministered', 'committed', 'accrued', 'exercised', 'paid'] as const;
type LadderMoment = (typeof LADDER_ORDER)[number];
const isLadderMoment = (m: string): m is LadderMoment => (LADDER_ORDER as readonly string[]).includes(m);

/** The moment's name as a label ("Devengado" / "Accrued"); an unknown extra moment shows its key. */
export function momentLabel(moment: string, lang: Lang): string {
  return glossaryEntry(lang, moment)?.term ?? moment;
}

/** The moment inside a sentence ("el devengado" / "accrued"); an unknown extra moment shows its key. */
export function momentNoun(moment: string, lang: Lang): string {
  return isLadderMoment(moment) ? flowMsg(lang, `noun.${moment}`) : moment;
}

/** "a, b ni c" / "a, b and c": a negative list, joined with the language's `nor` word. */
function norList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${flowMsg(lang, 'nor')} ${items[items.length - 1]}`;
}

/** "4.3%", "12%" (one decimal only when it says something). */
function pct(ratio: number, lang: Lang): string {
  const tenths = Math.round(Math.abs(ratio) * 1000);
  return formatPercent(Math.abs(ratio), lang, tenths % 10 === 0 ? 0 : 1);
}

/** Two amounts written so that they never look equal when they are not. */
function moneyPair(a: number, b: number, lang: Lang, currency?: string): [string, string] {
  const o = currency ? { currency } : {};
  const fa = formatMoney(a, lang, o);
  const fb = formatMoney(b, lang, o);
  if (fa !== fb) return [fa, fb];
  // The short scale writes billions with one decimal; two close amounts fall back to millions before cents.
  const words = getTranslation(lang).words;
  if (words.scale === 'short' && Math.min(Math.abs(a), Math.abs(b)) >= 1e6) {
    const mil = (v: number) => `${currency ?? 'MXN'}\u00a0${formatNumber(v / 1e6, lang, 1)} ${words.million}`;
    if (mil(a) !== mil(b)) return [mil(a), mil(b)];
  }
  return [formatMoneyExact(a, lang, currency), formatMoneyExact(b, lang, currency)];
}

/** The label of one part of the split ("devengados sin pagar" / "accrued but not paid"). */
export function partLabel(part: Pick<NowPart, 'reached' | 'notReached'>, lang: Lang): string {
  if (!part.reached) return flowMsg(lang, `undone.${part.notReached!}`);
  const done = flowMsg(lang, `done.${part.reached}`);
  return part.notReached ? flowMsg(lang, 'partBetween', done, flowMsg(lang, `undone.${part.notReached}`)) : done;
}

// ---------------------------------------------------------------------------
/** The whole-feed lead and the summary paragraph. */

/**
 * Whole-feed lead: "Los 632 programas de estos datos suman un presupuesto modificado de $111,746.5 millones."
 * When only some programs report a moment, one sentence lists those moments with their counts.
 */
export function feedSentence(view: FlowView, lang: Lang): string {
  const n = view.programCount ?? 0;
  const count = formatNumber(n, lang, 0);
  const base = view.base;
  const out: string[] = [];
  const reporting = (m: string) => view.reporting?.[m] ?? 0;
  if (base) {
    const amount = formatMoney(view.steps.find((s) => s.moment === base)?.amount, lang, { currency: view.currency });
    const word = flowMsg(lang, `base.${base}`);
    const r = reporting(base);
    out.push(
      r === n
        ? flowMsg(lang, 'feedTotal', n, count, word, amount)
        : flowMsg(lang, 'feedSome', count, formatNumber(r, lang, 0), word, amount),
    );
  }
  const partial = view.moments.filter((m) => m !== base && reporting(m) > 0 && reporting(m) < n);
  if (partial.length) {
    const items = partial.map((m) => flowMsg(lang, 'reportingOf', momentNoun(m, lang), String(reporting(m)), count));
    out.push(flowMsg(lang, 'onlySome', joinList(lang, items, 'and')));
  }
  const broken = view.programsWithBreaks ?? [];
  if (broken.length) {
    const shown = joinList(lang, broken.slice(0, 5), 'and');
    out.push(flowMsg(lang, 'feedBreaks', broken.length, broken.length > 5 ? flowMsg(lang, 'andOthers', shown) : shown));
  }
  return out.join(' ');
}

/** The summary paragraph of the widget: change, where the money is, and (feed mode) the totals. */
export function flowSummary(view: FlowView, lang: Lang): string[] {
  const out: string[] = [];
  if (view.mode === 'feed') {
    const lead = feedSentence(view, lang);
    if (lead) out.push(lead);
  }
  if (view.mode === 'statement' && view.name) out.push(flowMsg(lang, 'statementLead', view.name));
  const n = view.programCount ?? 0;
  if (view.change) {
    out.push(
      changeSentence(view.change, lang, view.currency, view.changeScope !== undefined ? { programs: view.changeScope, of: n } : undefined),
    );
  }
  out.push(nowSentence(view.now, lang, view.splitScope !== undefined ? { programs: view.splitScope, of: n } : undefined));
  if (view.anomalies.length) out.push(flowMsg(lang, 'anomalyCount', view.anomalies.length));
  return out;
}

// ---------------------------------------------------------------------------
/**
 * "Where is the money now": the split of every 100 pesos (from `nowSplit`, whose parts always add up
 * to 100) and the moments that are not reported.
 */

type PartKey =
  | 'part.paid.end'
  | 'part.accrued.end'
  | 'part.accrued.paid'
  | 'part.committed.end'
  | 'part.committed.accrued'
  | 'part.committed.paid'
  | 'part.none.committed'
  | 'part.none.accrued'
  | 'part.none.paid';

/**
 * One part of the split as its own sentence: "62 ya se pagaron." / "62 have been paid." A part of
 * more than 0 pesos that rounds to 0 is "menos de 1", and one that rounds to 100 while another part
 * has money is "casi 100": rounding never says all or nothing when it is not.
 */
function partSentence(part: NowPart, others: boolean, lang: Lang): string {
  const key = `part.${part.reached ?? 'none'}.${part.notReached ?? 'end'}` as PartKey;
  if (part.of100 === 0) return capitalize(flowMsg(lang, key, 1, flowMsg(lang, 'lessThanOne')));
  if (part.of100 === 100 && others) return flowMsg(lang, key, 100, flowMsg(lang, 'almostAll'));
  return flowMsg(lang, key, part.of100, formatNumber(part.of100, lang, 0));
}

function sortLadder(moments: readonly string[]): string[] {
  const at = (m: string) => (LADDER_ORDER as readonly string[]).indexOf(m);
  return [...moments].sort((a, b) => at(a) - at(b));
}

/** "No hay datos de lo comprometido ni lo pagado." / "There is no data on what was committed or what was paid." */
export function notReportedSentence(moments: readonly SplitMoment[], lang: Lang): string {
  if (!moments.length) return '';
  return flowMsg(
    lang,
    'notReported',
    norList(
      (sortLadder(moments) as SplitMoment[]).map((m) => flowMsg(lang, `what.${m}`)),
      lang,
    ),
  );
}

/**
 * Where the money is now, one idea per sentence, e.g. "De cada 100 pesos de su presupuesto, 62 ya se
 * pagaron. 9 se deben por bienes y servicios recibidos. 29 aún no se apartan con contratos."
 * followed, when some moments are not reported, by a sentence that says so. Parts of 0 are left
 * out; the rest add up to 100. The cut-off date is in the widget's header, once.
 */
export function nowSentence(
  split: NowSplit,
  lang: Lang,
  /** Whole feed: the split covers `programs` of `of` programs (those that report every moment it needs). */
  scope?: { programs: number; of: number },
): string {
  switch (split.status) {
    case 'no-base':
      return flowMsg(lang, 'now.noBase');
    case 'zero-base':
      return flowMsg(lang, 'now.zeroBase', flowMsg(lang, `base.${split.base}`));
    case 'no-moments':
      return flowMsg(lang, 'now.noMoments', flowMsg(lang, `ofBase.${split.base}`));
    case 'order':
      return flowMsg(lang, 'now.order');
    case 'ok': {
      const shown = split.parts.filter((p) => p.amount > 0);
      const [first, ...rest] = shown.map((p) => partSentence(p, shown.length > 1, lang));
      const out: string[] = [];
      if (scope && scope.programs < scope.of) out.push(flowMsg(lang, 'now.within', scope.programs, scope.of));
      out.push(flowMsg(lang, 'now.split', flowMsg(lang, `ofBase.${split.base}`), first ?? ''), ...rest);
      const missing = notReportedSentence(split.missing, lang);
      if (missing) out.push(missing);
      return out.join(' ');
    }
  }
}

// ---------------------------------------------------------------------------
/** The approved → modified change, as a sentence and as a short label. */

/** The change in percent, or "menos de 0.1%" / "less than 0.1%" when it rounds to nothing. */
function changePct(change: FlowChange, lang: Lang): string {
  return Math.round(Math.abs(change.ratio) * 1000) === 0 ? flowMsg(lang, 'change.tiny') : pct(change.ratio, lang);
}

/** The approved → modified step: "El presupuesto creció 4.3% en el año. Pasó de … a …." (two short sentences). */
export function changeSentence(
  change: FlowChange,
  lang: Lang,
  currency?: string,
  /** Whole feed: the change covers `programs` of `of` programs (those that report approved and modified). */
  scope?: { programs: number; of: number },
): string {
  if (scope && scope.programs < scope.of) {
    const rest = changeSentence(change, lang, currency);
    return `${flowMsg(lang, 'change.within', scope.programs, scope.of)}${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
  }
  if (change.direction === 'unchanged')
    return flowMsg(lang, 'change.same', formatMoney(change.approved, lang, currency ? { currency } : {}));
  const [a, m] = moneyPair(change.approved, change.modified, lang, currency);
  return flowMsg(lang, change.direction === 'increased' ? 'change.grew' : 'change.shrank', changePct(change, lang), a, m);
}

/** Short form for the ladder: "creció 4.3%" / "grew 4.3%". */
export function changeShort(change: FlowChange, lang: Lang): string {
  if (change.direction === 'unchanged') return flowMsg(lang, 'short.same');
  return flowMsg(lang, change.direction === 'increased' ? 'short.grew' : 'short.shrank', changePct(change, lang));
}

// ---------------------------------------------------------------------------
/** Order breaks of the spending moments, explained in plain language. */

const WHY_KEYS = new Set<FlowKey>(['why.modified-committed', 'why.committed-accrued', 'why.accrued-exercised', 'why.exercised-paid']);

/** One order break, explained: "El pagado ($120.0) es mayor que el ejercido ($95.0). No debería ocurrir: …". */
export function anomalySentence(b: FlowAnomaly, lang: Lang, currency?: string): string {
  const [later, earlier] = moneyPair(b.laterAmount, b.earlierAmount, lang, currency);
  const head = flowMsg(lang, 'anomaly.head', momentNoun(b.later, lang), later, momentNoun(b.earlier, lang), earlier);
  const why = `why.${b.earlier}-${b.later}` as FlowKey;
  return WHY_KEYS.has(why) ? flowMsg(lang, 'anomaly.why', head, flowMsg(lang, why)) : flowMsg(lang, 'anomaly.expected', head);
}

/** The note under the anomalies: the data are shown as published. */
export function anomalyNote(lang: Lang): string {
  return flowMsg(lang, 'anomalyNote');
}
