/**
 * `evaluations`: SHCP's external evaluations of programs (SED, `evaluaciones.csv`: PAE 2007–2020),
 * one row per evaluation → `Program.evaluations` [{ id, year, type, evaluator, programme, url }].
 *
 * - Program key: ID_RAMO + MODALIDAD_PP, written in lower case (`s176`) in most years, upper case in
 *   PAE2020. Rows not tied to one program (`Varios`, `0`…`4`) are counted in one note.
 * - year: CICLO_CONCLUSION (the year the evaluation was concluded); programme: CICLO_PAE ("PAE2017",
 *   or "Complementaria"); evaluator: EVALUADOR except "No aplica"; url: LIGA when it is http(s).
 * - The file has no findings; `finding` stays absent. ASM are attached by `merge` (see asm.ts).
 */
import type { Evaluation } from '../types.js';
import type { Adapter, AdapterInput, AdapterResult, PartialProgram } from './types.js';
import { normalizeRamo } from './program-code.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { makeProblem } from '../problems.js';
import { columnReader, formatProgramKey, hasAll, parseProgramKey, readNumber } from './keys.js';

const REQUIRED = ['ID_EVALUACION', 'CICLO_PAE', 'ID_RAMO', 'MODALIDAD_PP', 'TIPO_EVALUACION'];

export const evaluationsAdapter: Adapter = {
  name: 'evaluations',
  detect(header) {
    return hasAll(header, REQUIRED);
  },
  adapt(input: AdapterInput): AdapterResult {
    const { header, rows, file, options } = input;
    const { col } = columnReader(header);
    const log = new ProblemLog();
    const ramoFilter = options?.ramo ? normalizeRamo(options.ramo) : undefined;
    const programs = new Map<string, PartialProgram>();
    let kept = 0;
    let notProgram = 0;

    rows.forEach((row, i) => {
      const line = i + 2;
      const parts = parseProgramKey(col(row, 'MODALIDAD_PP'), undefined, col(row, 'ID_RAMO'));
      if (!parts?.ramo) {
        notProgram++;
        return;
      }
      if (ramoFilter && parts.ramo !== ramoFilter) return;
      const key = formatProgramKey(parts);
      const concluded = readNumber(col(row, 'CICLO_CONCLUSION'));
      const pae = /(\d{4})/.exec(col(row, 'CICLO_PAE'));
      let year: number | undefined;
      if (concluded.kind === 'value' && Number.isInteger(concluded.value)) year = concluded.value;
      else if (pae) {
        year = Number(pae[1]);
        log.add(
          makeProblem(
            'missing-field',
            'evaluation-year-fallback',
            'warning',
            { file, line, column: 'CICLO_CONCLUSION', key },
            { found: shown(col(row, 'CICLO_CONCLUSION')) },
          ),
        );
      }
      if (year === undefined) {
        log.add(
          makeProblem(
            'missing-field',
            'evaluation-year-missing',
            'error',
            { file, line, column: 'CICLO_CONCLUSION', key },
            { found: shown(col(row, 'CICLO_CONCLUSION')) },
          ),
        );
        return;
      }
      kept++;
      const e: Evaluation = { year, type: col(row, 'TIPO_EVALUACION') };
      if (col(row, 'ID_EVALUACION')) e.id = col(row, 'ID_EVALUACION');
      const evaluator = col(row, 'EVALUADOR');
      if (evaluator && !/^no aplica$/i.test(evaluator)) e.evaluator = evaluator;
      if (col(row, 'CICLO_PAE')) e.programme = col(row, 'CICLO_PAE');
      const url = col(row, 'LIGA');
      if (/^https?:\/\/\S+$/i.test(url)) e.url = url;
      else if (url)
        log.add(makeProblem('unsafe-url', 'evaluation-link-unsafe', 'warning', { file, line, column: 'LIGA', key }, { found: shown(url) }));

      let p = programs.get(key);
      if (!p) {
        p = { key, evaluations: [] };
        if (col(row, 'DESC_PP')) p.name = col(row, 'DESC_PP').replace(/\s*[\r\n]+\s*/g, ' ');
        if (col(row, 'DESC_RAMO')) p.ramo = { id: parts.ramo, name: col(row, 'DESC_RAMO') };
        programs.set(key, p);
      }
      p.evaluations!.push(e);
    });

    const problems = log.done(file);
    if (notProgram)
      problems.push(
        makeProblem(
          'skipped-rows',
          'evaluations-not-single-program',
          'note',
          { file, column: 'MODALIDAD_PP' },
          { count: notProgram, found: String(notProgram) },
        ),
      );
    return { layout: 'evaluations', programs: [...programs.values()], problems, stats: { rows: rows.length, kept } };
  },
};
