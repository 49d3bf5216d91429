/**
 * `ised`: SHCP's "Índice de Seguimiento al Desempeño" (ISeD), one row per program →
 * `Program.performance` [{ year, scale: 'ISeD', value: RESULTADO_ISED, level: RESULTADO_ISED_CUALITATIVO, period }].
 *
 * - The global result and level are taken as published (the README shows they are not always the
 *   documented sum of the dimensions; nothing is recomputed). Values keep their digits (0.883983764);
 *   rounding is for display.
 * - The data carry no year: the period comes from the file name ("ised_2019_2020…" → "2019-2020",
 *   year 2020), else from the `cycle` option. With neither, the ratings cannot be dated and are left
 *   out with an error.
 * - Program key: CVE_Pp ("20-S176"), else ID_RAMO + Pp.
 */
import type { PerformanceRating } from '../types.js';
import type { Adapter, AdapterInput, AdapterResult, PartialProgram } from './types.js';
import { normalizeRamo } from './program-code.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { makeProblem } from '../problems.js';
import { columnReader, formatProgramKey, hasAll, parseProgramKey, readNumber, yearFromFileName } from './keys.js';

export const ISED_SCALE = 'ISeD';

/** "ised_2019_2020_x.csv" → { period: "2019-2020", year: 2020 }; one year → that year. */
export function isedPeriod(file: string | undefined): { period?: string; year: number } | undefined {
  const base = (file ?? '').split(/[\\/]/).pop() ?? '';
  const m = /(?<!\d)(20\d\d)[-_ ](20\d\d)(?!\d)/.exec(base);
  if (m && Number(m[2]) > Number(m[1])) return { period: `${m[1]}-${m[2]}`, year: Number(m[2]) };
  const y = yearFromFileName(file);
  return y === undefined ? undefined : { year: y };
}

export const isedAdapter: Adapter = {
  name: 'ised',
  detect(header) {
    return hasAll(header, ['ID_RAMO', 'RESULTADO_ISED']) && (header.includes('CVE_Pp') || header.includes('Pp'));
  },
  adapt(input: AdapterInput): AdapterResult {
    const { header, rows, file, options } = input;
    const { col } = columnReader(header);
    const log = new ProblemLog();
    const ramoFilter = options?.ramo ? normalizeRamo(options.ramo) : undefined;
    const when = isedPeriod(file) ?? (options?.cycle !== undefined ? { year: options.cycle } : undefined);
    const programs = new Map<string, PartialProgram>();
    let kept = 0;
    if (!when) {
      return {
        layout: 'ised',
        programs: [],
        problems: [makeProblem('missing-field', 'ised-year-missing', 'error', { file })],
        stats: { rows: rows.length, kept: 0 },
      };
    }

    rows.forEach((row, i) => {
      const line = i + 2;
      const parts = log.keyed(
        col(row, 'CVE_Pp') ? parseProgramKey(col(row, 'CVE_Pp')) : parseProgramKey(col(row, 'Pp'), undefined, col(row, 'ID_RAMO')),
        { file, line, column: 'CVE_Pp' },
        col(row, 'CVE_Pp') || col(row, 'Pp'),
      );
      if (!parts) return;
      if (ramoFilter && parts.ramo !== ramoFilter) return;
      const key = formatProgramKey(parts);
      kept++;
      const rating: PerformanceRating = { year: when.year, scale: ISED_SCALE };
      if (when.period) rating.period = when.period;
      const v = readNumber(col(row, 'RESULTADO_ISED'));
      if (v.kind === 'value') rating.value = v.value;
      else if (v.kind === 'invalid')
        log.add(
          makeProblem(
            'invalid-field',
            'ised-result-not-number',
            'warning',
            { file, line, column: 'RESULTADO_ISED', key },
            { found: shown(col(row, 'RESULTADO_ISED')) },
          ),
        );
      if (col(row, 'RESULTADO_ISED_CUALITATIVO')) rating.level = col(row, 'RESULTADO_ISED_CUALITATIVO');
      let p = programs.get(key);
      if (!p) {
        p = { key, performance: [] };
        if (col(row, 'DESC_Pp')) p.name = col(row, 'DESC_Pp');
        if (col(row, 'DESC_RAMO')) p.ramo = { id: parts.ramo, name: col(row, 'DESC_RAMO') };
        programs.set(key, p);
      } else log.add(makeProblem('duplicate-key', 'program-repeated', 'warning', { file, line, column: 'CVE_Pp', key }));
      p.performance!.push(rating);
    });
    const result: AdapterResult = {
      layout: 'ised',
      programs: [...programs.values()],
      problems: log.done(file),
      stats: { rows: rows.length, kept },
    };
    return result;
  },
};
