/**
 * Column roles of an SHCP budget-lines header (see shcp-lines.ts for the layouts): which column holds
 * the ramo, unit, modality, program, chapter, entity, their names, and which amount columns are moments.
 * Pure.
 */
import type { Moment } from '../types.js';
import { foldHeader } from './text-fold.js';

export type Role =
  | 'ramo'
  | 'ramoName'
  | 'unit'
  | 'unitName'
  | 'modality'
  | 'modalityName'
  | 'pp'
  | 'ppName'
  | 'code'
  | 'chapter'
  | 'chapterName'
  | 'concept'
  | 'partidaGen'
  | 'partidaEsp'
  | 'entity'
  | 'entityName'
  | 'cycle';

/** Candidate headers per role, canonical first, then the aliases; ids are resolved before names. */
const ROLES: [Role, string[]][] = [
  ['cycle', ['CICLO', 'Ciclo']],
  ['ramo', ['ID_RAMO', 'Ramo', 'RAMO']],
  ['unit', ['ID_UR', 'Unidad Responsable', 'UNIDAD']],
  [
    'modality',
    [
      'ID_MODALIDAD',
      'MOD',
      'Modalidad del Programa presupuestario',
      'Identificador de Programa Presupuestario',
      'Identificador del Programa Presupuestario',
      'MODALIDAD',
    ],
  ],
  ['pp', ['ID_PP', 'PP', 'Programa Presupuestario']],
  ['code', ['Clave del programa', 'Clave Programa', 'CLAVE_PP', 'Clave_Pp', 'MODALIDAD_PP']],
  ['chapter', ['ID_CAPITULO', 'Capitulo', 'Capítulo']],
  ['concept', ['ID_CONCEPTO', 'CONCEPTO', 'Objeto del Gasto', 'Concepto']],
  ['partidaGen', ['ID_PARTIDA_GENERICA', 'Partida Genérica']],
  ['partidaEsp', ['ID_PARTIDA_ESPECIFICA', 'PARTIDA_ESPECIFICA', 'Partida Específica']],
  ['entity', ['ID_ENTIDAD_FEDERATIVA', 'Clave de la entidad federativa', 'ENTIDA_FEDERATIVA', 'ENTIDA', 'EF', 'Entidad Federativa']],
  ['ramoName', ['DESC_RAMO', 'Descripción de Ramo', 'RAMO_DESCRIPCION']],
  ['unitName', ['DESC_UR', 'Descripción de Unidad Responsable', 'UNIDAD_DESCRIPCION']],
  [
    'modalityName',
    [
      'DESC_MODALIDAD',
      'Descripción de la modalidad del programa presupuestario',
      'MODALIDAD_DESCRIPCION',
      'Descripción del Identificador del Programa Presupuestario',
      'Descripción del Identificador de Programa Presupuestario',
    ],
  ],
  ['ppName', ['DESC_PP', 'Descripción de Programa Presupuestario', 'PROGR_PRES_DESCRIPCION']],
  ['chapterName', ['DESC_CAPITULO', 'Descripción de Capitulo', 'Descripción de Capítulo']],
  [
    'entityName',
    [
      'ENTIDAD_FEDERATIVA',
      'DESC_ENTIDAD_FEDERATIVA',
      'Descripción de Entidad Federativa',
      'Descripción de la entidad federativa',
      'ENTIDAD_FED_DESCRIPCION',
      'Entidad Federativa',
    ],
  ],
];

/** Folded amount-column names → moment. `MONTO_` / `IMPORTE_` prefixes are stripped before lookup. */
const MEASURES: Record<string, Moment> = {
  APROBADO: 'approved',
  PRESUPUESTODEEGRESOSDELAFEDERACION: 'approved',
  PRESUPUESTODEEGRESOSDELAFEDERACIONPEF: 'approved',
  MODIFICADO: 'modified',
  COMPROMETIDO: 'committed',
  DEVENGADO: 'accrued',
  EJERCIDO: 'exercised',
  EJERCICIO: 'exercised',
  PAGADO: 'paid',
  ADEFAS: 'adefas',
};

export interface Measure {
  index: number;
  header: string;
  moment: Moment;
}

export type ShcpColumns = Partial<Record<Role, number>> & { measures: Measure[]; pefYear?: number };

/** Which moment an amount header holds ("MONTO_EJERCIDO" → exercised, "PEF_2016" → approved), if any. */
export function measureOf(header: string): { moment: Moment; year?: number } | undefined {
  const f = foldHeader(header);
  const pef = /^PEF(\d{4})$/.exec(f);
  if (pef) return { moment: 'approved', year: Number(pef[1]) };
  const bare = f.replace(/^(MONTO|IMPORTE)/, '');
  if (f.startsWith('IMPORTE') && bare !== 'PRESUPUESTODEEGRESOSDELAFEDERACION' && bare !== 'PRESUPUESTODEEGRESOSDELAFEDERACIONPEF')
    return undefined;
  const m = MEASURES[bare];
  return m ? { moment: m } : undefined;
}

/** Headers that mark another layout even though they carry amounts and program parts. */
const OTHER_LAYOUT = new Set(['TIPODEREGISTRO', 'IDTRANSVERSAL', 'PRESUPUESTO', 'RECAUDADOMINISTRADO']);

/** Resolves the column roles of a header (exact names first, then accent/case/spacing-insensitive). */
export function resolveShcpColumns(header: string[]): ShcpColumns {
  const trimmed = header.map((h) => String(h ?? '').trim());
  const folded = trimmed.map(foldHeader);
  const claimed = new Set<number>();
  const cols: ShcpColumns = { measures: [] };
  const seenMoment = new Set<Moment>();
  trimmed.forEach((h, i) => {
    const m = measureOf(h);
    if (!m || seenMoment.has(m.moment)) return;
    seenMoment.add(m.moment);
    claimed.add(i);
    cols.measures.push({ index: i, header: h, moment: m.moment });
    if (m.year) cols.pefYear = m.year;
  });
  // Exact names first for every role (so "ENTIDAD_FEDERATIVA", the name, is not taken for
  // "Entidad Federativa", an old alias of the id), then accent/case/spacing-insensitive names.
  for (const exact of [true, false]) {
    for (const [role, candidates] of ROLES) {
      if (cols[role] !== undefined) continue;
      for (const c of candidates) {
        const fc = foldHeader(c);
        const found = exact
          ? trimmed.findIndex((h, i) => h === c && !claimed.has(i))
          : folded.findIndex((h, i) => h === fc && !claimed.has(i));
        if (found >= 0) {
          cols[role] = found;
          claimed.add(found);
          break;
        }
      }
    }
  }
  return cols;
}

/** Whether a header is an shcp-lines file: an amount column and a program key (modality + number, or a code). */
export function detectShcp(header: string[]): boolean {
  if (header.some((h) => OTHER_LAYOUT.has(foldHeader(h)))) return false;
  const c = resolveShcpColumns(header);
  return c.measures.length > 0 && ((c.modality !== undefined && c.pp !== undefined) || c.code !== undefined);
}
