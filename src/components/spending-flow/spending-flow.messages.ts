/**
 * Plain-language sentences for <tp-spending-flow>, in Spanish (default) and English.
 * Pure: no DOM, no Lit. Input is the flow view (src/feed/views/flow-view.ts).
 *
 * A moment that is not reported is said to be not reported; it is never described as zero.
 * The "where is the money now" numbers come from `nowSplit` and always add up to 100.
 */
import type { FlowView, NowPart, SplitMoment, NowSplit, FlowChange, FlowAnomaly } from './spending-flow.model.js';
import { formatMoney, formatNumber, formatMoneyExact, formatPercent, formatDate, parseIsoDate } from '../../i18n/format.js';
import { defineMessages, glossaryEntry, resolveLang } from '../../i18n/registry.js';

/**
 * Whole-feed lead: "Los 632 programas de estos datos suman un presupuesto modificado de $111,746.5 millones."
 * When only some programs report a moment, one sentence lists those moments with their counts.
 */
export function feedSentence(view: FlowView, lang: string | null | undefined): string {
  const l = pick(lang);
  const n = view.programCount ?? 0;
  const count = formatNumber(n, l, 0);
  const base = view.base;
  const out: string[] = [];
  const reporting = (m: string) => view.reporting?.[m] ?? 0;
  if (base) {
    const amount = formatMoney(view.steps.find((s) => s.moment === base)?.amount, l, { currency: view.currency });
    const word = l === 'es' ? (base === 'modified' ? 'modificado' : 'aprobado') : base;
    const r = reporting(base);
    if (r === n) {
      out.push(
        l === 'es'
          ? `${n === 1 ? 'El programa de estos datos suma' : `Los ${count} programas de estos datos suman`} un presupuesto ${word} de ${amount}.`
          : `${n === 1 ? 'The one program in this data has' : `The ${count} programs in this data add up to`} a ${word} budget of ${amount}.`,
      );
    } else {
      const rs = formatNumber(r, l, 0);
      out.push(
        l === 'es'
          ? `Estos datos tienen ${count} programas; los ${rs} que reportan el presupuesto ${word} suman ${amount}.`
          : `This data has ${count} programs; the ${rs} that report a ${word} budget add up to ${amount}.`,
      );
    }
  }
  const partial = view.moments.filter((m) => m !== base && reporting(m) > 0 && reporting(m) < n);
  if (partial.length) {
    const items = partial.map((m) =>
      l === 'es' ? `${momentNoun(m, l)} (${reporting(m)} de ${count})` : `${momentNoun(m, l)} (${reporting(m)} of ${count})`,
    );
    out.push(
      l === 'es'
        ? `Solo algunos programas reportan ${list(items, l, 'and')}: esas sumas no incluyen a los demás.`
        : `Only some programs report ${list(items, l, 'and')}: those sums leave the others out.`,
    );
  }
  const broken = view.programsWithBreaks ?? [];
  if (broken.length) {
    const keys = list(broken.slice(0, 5), l, 'and') + (broken.length > 5 ? (l === 'es' ? ' y otros' : ' and others') : '');
    out.push(
      l === 'es'
        ? `${broken.length === 1 ? '1 programa tiene' : `${broken.length} programas tienen`} datos fuera del orden esperado: ${keys}.`
        : `${broken.length === 1 ? '1 program has' : `${broken.length} programs have`} figures out of the expected order: ${keys}.`,
    );
  }
  return out.join(' ');
}

/** The summary paragraph of the widget: change, where the money is, and (feed mode) the totals. */
export function flowSummary(view: FlowView, lang: string | null | undefined): string[] {
  const out: string[] = [];
  if (view.mode === 'feed') {
    const lead = feedSentence(view, lang);
    if (lead) out.push(lead);
  }
  const n = view.programCount ?? 0;
  if (view.change) {
    out.push(changeSentence(view.change, lang, view.currency, view.changeScope !== undefined ? { programs: view.changeScope, of: n } : undefined));
  }
  out.push(nowSentence(view.now, lang, view.asOf, view.splitScope !== undefined ? { programs: view.splitScope, of: n } : undefined));
  if (view.anomalies.length) {
    const l = pick(lang);
    const k = view.anomalies.length;
    out.push(
      l === 'es'
        ? `${k === 1 ? 'Hay 1 dato' : `Hay ${k} datos`} fuera del orden esperado.`
        : `${k === 1 ? 'One figure is' : `${k} figures are`} out of the expected order.`,
    );
  }
  return out;
}


// ---------------------------------------------------------------------------
/** UI strings of <tp-spending-flow> (labels, headings, chart texts), es and en. Pure. */

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


// ---------------------------------------------------------------------------
/**
 * Words and number phrasing shared by the <tp-spending-flow> sentences: moment names and nouns, the
 * labels of the split's parts, lists, percentages and amount pairs. Pure: no DOM, no Lit.
 */

export type L = 'es' | 'en';
/** Sentences exist in es and en; any other language (a run-time pack) reads the Spanish ones. */
export const pick = (lang: string | null | undefined): L => (resolveLang(lang) === 'en' ? 'en' : 'es');

/** Moment nouns as they appear inside a sentence. */
const NOUN: Record<L, Record<string, string>> = {
  es: {
    approved: 'el aprobado',
    modified: 'el modificado',
    ministered: 'el ministrado',
    committed: 'el comprometido',
    accrued: 'el devengado',
    exercised: 'el ejercido',
    paid: 'el pagado',
  },
  en: {
    approved: 'approved',
    modified: 'modified',
    ministered: 'transferred (ministered)',
    committed: 'committed',
    accrued: 'accrued',
    exercised: 'exercised',
    paid: 'paid',
  },
};

/** Participle (plural, Spanish) and verb for the parts of the split. */
export const REACHED: Record<L, Record<SplitMoment, string>> = {
  es: { paid: 'pagados', accrued: 'devengados', committed: 'comprometidos' },
  en: { paid: 'paid', accrued: 'accrued', committed: 'committed' },
};
const VERB_ES: Record<SplitMoment, string> = { paid: 'pagar', accrued: 'devengar', committed: 'comprometer' };

/** Capitalises the first letter. */
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The moment's name as a label ("Devengado" / "Accrued"); an unknown extra moment shows its key. */
export function momentLabel(moment: string, lang: string | null | undefined): string {
  return glossaryEntry(lang, moment)?.term ?? moment;
}

/** The moment inside a sentence ("el devengado" / "accrued"). */
export function momentNoun(moment: string, lang: string | null | undefined): string {
  return NOUN[pick(lang)][moment] ?? moment;
}

/** "a, b y c" / "a, b and c" (or "ni" for a negative Spanish list). */
export function list(items: string[], l: L, conj: 'and' | 'nor'): string {
  if (items.length <= 1) return items.join('');
  const word = conj === 'nor' ? (l === 'es' ? 'ni' : 'and') : l === 'es' ? 'y' : 'and';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** "4.3%", "12%" (one decimal only when it says something). */
export function pct(ratio: number, lang: L): string {
  const tenths = Math.round(Math.abs(ratio) * 1000);
  return formatPercent(Math.abs(ratio), lang, tenths % 10 === 0 ? 0 : 1);
}

/** Two amounts written so that they never look equal when they are not. */
export function moneyPair(a: number, b: number, lang: L, currency?: string): [string, string] {
  const o = currency ? { currency } : {};
  const fa = formatMoney(a, lang, o);
  const fb = formatMoney(b, lang, o);
  if (fa !== fb) return [fa, fb];
  // English writes billions with one decimal; two close amounts fall back to millions before cents.
  if (lang === 'en' && Math.min(Math.abs(a), Math.abs(b)) >= 1e6) {
    const mil = (v: number) => `${currency ?? 'MXN'}\u00a0${formatNumber(v / 1e6, 'en', 1)} million`;
    if (mil(a) !== mil(b)) return [mil(a), mil(b)];
  }
  return [formatMoneyExact(a, lang, currency), formatMoneyExact(b, lang, currency)];
}

/** The label of one part of the split ("devengados sin pagar" / "accrued but not paid"). */
export function partLabel(part: Pick<NowPart, 'reached' | 'notReached'>, lang: string | null | undefined): string {
  const l = pick(lang);
  if (l === 'es') {
    if (!part.reached) return `sin ${VERB_ES[part.notReached!]}`;
    const r = REACHED.es[part.reached];
    return part.notReached ? `${r} sin ${VERB_ES[part.notReached]}` : r;
  }
  if (!part.reached) return `not ${REACHED.en[part.notReached!]}`;
  const r = REACHED.en[part.reached];
  return part.notReached ? `${r} but not ${REACHED.en[part.notReached]}` : r;
}


// ---------------------------------------------------------------------------
/**
 * "Where is the money now" for <tp-spending-flow>: the split of every 100 pesos (from `nowSplit`,
 * whose parts always add up to 100) and the moments that are not reported. Pure: no DOM, no Lit.
 */

const LADDER_ORDER: readonly string[] = ['approved', 'modified', 'ministered', 'committed', 'accrued', 'exercised', 'paid'];

function partPhrase(part: NowPart, first: boolean, l: L): string {
  const n = String(part.of100);
  if (l === 'es') return `${n} ${first ? 'están ' : ''}${partLabel(part, l)}`;
  if (!first) return `${n} ${partLabel(part, l)}`;
  if (!part.reached) return `${n} have not been ${REACHED.en[part.notReached!]}`;
  return `${n} have been ${partLabel(part, l)}`;
}

function sortLadder(moments: readonly string[]): string[] {
  return [...moments].sort((a, b) => LADDER_ORDER.indexOf(a) - LADDER_ORDER.indexOf(b));
}

/** "No se reportan el comprometido ni el pagado." / "The committed and paid amounts are not reported." */
export function notReportedSentence(moments: readonly string[], lang: string | null | undefined): string {
  const l = pick(lang);
  if (!moments.length) return '';
  const nouns = sortLadder(moments).map((m) => momentNoun(m, l));
  if (l === 'es') return `No se ${nouns.length === 1 ? 'reporta' : 'reportan'} ${list(nouns, l, 'nor')}.`;
  return nouns.length === 1
    ? `The ${nouns[0]} amount is not reported.`
    : `The ${list(nouns, l, 'and')} amounts are not reported.`;
}

const BASE: Record<L, Record<'modified' | 'approved', string>> = {
  es: { modified: 'del presupuesto modificado', approved: 'del presupuesto aprobado' },
  en: { modified: 'of the modified budget', approved: 'of the approved budget' },
};

/**
 * Where the money is now, e.g. "Al 31 de marzo de 2016, de cada 100 pesos del presupuesto modificado,
 * 62 están pagados, 9 devengados sin pagar y 29 sin comprometer." followed, when some moments are not
 * reported, by a sentence that says so. Parts of 0 are left out of the list; the rest add up to 100.
 */
export function nowSentence(
  split: NowSplit,
  lang: string | null | undefined,
  asOf?: string,
  /** Whole feed: the split covers `programs` of `of` programs (those that report every moment it needs). */
  scope?: { programs: number; of: number },
): string {
  const l = pick(lang);
  const when = asOf && parseIsoDate(asOf) ? formatDate(asOf, l) : undefined;
  switch (split.status) {
    case 'no-base':
      return l === 'es'
        ? 'No se reporta el presupuesto aprobado ni el modificado, así que no se puede decir qué parte del dinero se ha gastado.'
        : 'Neither the approved nor the modified budget is reported, so the share spent cannot be given.';
    case 'zero-base':
      return l === 'es'
        ? `El presupuesto ${split.base === 'modified' ? 'modificado' : 'aprobado'} es de 0 pesos, así que no se puede repartir en partes.`
        : `The ${split.base} budget is 0 pesos, so it cannot be split into shares.`;
    case 'no-moments':
      return l === 'es'
        ? `No se reportan el comprometido, el devengado ni el pagado, así que no se puede decir dónde está el dinero ${BASE.es[split.base]}.`
        : `The committed, accrued and paid amounts are not reported, so we cannot say where the money ${BASE.en[split.base]} is now.`;
    case 'order':
      return l === 'es'
        ? 'Los momentos del gasto no siguen el orden esperado (vea las notas), así que no se puede decir dónde está el dinero.'
        : 'The spending moments break their expected order (see the notes), so we cannot say where the money is now.';
    case 'ok': {
      const shown = split.parts.filter((p) => p.of100 > 0);
      const phrases = shown.map((p, i) => partPhrase(p, i === 0, l));
      const partial = scope && scope.programs < scope.of;
      const within = !partial
        ? ''
        : scope.programs === 1
          ? l === 'es'
            ? `en el único de los ${scope.of} programas que reporta todos estos momentos, `
            : `in the only one of the ${scope.of} programs that reports all these moments, `
          : l === 'es'
            ? `en los ${scope.programs} de ${scope.of} programas que reportan todos estos momentos, `
            : `in the ${scope.programs} of ${scope.of} programs that report all these moments, `;
      const head = l === 'es' ? (when ? `Al ${when}, ${within}de` : within ? `${cap(within)}de` : 'De') : when ? `As of ${when}, ${within}of` : within ? `${cap(within)}of` : 'Of';
      const lead = l === 'es' ? `${head} cada 100 pesos ${BASE.es[split.base]}` : `${head} every 100 pesos ${BASE.en[split.base]}`;
      const main = `${lead}, ${list(phrases, l, 'and')}.`;
      const missing = notReportedSentence(split.missing, l);
      return missing ? `${main} ${missing}` : main;
    }
  }
}


// ---------------------------------------------------------------------------
/** The approved → modified change of <tp-spending-flow>, as a sentence and as a short label. Pure: no DOM, no Lit. */

/** The approved → modified step: "El presupuesto se amplió 4.3% en el año. Pasó de … a …." (two short sentences). */
export function changeSentence(
  change: FlowChange,
  lang: string | null | undefined,
  currency?: string,
  /** Whole feed: the change covers `programs` of `of` programs (those that report approved and modified). */
  scope?: { programs: number; of: number },
): string {
  const l = pick(lang);
  if (scope && scope.programs < scope.of) {
    const one = scope.programs === 1;
    const within =
      l === 'es'
        ? one
          ? `En el único de los ${scope.of} programas que reporta el aprobado y el modificado: `
          : `En los ${scope.programs} de ${scope.of} programas que reportan el aprobado y el modificado: `
        : one
          ? `In the only one of the ${scope.of} programs that reports approved and modified: `
          : `In the ${scope.programs} of ${scope.of} programs that report approved and modified: `;
    const rest = changeSentence(change, l, currency);
    return `${within}${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
  }
  let [a, m] = moneyPair(change.approved, change.modified, l, currency);
  if (change.direction === 'unchanged') {
    a = formatMoney(change.approved, l, currency ? { currency } : {});
    return l === 'es'
      ? `El presupuesto modificado es igual al aprobado: ${a}.`
      : `The modified budget equals the approved budget: ${a}.`;
  }
  const small = Math.round(Math.abs(change.ratio) * 1000) === 0;
  const p = small ? (l === 'es' ? 'menos de 0.1%' : 'less than 0.1%') : pct(change.ratio, l);
  if (l === 'es') {
    const verb = change.direction === 'increased' ? 'se amplió' : 'se redujo';
    return `El presupuesto ${verb} ${p} en el año. Pasó de ${a} a ${m}.`;
  }
  const verb = change.direction === 'increased' ? 'grew' : 'shrank';
  return `The budget ${verb} ${p} during the year. It went from ${a} to ${m}.`;
}

/** Short form for the ladder: "se amplió 4.3%" / "grew 4.3%". */
export function changeShort(change: FlowChange, lang: string | null | undefined): string {
  const l = pick(lang);
  if (change.direction === 'unchanged') return l === 'es' ? 'sin cambio' : 'no change';
  const small = Math.round(Math.abs(change.ratio) * 1000) === 0;
  const p = small ? (l === 'es' ? 'menos de 0.1%' : 'less than 0.1%') : pct(change.ratio, l);
  if (l === 'es') return `${change.direction === 'increased' ? 'se amplió' : 'se redujo'} ${p}`;
  return `${change.direction === 'increased' ? 'grew' : 'shrank'} ${p}`;
}


// ---------------------------------------------------------------------------
/** Order breaks of the spending moments (<tp-spending-flow>), explained in plain language. Pure: no DOM, no Lit. */

const WHY: Record<L, Record<string, string>> = {
  es: {
    'modified>committed': 'no se puede comprometer más dinero del que tiene el presupuesto.',
    'committed>accrued': 'solo se devenga lo que antes se comprometió.',
    'accrued>exercised': 'solo se ordena pagar lo que ya se devengó.',
    'exercised>paid': 'solo se paga lo que antes se ordenó pagar (lo ejercido).',
  },
  en: {
    'modified>committed': 'an agency cannot commit more money than its budget holds.',
    'committed>accrued': 'only money already committed can be accrued.',
    'accrued>exercised': 'a payment can only be ordered for what has already been accrued.',
    'exercised>paid': 'only what has been ordered for payment (exercised) can be paid.',
  },
};

/** One order break, explained: "El pagado ($120.0) es mayor que el ejercido ($95.0). No debería ocurrir: …". */
export function anomalySentence(b: FlowAnomaly, lang: string | null | undefined, currency?: string): string {
  const l = pick(lang);
  const [later, earlier] = moneyPair(b.laterAmount, b.earlierAmount, l, currency);
  const why = WHY[l][`${b.earlier}>${b.later}`];
  const ln = momentNoun(b.later, l);
  const en = momentNoun(b.earlier, l);
  if (l === 'es') {
    const head = `${cap(ln)} (${later}) es mayor que ${en} (${earlier}).`;
    return why ? `${head} No debería ocurrir: ${why}` : `${head} Se esperaba que fuera igual o menor.`;
  }
  const head = `${cap(ln)} (${later}) is larger than ${en} (${earlier}).`;
  return why ? `${head} This should not happen: ${why}` : `${head} It was expected to be equal or smaller.`;
}

/** The note under the anomalies: the data are shown as published. */
export function anomalyNote(lang: string | null | undefined): string {
  return pick(lang) === 'es'
    ? 'Los datos se muestran tal como se publicaron; no se corrigen.'
    : 'The data are shown as published; they are not corrected.';
}
