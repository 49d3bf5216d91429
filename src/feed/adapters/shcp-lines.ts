/**
 * `shcp-lines`: SHCP open-data budget lines (PEF and Cuenta Pública line items, one row per
 * ramo × unit × … × partida × entity), aggregated to programs keyed "20-S176". Pure.
 *
 * Header variants: PEF 2016 (`Ramo, UNIDAD, MOD, PP, CONCEPTO, EF, PEF_2016`), PEF 2021 and later
 * (`ID_RAMO, ID_UR, ID_MODALIDAD, ID_PP, ID_CAPITULO, ID_ENTIDAD_FEDERATIVA, MONTO_APROBADO`), the
 * OpenSpending aliases (fdp-presupuesto-mexico/columns.aliases.json) and project lists with a combined
 * program key (`Clave del programa = U128`, `Monto aprobado`, `Pagado`).
 * Every `MONTO_*` (APROBADO, MODIFICADO, COMPROMETIDO, DEVENGADO, EJERCIDO/EJERCICIO, PAGADO, ADEFAS)
 * or `PEF_<year>` becomes a moment; breakdowns by chapter (capítulo), responsible unit and entity.
 *
 * Sums are integer cents. An empty or `N/R` cell adds nothing; a moment no row reports stays absent.
 * Rows are fed one at a time (`createShcpSink`), so the CLI streams gigabyte files in bounded memory.
 */
import { STANDARD_MOMENTS, type Amounts, type BreakdownRow, type Moment } from '../types.js';
import type { Adapter, AdapterInput, AdapterOptions, AdapterResult, PartialProgram } from './types.js';
import {
  ProblemLog,
  adapterProblem,
  centsToPesos,
  foldHeader,
  modalityOf,
  normalizeRamo,
  scanCents,
  programKey,
  shown,
} from './amounts.js';

/** A row consumer: the streaming form of an adapter. `line` is the 1-based line where the row starts. */
export interface RowSink {
  push(row: string[], line: number): void;
  finish(): AdapterResult;
  /** The column indices the sink reads; a streaming reader may leave the other cells empty. */
  columns?: number[];
}

/** An adapter that can also take rows one at a time (used by the CLI to stream large files). */
export interface StreamingAdapter extends Adapter {
  sink(header: string[], options?: AdapterOptions, file?: string): RowSink;
}

/** Runs a sink over already-parsed rows (rows[i] is on line i + 2 when cells have no line breaks). */
export function adaptWithSink(sink: RowSink, rows: string[][]): AdapterResult {
  for (let i = 0; i < rows.length; i++) sink.push(rows[i]!, i + 2);
  return sink.finish();
}

// ───────────────────────── columns ─────────────────────────

type Role =
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
  [
    'entity',
    ['ID_ENTIDAD_FEDERATIVA', 'Clave de la entidad federativa', 'ENTIDA_FEDERATIVA', 'ENTIDA', 'EF', 'Entidad Federativa'],
  ],
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

function detectShcp(header: string[]): boolean {
  if (header.some((h) => OTHER_LAYOUT.has(foldHeader(h)))) return false;
  const c = resolveShcpColumns(header);
  return c.measures.length > 0 && ((c.modality !== undefined && c.pp !== undefined) || c.code !== undefined);
}

// ───────────────────────── catalogues ─────────────────────────

/** Chapters (capítulos) of the Clasificador por Objeto del Gasto. */
export const CHAPTERS: Record<string, string> = {
  '1000': 'Servicios personales',
  '2000': 'Materiales y suministros',
  '3000': 'Servicios generales',
  '4000': 'Transferencias, asignaciones, subsidios y otras ayudas',
  '5000': 'Bienes muebles, inmuebles e intangibles',
  '6000': 'Inversión pública',
  '7000': 'Inversiones financieras y otras provisiones',
  '8000': 'Participaciones y aportaciones',
  '9000': 'Deuda pública',
};

/** Chapter id from a capítulo, concepto or partida code ("1100" → "1000", "11301" → "1000"). */
export function chapterOf(code: string | undefined): string | undefined {
  const c = String(code ?? '').trim();
  return /^[1-9]\d*$/.test(c) ? `${c[0]}000` : undefined;
}

const digitsKey = (v: string) => {
  const t = v.trim();
  return /^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, '') : t.toUpperCase();
};

// ───────────────────────── aggregation ─────────────────────────

/** Cent sums per measure index; NaN = no row reported that measure (absent, not 0). */
type Sums = Float64Array;
const newSums = (n: number): Sums => new Float64Array(n).fill(Number.NaN);
/** Adds cents to slot m (a NaN slot starts at 0). */
const addAt = (sums: Sums, m: number, cents: number) => {
  const v = sums[m]!;
  sums[m] = (v === v ? v : 0) + cents;
};

interface Group {
  name: string;
  sums: Sums;
}

interface Acc {
  key: string;
  ramo?: string;
  ramoName?: string;
  code: string;
  name?: string;
  modalityName?: string;
  units: Map<string, Group>;
  sums: Sums;
  chapters: Map<string, Group>;
  entities: Map<string, Group>;
}

/**
 * A copy of a string that does not keep its source alive: cells are slices of a whole decoded chunk,
 * and a kept slice would pin that megabyte in memory for the rest of the run.
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

const collator = new Intl.Collator('en', { numeric: true });

/** Moments in LGCG order first, extras (adefas, ministered…) after. */
export function orderMoments(ms: Iterable<Moment>): Moment[] {
  const set = new Set(ms);
  return [...STANDARD_MOMENTS.filter((m) => set.has(m)), ...[...set].filter((m) => !(STANDARD_MOMENTS as readonly string[]).includes(m))];
}

/** Streams rows of a shcp-lines file into per-program cent sums. */
export function createShcpSink(header: string[], options: AdapterOptions = {}, file?: string, layout = 'shcp-lines', cols = resolveShcpColumns(header)): RowSink {
  const log = new ProblemLog();
  const programs = new Map<string, Acc>();
  const keyCache = new Map<string, string | null>();
  const wantEntity = options.entity !== undefined ? digitsKey(String(options.entity)) : undefined;
  const wantRamo = options.ramo !== undefined ? normalizeRamo(String(options.ramo)) : undefined;
  const get = (row: string[], role: Role) => {
    const i = cols[role];
    return i === undefined ? undefined : row[i];
  };
  const measures = cols.measures;
  const entityCache = new Map<string, string>();
  const chapterCache = new Map<string, string | undefined>();
  const chapterCols = (['chapter', 'concept', 'partidaGen', 'partidaEsp'] as const).map((r) => cols[r]).filter((i): i is number => i !== undefined);
  const chapterFor = (row: string[]): string | undefined => {
    for (const i of chapterCols) {
      const raw = row[i] ?? '';
      let c = chapterCache.get(raw);
      if (c === undefined && !chapterCache.has(raw)) chapterCache.set(raw, (c = chapterOf(raw)));
      if (c) return c;
    }
    return undefined;
  };
  let rows = 0;
  let kept = 0;
  let cycle: number | undefined = cols.pefYear;
  let cycleWarned = false;

  if (cols.ramo === undefined)
    log.add(
      adapterProblem('no-ramo', 'note', { file }, 'el archivo no tiene columna de ramo; las claves de programa van sin ramo', 'the file has no ramo column; program keys carry no ramo'),
    );
  if (wantRamo && cols.ramo === undefined)
    log.add(
      adapterProblem('filter-ignored', 'warning', { file }, `no se puede filtrar por ramo ${wantRamo}: el archivo no tiene columna de ramo`, `cannot filter by ramo ${wantRamo}: the file has no ramo column`),
    );
  if (wantEntity && cols.entity === undefined)
    log.add(
      adapterProblem('filter-ignored', 'warning', { file }, `no se puede filtrar por entidad ${wantEntity}: el archivo no tiene columna de entidad`, `cannot filter by entity ${wantEntity}: the file has no entity column`),
    );

  const iRamo = cols.ramo;
  const iMod = cols.modality;
  const iPp = cols.pp ?? cols.code;
  const iEntity = cols.entity;
  const iCycle = cols.cycle;
  const ramoCache = new Map<string, string | undefined>();
  const entityOf = (raw: string): string => {
    let e = entityCache.get(raw);
    if (e === undefined) entityCache.set(raw, (e = digitsKey(raw)));
    return e;
  };
  // The last row's program: SHCP files are sorted by administrative key, so consecutive rows repeat it.
  let lastRamo: string | undefined;
  let lastMod: string | undefined;
  let lastPp: string | undefined;
  let lastAcc: Acc | undefined;
  let lastCycleCell: string | undefined;

  function push(row: string[], line: number) {
    rows++;
    if (row.length === 1 && row[0]!.trim() === '') return; // blank line
    if (wantEntity !== undefined && iEntity !== undefined && entityOf(row[iEntity] ?? '') !== wantEntity) return;
    const ramoRaw = iRamo === undefined ? undefined : (row[iRamo] ?? '');
    let ramo: string | undefined;
    if (ramoRaw !== undefined) {
      ramo = ramoCache.get(ramoRaw);
      if (ramo === undefined && !ramoCache.has(ramoRaw)) ramoCache.set(ramoRaw, (ramo = normalizeRamo(ramoRaw)));
    }
    if (wantRamo !== undefined && iRamo !== undefined && ramo !== wantRamo) return;
    kept++;

    const modRaw = iMod === undefined ? '' : (row[iMod] ?? '');
    const ppRaw = iPp === undefined ? '' : (row[iPp] ?? '');
    if (iCycle !== undefined && row[iCycle] !== lastCycleCell) {
      lastCycleCell = row[iCycle];
      const cy = Number(String(lastCycleCell).trim());
      if (Number.isInteger(cy) && cy > 1900) {
        if (cycle === undefined) cycle = cy;
        else if (cy !== cycle && !cycleWarned) {
          cycleWarned = true;
          log.add(
            adapterProblem('mixed-cycles', 'warning', { file, line, column: header[iCycle], found: String(cy), expected: String(cycle) }, 'el archivo mezcla ejercicios fiscales', 'the file mixes fiscal years'),
          );
        }
      }
    }
    let acc: Acc | undefined;
    let key: string | null | undefined;
    if (lastAcc && ramoRaw === lastRamo && modRaw === lastMod && ppRaw === lastPp) {
      acc = lastAcc;
      key = acc.key;
    } else {
      const cacheKey = `${ramoRaw ?? ''}\u0001${modRaw}\u0001${ppRaw}`;
      key = keyCache.get(cacheKey);
      if (key === undefined) {
        key = programKey(ramo, modRaw, ppRaw) ?? null;
        keyCache.set(own(cacheKey), key);
      }
      if (key === null) {
        log.add(
          adapterProblem('invalid-record', 'error', { file, line, column: header[iMod ?? iPp ?? 0], found: shown(`${modRaw}${ppRaw}`) }, 'fila sin clave de programa válida (modalidad + número); no se suma', 'row without a valid program key (modality + number); not added'),
        );
        return;
      }
      acc = programs.get(key);
      if (!acc) {
        const code = key.includes('-') ? key.slice(key.indexOf('-') + 1) : key;
        acc = { key, code, units: new Map(), sums: newSums(measures.length), chapters: new Map(), entities: new Map() };
        if (ramo) acc.ramo = ramo;
        programs.set(key, acc);
      }
      lastRamo = ramoRaw;
      lastMod = modRaw;
      lastPp = ppRaw;
      lastAcc = acc;
    }
    if (acc.name === undefined) {
      const n = get(row, 'ppName')?.trim();
      if (n) acc.name = own(n);
    }
    if (acc.ramoName === undefined) {
      const n = get(row, 'ramoName')?.trim();
      if (n) acc.ramoName = own(n);
    }
    if (acc.modalityName === undefined) {
      const n = get(row, 'modalityName')?.trim();
      if (n) acc.modalityName = own(n);
    }
    const unitId = get(row, 'unit')?.trim();
    const chapterId = chapterFor(row);
    const entityId = iEntity === undefined ? undefined : entityOf(row[iEntity] ?? '');
    const M = measures.length;
    let unitG = unitId ? acc.units.get(unitId) : undefined;
    if (unitId && !unitG) acc.units.set(own(unitId), (unitG = { name: own(get(row, 'unitName')?.trim() ?? ''), sums: newSums(M) }));
    let chapterG = chapterId ? acc.chapters.get(chapterId) : undefined;
    if (chapterId && !chapterG)
      acc.chapters.set(chapterId, (chapterG = { name: own(get(row, 'chapterName')?.trim() || CHAPTERS[chapterId] || chapterId), sums: newSums(M) }));
    let entityG = entityId ? acc.entities.get(entityId) : undefined;
    if (entityId && !entityG) acc.entities.set(own(entityId), (entityG = { name: own(get(row, 'entityName')?.trim() ?? ''), sums: newSums(M) }));

    for (let m = 0; m < M; m++) {
      const ms = measures[m]!;
      const cell = row[ms.index];
      const cents = scanCents(cell);
      if (!Number.isFinite(cents)) {
        if (Number.isNaN(cents))
          log.add(
            adapterProblem('invalid-amount', 'error', { file, line, column: ms.header, key, found: shown(cell), expected: 'un importe / an amount' }, 'importe ilegible; no se suma', 'unreadable amount; not added'),
          );
        else if (cell !== undefined)
          log.add(
            adapterProblem('not-reported', 'note', { file, line, column: ms.header, key, found: shown(cell) }, 'importe no reportado en esta fila', 'amount not reported on this row'),
          );
        continue;
      }
      if (cents < 0)
        log.add(
          adapterProblem('negative-amount', 'warning', { file, line, column: ms.header, key, found: shown(cell) }, 'importe negativo (se suma tal cual)', 'negative amount (added as is)'),
        );
      addAt(acc.sums, m, cents);
      if (unitG) addAt(unitG.sums, m, cents);
      if (chapterG) addAt(chapterG.sums, m, cents);
      if (entityG) addAt(entityG.sums, m, cents);
    }
  }

  function finish(): AdapterResult {
    const moments = orderMoments(measures.map((m) => m.moment));
    const order = moments.map((mo) => measures.findIndex((x) => x.moment === mo));
    const toAmounts = (sums: Sums): Amounts => {
      const o: Amounts = {};
      for (const i of order) {
        const v = sums[i]!;
        if (v === v) o[measures[i]!.moment] = centsToPesos(v);
      }
      return o;
    };
    const out: PartialProgram[] = [];
    const sorted = [...programs.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const a of sorted) {
      const p: PartialProgram = { key: a.key, name: a.name ?? a.code, amounts: toAmounts(a.sums) };
      if (a.ramo) p.ramo = { id: a.ramo, name: a.ramoName ?? '' };
      p.modality = modalityOf(a.code, a.modalityName);
      if (a.units.size === 1) {
        const [[id, g]] = [...a.units];
        p.unit = { id, name: g.name };
      }
      const breakdown: BreakdownRow[] = [];
      const emit = (by: string, map: Map<string, Group>) => {
        const ids = [...map.keys()].sort(collator.compare);
        for (const id of ids) {
          const g = map.get(id)!;
          breakdown.push({ by, id, name: g.name || id, amounts: toAmounts(g.sums) });
        }
      };
      emit('chapter', a.chapters);
      emit('unit', a.units);
      emit('entity', a.entities);
      if (breakdown.length) p.breakdown = breakdown;
      out.push(p);
    }
    if (options.cycle !== undefined && cycle !== undefined && options.cycle !== cycle)
      log.add(
        adapterProblem('cycle-mismatch', 'warning', { file, expected: String(options.cycle), found: String(cycle) }, 'el ejercicio del archivo no coincide con el pedido', 'the file’s fiscal year differs from the one asked for'),
      );
    const result: AdapterResult = { layout, programs: out, moments, problems: log.done(file), stats: { rows, kept } };
    const cy = options.cycle ?? cycle;
    if (cy !== undefined) result.cycle = cy;
    return result;
  }

  const columns = [...new Set([...measures.map((m) => m.index), ...Object.entries(cols).flatMap(([k, v]) => (typeof v === 'number' && k !== 'pefYear' ? [v] : []))])];
  return { push, finish, columns };
}

export const shcpLines: StreamingAdapter = {
  name: 'shcp-lines',
  detect: detectShcp,
  sink: (header, options, file) => createShcpSink(header, options, file),
  adapt({ header, rows, file, options }: AdapterInput): AdapterResult {
    return adaptWithSink(createShcpSink(header, options, file), rows);
  },
};
