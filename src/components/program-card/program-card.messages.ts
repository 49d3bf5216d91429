/**
 * Words of <tp-program-card>: labels, the plain-language summary and the data table. Pure.
 * Strings live in `defineMessages('card', …)`, so a pack translates them as `'card.approved'`.
 *
 * Summary rules: a few short sentences with everyday words (Spanish reaches a
 * Fernández-Huerta score of at least 70, tested over the sample feed). A moment not reported
 * is said to be not reported, never zero. "De cada 100 pesos" is rounded to a whole number;
 * when that rounds up, it says "casi" ("casi 100") so a reader never hears "all" for 99.6 %.
 */
import type { CardView } from './program-card.model.js';
import type { TableModel } from '../../platform/table-model.js';
import { formatAsOf, formatMoney, formatNumber, formatPercent } from '../../i18n/format.js';
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
    tableCaption: (key: string) => `Presupuesto del programa ${key} por momento`,
    colMoment: 'Momento',
    colAmount: 'Monto (pesos)',
    colShare: 'Parte del aprobado',
    /** How a moment is said in the summary ("Ya se pagaron 81 de cada 100 pesos …"). */
    'done.committed': 'se comprometieron',
    'done.accrued': 'se devengaron',
    'done.exercised': 'se ejercieron',
    'done.paid': 'se pagaron',
    'done.ministered': 'se entregaron',
    /** A moment with no verb of its own: its glossary term. */
    'done.other': (moment: string) => `llegaron a «${moment}»`,
    /** A whole "of every 100" number that was rounded up. */
    almost: (n: string) => `casi ${n}`,
    'base.modified': 'que tiene el programa tras los cambios del año',
    'base.approved': 'que se aprobaron para el programa',
    /** done: a `done.*` phrase; n: "81" or "casi 100"; base: a `base.*` phrase. */
    spent: (done: string, n: string, base: string) => `Ya ${done} ${n} de cada 100 pesos ${base}.`,
    approvedOnly: (amount: string) => `El programa tiene ${amount} aprobados. Aún no hay datos de su gasto.`,
    noApproved: 'El monto aprobado del programa no está reportado.',
    /** pct: the share of the target reached, formatted ("95%"). */
    'goal.green': (pct: string) => `Su meta principal va bien. Logró ${pct} de lo previsto.`,
    'goal.yellow': (pct: string) => `Su meta principal pide atención. Logró ${pct} de lo previsto.`,
    'goal.red': (pct: string) => `Su meta principal va mal. Logró ${pct} de lo previsto.`,
    'goal.met': 'Su meta principal se cumplió.',
    'goal.notMet': 'Su meta principal no se cumplió.',
    'goal.noResult': 'Su meta principal aún no tiene avance.',
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
    tableCaption: (key: string) => `Budget of program ${key} by moment`,
    colMoment: 'Moment',
    colAmount: 'Amount (pesos)',
    colShare: 'Share of approved',
    'done.committed': 'have been committed',
    'done.accrued': 'have been accrued',
    'done.exercised': 'have been spent',
    'done.paid': 'have been paid',
    'done.ministered': 'have been transferred',
    'done.other': (moment: string) => `have reached "${moment}"`,
    almost: (n: string) => `almost ${n}`,
    'base.modified': "in this program's budget after this year's changes",
    'base.approved': 'approved for this program',
    spent: (done: string, n: string, base: string) => `Of every 100 pesos ${base}, ${n} ${done}.`,
    approvedOnly: (amount: string) => `This program was approved ${amount}. There is no data on its spending yet.`,
    noApproved: 'The approved amount of this program is not reported.',
    'goal.green': (pct: string) => `Its main goal is on track. It reached ${pct} of its target.`,
    'goal.yellow': (pct: string) => `Its main goal needs attention. It reached ${pct} of its target.`,
    'goal.red': (pct: string) => `Its main goal is off track. It reached ${pct} of its target.`,
    'goal.met': 'Its main goal was met.',
    'goal.notMet': 'Its main goal was not met.',
    'goal.noResult': 'Its main goal has no progress reported yet.',
  },
});

/** Moments with a verb of their own in the summary (`done.<moment>`). */
const DONE_MOMENTS = ['committed', 'accrued', 'exercised', 'paid', 'ministered'] as const;
const hasVerb = (m: string): m is (typeof DONE_MOMENTS)[number] => (DONE_MOMENTS as readonly string[]).includes(m);

export function momentName(moment: string, lang: Lang | null | undefined): string {
  return glossaryEntry(lang, moment)?.term ?? moment;
}

/** Whole "of every 100" number, with "casi"/"almost" when it was rounded up. */
function per100(rate: number, lang: Lang | null | undefined): string {
  const exact = rate * 100;
  const n = Math.round(exact);
  return n > exact + 1e-9 ? cardMsg(lang, 'almost', String(n)) : String(n);
}

/** The money sentences. The modified budget is said in plain words: "after this year's changes". */
export function moneySentence(v: CardView, lang: Lang | null | undefined): string {
  const e = v.money.execution;
  const asOf = v.asOf ? ` ${cap(formatAsOf(v.asOf, lang))}.` : '';
  if (e) {
    const done = hasVerb(e.moment) ? cardMsg(lang, `done.${e.moment}`) : cardMsg(lang, 'done.other', momentName(e.moment, lang));
    const base = cardMsg(lang, e.base === 'modified' ? 'base.modified' : 'base.approved');
    return `${cardMsg(lang, 'spent', done, per100(e.rate, lang), base)}${asOf}`;
  }
  if (v.money.approved !== undefined) return cardMsg(lang, 'approvedOnly', formatMoney(v.money.approved, lang, { currency: v.currency }));
  return cardMsg(lang, 'noApproved');
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The sentence about the main indicator's goal, when there is one to say. */
function goalSentence(v: CardView, lang: Lang | null | undefined): string | undefined {
  const i = v.indicator;
  if (!i) return undefined;
  if (i.status === 'measured' && i.percent !== undefined && i.light) {
    return cardMsg(lang, `goal.${i.light}`, formatPercent(i.percent / 100, lang, 0));
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
