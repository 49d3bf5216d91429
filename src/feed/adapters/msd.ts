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
import { normalizeRamo } from './program-code.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { makeProblem } from '../problems.js';
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
      const parts = log.keyed(
        parseProgramKey(col(row, 'MODALIDAD_PP'), undefined, col(row, 'ID_RAMO')),
        { file, line, column: 'MODALIDAD_PP' },
        `${col(row, 'ID_RAMO')} ${col(row, 'MODALIDAD_PP')}`,
      );
      if (!parts) return;
      if (ramoFilter && parts.ramo !== ramoFilter) return;
      if (parts.ramo === '47' && /petr[oó]leos mexicanos/i.test(col(row, 'DESC_RAMO'))) {
        pemex++;
        return;
      }
      const key = formatProgramKey(parts);
      const year = readNumber(col(row, 'CICLO'));
      if (year.kind !== 'value' || !Number.isInteger(year.value)) {
        log.add(
          makeProblem(
            'missing-field',
            'rating-year-missing',
            'error',
            { file, line, column: 'CICLO', key },
            { found: shown(col(row, 'CICLO')) },
          ),
        );
        return;
      }
      kept++;
      const rating: PerformanceRating = { year: year.value, scale: MSD_SCALE };
      const v = readNumber(col(row, 'MSD_CUANT'));
      if (v.kind === 'value') rating.value = v.value;
      else if (v.kind === 'invalid')
        log.add(
          makeProblem(
            'invalid-field',
            'rating-not-number',
            'warning',
            { file, line, column: 'MSD_CUANT', key },
            { found: shown(col(row, 'MSD_CUANT')) },
          ),
        );
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
      problems.push(
        makeProblem('skipped-rows', 'pemex-rows-skipped', 'warning', { file, column: 'DESC_RAMO' }, { count: pemex, found: String(pemex) }),
      );
    return { layout: 'msd', programs: [...programs.values()], problems, stats: { rows: rows.length, kept } };
  },
};
