/**
 * `msd`: SHCP's "Modelo Sintético de Información del Desempeño" (MSD, 2013–2018), one row per
 * program and year → `Program.performance` [{ year: CICLO, scale: 'MSD (1–5)', value: MSD_CUANT, level: MSD_CUAL }].
 *
 * - An empty MSD_CUANT (SHCP's `n.a.`, lost when the file was parsed upstream) leaves `value`
 *   absent; the level `S/I` (sin información) leaves `level` absent. The rating year stays listed.
 * - Ramo 47 in 2013–2014 is Petróleos Mexicanos in this file, not "Entidades no Sectorizadas" as
 *   from 2016: those rows would attach PEMEX ratings to other programs with the same key, so they
 *   are left out and counted in one warning (the program's true ramo is not guessed).
 */
import type { PerformanceRating } from '../types.js';
import type { Adapter, AdapterInput, AdapterResult, PartialProgram } from './types.js';
import { adapterProblem, normalizeRamo, ProblemLog, shown } from './amounts.js';
import { columnReader, formatProgramKey, hasAll, parseProgramKey, readNumber } from './keys.js';

export const MSD_SCALE = 'MSD (1–5)';

export const msdAdapter: Adapter = {
  name: 'msd',
  detect(header) {
    return hasAll(header, ['CICLO', 'ID_RAMO', 'MODALIDAD_PP', 'MSD_CUANT', 'MSD_CUAL']);
  },
  adapt(input: AdapterInput): AdapterResult {
    const { header, rows, file, options } = input;
    const { col } = columnReader(header);
    const log = new ProblemLog();
    const ramoFilter = options?.ramo ? normalizeRamo(options.ramo) : undefined;
    const programs = new Map<string, PartialProgram>();
    let kept = 0;
    let pemex = 0;
    const nameYear = new Map<string, number>();

    rows.forEach((row, i) => {
      const line = i + 2;
      const parts = parseProgramKey(col(row, 'MODALIDAD_PP'), undefined, col(row, 'ID_RAMO'));
      if (!parts?.ramo) {
        log.add(adapterProblem('invalid-key', 'error', { file, line, column: 'MODALIDAD_PP', found: shown(`${col(row, 'ID_RAMO')} ${col(row, 'MODALIDAD_PP')}`) },
          'clave de programa no reconocida; se omite la fila', 'program key not recognised; row left out'));
        return;
      }
      if (ramoFilter && parts.ramo !== ramoFilter) return;
      if (parts.ramo === '47' && /petr[oó]leos mexicanos/i.test(col(row, 'DESC_RAMO'))) {
        pemex++;
        return;
      }
      const key = formatProgramKey(parts);
      const year = readNumber(col(row, 'CICLO'));
      if (year.kind !== 'value' || !Number.isInteger(year.value)) {
        log.add(adapterProblem('missing-field', 'error', { file, line, column: 'CICLO', key, found: shown(col(row, 'CICLO')) },
          'calificación sin año; se omite', 'rating without a year; left out'));
        return;
      }
      kept++;
      const rating: PerformanceRating = { year: year.value, scale: MSD_SCALE };
      const v = readNumber(col(row, 'MSD_CUANT'));
      if (v.kind === 'value') rating.value = v.value;
      else if (v.kind === 'invalid')
        log.add(adapterProblem('invalid-field', 'warning', { file, line, column: 'MSD_CUANT', key, found: shown(col(row, 'MSD_CUANT')) },
          'calificación no numérica; no reportada', 'rating is not a number; not reported'));
      const level = col(row, 'MSD_CUAL');
      if (level && level.toUpperCase() !== 'S/I') rating.level = level;
      let p = programs.get(key);
      if (!p) {
        p = { key, performance: [] };
        programs.set(key, p);
      }
      // Names change over the years: the latest year's names are kept.
      if ((nameYear.get(key) ?? -Infinity) <= year.value) {
        nameYear.set(key, year.value);
        if (col(row, 'DESC_PP')) p.name = col(row, 'DESC_PP');
        if (col(row, 'DESC_RAMO')) p.ramo = { id: parts.ramo, name: col(row, 'DESC_RAMO') };
      }
      p.performance!.push(rating);
    });

    for (const p of programs.values()) p.performance!.sort((a, b) => a.year - b.year);
    const problems = log.done(file);
    if (pemex)
      problems.push(adapterProblem('skipped-rows', 'warning', { file, column: 'DESC_RAMO', found: String(pemex) },
        `${pemex} filas del ramo 47 son de Petróleos Mexicanos (2013–2014), no de Entidades no Sectorizadas; se omiten para no mezclar programas`,
        `${pemex} ramo-47 rows are Petróleos Mexicanos (2013–2014), not Entidades no Sectorizadas; left out so programs are not mixed`));
    return { layout: 'msd', programs: [...programs.values()], problems, stats: { rows: rows.length, kept } };
  },
};
