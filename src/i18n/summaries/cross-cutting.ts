/**
 * Plain-language sentences (es-MX first, en) for the cross-cutting annex views.
 * Pure: no DOM, no Lit. Input: a view from src/feed/views/cross-cutting-view.ts.
 * Annex and category names: ./annex-names.ts.
 */
import type { Moment } from '../../feed/types.js';
import type { CalendarRow, FeedAnnexView, PopulationKind, ProgramAnnexView, Sex } from '../../feed/views/cross-cutting-view.js';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../format.js';
import { defineMessages, glossaryEntry, joinList, resolveLang } from '../registry.js';
import type { Lang } from '../types.js';
import { annexInSentence, categoryLabel } from './annex-names.js';

export { ANNEX_NAMES, annexInSentence, annexShortName, annexTitle, categoryLabel } from './annex-names.js';

export const msg = defineMessages('crossCutting', {
  es: {
    women: 'Mujeres',
    men: 'Hombres',
    unspecified: 'Sin distinguir sexo',
    potential: 'Población potencial',
    target: 'Población objetivo',
    served: 'Población atendida',
    noCategory: 'Sin categoría',
    other: 'Otros',
    /** {0}: count */
    otherPrograms: (n: number) => (n === 1 ? 'Otro programa' : `Otros ${formatNumber(n, 'es')} programas`),
    intent: 'Etiquetar gasto en un anexo marca una intención del presupuesto; no prueba su impacto en las personas.',
    sameMoment: 'Monto etiquetado y total del programa corresponden al mismo momento: {0}.',
  },
  en: {
    women: 'Women',
    men: 'Men',
    unspecified: 'Sex not specified',
    potential: 'Potential population',
    target: 'Target population',
    served: 'Served population',
    noCategory: 'No category',
    other: 'Other',
    otherPrograms: (n: number) => (n === 1 ? '1 other program' : `Other ${formatNumber(n, 'en')} programs`),
    intent: 'Tagging spending in an annex marks what the budget intends; it is not proof of impact on people.',
    sameMoment: 'The tagged amount and the program total refer to the same moment: {0}.',
  },
});

export function sexLabel(sex: Sex, lang: Lang | null | undefined): string {
  return msg(lang, sex);
}

export function populationLabel(kind: PopulationKind, lang: Lang | null | undefined): string {
  return msg(lang, kind);
}

/** "aprobado" / "approved", from the glossary; the id itself when unknown. */
export function momentWord(moment: Moment, lang: Lang | null | undefined): string {
  return glossaryEntry(lang, moment)?.term.toLowerCase() ?? moment;
}

export interface SummaryOptions {
  currency?: string;
}

const n = (x: number, lang: Lang | null | undefined) => formatNumber(x, lang, 0);

/** "300,433 mujeres y 10,535 hombres" listing only reported sexes. */
function sexList(s: { women?: number; men?: number; unspecified?: number }, lang: Lang | null | undefined): string {
  const en = resolveLang(lang) === 'en';
  const parts: string[] = [];
  const one = (x: number) => x === 1;
  if (s.women !== undefined) parts.push(`${n(s.women, lang)} ${en ? (one(s.women) ? 'woman' : 'women') : one(s.women) ? 'mujer' : 'mujeres'}`);
  if (s.men !== undefined) parts.push(`${n(s.men, lang)} ${en ? (one(s.men) ? 'man' : 'men') : one(s.men) ? 'hombre' : 'hombres'}`);
  if (s.unspecified !== undefined)
    parts.push(`${n(s.unspecified, lang)} ${en ? (one(s.unspecified) ? 'person' : 'people') + ' of unspecified sex' : (one(s.unspecified) ? 'persona' : 'personas') + ' sin distinguir sexo'}`);
  return joinList(lang, parts, 'and');
}

/** Sentences for one program. */
export function programAnnexSummary(v: ProgramAnnexView, lang: Lang | null | undefined, o: SummaryOptions = {}): string[] {
  const en = resolveLang(lang) === 'en';
  const mo = { currency: o.currency ?? 'MXN' };
  const annex = annexInSentence(v.annex, lang);
  const out: string[] = [];
  if (!v.tagged) {
    out.push(en ? `This program has no spending tagged in ${annex}.` : `Este programa no tiene gasto etiquetado en ${annex}.`);
  } else if (v.taggedAmount && v.moment) {
    const mw = momentWord(v.moment, lang);
    const amount = formatMoney(v.taggedAmount.amount, lang, mo);
    if (v.annexYear !== undefined) {
      out.push(
        en
          ? `This program has ${amount} (${mw}) tagged in ${annex} in the ${v.annexYear} budget; this data's program amounts are for ${v.cycle}, so no share is computed.`
          : `Este programa tiene ${amount} (${mw}) etiquetados en ${annex} del presupuesto ${v.annexYear}; los montos del programa en estos datos son de ${v.cycle}, así que no se calcula qué parte representa.`,
      );
    } else if (v.share !== undefined && v.total) {
      out.push(
        en
          ? `This program has ${amount} (${mw}) tagged in ${annex}: ${formatPercent(v.share, lang)} of its ${mw} budget of ${formatMoney(v.total.amount, lang, mo)}.`
          : `Este programa tiene ${amount} (${mw}) etiquetados en ${annex}: ${formatPercent(v.share, lang)} de su presupuesto ${mw} de ${formatMoney(v.total.amount, lang, mo)}.`,
      );
    } else {
      out.push(
        en
          ? `This program has ${amount} (${mw}) tagged in ${annex}; its own ${mw} budget is not reported, so the share cannot be computed.`
          : `Este programa tiene ${amount} (${mw}) etiquetados en ${annex}; su presupuesto ${mw} no está reportado, así que no se puede calcular qué parte representa.`,
      );
    }
    const cats = v.categories.filter((c) => c.category);
    if (cats.length === 1) out.push(`${en ? 'Category' : 'Categoría'}: ${categoryLabel(cats[0]!.category, lang)}.`);
    else if (cats.length > 1)
      out.push(`${en ? 'Categories' : 'Categorías'}: ${cats.map((c) => `${categoryLabel(c.category, lang)} (${formatPercent(c.share, lang)})`).join('; ')}.`);
  } else {
    out.push(en ? `This program is tagged in ${annex}, but no amount is reported.` : `Este programa está etiquetado en ${annex}, pero no se reporta monto.`);
  }
  const s = v.served;
  if (s) {
    const list = sexList(s, lang);
    if (s.womenPer100 !== undefined)
      out.push(
        en
          ? `It served ${list}: ${s.womenPer100} of every 100 people served are women.`
          : `Atendió a ${list}: ${s.womenPer100} de cada 100 personas atendidas son mujeres.`,
      );
    else out.push(en ? `It served ${list}; the source does not break the rest down by sex.` : `Atendió a ${list}; la fuente no desglosa el resto por sexo.`);
  } else if (v.populations.length === 0) {
    out.push(en ? 'The feed has no population data by sex for this program.' : 'Los datos no incluyen población por sexo para este programa.');
  }
  const cov = v.coverage.filter((c) => c.ratio !== undefined);
  if (cov.length) {
    const parts = cov.map((c) =>
      en
        ? `${formatPercent(c.ratio, lang)} of its target population of ${c.sex === 'unspecified' ? 'people of unspecified sex' : c.sex} (${n(c.target!, lang)})`
        : `${formatPercent(c.ratio, lang)} de su población objetivo de ${c.sex === 'women' ? 'mujeres' : c.sex === 'men' ? 'hombres' : 'personas sin distinguir sexo'} (${n(c.target!, lang)})`,
    );
    out.push(en ? `It reached ${joinList(lang, parts, 'and')}.` : `Alcanzó ${joinList(lang, parts, 'and')}.`);
  }
  return out;
}

/** Sentences for the whole feed. */
export function feedAnnexSummary(v: FeedAnnexView, lang: Lang | null | undefined, o: SummaryOptions = {}): string[] {
  const en = resolveLang(lang) === 'en';
  const mo = { currency: o.currency ?? 'MXN' };
  const annex = annexInSentence(v.annex, lang);
  const Annex = annex.charAt(0).toUpperCase() + annex.slice(1);
  const out: string[] = [];
  if (!v.total || !v.moment) {
    out.push(en ? `No program in this data has spending tagged in ${annex}.` : `Ningún programa de estos datos tiene gasto etiquetado en ${annex}.`);
    return out;
  }
  const mw = momentWord(v.moment, lang);
  const programs = en ? `${n(v.programCount, lang)} program${v.programCount === 1 ? '' : 's'}` : `${n(v.programCount, lang)} programa${v.programCount === 1 ? '' : 's'}`;
  let first = en
    ? `${Annex} adds up to ${formatMoney(v.total.amount, lang, mo)} (${mw}) across ${programs}`
    : `${Annex} suma ${formatMoney(v.total.amount, lang, mo)} (${mw}) en ${programs}`;
  if (v.annexYear !== undefined)
    first += en
      ? ` (${v.annexYear} budget); the rest of this data is for ${v.cycle}, so no share of the budget is computed.`
      : ` (presupuesto ${v.annexYear}); el resto de estos datos es de ${v.cycle}, así que no se calcula qué parte del presupuesto representa.`;
  else if (v.shareOfBudget !== undefined)
    first += en
      ? `: ${formatPercent(v.shareOfBudget, lang)} of the ${mw} budget of the ${n(v.budgetPrograms, lang)} programs in this data.`
      : `: ${formatPercent(v.shareOfBudget, lang)} del presupuesto ${mw} de los ${n(v.budgetPrograms, lang)} programas de estos datos.`;
  else first += '.';
  out.push(first);
  const big = v.categories[0];
  if (big && v.categories.length > 1 && big.share !== undefined)
    out.push(
      en
        ? `The largest category, with ${formatPercent(big.share, lang)}, is “${categoryLabel(big.category, lang)}”.`
        : `La categoría más grande, con ${formatPercent(big.share, lang)}, es «${categoryLabel(big.category, lang)}».`,
    );
  const top = v.top[0];
  if (top && top.share !== undefined)
    out.push(
      en
        ? `The program with the most tagged spending is ${top.key} ${top.name}, with ${formatMoney(top.amount, lang, mo)} (${formatPercent(top.share, lang)} of the annex).`
        : `El programa con más gasto etiquetado es ${top.key} ${top.name}, con ${formatMoney(top.amount, lang, mo)} (${formatPercent(top.share, lang)} del anexo).`,
    );
  if (v.other && v.top.length > 1) {
    const topCents = v.top.reduce((s, r) => s + r.cents, 0);
    out.push(
      en
        ? `The ${v.top.length} largest programs hold ${formatPercent(topCents / v.total.cents, lang)} of it.`
        : `Los ${v.top.length} programas más grandes concentran ${formatPercent(topCents / v.total.cents, lang)} del total.`,
    );
  }
  return out;
}

/** The note that tagging marks intent, not impact. */
export function intentNote(lang: Lang | null | undefined): string {
  return msg(lang, 'intent');
}

/**
 * The calendar in one sentence: how many periods, the largest one and its share of the
 * calendar; and, when some records have no calendar, that the months add up to less.
 */
export function calendarSummary(
  v: { calendar: CalendarRow[]; calendarPartial: boolean; moment?: Moment },
  lang: Lang | null | undefined,
  o: SummaryOptions = {},
): string[] {
  if (v.calendar.length < 2 || !v.moment) return [];
  const en = resolveLang(lang) === 'en';
  const mw = momentWord(v.moment, lang);
  const sum = v.calendar.reduce((s, r) => s + r.cents, 0);
  const top = [...v.calendar].sort((a, b) => b.cents - a.cents || (a.period < b.period ? -1 : 1))[0]!;
  const share = sum > 0 ? ` (${formatPercent(top.cents / sum, lang)})` : '';
  const out = [
    en
      ? `The ${mw} calendar spreads the tagged amount over ${v.calendar.length} months; the largest is ${formatDate(top.period, lang)}, with ${formatMoney(top.amount, lang, { currency: o.currency ?? 'MXN' })}${share}.`
      : `El calendario ${mw} reparte el monto etiquetado en ${v.calendar.length} meses; el mayor es ${formatDate(top.period, lang)}, con ${formatMoney(top.amount, lang, { currency: o.currency ?? 'MXN' })}${share}.`,
  ];
  if (v.calendarPartial)
    out.push(
      en
        ? 'Some records have no calendar, so the months add up to less than the total.'
        : 'Algunos registros no traen calendario, así que los meses suman menos que el total.',
    );
  return out;
}
