/**
 * `asm`: SHCP's follow-up of "aspectos susceptibles de mejora" (ASM), one row per commitment taken
 * after an external evaluation → `Program.evaluations[].asm`.
 *
 * This file does not list the evaluations themselves, so the adapter groups each program's ASM by
 * the evaluation they come from (the ID_ASM code without its `_NN`, ANIO_RECOMENDACION,
 * ORIGEN_RECOMENDACION) into SYNTHETIC evaluation entries (`synthetic: true`, year and type from the
 * ASM file). `merge` then calls `attachAsm`, which moves each group into the program's real
 * evaluation (from the `evaluations` layout) when it can be matched, and keeps the synthetic entry
 * when it cannot (see `attachAsm` for the rules). A synthetic entry is not an evaluation and must
 * not be counted as one.
 *
 * Each ASM: id (ID_ASM), commitment (the unnamed 13th column, `...13` in the R export: whatever
 * column follows ID_ASM), unit (DESC_DEP_ENT), priority (PRIORIDAD), reported (FECHA_REPORTE as ISO),
 * progress and status from AVANCE_ASM: a number is the progress, and 100 → attended, 1–99 →
 * in-progress, 0 → pending; `CANCELADO`/`Cancelado`/`ASM dado de baja` → cancelled, `FUSIONADO` →
 * merged. The file has no due date: `due` stays absent.
 *
 * Shifted rows: where the commitment text held commas the SHCP file split it, and the rest of the
 * text and every later value moved right (README: GASTO_FEDERALIZADO then holds text, not Si/No).
 * Such rows are DETECTED and reported as `shifted-row` problems; the ASM keeps only the fields read
 * before the shift (id, the first part of the commitment, year, origin). Nothing is re-aligned.
 */
import type { Asm, Evaluation, Problem } from '../types.js';
import type { Adapter, AdapterInput, AdapterResult, PartialProgram } from './types.js';
import { normalizeRamo } from './program-code.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { makeProblem } from '../problems.js';
import { columnReader, formatProgramKey, hasAll, parseProgramKey, readNumber } from './keys.js';

const REQUIRED = ['ID_RAMO', 'MODALIDAD_PP', 'ID_ASM', 'AVANCE_ASM'];
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** dd/mm/yyyy → yyyy-mm-dd, or undefined. */
export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Status and progress from an AVANCE_ASM cell; `invalid` when it is neither a percentage nor a known word. */
export function asmProgress(text: string): { status?: Asm['status']; progress?: number; invalid?: true } {
  const n = readNumber(text);
  if (n.kind === 'value') {
    if (n.value < 0 || n.value > 100) return { invalid: true };
    return { progress: n.value, status: n.value >= 100 ? 'attended' : n.value > 0 ? 'in-progress' : 'pending' };
  }
  if (n.kind === 'empty') return {};
  const w = text.trim().toLowerCase();
  if (/cancelad|dado de baja/.test(w)) return { status: 'cancelled' };
  if (/fusionad/.test(w)) return { status: 'merged' };
  return { invalid: true };
}

export const asmAdapter: Adapter = {
  name: 'asm',
  detect(header) {
    return hasAll(header, REQUIRED);
  },
  adapt(input: AdapterInput): AdapterResult {
    const { header, rows, file, options } = input;
    const { col, raw, has, index } = columnReader(header);
    const textColumn = header[index('ID_ASM') + 1];
    const log = new ProblemLog();
    const shifted: Problem[] = [];
    const ramoFilter = options?.ramo ? normalizeRamo(options.ramo) : undefined;
    const programs = new Map<string, PartialProgram>();
    const groups = new Map<string, Evaluation>();
    let kept = 0;

    rows.forEach((row, i) => {
      const line = i + 2;
      const id = col(row, 'ID_ASM');
      // Shifted rows are detected first, whatever else is wrong with them.
      const gf = col(row, 'GASTO_FEDERALIZADO');
      const date = col(row, 'FECHA_REPORTE');
      const isShifted = (has('GASTO_FEDERALIZADO') && !/^(si|sí|no)$/i.test(gf)) || (date !== '' && !isoDate(date));
      if (isShifted)
        shifted.push(
          makeProblem(
            'shifted-row',
            'asm-row-shifted',
            'warning',
            { file, line, column: 'GASTO_FEDERALIZADO' },
            { found: `${id}: ${shown(gf)}` },
          ),
        );
      const parts = parseProgramKey(col(row, 'MODALIDAD_PP'), undefined, col(row, 'ID_RAMO'));
      if (!parts?.ramo) {
        // Like the "Varios"/"0" rows of the evaluations file, codes such as "0003" (strategic
        // evaluations of a whole ramo) or "´0001" name no single program: a warning, not an error.
        log.add(
          makeProblem(
            'invalid-key',
            'asm-key-unrecognised',
            'warning',
            { file, line, column: 'MODALIDAD_PP' },
            { found: shown(`${col(row, 'ID_RAMO')} ${col(row, 'MODALIDAD_PP')} (${id})`) },
          ),
        );
        return;
      }
      if (ramoFilter && parts.ramo !== ramoFilter) return;
      const key = formatProgramKey(parts);
      if (isShifted) shifted[shifted.length - 1]!.key = key;
      const asm: Asm = { commitment: textColumn ? raw(row, textColumn).trim() : '' };
      if (id) asm.id = id;
      if (!isShifted) {
        const unit = col(row, 'DESC_DEP_ENT') || col(row, 'ACRON_DEP_ENT');
        if (unit) asm.unit = unit;
        const avance = col(row, 'AVANCE_ASM');
        const pr = asmProgress(avance);
        if (pr.invalid)
          log.add(
            makeProblem(
              'invalid-field',
              'asm-progress-unknown',
              'warning',
              { file, line, column: 'AVANCE_ASM', key },
              { found: shown(avance) },
            ),
          );
        if (pr.status) asm.status = pr.status;
        if (pr.progress !== undefined) asm.progress = pr.progress;
        const reported = isoDate(date);
        if (reported) asm.reported = reported;
        if (col(row, 'PRIORIDAD')) asm.priority = col(row, 'PRIORIDAD');
      }
      if (!asm.commitment)
        log.add(makeProblem('missing-field', 'asm-text-missing', 'warning', { file, line, column: textColumn, key }, { found: id }));

      const year = readNumber(col(row, 'ANIO_RECOMENDACION'));
      const origin = col(row, 'ORIGEN_RECOMENDACION');
      if (year.kind !== 'value' || !Number.isInteger(year.value)) {
        log.add(
          makeProblem(
            'missing-field',
            'asm-year-missing',
            'error',
            { file, line, column: 'ANIO_RECOMENDACION', key },
            { found: shown(col(row, 'ANIO_RECOMENDACION')) },
          ),
        );
        return;
      }
      kept++;
      let p = programs.get(key);
      if (!p) {
        p = { key, evaluations: [] };
        if (col(row, 'DESC_PP')) p.name = col(row, 'DESC_PP');
        if (col(row, 'DESC_RAMO')) p.ramo = { id: parts.ramo, name: col(row, 'DESC_RAMO') };
        programs.set(key, p);
      }
      const code = evaluationCode(id) ?? '';
      const g = `${key}\u0000${code.toLowerCase()}\u0000${year.value}\u0000${origin}`;
      let ev = groups.get(g);
      if (!ev) {
        ev = { year: year.value, type: origin, synthetic: true, asm: [] };
        groups.set(g, ev);
        p.evaluations!.push(ev);
      }
      ev.asm!.push(asm);
    });

    return {
      layout: 'asm',
      programs: [...programs.values()],
      problems: [...log.done(file), ...shifted],
      stats: { rows: rows.length, kept },
    };
  },
};

/** "20s176pcr11_01" → "20s176pcr11" (the code of the evaluation the ASM comes from). */
export function evaluationCode(asmId: string | undefined): string | undefined {
  if (!asmId) return undefined;
  const m = /^(.+)_\d+$/.exec(asmId.trim());
  return m ? m[1] : undefined;
}

/** Type of evaluation without "Evaluación (de)" and accents: "Evaluación de Procesos" → "procesos". */
export function normalizeEvaluationType(t: string): string {
  return t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^evaluacion (de )?/, '');
}

/**
 * True when an evaluation id and an ASM evaluation code name the same evaluation. Evaluation ids are
 * ramo+program (6) + PAE/complementary letter + coordinator letter + type (2) + year (2)
 * ("20s176pccr11"); ASM codes lack the coordinator letter ("20s176pcr11").
 */
export function sameEvaluation(evaluationId: string, asmCode: string): boolean {
  const e = evaluationId.toLowerCase();
  const a = asmCode.toLowerCase();
  return e === a || (e.length === a.length + 1 && e.length >= 8 && e.slice(0, 7) + e.slice(8) === a);
}

/**
 * Attaches ASM groups (synthetic entries made by `asmAdapter`) to a program's evaluations:
 *  1. by code: the ASM code equals the evaluation id without its coordinator letter;
 *  2. else by type and year: same type (normalised) and ANIO_RECOMENDACION equal to the year the
 *     evaluation was concluded or to its PAE year, when exactly ONE evaluation fits;
 *  3. else (none, or several fit) the synthetic entry is kept as it is: never guessed.
 * Returns new arrays; inputs are not changed.
 */
export function attachAsm(
  evaluations: readonly Evaluation[],
  fromAsm: readonly Evaluation[],
): { evaluations: Evaluation[]; matched: number; unmatched: number } {
  const out = evaluations.map((e) => ({ ...e, ...(e.asm ? { asm: [...e.asm] } : {}) }));
  const real = out.filter((e) => !e.synthetic);
  let matched = 0;
  let unmatched = 0;
  for (const group of fromAsm) {
    const code = evaluationCode(group.asm?.[0]?.id);
    let target = code ? real.filter((e) => e.id && sameEvaluation(e.id, code)) : [];
    if (target.length !== 1) {
      const type = normalizeEvaluationType(group.type);
      target = real.filter((e) => {
        const pae = /(\d{4})/.exec(e.programme ?? '');
        return normalizeEvaluationType(e.type) === type && (e.year === group.year || (pae && Number(pae[1]) === group.year));
      });
    }
    if (target.length === 1) {
      const t = target[0]!;
      t.asm = [...(t.asm ?? []), ...(group.asm ?? [])];
      matched++;
    } else {
      out.push({ ...group, synthetic: true, ...(group.asm ? { asm: [...group.asm] } : {}) });
      unmatched++;
    }
  }
  return { evaluations: out, matched, unmatched };
}
