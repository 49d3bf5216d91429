/**
 * Names of the cross-cutting annexes and of their categories, es-MX and en. Pure.
 *
 * Annex names are keyed by the annex id the feed uses (`gender`, `indigenous`…); an id we do
 * not know is shown as written, so a new annex in a feed needs no code change.
 */
import type { AnnexId, Moment } from '../../feed/types.js';
import { resolveLang, defineMessages, glossaryEntry, joinList } from '../../i18n/registry.js';
import type { Lang } from '../../i18n/types.js';
import type { CalendarRow, FeedAnnexView, PopulationKind, ProgramAnnexView, Sex } from './gender-breakdown.model.js';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../i18n/format.js';

interface AnnexName {
  /** Official name, as the PEF titles the annex. */
  name: string;
  /** Short label for tabs and headings. */
  short: string;
  /** Annex number in the PEF 2021, when it has a stable one. */
  number?: number;
}

/**
 * Cross-cutting annexes of the PEF ("anexos transversales"). The SHCP open data numbers them
 * with `ID_TRANSVERSAL` (1 indigenous peoples, 2 rural development (PEC), 3 science and
 * technology, 4 equality between women and men, 5 clean energy, 6 youth, 7 vulnerable groups,
 * 8 children and adolescents, 10 climate change, 11 crime prevention, 13 anticorruption);
 * adapters map them to these ids.
 */
export const ANNEX_NAMES: Record<string, { es: AnnexName; en: AnnexName }> = {
  gender: {
    es: { name: 'Erogaciones para la Igualdad entre Mujeres y Hombres', short: 'Igualdad entre mujeres y hombres', number: 13 },
    en: { name: 'Expenditures for Equality between Women and Men', short: 'Equality between women and men', number: 13 },
  },
  indigenous: {
    es: { name: 'Erogaciones para el Desarrollo Integral de los Pueblos y Comunidades Indígenas', short: 'Pueblos y comunidades indígenas', number: 10 },
    en: { name: 'Expenditures for the Integral Development of Indigenous Peoples and Communities', short: 'Indigenous peoples and communities', number: 10 },
  },
  rural: {
    es: { name: 'Programa Especial Concurrente para el Desarrollo Rural Sustentable', short: 'Desarrollo rural sustentable', number: 11 },
    en: { name: 'Special Concurrent Program for Sustainable Rural Development', short: 'Sustainable rural development', number: 11 },
  },
  science: {
    es: { name: 'Programa de Ciencia, Tecnología e Innovación', short: 'Ciencia, tecnología e innovación' },
    en: { name: 'Science, Technology and Innovation Program', short: 'Science, technology and innovation' },
  },
  'clean-energy': {
    es: { name: 'Estrategia Nacional para la Transición Energética y el Aprovechamiento Sustentable de la Energía', short: 'Transición energética' },
    en: { name: 'National Strategy for the Energy Transition and the Sustainable Use of Energy', short: 'Energy transition' },
  },
  youth: {
    es: { name: 'Erogaciones para el Desarrollo de los Jóvenes', short: 'Jóvenes' },
    en: { name: 'Expenditures for the Development of Young People', short: 'Young people' },
  },
  vulnerable: {
    es: { name: 'Recursos para la Atención de Grupos Vulnerables', short: 'Grupos vulnerables' },
    en: { name: 'Resources for the Care of Vulnerable Groups', short: 'Vulnerable groups' },
  },
  children: {
    es: { name: 'Recursos para la Atención de Niñas, Niños y Adolescentes', short: 'Niñas, niños y adolescentes' },
    en: { name: 'Resources for Children and Adolescents', short: 'Children and adolescents' },
  },
  climate: {
    es: { name: 'Recursos para la Mitigación de los Efectos del Cambio Climático', short: 'Cambio climático' },
    en: { name: 'Resources to Mitigate the Effects of Climate Change', short: 'Climate change' },
  },
  'crime-prevention': {
    es: { name: 'Recursos para la Prevención del Delito', short: 'Prevención del delito' },
    en: { name: 'Resources for Crime Prevention', short: 'Crime prevention' },
  },
  anticorruption: {
    es: { name: 'Recursos para el Combate a la Corrupción', short: 'Combate a la corrupción' },
    en: { name: 'Resources to Fight Corruption', short: 'Fighting corruption' },
  },
};

/**
 * The cross-cutting adapter names annexes it does not recognise `annex-<ID_TRANSVERSAL>`;
 * these aliases give them their names.
 */
const ANNEX_ALIASES: Record<string, string> = {
  'annex-1': 'indigenous',
  'annex-2': 'rural',
  'annex-3': 'science',
  'annex-4': 'gender',
  'annex-5': 'clean-energy',
  'annex-6': 'youth',
  'annex-7': 'vulnerable',
  'annex-8': 'children',
  'annex-10': 'climate',
  'annex-11': 'crime-prevention',
  'annex-13': 'anticorruption',
};
for (const [alias, id] of Object.entries(ANNEX_ALIASES)) ANNEX_NAMES[alias] = ANNEX_NAMES[id]!;

function pick<T>(table: { es: T; en: T }, lang: Lang | null | undefined): T {
  return resolveLang(lang) === 'en' ? table.en : table.es;
}

/** "Anexo 13 «Erogaciones para la Igualdad entre Mujeres y Hombres»" / "Annex 13 …"; unknown ids as written. */
export function annexTitle(annex: AnnexId, lang: Lang | null | undefined): string {
  const n = ANNEX_NAMES[annex];
  const en = resolveLang(lang) === 'en';
  if (!n) return en ? `Cross-cutting annex “${annex}”` : `Anexo transversal «${annex}»`;
  const a = pick(n, lang);
  const word = en ? 'Annex' : 'Anexo';
  return a.number ? `${word} ${a.number}: ${a.name}` : `${en ? 'Cross-cutting annex' : 'Anexo transversal'}: ${a.name}`;
}

/** Short label: "Igualdad entre mujeres y hombres"; unknown ids as written. */
export function annexShortName(annex: AnnexId, lang: Lang | null | undefined): string {
  const n = ANNEX_NAMES[annex];
  return n ? pick(n, lang).short : annex;
}

/** How a sentence names the annex: "el Anexo 13 (Igualdad entre mujeres y hombres)". */
export function annexInSentence(annex: AnnexId, lang: Lang | null | undefined): string {
  const n = ANNEX_NAMES[annex];
  const en = resolveLang(lang) === 'en';
  if (!n) return en ? `the cross-cutting annex “${annex}”` : `el anexo transversal «${annex}»`;
  const a = pick(n, lang);
  if (a.number) return en ? `Annex ${a.number} (${a.short})` : `el Anexo ${a.number} (${a.short})`;
  return en ? `the cross-cutting annex for ${a.short.toLowerCase()}` : `el anexo transversal de ${a.short.toLowerCase()}`;
}

/** The gender annex categories as SHCP writes them (VERTIENTE), with an English rendering. */
const CATEGORY_EN: Record<string, string> = {
  'acciones que promuevan la igualdad entre mujeres y hombres': 'Actions that promote equality between women and men',
  'acciones que promuevan la erradicación de la violencia de género': 'Actions that promote the eradication of gender violence',
  'acciones que promuevan la erradicación de cualquier forma de discriminación de género': 'Actions that promote the eradication of any form of gender discrimination',
};

/** A category label in `lang`: known SHCP categories are translated; others shown as the data names them. */
export function categoryLabel(category: string | undefined, lang: Lang | null | undefined): string {
  if (!category) return resolveLang(lang) === 'en' ? 'No category' : 'Sin categoría';
  if (resolveLang(lang) !== 'en') return category;
  const key = category.trim().replace(/\s+/g, ' ').toLowerCase();
  return CATEGORY_EN[key] ?? category;
}


// ---------------------------------------------------------------------------
/**
 * Plain-language sentences (es-MX first, en) for the cross-cutting annex views.
 * Pure: no DOM, no Lit. Input: a view from src/feed/views/cross-cutting-view.ts.
 * Annex and category names: ./annex-names.ts.
 */


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
