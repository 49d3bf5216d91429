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
import { formatDate, formatMoney, formatNumber, formatPercent, capitalize } from '../../i18n/format.js';
import { truncateRatio } from '../program-card/program-card.model.js';

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
    'count.unspecified': (x: string, n: number) => `${x} ${plural(n, 'persona', 'personas')} de las que no se sabe el sexo`,

    // Program summary (issue 18): one idea per sentence, in short everyday words; scored over whole
    // feeds by test/readability/summaries.node.test.ts. Shares are truncated to a tenth (99.96% is
    // "99.9%", never "100%"); more than zero is never "0%". "Anexo", "etiquetado" and the
    // population terms stay in the glossary (terms line); the sentences say what they mean.
    /** What the tagged money is for, per annex, inside a sentence. */
    'for.gender': 'para la igualdad entre mujeres y hombres',
    'for.indigenous': 'para los pueblos y comunidades indígenas',
    'for.rural': 'para el campo',
    'for.science': 'para la ciencia y la tecnología',
    'for.clean-energy': 'para la energía limpia',
    'for.youth': 'para las y los jóvenes',
    'for.vulnerable': 'para grupos vulnerables',
    'for.children': 'para niñas, niños y adolescentes',
    'for.climate': 'para frenar el cambio climático',
    'for.crime-prevention': 'para prevenir el delito',
    'for.anticorruption': 'para combatir la corrupción',
    /** {0}: annex id as the feed writes it (an annex we cannot name) */
    'for.unknown': 'en el anexo «{0}»',
    /** {0}: what the money is for (for.*) */
    'program.untagged': 'Este programa no tiene gasto marcado {0}.',
    /** {0}: amount, {1}: what the money is for (for.*) */
    'program.tagged': 'Este programa tiene {0} {1}.',
    /** The moment of the tagged amount, when no share says it. {0}: moment word */
    'program.moment': 'Es el monto {0}.',
    /** As program.moment, of another year than the data's. {0}: moment word, {1}: the annex's year */
    'program.momentOfYear': 'Es el monto {0} de {1}.',
    /** The years differ, said once. {0}: the data's cycle */
    'program.otherYear': 'Los demás montos son de {0}, así que no se comparan.',
    /** {0}: share (pct.share or pct.tiny), {1}: moment word (the tagged amount and the budget are of the same moment) */
    'program.share': 'Es {0} de su presupuesto {1}.',
    /** {0}: moment word (the tagged amount is the whole program budget) */
    'program.shareAll': 'Es todo su presupuesto {0}.',
    /** A share inside a sentence. {0}: percentage, truncated to a tenth ("13.3%") */
    'pct.share': 'el {0}',
    /** More than zero but under 0.1%: never said as 0. */
    'pct.tiny': 'menos del 0.1%',
    /** After a share over 100%: said, not hidden. */
    'program.over': 'Es más que su presupuesto.',
    /** {0}: moment word */
    'program.noTotal': 'Los datos no dan su presupuesto {0}, así que no se sabe qué parte es.',
    /** {0}: what the money is for (for.*) */
    'program.noAmount': 'Este programa tiene gasto marcado {0}, pero no se da el monto.',
    // What the tagged money goes to. {0}: category (categoryPlain.* or the data's own words).
    /** {0}: category */
    'program.categoryAll': 'Todo es para {0}.',
    /** {0}: share of the tagged amount (pct.share or pct.tiny), {1}: category */
    'program.categoryShare': (share: string, category: string) => `${capitalize(share)} es para ${category}.`,
    'categoryPlain.equality': 'la igualdad entre mujeres y hombres',
    'categoryPlain.violence': 'acabar con la violencia de género',
    'categoryPlain.discrimination': 'acabar con la discriminación de género',
    /** A category we cannot put in plain words: as the data writes it. {0}: the category */
    'categoryPlain.other': '«{0}»',
    /** {0}: people served by sex (count.*) */
    'program.served': 'Atendió a {0}.',
    /** {0}: women of every 100 people served */
    'program.per100': '{0} de cada 100 son mujeres.',
    /** When 100 of every 100 would round away the men or the people without sex in the data. */
    'program.almostAllWomen': 'Casi todas son mujeres.',
    /** When 0 of every 100 would round away the women. */
    'program.fewWomen': 'Menos de 1 de cada 100 son mujeres.',
    /** After program.served, when the source counts people without their sex too. {0}: formatted count, {1}: count */
    'program.servedUnspecified': (x: string, n: number) =>
      n === 1 ? `De otra persona no se sabe el sexo.` : `De otras ${x} personas no se sabe el sexo.`,
    /** Women or men reported, not both. */
    'program.servedPartial': 'La fuente no da el sexo del resto.',
    'program.noPopulation': 'Estos datos no dicen a cuántas mujeres y hombres atendió.',
    // Coverage, one sentence per group: the target population is "su meta". {0}: share reached
    // (pct.share or pct.tiny), {1}: formatted target, {2}: target.
    'coverage.women': (pct: string, x: string, n: number) => `Cubrió ${pct} de su meta de ${x} ${plural(n, 'mujer', 'mujeres')}.`,
    'coverage.men': (pct: string, x: string, n: number) => `Cubrió ${pct} de su meta de ${x} ${plural(n, 'hombre', 'hombres')}.`,
    'coverage.unspecified': (pct: string, x: string, n: number) =>
      `Cubrió ${pct} de su meta de ${x} ${plural(n, 'persona', 'personas')} sin dato de sexo.`,

    // Whole-feed summary.
    /** {0}: annex in a sentence */
    /** {0}: what the money is for (for.*) */
    'feed.none': 'Ningún programa de estos datos tiene gasto marcado {0}.',
    /** {0}: formatted count, {1}: count */
    'feed.programs': (x: string, n: number) => `${x} ${plural(n, 'programa', 'programas')}`,
    /** {0}: programs (feed.programs), {1}: total, {2}: what the money is for (for.*), {3}: count */
    'feed.total': (programs: string, total: string, purpose: string, n: number) =>
      `${programs} ${n === 1 ? 'tiene' : 'tienen'} ${total} ${purpose}.`,
    /** {0}: share of the budget (pct.share or pct.tiny), {1}: moment word, {2}: formatted number of programs in the data */
    'feed.share': 'Es {0} del presupuesto {1} de los {2} programas de estos datos.',
    /** {0}: program key, {1}: program name, {2}: amount */
    'feed.topProgram': 'El que más tiene es {0} {1}, con {2}.',
    /** {0}: share of the annex (pct.share or pct.tiny) */
    'feed.topProgramShare': (share: string) => `${capitalize(share)} del total es suyo.`,
    /** {0}: number of programs, {1}: their share (pct.share or pct.tiny) */
    'feed.topShare': 'Los {0} programas más grandes tienen {1} del total.',

    // Calendar sentence. {0}: moment word, {1}: months, {2}: largest month, {3}: its amount, {4}: its share.
    'calendar.summary': 'El calendario {0} reparte el monto etiquetado en {1} meses; el mayor es {2}, con {3}.',
    'calendar.summaryShare': 'El calendario {0} reparte el monto etiquetado en {1} meses; el mayor es {2}, con {3} ({4}).',
    'calendar.partial': 'Algunos registros no traen calendario, así que los meses suman menos que el total.',

    // Headings and labels on screen.
    'ui.taggedSpending': 'Gasto etiquetado',
    'ui.taggedAmount': 'Monto etiquetado',
    'ui.programTotal': 'Total del programa',
    'ui.shareTagged': 'Proporción etiquetada',
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
    'count.unspecified': (x: string, n: number) => `${x} ${plural(n, 'person', 'people')} whose sex is not known`,

    'for.gender': 'for gender equality',
    'for.indigenous': 'for Indigenous peoples and communities',
    'for.rural': 'for rural areas',
    'for.science': 'for science and technology',
    'for.clean-energy': 'for clean energy',
    'for.youth': 'for young people',
    'for.vulnerable': 'for vulnerable groups',
    'for.children': 'for children and teens',
    'for.climate': 'to slow climate change',
    'for.crime-prevention': 'to prevent crime',
    'for.anticorruption': 'to fight corruption',
    'for.unknown': 'in the annex “{0}”',
    'program.untagged': 'This program has no money marked {0}.',
    'program.tagged': 'This program has {0} marked {1}.',
    'program.moment': 'It is the {0} amount.',
    'program.momentOfYear': 'It is the {0} amount for {1}.',
    'program.otherYear': 'The other amounts are for {0}, so they are not compared.',
    'program.share': 'That is {0} of its {1} budget.',
    'program.shareAll': 'That is all of its {0} budget.',
    'pct.share': '{0}',
    'pct.tiny': 'less than 0.1%',
    'program.over': 'That is more than its budget.',
    'program.noTotal': 'The data does not give its {0} budget, so the share is not known.',
    'program.noAmount': 'This program has money marked {0}, but the amount is not given.',
    'program.categoryAll': 'All of it is for {0}.',
    'program.categoryShare': (share: string, category: string) => `${capitalize(share)} is for ${category}.`,
    'categoryPlain.equality': 'gender equality',
    'categoryPlain.violence': 'ending gender violence',
    'categoryPlain.discrimination': 'ending gender bias',
    'categoryPlain.other': '“{0}”',
    'program.served': 'It served {0}.',
    'program.per100': '{0} in 100 are women.',
    'program.almostAllWomen': 'Almost all of them are women.',
    'program.fewWomen': 'Fewer than 1 in 100 are women.',
    'program.servedUnspecified': (x: string, n: number) =>
      n === 1 ? `The sex of 1 more person is not known.` : `The sex of ${x} more people is not known.`,
    'program.servedPartial': 'The source does not give the sex of the rest.',
    'program.noPopulation': 'This data does not say how many women and men it served.',
    'coverage.women': (pct: string, x: string, n: number) => `It reached ${pct} of its goal of ${x} ${plural(n, 'woman', 'women')}.`,
    'coverage.men': (pct: string, x: string, n: number) => `It reached ${pct} of its goal of ${x} ${plural(n, 'man', 'men')}.`,
    'coverage.unspecified': (pct: string, x: string, n: number) =>
      `It reached ${pct} of its goal of ${x} ${plural(n, 'person', 'people')} whose sex is not known.`,

    'feed.none': 'No program in this data has money marked {0}.',
    'feed.programs': (x: string, n: number) => `${x} ${plural(n, 'program', 'programs')}`,
    'feed.total': (programs: string, total: string, purpose: string, n: number) =>
      `${programs} ${n === 1 ? 'has' : 'have'} ${total} marked ${purpose}.`,
    'feed.share': 'That is {0} of the {1} budget of the {2} programs in this data.',
    'feed.topProgram': 'The one with the most is {0} {1}, with {2}.',
    'feed.topProgramShare': (share: string) => `That is ${share} of the total.`,
    'feed.topShare': 'The {0} largest programs have {1} of the total.',

    'calendar.summary': 'The {0} calendar spreads the tagged amount over {1} months; the largest is {2}, with {3}.',
    'calendar.summaryShare': 'The {0} calendar spreads the tagged amount over {1} months; the largest is {2}, with {3} ({4}).',
    'calendar.partial': 'Some records have no calendar, so the months add up to less than the total.',

    'ui.taggedSpending': 'Tagged spending',
    'ui.taggedAmount': 'Tagged amount',
    'ui.programTotal': 'Program total',
    'ui.shareTagged': 'Share tagged',
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

/** What the tagged money is for, inside a sentence: "para la igualdad entre mujeres y hombres". */
export function annexPurpose(annex: AnnexId, lang: Lang | null | undefined): string {
  const id = knownAnnex(annex);
  return id ? msg(lang, `for.${id}`) : msg(lang, 'for.unknown', annex);
}

/**
 * A share as a sentence says it: truncated to a tenth of a percent, as the program card does
 * (99.96% is "99.9%", never "100%"); more than zero but under 0.1% is "menos del 0.1%", never "0%".
 */
function shareWords(ratio: number, lang: Lang | null | undefined): string {
  return ratio > 0 && ratio < 0.001 ? msg(lang, 'pct.tiny') : msg(lang, 'pct.share', formatPercent(truncateRatio(ratio), lang));
}

/** A category in plain words: known SHCP categories as a short phrase, others as the data writes them. */
function categoryPlain(category: string, lang: Lang | null | undefined): string {
  const key = category.trim().replace(/\s+/g, ' ').toLowerCase();
  return Object.hasOwn(CATEGORY_IDS, key) ? msg(lang, `categoryPlain.${CATEGORY_IDS[key]!}`) : msg(lang, 'categoryPlain.other', category);
}

/** The money sentences of one tagged program: amount, year or share, categories. */
function moneySentences(v: ProgramAnnexView, lang: Lang | null | undefined, currency: string): string[] {
  const purpose = annexPurpose(v.annex, lang);
  if (!v.taggedAmount || !v.moment) return [msg(lang, 'program.noAmount', purpose)];
  const mw = momentWord(v.moment, lang);
  const amount = formatMoney(v.taggedAmount.amount, lang, { currency });
  const out = [msg(lang, 'program.tagged', amount, purpose)];
  if (v.annexYear !== undefined) {
    // Annex and program amounts of different years: said once, here (the money block adds no note).
    out.push(msg(lang, 'program.momentOfYear', mw, v.annexYear), msg(lang, 'program.otherYear', v.cycle));
  } else if (v.share === 1) out.push(msg(lang, 'program.shareAll', mw));
  else if (v.share !== undefined && v.total) {
    // The share names the moment: the tagged amount and the budget are of the same one.
    out.push(msg(lang, 'program.share', shareWords(v.share, lang), mw));
    if (v.share > 1) out.push(msg(lang, 'program.over'));
  } else out.push(msg(lang, 'program.moment', mw), msg(lang, 'program.noTotal', mw));
  const cats = v.categories.filter((c) => c.category);
  if (cats.length === 1 && cats.length === v.categories.length) {
    // "Todo es para la igualdad…" adds nothing after "marcados para la igualdad…".
    const only = categoryPlain(cats[0]!.category!, lang);
    if (!purpose.endsWith(only)) out.push(msg(lang, 'program.categoryAll', only));
  } else
    for (const c of cats)
      if (c.share !== undefined) out.push(msg(lang, 'program.categoryShare', shareWords(c.share, lang), categoryPlain(c.category!, lang)));
  return out;
}

/** The people sentences: who was served, women of every 100, and how much of the target was reached. */
function peopleSentences(v: ProgramAnnexView, lang: Lang | null | undefined): string[] {
  const out: string[] = [];
  const s = v.served;
  if (s) {
    // Women and men first; people without their sex in a sentence of their own, when there are both.
    const known = s.women !== undefined || s.men !== undefined;
    if (known && s.unspecified !== undefined) {
      out.push(msg(lang, 'program.served', sexList({ women: s.women, men: s.men }, lang)));
      out.push(msg(lang, 'program.servedUnspecified', n(s.unspecified, lang), s.unspecified));
    } else out.push(msg(lang, 'program.served', sexList(s, lang)));
    if (s.womenPer100 === undefined) {
      // Women or men alone: the other is not in the source (people without their sex were said above).
      if ((s.women === undefined) !== (s.men === undefined)) out.push(msg(lang, 'program.servedPartial'));
    }
    // Rounded to whole people of every 100, but never rounded to all or none of them.
    else if (s.womenPer100 === 100 && ((s.men ?? 0) > 0 || (s.unspecified ?? 0) > 0)) out.push(msg(lang, 'program.almostAllWomen'));
    else if (s.womenPer100 === 0 && (s.women ?? 0) > 0) out.push(msg(lang, 'program.fewWomen'));
    else out.push(msg(lang, 'program.per100', s.womenPer100));
  } else if (v.populations.length === 0) {
    out.push(msg(lang, 'program.noPopulation'));
  }
  for (const c of v.coverage)
    if (c.ratio !== undefined) out.push(msg(lang, `coverage.${c.sex}`, shareWords(c.ratio, lang), n(c.target!, lang), c.target!));
  return out;
}

/** Sentences for one program, one idea each. */
export function programAnnexSummary(v: ProgramAnnexView, lang: Lang | null | undefined, o: SummaryOptions = {}): string[] {
  const head = v.tagged ? moneySentences(v, lang, o.currency ?? 'MXN') : [msg(lang, 'program.untagged', annexPurpose(v.annex, lang))];
  return [...head, ...peopleSentences(v, lang)];
}

/** Sentences for the whole feed, one idea each, in the program summary's words. */
export function feedAnnexSummary(v: FeedAnnexView, lang: Lang | null | undefined, o: SummaryOptions = {}): string[] {
  const mo = { currency: o.currency ?? 'MXN' };
  const purpose = annexPurpose(v.annex, lang);
  if (!v.total || !v.moment) return [msg(lang, 'feed.none', purpose)];
  const mw = momentWord(v.moment, lang);
  const out = [
    msg(
      lang,
      'feed.total',
      msg(lang, 'feed.programs', n(v.programCount, lang), v.programCount),
      formatMoney(v.total.amount, lang, mo),
      purpose,
      v.programCount,
    ),
  ];
  if (v.annexYear !== undefined) out.push(msg(lang, 'program.momentOfYear', mw, v.annexYear), msg(lang, 'program.otherYear', v.cycle));
  else if (v.shareOfBudget !== undefined)
    out.push(msg(lang, 'feed.share', shareWords(v.shareOfBudget, lang), mw, n(v.budgetPrograms, lang)));
  else out.push(msg(lang, 'program.moment', mw));
  const big = v.categories[0];
  if (big?.category && v.categories.length > 1 && big.share !== undefined)
    out.push(msg(lang, 'program.categoryShare', shareWords(big.share, lang), categoryPlain(big.category, lang)));
  const top = v.top[0];
  if (top && top.share !== undefined && v.programCount > 1) {
    out.push(msg(lang, 'feed.topProgram', top.key, top.name, formatMoney(top.amount, lang, mo)));
    out.push(msg(lang, 'feed.topProgramShare', shareWords(top.share, lang)));
  }
  if (v.other && v.top.length > 1) {
    const topCents = v.top.reduce((s, r) => s + r.cents, 0);
    out.push(msg(lang, 'feed.topShare', v.top.length, shareWords(topCents / v.total.cents, lang)));
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
  const args = [
    mw,
    v.calendar.length,
    formatDate(top.period, lang),
    formatMoney(top.amount, lang, { currency: o.currency ?? 'MXN' }),
  ] as const;
  const out = [
    sum > 0 ? msg(lang, 'calendar.summaryShare', ...args, formatPercent(top.cents / sum, lang)) : msg(lang, 'calendar.summary', ...args),
  ];
  if (v.calendarPartial) out.push(msg(lang, 'calendar.partial'));
  return out;
}
