/**
 * `fdp`: a Frictionless Fiscal Data Package (OpenSpending): `datapackage.json` with a `model` of
 * measures and dimensions, applied to its CSV. Pure: the caller reads the files.
 *
 * - Measures become moments by name first ("Aprobado" → approved, "Devengado" → accrued,
 *   "Ejercicio"/"Ejercido" → exercised, …), then by FDP phase (approved, adjusted → modified,
 *   executed → exercised). When name and phase disagree the name wins and a note says so.
 * - The administrative dimension gives the program key: ramo + modality + program number
 *   (levels found by attribute name, else by primaryKey order); its labels give the names.
 * - The economic dimension gives the chapter breakdown, the location dimension the entity breakdown,
 *   the date dimension the cycle. Aggregation is the shcp-lines one (integer cents, streaming).
 */
import type { Moment, Problem } from '../types.js';
import type { AdapterInput, AdapterOptions, AdapterResult } from './types.js';
import { foldHeader } from './text-fold.js';
import { makeProblem } from '../problems.js';
import { adaptWithSink, createShcpSink } from './shcp-lines.js';
import { type Measure, type ShcpColumns } from './shcp-columns.js';
import { type RowSink, type StreamingAdapter } from './row-sink.js';

export interface FdpMeasure {
  source: string;
  title?: string;
  phase?: string;
  currency?: string;
  direction?: string;
}
export interface FdpAttribute {
  source: string;
  title?: string;
  parent?: string;
  labelfor?: string;
}
export interface FdpDimension {
  attributes: Record<string, FdpAttribute>;
  primaryKey?: string | string[];
  dimensionType?: string;
  classificationType?: string;
}
export interface FiscalDataPackage {
  name?: string;
  title?: string;
  resources?: {
    name?: string;
    path?: string | string[];
    encoding?: string;
    dialect?: { delimiter?: string };
    schema?: { fields?: { name: string }[] };
  }[];
  model: { measures: Record<string, FdpMeasure>; dimensions: Record<string, FdpDimension> };
  fiscalPeriod?: { start?: string; end?: string };
}

/** True when the JSON is a Fiscal Data Package with a model of measures and dimensions. */
export function isFiscalDataPackage(json: unknown): json is FiscalDataPackage {
  const m = (json as FiscalDataPackage | null)?.model;
  return (
    !!m && typeof m === 'object' && !!m.measures && typeof m.measures === 'object' && !!m.dimensions && typeof m.dimensions === 'object'
  );
}

const BY_NAME: Record<string, Moment> = {
  APROBADO: 'approved',
  APPROVED: 'approved',
  MODIFICADO: 'modified',
  MODIFIED: 'modified',
  ADJUSTED: 'modified',
  COMPROMETIDO: 'committed',
  COMMITTED: 'committed',
  DEVENGADO: 'accrued',
  ACCRUED: 'accrued',
  EJERCIDO: 'exercised',
  EJERCICIO: 'exercised',
  EXERCISED: 'exercised',
  EXECUTED: 'exercised',
  PAGADO: 'paid',
  PAID: 'paid',
  ADEFAS: 'adefas',
};
const BY_PHASE: Record<string, Moment> = { approved: 'approved', adjusted: 'modified', executed: 'exercised', proposed: 'proposed' };

/** Moments each FDP phase can hold (execution covers everything after the approved budget). */
const PHASE_FITS: Record<string, Moment[]> = {
  proposed: ['proposed'],
  approved: ['approved'],
  adjusted: ['modified'],
  executed: ['committed', 'accrued', 'exercised', 'paid', 'adefas'],
};

/** The moment of one FDP measure, and whether its phase disagrees with its name. */
export function measureMoment(name: string, m: FdpMeasure): { moment?: Moment; conflict?: string } {
  const byName = BY_NAME[foldHeader(name)] ?? BY_NAME[foldHeader(m.title ?? '')] ?? BY_NAME[foldHeader(m.source).replace(/^MONTO/, '')];
  const byPhase = m.phase ? BY_PHASE[m.phase] : undefined;
  if (byName) {
    const fits = !m.phase || !PHASE_FITS[m.phase] || PHASE_FITS[m.phase]!.includes(byName);
    return fits ? { moment: byName } : { moment: byName, conflict: m.phase };
  }
  return byPhase ? { moment: byPhase } : {};
}

const pk = (d: FdpDimension) =>
  Array.isArray(d.primaryKey)
    ? d.primaryKey
    : d.primaryKey
      ? [d.primaryKey]
      : Object.keys(d.attributes).filter((a) => !d.attributes[a]!.labelfor);

function findDimension(dp: FiscalDataPackage, test: (name: string, d: FdpDimension) => boolean): FdpDimension | undefined {
  return Object.entries(dp.model.dimensions).find(([n, d]) => test(n, d))?.[1];
}

/** Column roles (as shcp-lines reads them) from the package model and a CSV header. */
export function fdpColumns(dp: FiscalDataPackage, header: string[]): { cols: ShcpColumns; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (source: string | undefined) => (source === undefined ? -1 : header.findIndex((h) => h.trim() === source));
  const cols: ShcpColumns = { measures: [] };
  const used = new Set<Moment>();
  for (const [name, m] of Object.entries(dp.model.measures)) {
    const i = at(m.source);
    if (i < 0) continue;
    const { moment, conflict } = measureMoment(name, m);
    if (!moment) {
      problems.push(
        makeProblem('unknown-moment', 'measure-moment-unknown', 'warning', { column: m.source }, { found: JSON.stringify(name) }),
      );
      continue;
    }
    if (conflict)
      problems.push(
        makeProblem('measure-phase', 'measure-read-by-name', 'note', { column: m.source }, { measure: name, moment, phase: conflict }),
      );
    if (used.has(moment)) {
      problems.push(
        makeProblem('duplicate-moment', 'measure-duplicate-moment', 'note', { column: m.source }, { moment, found: JSON.stringify(name) }),
      );
      continue;
    }
    used.add(moment);
    cols.measures.push({ index: i, header: header[i]!, moment } satisfies Measure);
  }

  const labelOf = (d: FdpDimension, attr: string) => {
    const l = Object.values(d.attributes).find((a) => a.labelfor === attr);
    return l ? at(l.source) : -1;
  };
  const set = (role: keyof Omit<ShcpColumns, 'measures' | 'pefYear'>, i: number) => {
    if (i >= 0) cols[role] = i;
  };

  const admin = findDimension(dp, (n, d) => d.classificationType === 'administrative' || /administrative/i.test(n));
  if (admin) {
    const levels = pk(admin);
    const pick = (re: RegExp) => levels.find((a) => re.test(foldHeader(`${a} ${admin.attributes[a]?.title ?? ''}`)));
    const ramo = pick(/RAMO/) ?? (levels.length >= 3 ? levels[0] : undefined);
    const modality = pick(/MODALIDAD|IDENTIFICADOR/) ?? levels[levels.length - 2];
    const pp =
      levels.find((a) => a !== modality && a !== ramo && /PROGRAMA/.test(foldHeader(`${a} ${admin.attributes[a]?.title ?? ''}`))) ??
      levels[levels.length - 1];
    const unit = pick(/UNIDAD|RESPONSABLE/);
    for (const [role, nameRole, attr] of [
      ['ramo', 'ramoName', ramo],
      ['modality', 'modalityName', modality],
      ['pp', 'ppName', pp],
      ['unit', 'unitName', unit],
    ] as const) {
      if (!attr) continue;
      set(role, at(admin.attributes[attr]?.source));
      set(nameRole, labelOf(admin, attr));
    }
  }
  const economic = findDimension(dp, (n, d) => d.classificationType === 'economic' || /economic/i.test(n));
  if (economic) {
    const levels = pk(economic);
    const chapter = levels.find((a) => /CAPITULO|CHAPTER/.test(foldHeader(`${a} ${economic.attributes[a]?.title ?? ''}`))) ?? levels[0];
    if (chapter) {
      set('chapter', at(economic.attributes[chapter]?.source));
      set('chapterName', labelOf(economic, chapter));
    }
    const concept = levels.find((a) => /CONCEPTO/.test(foldHeader(a)));
    if (concept) set('concept', at(economic.attributes[concept]?.source));
  }
  const geo = findDimension(dp, (n, d) => d.dimensionType === 'location' || /^geo/i.test(n));
  if (geo) {
    const first = pk(geo)[0];
    if (first) {
      set('entity', at(geo.attributes[first]?.source));
      set('entityName', labelOf(geo, first));
    }
  }
  const date = findDimension(dp, (_n, d) => d.dimensionType === 'datetime');
  if (date) {
    const first = pk(date)[0];
    if (first) set('cycle', at(date.attributes[first]?.source));
  }
  if (cols.pp === undefined || cols.modality === undefined)
    problems.push(makeProblem('unknown-layout', 'fdp-no-program-columns', 'error', {}));
  if (!cols.measures.length) problems.push(makeProblem('unknown-layout', 'fdp-no-measures', 'error', {}));
  return { cols, problems };
}

/** An adapter for CSVs described by this package (streaming, like shcp-lines). */
export function fdpAdapter(dp: FiscalDataPackage): StreamingAdapter {
  const sink = (header: string[], options?: AdapterOptions, file?: string): RowSink => {
    const { cols, problems } = fdpColumns(dp, header);
    const inner = createShcpSink(header, options, file, 'fdp', cols);
    return {
      push: inner.push,
      ...(inner.columns ? { columns: inner.columns } : {}),
      finish() {
        const r = inner.finish();
        r.problems = [
          ...problems.map((p) => (file ? { ...p, file } : p)),
          ...r.problems.filter((p) => p.kind !== 'no-ramo' || cols.ramo === undefined),
        ];
        if (dp.title) r.meta = { sources: [{ title: dp.title }] };
        return r;
      },
    };
  };
  return {
    name: 'fdp',
    detect(header) {
      const { cols } = fdpColumns(dp, header);
      return cols.measures.length > 0 && cols.pp !== undefined && cols.modality !== undefined;
    },
    sink,
    adapt({ header, rows, file, options }: AdapterInput): AdapterResult {
      return adaptWithSink(sink(header, options, file), rows);
    },
  };
}
