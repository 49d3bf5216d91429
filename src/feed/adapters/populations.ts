/**
 * `populations`: SHCP's potential / target / served populations of federal programs, by sex
 * (`poblaciones-programas-<year>`), one row per program × good/service delivered → `Program.population`.
 *
 * - Program key: Ramo + Clave_Pp ("S174"); the same Clave_Pp under two ramos is two programs.
 * - The figures are repeated on every row of a program (one row per apoyo): they are taken ONCE,
 *   never added up. When the rows of one program disagree on a population (30 of 157 programs in
 *   2017 give different figures per apoyo), that population is left out and flagged: whether such
 *   figures overlap or add up cannot be told from the file.
 * - women / men / unspecified ("indistinto") / areas ("áreas de enfoque") as published. No total
 *   is computed: "indistinto" is sometimes the sum of the other two, so adding would double count.
 * - unit: Unidad_medida_PP for the potential population, Unidad_medida_PO for the target and the
 *   served ones (the file has no unit of its own for the served population).
 * - Cells that are text, not numbers ("Por determinar la cuantificación", "761,325 jóvenes") are
 *   flagged and left absent.
 */
import type { Population, PopulationBySex, Problem } from '../types.js';
import type { Adapter, AdapterInput, AdapterResult, PartialProgram } from './types.js';
import { normalizeRamo } from './program-code.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { makeProblem } from '../problems.js';
import { columnReader, formatProgramKey, hasAll, parseProgramKey, readNumber } from './keys.js';

type Group = keyof Population;
const GROUPS: { group: Group; prefix: string; unit: string }[] = [
  { group: 'potential', prefix: 'Poblacion_potencial', unit: 'Unidad_medida_PP' },
  { group: 'target', prefix: 'Poblacion_objetivo', unit: 'Unidad_medida_PO' },
  { group: 'served', prefix: 'Poblacion_atendida', unit: 'Unidad_medida_PO' },
];
const PARTS: { field: 'women' | 'men' | 'unspecified' | 'areas'; suffix: string }[] = [
  { field: 'women', suffix: 'mujeres' },
  { field: 'men', suffix: 'hombres' },
  { field: 'unspecified', suffix: 'indistinto' },
  { field: 'areas', suffix: 'areas_de_enfoque' },
];

interface Acc {
  program: PartialProgram;
  /** Per group: distinct figure sets seen (as JSON) → the figures and the first unit. */
  seen: Map<Group, Map<string, PopulationBySex>>;
  rows: number;
}

export const populationsAdapter: Adapter = {
  name: 'populations',
  detect(header) {
    return (
      hasAll(header, ['Ramo', 'Clave_Pp']) && header.some((h) => /^Poblacion_(potencial|objetivo|atendida)_(mujeres|hombres)$/.test(h))
    );
  },
  adapt(input: AdapterInput): AdapterResult {
    const { header, rows, file, options } = input;
    const { col, has } = columnReader(header);
    const log = new ProblemLog();
    const ramoFilter = options?.ramo ? normalizeRamo(options.ramo) : undefined;
    const accs = new Map<string, Acc>();
    let kept = 0;

    rows.forEach((row, i) => {
      const line = i + 2;
      const parts = log.keyed(
        parseProgramKey(col(row, 'Clave_Pp'), undefined, col(row, 'Ramo')),
        { file, line, column: 'Clave_Pp' },
        `${col(row, 'Ramo')} ${col(row, 'Clave_Pp')}`,
      );
      if (!parts) return;
      if (ramoFilter && parts.ramo !== ramoFilter) return;
      kept++;
      const key = formatProgramKey(parts);
      let acc = accs.get(key);
      if (!acc) {
        const program: PartialProgram = { key };
        if (col(row, 'Desc_Pp')) program.name = col(row, 'Desc_Pp');
        if (col(row, 'Desc_ramo')) program.ramo = { id: parts.ramo, name: col(row, 'Desc_ramo') };
        acc = { program, seen: new Map(), rows: 0 };
        accs.set(key, acc);
      }
      acc.rows++;
      for (const g of GROUPS) {
        const fig: PopulationBySex = {};
        for (const part of PARTS) {
          const name = `${g.prefix}_${part.suffix}`;
          if (!has(name)) continue;
          const r = readNumber(col(row, name));
          if (r.kind === 'value') fig[part.field] = r.value;
          else if (r.kind === 'invalid')
            log.add(
              makeProblem(
                'invalid-number',
                'population-not-figure',
                'warning',
                { file, line, column: name, key },
                { found: shown(col(row, name)) },
              ),
            );
        }
        const id = JSON.stringify(fig);
        let seen = acc.seen.get(g.group);
        if (!seen) acc.seen.set(g.group, (seen = new Map()));
        if (!seen.has(id)) {
          const unit = col(row, g.unit);
          seen.set(id, unit ? { ...fig, unit } : fig);
        }
      }
    });

    const programs: PartialProgram[] = [];
    const inconsistent: Problem[] = [];
    for (const [key, acc] of accs) {
      const population: Population = {};
      const mixed: Group[] = [];
      for (const g of GROUPS) {
        const variants = [...(acc.seen.get(g.group)?.values() ?? [])];
        if (variants.length === 1) {
          const v = variants[0]!;
          if (PARTS.some((p) => v[p.field] !== undefined)) population[g.group] = v;
        } else if (variants.length > 1) mixed.push(g.group);
      }
      if (mixed.length)
        inconsistent.push(
          makeProblem(
            'inconsistent-repeat',
            'population-rows-differ',
            'warning',
            { file, key },
            { groups: mixed.join(', '), found: `${mixed.join(', ')} (${acc.rows} rows)` },
          ),
        );
      if (Object.keys(population).length) acc.program.population = population;
      programs.push(acc.program);
    }
    return { layout: 'populations', programs, problems: [...log.done(file), ...inconsistent], stats: { rows: rows.length, kept } };
  },
};
