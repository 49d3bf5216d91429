/**
 * Words of <tp-program-card>: labels, the plain-language summary and the data table. Pure.
 * Strings live in `defineMessages('card', …)`, so a pack translates them as `'card.approved'`.
 *
 * Summary rules (issue 18): one idea per sentence, in short everyday words; Spanish and English
 * are scored over whole feeds by test/readability/summaries.node.test.ts. The share of the budget
 * is exact to a tenth of a percent and truncated, as on the bar: 99.96 % is "99.9%", never "100%";
 * more than zero is never "0%"; more than the budget is said. A moment not reported is said to be
 * not reported, never zero. Budget terms (devengado, ejercido…) stay in the glossary under the bar;
 * the summary says what they mean.
 */
import { truncateRatio } from './program-card.model.js';
import type { CardView } from './program-card.model.js';
import type { TableModel } from '../../platform/table-model.js';
import { formatAsOf, formatDate, formatMoney, formatNumber, formatPercent, parseIsoDate, capitalize } from '../../i18n/format.js';
import { defineMessages, glossaryEntry } from '../../i18n/registry.js';
import type { Lang } from '../../i18n/types.js';

export const cardMsg = defineMessages('card', {
  es: {
    label: 'Programa {0}',
    objective: 'Objetivo',
    readMore: 'Leer el objetivo completo',
    readLess: 'Mostrar menos',
    money: 'Dinero',
    change: (pct: string) => `${pct} frente al aprobado`,
    noChange: 'igual que el aprobado',
    execution: 'Avance del gasto',
    executionOf: (moment: string, base: string) => `${moment} del ${base}`,
    noExecution: 'El gasto aún no se ha reportado.',
    indicator: 'Indicador principal',
    achieved: 'Logrado',
    target: 'Meta',
    ofTarget: (pct: string) => `${pct} de la meta`,
    /** The light's name; its meaning comes from the gauge's `lightLabel`. */
    'light.green': 'Semáforo verde',
    'light.yellow': 'Semáforo amarillo',
    'light.red': 'Semáforo rojo',
    noResult: 'Sin avance reportado',
    noIndicator: 'Este programa no tiene indicadores estratégicos en los datos.',
    sdg: 'Objetivos de Desarrollo Sostenible',
    direct: 'directa',
    indirect: 'indirecta',
    gender: 'Perspectiva de género',
    served: 'Población atendida',
    women: 'mujeres',
    men: 'hombres',
    unspecified: 'sin distinguir sexo',
    total: 'en total',
    details: 'Ver la ficha del programa',
    /** The list of points to review, when some were found with every program's data (shard index): n more. */
    signalsMore: (n: number) =>
      n === 1
        ? 'Otro punto se encontró con los datos de todos los programas y no se lista aquí.'
        : `Otros ${n} puntos se encontraron con los datos de todos los programas y no se listan aquí.`,
    tableCaption: (key: string) => `Presupuesto del programa ${key} por momento`,
    colMoment: 'Momento',
    colAmount: 'Monto (pesos)',
    colShare: 'Parte del aprobado',
    /**
     * The share of the budget that reached a moment, one sentence per moment, in plain words
     * (the moment's term and definition stay in the glossary, under the bar).
     * share: "el 81.2% de su presupuesto" (a `share` or `shareTiny`).
     */
    'spent.committed': (share: string) => `Ya se apartó con contratos ${share}.`,
    'spent.accrued': (share: string) => `Ya se recibieron bienes y servicios por ${share}.`,
    'spent.exercised': (share: string) => `Ya se ejerció ${share}.`,
    'spent.paid': (share: string) => `Ya se pagó ${share}.`,
    'spent.ministered': (share: string) => `Ya se entregó ${share}.`,
    /** A moment with no sentence of its own: its glossary term. */
    'spent.other': (share: string, moment: string) => `Ya llegó a «${moment}» ${share}.`,
    /** base: a `base.*` phrase. */
    'none.committed': (base: string) => `Aún no se apartó nada de ${base} con contratos.`,
    'none.accrued': (base: string) => `Aún no se recibieron bienes ni servicios con ${base}.`,
    'none.exercised': (base: string) => `Aún no se ejerció nada de ${base}.`,
    'none.paid': (base: string) => `Aún no se pagó nada de ${base}.`,
    'none.ministered': (base: string) => `Aún no se entregó nada de ${base}.`,
    'none.other': (base: string, moment: string) => `Aún no llegó nada de ${base} a «${moment}».`,
    /** pct: "81.2%", truncated to a tenth, so 99.96% is never "100%". */
    share: (pct: string, base: string) => `el ${pct} de ${base}`,
    /** More than zero but less than 0.1%: never said as 0. */
    shareTiny: (base: string) => `menos del 0.1% de ${base}`,
    /** After a share over 100%: said, not hidden. */
    over: (base: string) => `Es más que ${base}.`,
    /** The base of the share: the modified budget is "its budget"; approved only when modified is not reported. */
    'base.modified': 'su presupuesto',
    'base.approved': 'su presupuesto aprobado',
    /** The modified budget, in plain words, once. */
    baseNote: 'Su presupuesto ya tiene los cambios del año.',
    asOf: (date: string) => `Datos al ${date}.`,
    approvedOnly: (amount: string) => `El programa tiene ${amount} aprobados. Aún no hay datos de su gasto.`,
    noApproved: 'Estos datos no dicen cuánto dinero se aprobó para el programa.',
    /** pct: the share of the target reached, formatted ("95%", "99.6%"), truncated. */
    'goal.green': (pct: string) => `Su meta principal va bien. Logró ${pct} de lo previsto.`,
    'goal.yellow': (pct: string) => `Su meta principal pide atención. Logró ${pct} de lo previsto.`,
    'goal.red': (pct: string) => `Su meta principal va mal. Logró ${pct} de lo previsto.`,
    'goal.met': 'Su meta principal se cumplió.',
    'goal.notMet': 'Su meta principal no se cumplió.',
    'goal.noResult': 'Su meta principal aún no tiene datos de avance.',
  },
  en: {
    label: 'Program {0}',
    objective: 'Objective',
    readMore: 'Read the full objective',
    readLess: 'Show less',
    money: 'Money',
    change: (pct: string) => `${pct} against approved`,
    noChange: 'same as approved',
    execution: 'Spending progress',
    executionOf: (moment: string, base: string) => `${moment} of ${base}`,
    noExecution: 'Spending has not been reported yet.',
    indicator: 'Main indicator',
    achieved: 'Achieved',
    target: 'Target',
    ofTarget: (pct: string) => `${pct} of target`,
    'light.green': 'Green light',
    'light.yellow': 'Yellow light',
    'light.red': 'Red light',
    noResult: 'No progress reported',
    noIndicator: 'This program has no strategic indicators in the data.',
    sdg: 'Sustainable Development Goals',
    direct: 'direct',
    indirect: 'indirect',
    gender: 'Gender perspective',
    served: 'Served population',
    women: 'women',
    men: 'men',
    unspecified: 'sex not specified',
    total: 'in total',
    details: 'See the program page',
    signalsMore: (n: number) =>
      n === 1
        ? 'One more point was found with the data of every program and is not listed here.'
        : `${n} more points were found with the data of every program and are not listed here.`,
    tableCaption: (key: string) => `Budget of program ${key} by moment`,
    colMoment: 'Moment',
    colAmount: 'Amount (pesos)',
    colShare: 'Share of approved',
    'spent.committed': (share: string) => `So far, ${share} is set aside by contracts.`,
    'spent.accrued': (share: string) => `So far, ${share} is owed for goods and services received.`,
    'spent.exercised': (share: string) => `So far, ${share} has been spent.`,
    'spent.paid': (share: string) => `So far, ${share} has been paid.`,
    'spent.ministered': (share: string) => `So far, ${share} has been handed over.`,
    'spent.other': (share: string, moment: string) => `So far, ${share} has reached "${moment}".`,
    'none.committed': (base: string) => `None of ${base} is set aside by contracts yet.`,
    'none.accrued': (base: string) => `None of ${base} is owed for goods and services yet.`,
    'none.exercised': (base: string) => `None of ${base} has been spent yet.`,
    'none.paid': (base: string) => `None of ${base} has been paid yet.`,
    'none.ministered': (base: string) => `None of ${base} has been handed over yet.`,
    'none.other': (base: string, moment: string) => `None of ${base} has reached "${moment}" yet.`,
    share: (pct: string, base: string) => `${pct} of ${base}`,
    shareTiny: (base: string) => `less than 0.1% of ${base}`,
    over: (base: string) => `That is more than ${base}.`,
    'base.modified': 'its budget',
    'base.approved': 'its approved budget',
    baseNote: 'Its budget counts the changes made this year.',
    asOf: (date: string) => `Data up to ${date}.`,
    approvedOnly: (amount: string) => `This program has ${amount} approved. Its spending is not reported yet.`,
    noApproved: 'This data does not say how much money was approved for this program.',
    'goal.green': (pct: string) => `Its main goal is on track. It reached ${pct} of its target.`,
    'goal.yellow': (pct: string) => `Its main goal needs attention. It reached ${pct} of its target.`,
    'goal.red': (pct: string) => `Its main goal is off track. It reached ${pct} of its target.`,
    'goal.met': 'Its main goal was met.',
    'goal.notMet': 'Its main goal was not met.',
    'goal.noResult': 'Its main goal has no progress reported yet.',
  },
});

/** Moments with a sentence of their own in the summary (`spent.<moment>`, `none.<moment>`). */
const DONE_MOMENTS = ['committed', 'accrued', 'exercised', 'paid', 'ministered'] as const;
const hasVerb = (m: string): m is (typeof DONE_MOMENTS)[number] => (DONE_MOMENTS as readonly string[]).includes(m);

export function momentName(moment: string, lang: Lang | null | undefined): string {
  return glossaryEntry(lang, moment)?.term ?? moment;
}

/** A share as a percentage truncated to one decimal ("81.2%"), so 99.96 % is never said as 100 %. */
function sharePct(ratio: number, lang: Lang | null | undefined): string {
  const r = truncateRatio(ratio, 1);
  const whole = Math.abs(r * 100 - Math.round(r * 100)) < 1e-9;
  return formatPercent(r, lang, whole ? 0 : 1);
}

/**
 * The money sentences: the share of the budget that reached the latest moment reported, the
 * date of the data, and (over the modified budget) what "its budget" means. Exact to a tenth of
 * a percent, truncated: 99.96 % is "99.9%", a share under 0.1 % is "less than 0.1%", never 0.
 */
export function moneySentence(v: CardView, lang: Lang | null | undefined): string {
  const e = v.money.execution;
  const asOf = !v.asOf
    ? ''
    : parseIsoDate(v.asOf)
      ? ` ${cardMsg(lang, 'asOf', formatDate(v.asOf, lang))}`
      : ` ${capitalize(formatAsOf(v.asOf, lang))}.`;
  if (e) {
    const moment = hasVerb(e.moment) ? e.moment : 'other';
    const term = momentName(e.moment, lang);
    const base = cardMsg(lang, e.base === 'modified' ? 'base.modified' : 'base.approved');
    const shown = truncateRatio(e.rate, 1);
    let text: string;
    if (e.rate <= 0) text = cardMsg(lang, `none.${moment}`, base, term);
    else {
      const share = shown > 0 ? cardMsg(lang, 'share', sharePct(e.rate, lang), base) : cardMsg(lang, 'shareTiny', base);
      text = cardMsg(lang, `spent.${moment}`, share, term);
      if (e.rate > 1) text += ` ${cardMsg(lang, 'over', base)}`;
    }
    const note = e.base === 'modified' ? ` ${cardMsg(lang, 'baseNote')}` : '';
    return `${text}${note}${asOf}`;
  }
  if (v.money.approved !== undefined) return cardMsg(lang, 'approvedOnly', formatMoney(v.money.approved, lang, { currency: v.currency }));
  return cardMsg(lang, 'noApproved');
}

/** The sentence about the main indicator's goal, when there is one to say. */
function goalSentence(v: CardView, lang: Lang | null | undefined): string | undefined {
  const i = v.indicator;
  if (!i) return undefined;
  if (i.status === 'measured' && i.percent !== undefined && i.light) {
    return cardMsg(lang, `goal.${i.light}`, sharePct(i.percent / 100, lang));
  }
  if (i.status === 'direct' && i.light) return cardMsg(lang, i.light === 'green' ? 'goal.met' : 'goal.notMet');
  if (i.status === 'no-result') return cardMsg(lang, 'goal.noResult');
  return undefined;
}

/** The plain-language summary: one or two sentences. */
export function cardSummary(v: CardView, lang: Lang | null | undefined): string {
  const s = goalSentence(v, lang);
  return s ? `${moneySentence(v, lang)} ${s}` : moneySentence(v, lang);
}

/** "−2.6% frente al aprobado" / "same as approved". */
export function changeLabel(v: CardView, lang: Lang | null | undefined): string | undefined {
  const c = v.money.change;
  if (!c) return undefined;
  if (c.amount === 0) return cardMsg(lang, 'noChange');
  if (c.ratio === undefined) return cardMsg(lang, 'change', formatMoney(c.amount, lang, { currency: v.currency }));
  return cardMsg(lang, 'change', formatPercent(c.ratio, lang, 1, { signed: true }));
}

/** "1,234 mujeres · 1,100 hombres" (+ unit when it is not people). */
export function servedLabel(v: CardView, lang: Lang | null | undefined): string | undefined {
  const s = v.served;
  if (!s) return undefined;
  const parts: string[] = [];
  if (s.women !== undefined) parts.push(`${formatNumber(s.women, lang, 0)} ${cardMsg(lang, 'women')}`);
  if (s.men !== undefined) parts.push(`${formatNumber(s.men, lang, 0)} ${cardMsg(lang, 'men')}`);
  if (s.unspecified !== undefined) parts.push(`${formatNumber(s.unspecified, lang, 0)} ${cardMsg(lang, 'unspecified')}`);
  if (s.total !== undefined && (parts.length !== 1 || s.women === undefined || s.men === undefined)) {
    parts.push(`${formatNumber(s.total, lang, 0)} ${cardMsg(lang, 'total')}`);
  }
  return `${parts.join(' · ')}${s.unit ? ` (${s.unit})` : ''}`;
}

/** The data table: every moment of the feed with its exact amount and share of approved. */
export function cardTable(v: CardView, lang: Lang | null | undefined): TableModel {
  const approved = v.money.approved;
  return {
    caption: `${cardMsg(lang, 'tableCaption', v.key)} (${formatAsOf(v.asOf, lang)})`,
    columns: [
      { key: 'moment', label: cardMsg(lang, 'colMoment') },
      { key: 'amount', label: cardMsg(lang, 'colAmount'), numeric: true, kind: 'money' },
      { key: 'share', label: cardMsg(lang, 'colShare'), numeric: true, kind: 'percent' },
    ],
    rows: v.money.moments.map((m) => ({
      moment: momentName(m.moment, lang),
      amount: m.amount ?? null,
      share: m.amount !== undefined && approved ? m.amount / approved : null,
    })),
  };
}
