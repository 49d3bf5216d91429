/**
 * Names of the cross-cutting annexes and of their categories, es-MX and en. Pure.
 *
 * Annex names are keyed by the annex id the feed uses (`gender`, `indigenous`…); an id we do
 * not know is shown as written, so a new annex in a feed needs no code change.
 */
import type { AnnexId } from '../../feed/types.js';
import { resolveLang } from '../registry.js';
import type { Lang } from '../types.js';

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
