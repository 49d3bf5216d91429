/** UI strings of <tp-program-explorer> (namespace `explorer`), es-MX and en. Pure. */
import type { ExplorerQuery, ExplorerResult } from './program-explorer.model.js';
import { defineMessages } from '../../i18n/registry.js';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/types.js';

const es = {
  title: 'Programas presupuestarios',
  filters: 'Buscar y filtrar programas',
  search: 'Buscar por nombre o clave',
  searchHint: 'Sin acentos también funciona: «educacion» encuentra «Educación».',
  ramo: 'Ramo o dependencia',
  modality: 'Modalidad',
  sdg: 'Objetivo de Desarrollo Sostenible',
  gender: 'Solo programas con presupuesto etiquetado para la igualdad de género',
  /** The filter of programs with points to review; shown: how many programs have them, formatted. */
  signals: (shown: string) => `Con puntos a revisar (${shown})`,
  band: 'Avance del gasto',
  any: 'Todos',
  anyFem: 'Todas',
  bandNone: 'Sin dato de avance',
  bandLt50: 'Menos de 50 %',
  band5090: 'De 50 % a menos de 90 %',
  bandGte90: '90 % o más',
  sort: 'Ordenar por',
  sortApproved: 'Presupuesto aprobado',
  sortModified: 'Presupuesto modificado',
  sortRate: 'Avance del gasto',
  sortSignals: 'Puntos a revisar',
  sortName: 'Nombre',
  dir: 'Orden',
  desc: 'De mayor a menor',
  asc: 'De menor a mayor',
  descName: 'De la Z a la A',
  ascName: 'De la A a la Z',
  reset: 'Quitar filtros',
  /**
   * The count, one short sentence (issue 18: short words; a figure weighs like a long word, so
   * the sentences carry few of them). `n`: the count (for the plural); `shown`: the same count,
   * formatted. `all`: every program of the feed, formatted; `of`: how many there are (plural).
   */
  countAll: (n: number, shown: string) => (n === 1 ? 'Está el único programa.' : `Están todos los programas: son ${shown}.`),
  countSome: (n: number, shown: string, all: string) =>
    n === 1 ? `Hay 1 de los ${all} programas.` : `Hay ${shown} de los ${all} programas.`,
  none: (all: number, shown: string) =>
    all === 1 ? 'El programa no coincide con su búsqueda.' : `Ninguno de los ${shown} programas coincide con su búsqueda.`,
  /** More than one page: the range this page shows. */
  showing: (from: string, to: string) => `Se ven del ${from} al ${to}.`,
  results: 'Resultados',
  key: 'Clave',
  program: 'Programa',
  approved: 'Aprobado',
  modified: 'Modificado',
  rate: 'Avance',
  rateOf: (moment: string, base: string) => `${moment} sobre ${base}`,
  noRate: 'sin dato de avance',
  gendered: 'Igualdad de género',
  pages: 'Páginas de resultados',
  prev: 'Anterior',
  next: 'Siguiente',
  page: (p: number, n: number) => `Página ${p} de ${n}`,
  open: (name: string) => `Ver el programa ${name}`,
  tableCaption: 'Programas de esta página',
  noMatchHelp: 'Pruebe con otra palabra o quite algún filtro.',
};

const en: typeof es = {
  title: 'Budget programs',
  filters: 'Search and filter programs',
  search: 'Search by name or key',
  searchHint: 'Accents are optional: "educacion" finds "Educación".',
  ramo: 'Branch or agency',
  modality: 'Type of program',
  sdg: 'Sustainable Development Goal',
  gender: 'Only programs with spending tagged for gender equality',
  signals: (shown: string) => `With points to review (${shown})`,
  band: 'Spending progress',
  any: 'All',
  anyFem: 'All',
  bandNone: 'No progress data',
  bandLt50: 'Under 50%',
  band5090: '50% to under 90%',
  bandGte90: '90% or more',
  sort: 'Sort by',
  sortApproved: 'Approved budget',
  sortModified: 'Modified budget',
  sortRate: 'Spending progress',
  sortSignals: 'Points to review',
  sortName: 'Name',
  dir: 'Order',
  desc: 'Largest first',
  asc: 'Smallest first',
  descName: 'Z to A',
  ascName: 'A to Z',
  reset: 'Clear filters',
  countAll: (n: number, shown: string) => (n === 1 ? 'The one program is here.' : `All ${shown} programs are here.`),
  countSome: (_n: number, shown: string, all: string) => `Your search finds ${shown} of the ${all} programs.`,
  none: (all: number, shown: string) =>
    all === 1 ? 'The program does not match your search.' : `None of the ${shown} programs match your search.`,
  showing: (from: string, to: string) => `You see ${from} to ${to} of them.`,
  results: 'Results',
  key: 'Key',
  program: 'Program',
  approved: 'Approved',
  modified: 'Modified',
  rate: 'Progress',
  rateOf: (moment: string, base: string) => `${moment} over ${base}`,
  noRate: 'no progress data',
  gendered: 'Gender equality',
  pages: 'Result pages',
  prev: 'Previous',
  next: 'Next',
  page: (p: number, n: number) => `Page ${p} of ${n}`,
  open: (name: string) => `Open the program ${name}`,
  tableCaption: 'Programs on this page',
  noMatchHelp: 'Try another word or remove a filter.',
};

export const explorerMsg = defineMessages('explorer', { es, en });

/**
 * The polite count: "Hay 12 de los 1,000 programas. Se ven del 1 al 20." (the range only when
 * there is more than one page). `all` is the number of programs in the feed.
 */
export function countSentence(r: ExplorerResult, all: number, _q: ExplorerQuery, lang: Lang | null | undefined): string {
  const num = (n: number) => formatNumber(n, lang, 0);
  if (r.total === 0) return explorerMsg(lang, 'none', all, num(all));
  const from = (r.page - 1) * r.pageSize + 1;
  const to = from + r.rows.length - 1;
  const count =
    r.total === all
      ? explorerMsg(lang, 'countAll', r.total, num(r.total))
      : explorerMsg(lang, 'countSome', r.total, num(r.total), num(all));
  return r.pages > 1 ? `${count} ${explorerMsg(lang, 'showing', num(from), num(to))}` : count;
}
