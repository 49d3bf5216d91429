/** Plain titles for the federal datasets `tp-feed convert` knows by layout, so that no source is named by its file name. */
import type { Source } from '../feed/types.js';

interface KnownSource {
  /** The title; `{cycle}` is replaced by the fiscal year when known. */
  title: string;
  publisher?: string;
}

const KNOWN: Record<string, KnownSource> = {
  'cp-programatica': { title: 'Cuenta Pública {cycle}', publisher: 'SHCP' },
  'shcp-lines': { title: 'Presupuesto de Egresos de la Federación {cycle}', publisher: 'SHCP' },
  'gasto-federalizado': { title: 'Gasto federalizado {cycle}', publisher: 'SHCP' },
  mir: { title: 'Matriz de Indicadores para Resultados {cycle}', publisher: 'SHCP' },
  'sdg-alignment': { title: 'Alineación de programas a los Objetivos de Desarrollo Sostenible {cycle}', publisher: 'SHCP' },
  'cross-cutting': { title: 'Anexos transversales del PEF {cycle}', publisher: 'SHCP' },
  populations: { title: 'Poblaciones de los programas presupuestarios {cycle}', publisher: 'SHCP' },
  pnd: { title: 'Alineación al Plan Nacional de Desarrollo {cycle}', publisher: 'SHCP' },
  evaluations: { title: 'Evaluaciones de programas federales', publisher: 'CONEVAL' },
  asm: { title: 'Aspectos Susceptibles de Mejora', publisher: 'CONEVAL' },
  msd: { title: 'Modelo Sintético de Información del Desempeño {cycle}', publisher: 'SHCP' },
  ised: { title: 'Índice de Seguimiento al Desempeño {cycle}', publisher: 'SHCP' },
  fdp: { title: 'Paquete de datos fiscales {cycle}' },
};

/**
 * The source entry for a file read with `layout`; `cycle` is the year the file itself states (the adapter's, never the
 * feed's: a 2023 feed may join a 2021 annex). The file name only when the layout is unknown (the caller should ask for a title).
 */
export function knownSource(layout: string, file: string, cycle?: number): Source {
  const known = KNOWN[layout];
  if (!known) return { title: file };
  const title = known.title.replace(cycle !== undefined ? '{cycle}' : ' {cycle}', cycle !== undefined ? String(cycle) : '').trim();
  return { title, ...(known.publisher ? { publisher: known.publisher } : {}), ...(cycle !== undefined ? { period: String(cycle) } : {}) };
}

/** Equal entries once, in order: a reader never sees a file name, so the files of one dataset are one source. */
export function uniqueSources(sources: Source[]): Source[] {
  return [...new Map(sources.map((s) => [JSON.stringify(s), s])).values()];
}
