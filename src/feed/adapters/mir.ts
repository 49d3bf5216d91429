/**
 * `mir`: SHCP's MIR indicator export (PbR layout, 291 columns; `mir-2022-indicadores`), one row per
 * indicator → `Program.indicators`.
 *
 * - Program key: RAMO + `PP` ("S 010"), or IDEN_PROY + PROYECTO when PP is missing.
 * - Level: TIPO_NIVEL Fin/Propósito/Componente/Actividad. `FID` rows (fichas de indicadores de
 *   desempeño, NIVEL 0) are not MIR levels: they are left out and counted in one note.
 * - Target: META_ANUAL_PROGRAMADA (+ _NUM/_DEN); monthly targets: META_AL_PERIODO_MES1..12 as
 *   "<cycle>-MM"; baseline: LINEA_BASE in CICLO_LINEA_BASE; history: INDICADOR_<year> for years
 *   before the cycle; thresholds: UMBRAL_VERDE / _AMARILLO / _ROJO exactly as written (both SHCP
 *   conventions, achievement "90,80" and deviation "10,20", occur; views read them).
 * - Achieved ("whichever follow-up values are filled in"), first found of: INDICADOR_<cycle>
 *   (either of its duplicate columns; two different values are flagged and neither is used),
 *   the latest ACT_IND_META_SEGUIMIENTO_MESn, AVANCE_ENERO_JUNIO_INDICADOR, AVANCE_ENERO_MAYO_INDICADOR.
 * - Duplicate header names arrive as "INDICADOR_2022" and "INDICADOR_2022#2" (uniqueHeaders): both are read.
 * - DESC_SENTIDO empty: direction 'regular' (no side favoured) and a warning, never a silent "ascending".
 */
import type { Indicator, MirLevel, Problem } from '../types.js';
import type { Adapter, AdapterInput, AdapterResult, PartialProgram } from './types.js';
import { normalizeRamo } from './program-code.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { makeProblem } from '../problems.js';
import { columnReader, formatProgramKey, hasAll, parseProgramKey, readNumber } from './keys.js';

const REQUIRED = ['RAMO', 'KA_INDICADOR', 'NOMBRE_INDICADOR', 'TIPO_NIVEL'];

const LEVELS: Record<string, MirLevel> = {
  FIN: 'fin',
  PROPOSITO: 'purpose',
  COMPONENTE: 'component',
  ACTIVIDAD: 'activity',
};
const TYPES: Record<string, Indicator['type']> = { ESTRATEGICO: 'strategic', GESTION: 'management' };
const DIMENSIONS: Record<string, Indicator['dimension']> = {
  EFICACIA: 'efficacy',
  EFICIENCIA: 'efficiency',
  CALIDAD: 'quality',
  ECONOMIA: 'economy',
};
const DIRECTIONS: Record<string, Indicator['direction']> = {
  ASCENDENTE: 'ascending',
  DESCENDENTE: 'descending',
  REGULAR: 'regular',
  NOMINAL: 'regular',
};

/** Upper case without accents or surrounding spaces, for vocabulary lookups. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toUpperCase();

export const mirAdapter: Adapter = {
  name: 'mir',
  detect(header) {
    return hasAll(header, REQUIRED) && (header.includes('PP') || hasAll(header, ['IDEN_PROY', 'PROYECTO']));
  },
  adapt(input: AdapterInput): AdapterResult {
    const { header, rows, file, options } = input;
    const { col, has } = columnReader(header);
    const log = new ProblemLog();
    const programs = new Map<string, PartialProgram>();
    const objectives = new Map<string, Set<string>>();
    const historyYears = header
      .map((h) => /^INDICADOR_(\d{4})(?:#\d+)?$/.exec(h))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => ({ column: m[0], year: Number(m[1]) }));
    let cycle: number | undefined;
    let kept = 0;
    let fid = 0;
    let thresholdOrderNotes = 0;

    const num = (row: string[], name: string, line: number, key: string): number | undefined => {
      const r = readNumber(col(row, name));
      if (r.kind === 'value') return r.value;
      if (r.kind === 'invalid')
        log.add(
          makeProblem('invalid-field', 'value-not-number', 'warning', { file, line, column: name, key }, { found: shown(col(row, name)) }),
        );
      return undefined;
    };

    const program = (key: string, parts: { ramo?: string; modality: string }, row: string[]): PartialProgram => {
      let p = programs.get(key);
      if (!p) {
        p = { key, indicators: [] };
        programs.set(key, p);
      }
      if (!p.name && (col(row, 'DESC_PROYECTO') || col(row, 'NOMBRE_MATRIZ')))
        p.name = col(row, 'DESC_PROYECTO') || col(row, 'NOMBRE_MATRIZ');
      if (!p.ramo && parts.ramo && col(row, 'DESC_RAMO')) p.ramo = { id: parts.ramo, name: col(row, 'DESC_RAMO') };
      if (!p.modality && col(row, 'DESC_IDEN_PROY')) p.modality = { id: parts.modality, name: col(row, 'DESC_IDEN_PROY') };
      return p;
    };

    rows.forEach((row, i) => {
      const line = i + 2;
      const parts = log.keyed(
        col(row, 'PP')
          ? parseProgramKey(col(row, 'PP'), undefined, col(row, 'RAMO'))
          : parseProgramKey(col(row, 'IDEN_PROY'), col(row, 'PROYECTO'), col(row, 'RAMO')),
        { file, line, column: 'PP' },
        col(row, 'PP'),
      );
      if (!parts) return;
      if (options?.ramo && normalizeRamo(options.ramo) !== parts.ramo) return;
      const key = formatProgramKey(parts);
      const rowCycle = readNumber(col(row, 'CICLO'));
      if (rowCycle.kind === 'value') cycle ??= rowCycle.value;
      // The row's own CICLO first: a MIR of 2022 merged into a 2023 feed keeps its 2022 periods.
      const year = rowCycle.kind === 'value' ? rowCycle.value : options?.cycle;

      program(key, parts, row); // every program of the file, also those with only FID rows
      const levelText = col(row, 'TIPO_NIVEL');
      const level = LEVELS[fold(levelText)];
      if (!level) {
        if (fold(levelText) === 'FID') fid++;
        else
          log.add(
            makeProblem(
              'invalid-field',
              'mir-level-unknown',
              'warning',
              { file, line, column: 'TIPO_NIVEL', key },
              { found: shown(levelText) },
            ),
          );
        return;
      }
      kept++;

      const ind: Indicator = {
        id: col(row, 'KA_INDICADOR'),
        name: col(row, 'NOMBRE_INDICADOR'),
        level,
        unit:
          col(row, 'UNIDAD_MEDIDA') === 'Otra' && col(row, 'OTRA_UNIDAD_MEDIDA')
            ? col(row, 'OTRA_UNIDAD_MEDIDA')
            : col(row, 'UNIDAD_MEDIDA') || col(row, 'OTRA_UNIDAD_MEDIDA'),
        frequency: col(row, 'FRECUENCIA_MEDICION'),
        direction: 'regular',
      };
      if (!ind.unit)
        log.add(
          makeProblem(
            'missing-field',
            'indicator-unit-missing',
            'warning',
            { file, line, column: 'UNIDAD_MEDIDA', key },
            { found: ind.id },
          ),
        );
      const type = TYPES[fold(col(row, 'ACT_IND_DESC_TIPO_RESULT_IND'))];
      if (type) ind.type = type;
      const dimension = DIMENSIONS[fold(col(row, 'ACT_IND_DESC_DIMENSION'))];
      if (dimension) ind.dimension = dimension;
      const definition = col(row, 'DEFINICION_INDICADOR');
      if (definition) ind.definition = definition;
      const method = col(row, 'METODO_CALCULO_INDICADOR');
      if (method) ind.method = method;
      const sentido = col(row, 'DESC_SENTIDO');
      const direction = DIRECTIONS[fold(sentido)];
      if (direction) ind.direction = direction;
      else
        log.add(
          makeProblem(
            'missing-field',
            'indicator-direction-missing',
            'warning',
            { file, line, column: 'DESC_SENTIDO', key },
            { found: `${ind.id} ${shown(sentido)}` },
          ),
        );

      const target = num(row, 'META_ANUAL_PROGRAMADA', line, key);
      if (target !== undefined) ind.target = target;
      const numerator = num(row, 'META_ANUAL_PROGRAMADA_NUM', line, key);
      if (numerator !== undefined) ind.numerator = numerator;
      const denominator = num(row, 'META_ANUAL_PROGRAMADA_DEN', line, key);
      if (denominator !== undefined) ind.denominator = denominator;

      const baseline = num(row, 'LINEA_BASE', line, key);
      if (baseline !== undefined) {
        const by = readNumber(col(row, 'CICLO_LINEA_BASE'));
        ind.baseline = by.kind === 'value' ? { value: baseline, year: by.value } : { value: baseline };
      }

      const targets: { period: string; value: number }[] = [];
      for (let m = 1; m <= 12; m++) {
        const v = num(row, `META_AL_PERIODO_MES${m}`, line, key);
        if (v !== undefined && year !== undefined) targets.push({ period: `${year}-${String(m).padStart(2, '0')}`, value: v });
      }
      if (targets.length) ind.targets = targets;

      const green = num(row, 'UMBRAL_VERDE', line, key);
      const yellow = num(row, 'UMBRAL_AMARILLO', line, key);
      const red = num(row, 'UMBRAL_ROJO', line, key);
      if (green !== undefined && red !== undefined) {
        ind.thresholds = yellow !== undefined ? { green, yellow, red } : { green, red };
        if (direction === 'ascending' && green < red) thresholdOrderNotes++;
      } else if (green !== undefined || red !== undefined || yellow !== undefined) {
        log.add(
          makeProblem(
            'invalid-field',
            'thresholds-incomplete',
            'warning',
            { file, line, column: 'UMBRAL_VERDE', key },
            { found: `${ind.id}: ${green ?? '—'}/${yellow ?? '—'}/${red ?? '—'}` },
          ),
        );
      }

      // History: every INDICADOR_<year> before the cycle (duplicate columns must agree).
      const byYear = new Map<number, number>();
      const current: number[] = [];
      for (const { column, year: y } of historyYears) {
        const v = num(row, column, line, key);
        if (v === undefined) continue;
        if (year !== undefined && y >= year) {
          if (y === year) current.push(v);
          continue;
        }
        const prev = byYear.get(y);
        if (prev !== undefined && prev !== v)
          log.add(
            makeProblem('conflict', 'history-values-differ', 'warning', { file, line, column, key }, { year: y, found: `${prev} ≠ ${v}` }),
          );
        if (prev === undefined) byYear.set(y, v);
      }
      if (byYear.size) ind.history = [...byYear].sort((a, b) => a[0] - b[0]).map(([y, value]) => ({ year: y, value }));

      const achieved = achievedValue(row, col, has, current, (found) =>
        log.add(
          makeProblem('conflict', 'year-value-columns-differ', 'warning', { file, line, column: `INDICADOR_${year}`, key }, { found }),
        ),
      );
      if (achieved !== undefined) ind.achieved = achieved;

      program(key, parts, row).indicators!.push(ind);
      // The program's objective is its MIR purpose (propósito), when the matrix states one.
      const purpose = col(row, 'DESC_OBJETIVO_PROPOSITO');
      if (purpose && col(row, 'KA_PROPOSITO') !== '0') {
        const set = objectives.get(key) ?? new Set<string>();
        set.add(purpose);
        objectives.set(key, set);
      }
    });

    for (const p of programs.values()) if (!p.indicators!.length) delete p.indicators;
    for (const [key, set] of objectives) {
      if (set.size === 1) programs.get(key)!.objective = [...set][0]!;
    }

    const problems: Problem[] = log.done(file);
    if (fid)
      problems.push(
        makeProblem('skipped-rows', 'fid-rows-skipped', 'note', { file, column: 'TIPO_NIVEL' }, { count: fid, found: String(fid) }),
      );
    if (thresholdOrderNotes)
      problems.push(
        makeProblem(
          'threshold-convention',
          'threshold-deviation',
          'note',
          { file, column: 'UMBRAL_VERDE' },
          { count: thresholdOrderNotes, found: String(thresholdOrderNotes) },
        ),
      );

    const result: AdapterResult = { layout: 'mir', programs: [...programs.values()], problems, stats: { rows: rows.length, kept } };
    if (cycle !== undefined) result.cycle = cycle;
    return result;
  },
};

/** The achieved value from whichever follow-up column is filled in (see module doc). */
function achievedValue(
  row: string[],
  col: (row: readonly string[], name: string) => string,
  has: (name: string) => boolean,
  current: number[],
  conflict: (found: string) => void,
): number | undefined {
  const distinct = [...new Set(current)];
  if (distinct.length > 1) {
    conflict(distinct.join(' ≠ '));
    return undefined;
  }
  if (distinct.length === 1) return distinct[0];
  for (let m = 12; m >= 1; m--) {
    const r = readNumber(col(row, `ACT_IND_META_SEGUIMIENTO_MES${m}`));
    if (r.kind === 'value') return r.value;
  }
  for (const name of ['AVANCE_ENERO_JUNIO_INDICADOR', 'AVANCE_ENERO_MAYO_INDICADOR']) {
    if (!has(name)) continue;
    const r = readNumber(col(row, name));
    if (r.kind === 'value') return r.value;
  }
  return undefined;
}
