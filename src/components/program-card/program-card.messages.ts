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
import type { Light } from '../indicator-gauge/indicator-gauge.model.js';
import type { TableModel } from '../../platform/table-model.js';
import { formatAsOf, formatMoney, formatNumber, formatPercent } from '../../i18n/format.js';
import { defineMessages, glossaryEntry, resolveLang } from '../../i18n/registry.js';
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
    'light.green': 'Semáforo verde: va bien',
    'light.yellow': 'Semáforo amarillo: requiere atención',
    'light.red': 'Semáforo rojo: va mal',
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
    'light.green': 'Green light: on track',
    'light.yellow': 'Yellow light: needs attention',
    'light.red': 'Red light: off track',
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
  },
});

/** How a moment is said in a summary: [es, en]. */
const DONE: Record<string, [string, string]> = {
  committed: ['se comprometieron', 'have been committed'],
  accrued: ['se devengaron', 'have been accrued'],
  exercised: ['se ejercieron', 'have been spent'],
  paid: ['se pagaron', 'have been paid'],
  ministered: ['se entregaron', 'have been transferred'],
};

export function momentName(moment: string, lang: Lang | null | undefined): string {
  return glossaryEntry(lang, moment)?.term ?? moment;
}

export function lightLabel(light: Light, lang: Lang | null | undefined): string {
  return cardMsg(lang, `light.${light}`);
}

/** Whole "of every 100" number, with "casi"/"almost" when it was rounded up. */
function per100(rate: number, en: boolean): string {
  const exact = rate * 100;
  const n = Math.round(exact);
  return n > exact + 1e-9 ? `${en ? 'almost' : 'casi'} ${n}` : String(n);
}

/** The money sentences. The modified budget is said in plain words: "after this year's changes". */
export function moneySentence(v: CardView, lang: Lang | null | undefined): string {
  const en = resolveLang(lang) === 'en';
  const e = v.money.execution;
  const asOf = v.asOf ? ` ${cap(formatAsOf(v.asOf, lang))}.` : '';
  if (e) {
    const done = DONE[e.moment];
    const verb = done ? done[en ? 1 : 0] : en ? `have reached "${momentName(e.moment, lang)}"` : `llegaron a «${momentName(e.moment, lang)}»`;
    const n = per100(e.rate, en);
    if (en) {
      const base = e.base === 'modified' ? "in this program's budget after this year's changes" : 'approved for this program';
      return `Of every 100 pesos ${base}, ${n} ${verb}.${asOf}`;
    }
    const base = e.base === 'modified' ? 'que tiene el programa tras los cambios del año' : 'que se aprobaron para el programa';
    return `Ya ${verb} ${n} de cada 100 pesos ${base}.${asOf}`;
  }
  if (v.money.approved !== undefined) {
    const amount = formatMoney(v.money.approved, lang, { currency: v.currency });
    return en
      ? `This program was approved ${amount}. There is no data on its spending yet.`
      : `El programa tiene ${amount} aprobados. Aún no hay datos de su gasto.`;
  }
  return en ? 'The approved amount of this program is not reported.' : 'El monto aprobado del programa no está reportado.';
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The indicator sentences, when there is a main indicator. */
export function indicatorSentence(v: CardView, lang: Lang | null | undefined): string | undefined {
  const i = v.indicator;
  if (!i) return undefined;
  const en = resolveLang(lang) === 'en';
  if (i.status === 'measured' && i.percent !== undefined && i.light) {
    const pct = formatPercent(i.percent / 100, lang, 0);
    const how = { green: en ? 'is on track' : 'va bien', yellow: en ? 'needs attention' : 'pide atención', red: en ? 'is off track' : 'va mal' }[i.light];
    return en ? `Its main goal ${how}. It reached ${pct} of its target.` : `Su meta principal ${how}. Logró ${pct} de lo previsto.`;
  }
  if (i.status === 'direct' && i.light) {
    return en
      ? `Its main goal ${i.light === 'green' ? 'was met' : 'was not met'}.`
      : `Su meta principal ${i.light === 'green' ? 'se cumplió' : 'no se cumplió'}.`;
  }
  if (i.status === 'no-result') return en ? 'Its main goal has no progress reported yet.' : 'Su meta principal aún no tiene avance.';
  return undefined;
}

/** The plain-language summary: one or two sentences. */
export function cardSummary(v: CardView, lang: Lang | null | undefined): string {
  const s = indicatorSentence(v, lang);
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
