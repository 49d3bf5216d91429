/**
 * `sdg-alignment`: SHCP's program–SDG alignment (`Vinculacion_ODS-Pp_PEF<year>.csv`), one row per
 * program × SDG target → `Program.sdg` [{ goal, target, contribution }].
 *
 * ID_METAODS is SHCP's running number of the target within its goal, not the UN label: goal 5's
 * targets 5.1–5.6 are numbered 1–6 and 5.a, 5.b, 5.c are numbered 7, 8, 9 (the texts in DESC_METAODS
 * prove it: 5 / 7 is "Emprender reformas que otorguen a las mujeres…", UN target 5.a). The UN labels
 * follow from how many numbered targets each goal has (UN A/RES/70/1); a number beyond the goal's
 * targets is flagged and the target left out. ID_TCONTRIBUCION: 1 direct, 2 indirect.
 */
import type { SdgLink } from '../types.js';
import type { Adapter, AdapterInput, AdapterResult, PartialProgram } from './types.js';
import { normalizeRamo } from './program-code.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { makeProblem } from '../problems.js';
import { columnReader, formatProgramKey, hasAll, parseProgramKey } from './keys.js';

const REQUIRED = ['ID_RAMO', 'ID_MODALIDAD', 'ID_PP', 'ID_ODS', 'ID_METAODS', 'ID_TCONTRIBUCION'];

/** Numbered targets per goal 1..17 (then lettered ones: a, b, c, d). */
const NUMBERED = [5, 5, 9, 7, 6, 6, 3, 10, 5, 7, 7, 8, 3, 7, 9, 10, 19];
const LETTERED = [2, 3, 4, 3, 3, 2, 2, 2, 3, 3, 3, 3, 2, 3, 3, 2, 0];

/** UN label of SHCP's target number `n` within `goal` ("5", 7 → "5.a"), or undefined when out of range. */
export function sdgTargetLabel(goal: number, n: number): string | undefined {
  const numbered = NUMBERED[goal - 1];
  const lettered = LETTERED[goal - 1];
  if (numbered === undefined || lettered === undefined || !Number.isInteger(n) || n < 1) return undefined;
  if (n <= numbered) return `${goal}.${n}`;
  if (n <= numbered + lettered) return `${goal}.${'abcd'[n - numbered - 1]}`;
  return undefined;
}

export const sdgAlignmentAdapter: Adapter = {
  name: 'sdg-alignment',
  detect(header) {
    return hasAll(header, REQUIRED);
  },
  adapt(input: AdapterInput): AdapterResult {
    const { header, rows, file, options } = input;
    const { col } = columnReader(header);
    const log = new ProblemLog();
    const programs = new Map<string, PartialProgram>();
    const ramoFilter = options?.ramo ? normalizeRamo(options.ramo) : undefined;
    let kept = 0;

    rows.forEach((row, i) => {
      const line = i + 2;
      const parts = log.keyed(
        parseProgramKey(col(row, 'ID_MODALIDAD'), col(row, 'ID_PP'), col(row, 'ID_RAMO')),
        { file, line, column: 'ID_PP' },
        `${col(row, 'ID_RAMO')}-${col(row, 'ID_MODALIDAD')}${col(row, 'ID_PP')}`,
      );
      if (!parts) return;
      if (ramoFilter && parts.ramo !== ramoFilter) return;
      const key = formatProgramKey(parts);
      const goal = Number(col(row, 'ID_ODS'));
      if (!/^\d+$/.test(col(row, 'ID_ODS')) || goal < 1 || goal > 17) {
        log.add(
          makeProblem(
            'invalid-field',
            'sdg-goal-out-of-range',
            'error',
            { file, line, column: 'ID_ODS', key },
            { found: shown(col(row, 'ID_ODS')) },
          ),
        );
        return;
      }
      const c = col(row, 'ID_TCONTRIBUCION');
      const contribution: SdgLink['contribution'] | undefined = c === '1' ? 'direct' : c === '2' ? 'indirect' : undefined;
      if (!contribution) {
        log.add(
          makeProblem(
            'invalid-field',
            'contribution-type-unknown',
            'error',
            { file, line, column: 'ID_TCONTRIBUCION', key },
            { found: shown(c) },
          ),
        );
        return;
      }
      const link: SdgLink = { goal, contribution };
      const t = col(row, 'ID_METAODS');
      if (t) {
        const label = /^\d+$/.test(t) ? sdgTargetLabel(goal, Number(t)) : undefined;
        if (label) link.target = label;
        else
          log.add(
            makeProblem(
              'invalid-field',
              'sdg-target-unknown',
              'warning',
              { file, line, column: 'ID_METAODS', key },
              { goal, found: shown(t) },
            ),
          );
      }
      kept++;
      let p = programs.get(key);
      if (!p) {
        p = { key, sdg: [] };
        if (col(row, 'DESC_PP')) p.name = col(row, 'DESC_PP');
        if (col(row, 'DESC_RAMO')) p.ramo = { id: parts.ramo, name: col(row, 'DESC_RAMO') };
        if (col(row, 'DESC_MODALIDAD')) p.modality = { id: parts.modality, name: col(row, 'DESC_MODALIDAD') };
        programs.set(key, p);
      }
      p.sdg!.push(link);
    });
    return { layout: 'sdg-alignment', programs: [...programs.values()], problems: log.done(file), stats: { rows: rows.length, kept } };
  },
};
