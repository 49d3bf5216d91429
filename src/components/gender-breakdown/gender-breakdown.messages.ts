/**
 * The words of <tp-gender-breakdown> (es-MX first, en), in one message table: annex and category
 * names, labels, table columns, chart titles and the plain-language summaries. Pure: no DOM, no Lit.
 *
 * Annex names are keyed by the annex id the feed uses (`gender`, `indigenous`…); an id we do
 * not know is shown as written, so a new annex in a feed needs no code change.
 */
import type { AnnexId, Moment } from '../../feed/types.js';
import { defineMessages, glossaryEntry, joinList } from '../../i18n/registry.js';
import type { Lang } from '../../i18n/types.js';
import type { CalendarRow, FeedAnnexView, PopulationKind, ProgramAnnexView, Sex } from './gender-breakdown.model.js';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../i18n/format.js';

/**
 * Cross-cutting annexes we can name, with their number in the PEF 2021 when it is stable
 * ("anexos transversales"). The SHCP open data numbers them with `ID_TRANSVERSAL` (1 indigenous
 * peoples, 2 rural development (PEC), 3 science and technology, 4 equality between women and men,
 * 5 clean energy, 6 youth, 7 vulnerable groups, 8 children and adolescents, 10 climate change,
 * 11 crime prevention, 13 anticorruption); adapters map them to these ids. Names are messages
 * (`annex.<id>.name`, `annex.<id>.short`).
 */
const ANNEX_NUMBERS = {
  gender: 13,
  indigenous: 10,
  rural: 11,
  science: undefined,
  'clean-energy': undefined,
  youth: undefined,
  vulnerable: undefined,
  children: undefined,
  climate: undefined,
  'crime-prevention': undefined,
  anticorruption: undefined,
} as const satisfies Record<string, number | undefined>;

type KnownAnnex = keyof typeof ANNEX_NUMBERS;

/**
 * The cross-cutting adapter names annexes it does not recognise `annex-<ID_TRANSVERSAL>`;
 * these aliases give them their names.
 */
const ANNEX_ALIASES: Record<string, KnownAnnex> = {
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

function knownAnnex(annex: AnnexId): KnownAnnex | undefined {
  if (Object.hasOwn(ANNEX_NUMBERS, annex)) return annex as KnownAnnex;
  return Object.hasOwn(ANNEX_ALIASES, annex) ? ANNEX_ALIASES[annex] : undefined;
}

/**
 * The gender annex categories as SHCP writes them (VERTIENTE, compared trimmed, single-spaced and
 * lower-cased), by message id (`category.<id>`).
 */
const CATEGORY_IDS: Record<string, 'equality' | 'violence' | 'discrimination'> = {
  'acciones que promuevan la igualdad entre mujeres y hombres': 'equality',
  'acciones que promuevan la erradicación de la violencia de género': 'violence',
  'acciones que promuevan la erradicación de cualquier forma de discriminación de género': 'discrimination',
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * Every word of <tp-gender-breakdown>: labels, table columns, chart titles and summary sentences.
 * A pack overrides a key as `strings: { 'crossCutting.<key>': '…' }` ({0}, {1}… are the arguments
 * named in the comment above each key). Figures arrive formatted; counts used for grammar arrive
 * as numbers next to them.
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
    /** {0}: moment word */
    sameMoment: 'Monto etiquetado y total del programa corresponden al mismo momento: {0}.',

    // Annex names: official name as the PEF titles the annex, and a short label for tabs and headings.
    'annex.gender.name': 'Erogaciones para la Igualdad entre Mujeres y Hombres',
    'annex.gender.short': 'Igualdad entre mujeres y hombres',
    'annex.indigenous.name': 'Erogaciones para el Desarrollo Integral de los Pueblos y Comunidades Indígenas',
    'annex.indigenous.short': 'Pueblos y comunidades indígenas',
    'annex.rural.name': 'Programa Especial Concurrente para el Desarrollo Rural Sustentable',
    'annex.rural.short': 'Desarrollo rural sustentable',
    'annex.science.name': 'Programa de Ciencia, Tecnología e Innovación',
    'annex.science.short': 'Ciencia, tecnología e innovación',
    'annex.clean-energy.name': 'Estrategia Nacional para la Transición Energética y el Aprovechamiento Sustentable de la Energía',
    'annex.clean-energy.short': 'Transición energética',
    'annex.youth.name': 'Erogaciones para el Desarrollo de los Jóvenes',
    'annex.youth.short': 'Jóvenes',
    'annex.vulnerable.name': 'Recursos para la Atención de Grupos Vulnerables',
    'annex.vulnerable.short': 'Grupos vulnerables',
    'annex.children.name': 'Recursos para la Atención de Niñas, Niños y Adolescentes',
    'annex.children.short': 'Niñas, niños y adolescentes',
    'annex.climate.name': 'Recursos para la Mitigación de los Efectos del Cambio Climático',
    'annex.climate.short': 'Cambio climático',
    'annex.crime-prevention.name': 'Recursos para la Prevención del Delito',
    'annex.crime-prevention.short': 'Prevención del delito',
    'annex.anticorruption.name': 'Recursos para el Combate a la Corrupción',
    'annex.anticorruption.short': 'Combate a la corrupción',
    /** {0}: annex number, {1}: official name */
    'annex.title': 'Anexo {0}: {1}',
    /** {0}: official name (annex without a stable number) */
    'annex.titleUnnumbered': 'Anexo transversal: {0}',
    /** {0}: annex id as the feed writes it */
    'annex.titleUnknown': 'Anexo transversal «{0}»',
    /** {0}: annex number, {1}: short name */
    'annex.inSentence': 'el Anexo {0} ({1})',
    /** {0}: short name */
    'annex.inSentenceUnnumbered': (short: string) => `el anexo transversal de ${short.toLowerCase()}`,
    /** {0}: annex id as the feed writes it */
    'annex.inSentenceUnknown': 'el anexo transversal «{0}»',

    // Gender annex categories. {0}: the category as the data writes it (Spanish shows it as written).
    'category.equality': '{0}',
    'category.violence': '{0}',
    'category.discrimination': '{0}',

    // People counted by sex, inside sentences. {0}: formatted count, {1}: count.
    'count.women': (x: string, n: number) => `${x} ${plural(n, 'mujer', 'mujeres')}`,
    'count.men': (x: string, n: number) => `${x} ${plural(n, 'hombre', 'hombres')}`,
    'count.unspecified': (x: string, n: number) => `${x} ${plural(n, 'persona', 'personas')} sin distinguir sexo`,
    // A target population named by sex, inside a sentence.
    'targetOf.women': 'mujeres',
    'targetOf.men': 'hombres',
    'targetOf.unspecified': 'personas sin distinguir sexo',

    // Program summary. {0} amount, {1} moment word, {2} annex in a sentence (see each key).
    /** {0}: annex in a sentence */
    'program.untagged': 'Este programa no tiene gasto etiquetado en {0}.',
    /** {0}: amount, {1}: moment word, {2}: annex in a sentence, {3}: annex year, {4}: the data's cycle */
    'program.otherYear':
      'Este programa tiene {0} ({1}) etiquetados en {2} del presupuesto {3}; los montos del programa en estos datos son de {4}, así que no se calcula qué parte representa.',
    /** {0}: amount, {1}: moment word, {2}: annex in a sentence, {3}: share, {4}: program total */
    'program.share': 'Este programa tiene {0} ({1}) etiquetados en {2}: {3} de su presupuesto {1} de {4}.',
    /** {0}: amount, {1}: moment word, {2}: annex in a sentence */
    'program.noTotal':
      'Este programa tiene {0} ({1}) etiquetados en {2}; su presupuesto {1} no está reportado, así que no se puede calcular qué parte representa.',
    /** {0}: category */
    'program.category': 'Categoría: {0}.',
    /** {0}: categories with their shares, separated by "; " */
    'program.categories': 'Categorías: {0}.',
    /** {0}: annex in a sentence */
    'program.noAmount': 'Este programa está etiquetado en {0}, pero no se reporta monto.',
    /** {0}: people served by sex, {1}: women of every 100 served */
    'program.servedPer100': 'Atendió a {0}: {1} de cada 100 personas atendidas son mujeres.',
    /** {0}: people served by sex */
    'program.servedPartial': 'Atendió a {0}; la fuente no desglosa el resto por sexo.',
    'program.noPopulation': 'Los datos no incluyen población por sexo para este programa.',
    /** {0}: share reached, {1}: target population (targetOf.*), {2}: its size */
    'program.coverageItem': '{0} de su población objetivo de {1} ({2})',
    /** {0}: the coverage items */
    'program.coverage': 'Alcanzó {0}.',

    // Whole-feed summary.
    /** {0}: annex in a sentence */
    'feed.none': 'Ningún programa de estos datos tiene gasto etiquetado en {0}.',
    /** {0}: formatted count, {1}: count */
    'feed.programs': (x: string, n: number) => `${x} ${plural(n, 'programa', 'programas')}`,
    /** {0}: annex in a sentence, {1}: total, {2}: moment word, {3}: programs (feed.programs) */
    'feed.total': (annex: string, total: string, mw: string, programs: string) => `${cap(annex)} suma ${total} (${mw}) en ${programs}.`,
    /** As feed.total; {4}: share of the budget, {5}: number of programs in the data */
    'feed.totalShare': (annex: string, total: string, mw: string, programs: string, share: string, budgetPrograms: string) =>
      `${cap(annex)} suma ${total} (${mw}) en ${programs}: ${share} del presupuesto ${mw} de los ${budgetPrograms} programas de estos datos.`,
    /** As feed.total; {4}: annex year, {5}: the data's cycle */
    'feed.totalOtherYear': (annex: string, total: string, mw: string, programs: string, year: number, cycle: number) =>
      `${cap(annex)} suma ${total} (${mw}) en ${programs} (presupuesto ${year}); el resto de estos datos es de ${cycle}, así que no se calcula qué parte del presupuesto representa.`,
    /** {0}: share, {1}: category */
    'feed.largestCategory': 'La categoría más grande, con {0}, es «{1}».',
    /** {0}: program key, {1}: program name, {2}: amount, {3}: share of the annex */
    'feed.topProgram': 'El programa con más gasto etiquetado es {0} {1}, con {2} ({3} del anexo).',
    /** {0}: number of programs, {1}: their share */
    'feed.topShare': 'Los {0} programas más grandes concentran {1} del total.',

    // Calendar sentence. {0}: moment word, {1}: months, {2}: largest month, {3}: its amount, {4}: its share.
    'calendar.summary': 'El calendario {0} reparte el monto etiquetado en {1} meses; el mayor es {2}, con {3}.',
    'calendar.summaryShare': 'El calendario {0} reparte el monto etiquetado en {1} meses; el mayor es {2}, con {3} ({4}).',
    'calendar.partial': 'Algunos registros no traen calendario, así que los meses suman menos que el total.',

    // Headings and labels on screen.
    'ui.taggedSpending': 'Gasto etiquetado',
    'ui.taggedAmount': 'Monto etiquetado',
    'ui.programTotal': 'Total del programa',
    'ui.shareTagged': 'Proporción etiquetada',
    'ui.otherYear': 'El anexo es del presupuesto {0}; los montos del programa son de {1}: no se comparan.',
    /** {0}: moment word */
    'ui.noComparableTotal': 'El monto etiquetado es {0}; el programa no reporta ese momento, así que no hay total comparable.',
    'ui.category': 'Categoría',
    'ui.rationale': 'Por qué está etiquetado',
    'ui.populationBySex': 'Población por sexo',
    'ui.coverage': 'Cobertura: atendida entre objetivo',
    /** {0}: served, {1}: target */
    'ui.servedOfTarget': '{0} de {1}',
    /** {0}: served, {1}: target (either may be "no reportado") */
    'ui.servedAndTarget': 'atendida {0}; objetivo {1}',
    'ui.sourceTotal': 'Total que da la fuente',
    'ui.annexTotal': 'Total del anexo',
    'ui.taggedPrograms': 'Programas etiquetados',
    'ui.shareOfBudget': 'Proporción del presupuesto de estos datos',
    'ui.byCategory': 'Por categoría',
    /** {0}: number of programs listed */
    'ui.top': 'Los {0} programas con más gasto etiquetado',
    /** {0}: number of programs listed, before an "other" row */
    'ui.topAndRest': 'Los {0} programas con más gasto etiquetado y el resto',
    'ui.calendar': 'Calendario mensual',
    'ui.terms': 'Términos',

    // Data tables.
    'table.concept': 'Concepto',
    'table.moment': 'Momento',
    'table.amount': 'Monto (pesos)',
    'table.share': 'Proporción',
    /** {0}: category */
    'table.categoryRow': 'Categoría: {0}',
    'table.coverage': 'Cobertura (atendida / objetivo)',
    /** {0}: program key */
    'table.populationCaption': 'Población por sexo: {0}',
    'table.population': 'Población',
    'table.unit': 'Unidad',
    'table.measure': 'Medida',
    'table.detail': 'Detalle',
    'table.value': 'Valor',
    /** {0}: number of programs in the data */
    'table.budget': 'Presupuesto de los {0} programas de estos datos',
    'table.annexShare': 'Proporción del anexo en ese presupuesto',
    'table.item': 'Concepto',
    'table.programKey': 'Clave',
    'table.shareOfAnnex': 'Proporción del anexo',
    /** {0}: moment word ("" when none), {1}: annex short name */
    'table.calendarCaption': (mw: string, annex: string) => `Calendario mensual${mw ? ` (${mw})` : ''}: ${annex}`,
    'table.month': 'Mes',
    'table.shareOfCalendar': 'Proporción del calendario',

    // Calendar chart.
    'chart.month': 'Mes',
    'chart.millions': 'Millones de pesos',
    'chart.amount': 'Monto',

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

    'annex.gender.name': 'Expenditures for Equality between Women and Men',
    'annex.gender.short': 'Equality between women and men',
    'annex.indigenous.name': 'Expenditures for the Integral Development of Indigenous Peoples and Communities',
    'annex.indigenous.short': 'Indigenous peoples and communities',
    'annex.rural.name': 'Special Concurrent Program for Sustainable Rural Development',
    'annex.rural.short': 'Sustainable rural development',
    'annex.science.name': 'Science, Technology and Innovation Program',
    'annex.science.short': 'Science, technology and innovation',
    'annex.clean-energy.name': 'National Strategy for the Energy Transition and the Sustainable Use of Energy',
    'annex.clean-energy.short': 'Energy transition',
    'annex.youth.name': 'Expenditures for the Development of Young People',
    'annex.youth.short': 'Young people',
    'annex.vulnerable.name': 'Resources for the Care of Vulnerable Groups',
    'annex.vulnerable.short': 'Vulnerable groups',
    'annex.children.name': 'Resources for Children and Adolescents',
    'annex.children.short': 'Children and adolescents',
    'annex.climate.name': 'Resources to Mitigate the Effects of Climate Change',
    'annex.climate.short': 'Climate change',
    'annex.crime-prevention.name': 'Resources for Crime Prevention',
    'annex.crime-prevention.short': 'Crime prevention',
    'annex.anticorruption.name': 'Resources to Fight Corruption',
    'annex.anticorruption.short': 'Fighting corruption',
    'annex.title': 'Annex {0}: {1}',
    'annex.titleUnnumbered': 'Cross-cutting annex: {0}',
    'annex.titleUnknown': 'Cross-cutting annex “{0}”',
    'annex.inSentence': 'Annex {0} ({1})',
    'annex.inSentenceUnnumbered': (short: string) => `the cross-cutting annex for ${short.toLowerCase()}`,
    'annex.inSentenceUnknown': 'the cross-cutting annex “{0}”',

    'category.equality': 'Actions that promote equality between women and men',
    'category.violence': 'Actions that promote the eradication of gender violence',
    'category.discrimination': 'Actions that promote the eradication of any form of gender discrimination',

    'count.women': (x: string, n: number) => `${x} ${plural(n, 'woman', 'women')}`,
    'count.men': (x: string, n: number) => `${x} ${plural(n, 'man', 'men')}`,
    'count.unspecified': (x: string, n: number) => `${x} ${plural(n, 'person', 'people')} of unspecified sex`,
    'targetOf.women': 'women',
    'targetOf.men': 'men',
    'targetOf.unspecified': 'people of unspecified sex',

    'program.untagged': 'This program has no spending tagged in {0}.',
    'program.otherYear':
      "This program has {0} ({1}) tagged in {2} in the {3} budget; this data's program amounts are for {4}, so no share is computed.",
    'program.share': 'This program has {0} ({1}) tagged in {2}: {3} of its {1} budget of {4}.',
    'program.noTotal': 'This program has {0} ({1}) tagged in {2}; its own {1} budget is not reported, so the share cannot be computed.',
    'program.category': 'Category: {0}.',
    'program.categories': 'Categories: {0}.',
    'program.noAmount': 'This program is tagged in {0}, but no amount is reported.',
    'program.servedPer100': 'It served {0}: {1} of every 100 people served are women.',
    'program.servedPartial': 'It served {0}; the source does not break the rest down by sex.',
    'program.noPopulation': 'The feed has no population data by sex for this program.',
    'program.coverageItem': '{0} of its target population of {1} ({2})',
    'program.coverage': 'It reached {0}.',

    'feed.none': 'No program in this data has spending tagged in {0}.',
    'feed.programs': (x: string, n: number) => `${x} ${plural(n, 'program', 'programs')}`,
    'feed.total': (annex: string, total: string, mw: string, programs: string) => `${cap(annex)} adds up to ${total} (${mw}) across ${programs}.`,
    'feed.totalShare': (annex: string, total: string, mw: string, programs: string, share: string, budgetPrograms: string) =>
      `${cap(annex)} adds up to ${total} (${mw}) across ${programs}: ${share} of the ${mw} budget of the ${budgetPrograms} programs in this data.`,
    'feed.totalOtherYear': (annex: string, total: string, mw: string, programs: string, year: number, cycle: number) =>
      `${cap(annex)} adds up to ${total} (${mw}) across ${programs} (${year} budget); the rest of this data is for ${cycle}, so no share of the budget is computed.`,
    'feed.largestCategory': 'The largest category, with {0}, is “{1}”.',
    'feed.topProgram': 'The program with the most tagged spending is {0} {1}, with {2} ({3} of the annex).',
    'feed.topShare': 'The {0} largest programs hold {1} of it.',

    'calendar.summary': 'The {0} calendar spreads the tagged amount over {1} months; the largest is {2}, with {3}.',
    'calendar.summaryShare': 'The {0} calendar spreads the tagged amount over {1} months; the largest is {2}, with {3} ({4}).',
    'calendar.partial': 'Some records have no calendar, so the months add up to less than the total.',

    'ui.taggedSpending': 'Tagged spending',
    'ui.taggedAmount': 'Tagged amount',
    'ui.programTotal': 'Program total',
    'ui.shareTagged': 'Share tagged',
    'ui.otherYear': 'The annex is from the {0} budget; the program amounts are for {1}: they are not compared.',
    'ui.noComparableTotal': 'The tagged amount is {0}; the program does not report that moment, so there is no comparable total.',
    'ui.category': 'Category',
    'ui.rationale': 'Why it is tagged',
    'ui.populationBySex': 'Population by sex',
    'ui.coverage': 'Coverage: served over target',
    'ui.servedOfTarget': '{0} of {1}',
    'ui.servedAndTarget': 'served {0}; target {1}',
    'ui.sourceTotal': 'Total given by the source',
    'ui.annexTotal': 'Annex total',
    'ui.taggedPrograms': 'Tagged programs',
    'ui.shareOfBudget': 'Share of the budget in this data',
    'ui.byCategory': 'By category',
    'ui.top': 'The {0} programs with the most tagged spending',
    'ui.topAndRest': 'The {0} programs with the most tagged spending and the rest',
    'ui.calendar': 'Monthly calendar',
    'ui.terms': 'Terms',

    'table.concept': 'Concept',
    'table.moment': 'Moment',
    'table.amount': 'Amount (pesos)',
    'table.share': 'Share',
    'table.categoryRow': 'Category: {0}',
    'table.coverage': 'Coverage (served / target)',
    'table.populationCaption': 'Population by sex: {0}',
    'table.population': 'Population',
    'table.unit': 'Unit',
    'table.measure': 'Measure',
    'table.detail': 'Detail',
    'table.value': 'Value',
    'table.budget': 'Budget of the {0} programs in this data',
    'table.annexShare': 'Annex share of that budget',
    'table.item': 'Item',
    'table.programKey': 'Program key',
    'table.shareOfAnnex': 'Share of the annex',
    'table.calendarCaption': (mw: string, annex: string) => `Monthly calendar${mw ? ` (${mw})` : ''}: ${annex}`,
    'table.month': 'Month',
    'table.shareOfCalendar': 'Share of the calendar',

    'chart.month': 'Month',
    'chart.millions': 'Million pesos',
    'chart.amount': 'Amount',

  },
});

/** "Anexo 13: Erogaciones para la Igualdad entre Mujeres y Hombres" / "Annex 13: …"; unknown ids as written. */
export function annexTitle(annex: AnnexId, lang: Lang | null | undefined): string {
  const id = knownAnnex(annex);
  if (!id) return msg(lang, 'annex.titleUnknown', annex);
  const number = ANNEX_NUMBERS[id];
  const name = msg(lang, `annex.${id}.name`);
  return number ? msg(lang, 'annex.title', number, name) : msg(lang, 'annex.titleUnnumbered', name);
}

/** Short label: "Igualdad entre mujeres y hombres"; unknown ids as written. */
export function annexShortName(annex: AnnexId, lang: Lang | null | undefined): string {
  const id = knownAnnex(annex);
  return id ? msg(lang, `annex.${id}.short`) : annex;
}

/** How a sentence names the annex: "el Anexo 13 (Igualdad entre mujeres y hombres)". */
export function annexInSentence(annex: AnnexId, lang: Lang | null | undefined): string {
  const id = knownAnnex(annex);
  if (!id) return msg(lang, 'annex.inSentenceUnknown', annex);
  const number = ANNEX_NUMBERS[id];
  const short = msg(lang, `annex.${id}.short`);
  return number ? msg(lang, 'annex.inSentence', number, short) : msg(lang, 'annex.inSentenceUnnumbered', short);
}

/** A category label in `lang`: known SHCP categories are translated; others shown as the data names them. */
export function categoryLabel(category: string | undefined, lang: Lang | null | undefined): string {
  if (!category) return msg(lang, 'noCategory');
  const key = category.trim().replace(/\s+/g, ' ').toLowerCase();
  return Object.hasOwn(CATEGORY_IDS, key) ? msg(lang, `category.${CATEGORY_IDS[key]!}`, category) : category;
}

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
  const parts: string[] = [];
  for (const sex of ['women', 'men', 'unspecified'] as const) {
    const x = s[sex];
    if (x !== undefined) parts.push(msg(lang, `count.${sex}`, n(x, lang), x));
  }
  return joinList(lang, parts, 'and');
}

/** Sentences for one program. */
export function programAnnexSummary(v: ProgramAnnexView, lang: Lang | null | undefined, o: SummaryOptions = {}): string[] {
  const mo = { currency: o.currency ?? 'MXN' };
  const annex = annexInSentence(v.annex, lang);
  const out: string[] = [];
  if (!v.tagged) {
    out.push(msg(lang, 'program.untagged', annex));
  } else if (v.taggedAmount && v.moment) {
    const mw = momentWord(v.moment, lang);
    const amount = formatMoney(v.taggedAmount.amount, lang, mo);
    if (v.annexYear !== undefined) out.push(msg(lang, 'program.otherYear', amount, mw, annex, v.annexYear, v.cycle));
    else if (v.share !== undefined && v.total)
      out.push(msg(lang, 'program.share', amount, mw, annex, formatPercent(v.share, lang), formatMoney(v.total.amount, lang, mo)));
    else out.push(msg(lang, 'program.noTotal', amount, mw, annex));
    const cats = v.categories.filter((c) => c.category);
    if (cats.length === 1) out.push(msg(lang, 'program.category', categoryLabel(cats[0]!.category, lang)));
    else if (cats.length > 1)
      out.push(msg(lang, 'program.categories', cats.map((c) => `${categoryLabel(c.category, lang)} (${formatPercent(c.share, lang)})`).join('; ')));
  } else {
    out.push(msg(lang, 'program.noAmount', annex));
  }
  const s = v.served;
  if (s) {
    const list = sexList(s, lang);
    if (s.womenPer100 !== undefined) out.push(msg(lang, 'program.servedPer100', list, s.womenPer100));
    else out.push(msg(lang, 'program.servedPartial', list));
  } else if (v.populations.length === 0) {
    out.push(msg(lang, 'program.noPopulation'));
  }
  const cov = v.coverage.filter((c) => c.ratio !== undefined);
  if (cov.length) {
    const parts = cov.map((c) => msg(lang, 'program.coverageItem', formatPercent(c.ratio, lang), msg(lang, `targetOf.${c.sex}`), n(c.target!, lang)));
    out.push(msg(lang, 'program.coverage', joinList(lang, parts, 'and')));
  }
  return out;
}

/** Sentences for the whole feed. */
export function feedAnnexSummary(v: FeedAnnexView, lang: Lang | null | undefined, o: SummaryOptions = {}): string[] {
  const mo = { currency: o.currency ?? 'MXN' };
  const annex = annexInSentence(v.annex, lang);
  const out: string[] = [];
  if (!v.total || !v.moment) {
    out.push(msg(lang, 'feed.none', annex));
    return out;
  }
  const mw = momentWord(v.moment, lang);
  const programs = msg(lang, 'feed.programs', n(v.programCount, lang), v.programCount);
  const total = formatMoney(v.total.amount, lang, mo);
  if (v.annexYear !== undefined) out.push(msg(lang, 'feed.totalOtherYear', annex, total, mw, programs, v.annexYear, v.cycle));
  else if (v.shareOfBudget !== undefined)
    out.push(msg(lang, 'feed.totalShare', annex, total, mw, programs, formatPercent(v.shareOfBudget, lang), n(v.budgetPrograms, lang)));
  else out.push(msg(lang, 'feed.total', annex, total, mw, programs));
  const big = v.categories[0];
  if (big && v.categories.length > 1 && big.share !== undefined)
    out.push(msg(lang, 'feed.largestCategory', formatPercent(big.share, lang), categoryLabel(big.category, lang)));
  const top = v.top[0];
  if (top && top.share !== undefined)
    out.push(msg(lang, 'feed.topProgram', top.key, top.name, formatMoney(top.amount, lang, mo), formatPercent(top.share, lang)));
  if (v.other && v.top.length > 1) {
    const topCents = v.top.reduce((s, r) => s + r.cents, 0);
    out.push(msg(lang, 'feed.topShare', v.top.length, formatPercent(topCents / v.total.cents, lang)));
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
  const mw = momentWord(v.moment, lang);
  const sum = v.calendar.reduce((s, r) => s + r.cents, 0);
  const top = [...v.calendar].sort((a, b) => b.cents - a.cents || (a.period < b.period ? -1 : 1))[0]!;
  const args = [mw, v.calendar.length, formatDate(top.period, lang), formatMoney(top.amount, lang, { currency: o.currency ?? 'MXN' })] as const;
  const out = [sum > 0 ? msg(lang, 'calendar.summaryShare', ...args, formatPercent(top.cents / sum, lang)) : msg(lang, 'calendar.summary', ...args)];
  if (v.calendarPartial) out.push(msg(lang, 'calendar.partial'));
  return out;
}
