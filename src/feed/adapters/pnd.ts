/**
 * `pnd`: SHCP's "Alineación de Estructuras Programáticas" (program alignment to the national
 * development plan, PND, and to the sectoral programs derived from it) → `Program.plan.national`.
 *
 * Five yearly layouts (the year decides the layout; detected here from the header):
 *  - A (2014): PND 2013–2018 meta nacional / objetivo / estrategia, columns `Ramo`, `Programa Pres`, `X[Descripción]`;
 *  - B (2015–2018): A + sectoral/institutional program, its objective and strategy;
 *  - C (2019): `CICLO`, `PROYECTO`, PND 2019–2024 `DIRECTRIZ`;
 *  - D (2020): `PROGRAMA PRESUPUESTARIO`, `EJE_PND 2019-2024`;
 *  - E (2021): D + derived program (`PROGRAMA`), its `OBJETIVO PRIORITARIO` and `ESTRATEGIA PRIORITARIA`.
 * Mapping: axis = goal / directriz / eje (its name); objective, strategy = PND codes (names in
 * objectiveName, strategyName); sectoral = sectoral program name; sectoralObjective/Strategy = codes
 * (names alongside). In 2021 the "objetivo/estrategia prioritaria" belong to the sectoral program,
 * so they are sectoralObjective/sectoralStrategy, not PND ones.
 *
 * Rows are per program × responsible unit (20-S176: 34 rows) and are deduplicated. When the units of
 * one program are aligned differently, the alignment is kept down to the last level on which all
 * rows agree (axis → objective → strategy; sectoral → objective → strategy), and a note lists how
 * many variants there were: a single alignment is never picked among several.
 *
 * Year: `CICLO` when present, else the year in the file name, else the `cycle` option.
 */
import type { PlanAlignment, Problem } from '../types.js';
import type { Adapter, AdapterInput, AdapterResult, PartialProgram } from './types.js';
import { normalizeRamo } from './program-code.js';
import { ProblemLog } from './adapter-problems.js';
import { makeProblem } from '../problems.js';
import { columnReader, formatProgramKey, parseProgramKey, readNumber, yearFromFileName } from './keys.js';

interface Layout {
  id: 'A' | 'B' | 'C' | 'D' | 'E';
  ramo: [string, string];
  modality: [string, string];
  number: [string, string];
  /** Each chain: [code column, name column] per level. */
  national: [string, string][];
  sectoral: [string, string][];
}

const d = (c: string): [string, string] => [c, `${c}[Descripción]`];
const LAYOUT_A: Layout = {
  id: 'A',
  ramo: d('Ramo'),
  modality: d('Modalidad'),
  number: d('Programa Pres'),
  national: [d('Meta Nacional'), d('Objetivo de la Meta Nacional'), d('Estrategia del Objetivo de la Meta Nacional')],
  sectoral: [],
};
const LAYOUT_B: Layout = {
  ...LAYOUT_A,
  id: 'B',
  sectoral: [
    d('Programa Sectorial/Institucional'),
    d('Objetivo del Programa Sectorial/Institucional'),
    d('Estrategia del Objetivo del Programa Sect/Inst'),
  ],
};
const LAYOUT_C: Layout = {
  id: 'C',
  ramo: ['RAMO', 'RAMO_DESCRIPCION'],
  modality: ['MODALIDAD', 'MODALIDAD_DESCRIPCION'],
  number: ['PROYECTO', 'PROGR_PRES_DESCRIPCION'],
  national: [['DIRECTRIZ', 'DIRECTRIZ_DESCRIPCION']],
  sectoral: [],
};
const LAYOUT_D: Layout = {
  ...LAYOUT_C,
  id: 'D',
  number: ['PROGRAMA PRESUPUESTARIO', 'PROGR_PRES_DESCRIPCION'],
  national: [['EJE_PND 2019-2024', 'EJE_PND 2019-2024_DESCRIPCION']],
};
const LAYOUT_E: Layout = {
  ...LAYOUT_D,
  id: 'E',
  sectoral: [
    ['PROGRAMA', 'DESCRIPCION_PROGRAMA'],
    ['OBJETIVO PRIORITARIO', 'DESCRIPCION_OBJETIVO PRIORITARIO'],
    ['ESTRATEGIA PRIORITARIA', 'DESCRIPCION_ESTRATEGIA PRIORITARIA'],
  ],
};

/** The layout of a header, most specific first. */
export function pndLayout(header: readonly string[]): Layout | undefined {
  const h = new Set(header);
  const all = (l: Layout) => [l.ramo[0], l.modality[0], l.number[0], ...l.national.flat(), ...l.sectoral.flat()].every((c) => h.has(c));
  return [LAYOUT_E, LAYOUT_D, LAYOUT_C, LAYOUT_B, LAYOUT_A].find(all);
}

type Level = [code: string, name: string];

interface Acc {
  program: PartialProgram;
  national: Map<string, Level[]>;
  sectoral: Map<string, Level[]>;
  rows: number;
}

/**
 * The levels all variants agree on, from the top down (a strategy code means nothing without its
 * objective). Returns the agreed levels and whether some level disagreed.
 */
function agreed(variants: Level[][]): { levels: Level[]; split: boolean } {
  const levels: Level[] = [];
  const depth = Math.max(0, ...variants.map((v) => v.length));
  for (let i = 0; i < depth; i++) {
    const set = new Set(variants.map((v) => JSON.stringify(v[i] ?? ['', ''])));
    if (set.size !== 1) return { levels, split: true };
    levels.push(JSON.parse([...set][0]!) as Level);
  }
  return { levels, split: false };
}

export const pndAdapter: Adapter = {
  name: 'pnd',
  detect(header) {
    return pndLayout(header) !== undefined;
  },
  adapt(input: AdapterInput): AdapterResult {
    const { header, rows, file, options } = input;
    const layout = pndLayout(header)!;
    const { col } = columnReader(header);
    const log = new ProblemLog();
    const ramoFilter = options?.ramo ? normalizeRamo(options.ramo) : undefined;
    const accs = new Map<string, Acc>();
    let cycle: number | undefined;
    let kept = 0;

    rows.forEach((row, i) => {
      const line = i + 2;
      const parts = log.keyed(
        parseProgramKey(col(row, layout.modality[0]), col(row, layout.number[0]), col(row, layout.ramo[0])),
        { file, line, column: layout.number[0] },
        `${col(row, layout.ramo[0])}-${col(row, layout.modality[0])}${col(row, layout.number[0])}`,
      );
      if (!parts) return;
      if (ramoFilter && parts.ramo !== ramoFilter) return;
      const c = readNumber(col(row, 'CICLO'));
      if (c.kind === 'value') cycle ??= c.value;
      kept++;
      const key = formatProgramKey(parts);
      let acc = accs.get(key);
      if (!acc) {
        const program: PartialProgram = { key };
        if (col(row, layout.number[1])) program.name = col(row, layout.number[1]);
        if (col(row, layout.ramo[1])) program.ramo = { id: parts.ramo, name: col(row, layout.ramo[1]) };
        if (col(row, layout.modality[1])) program.modality = { id: parts.modality, name: col(row, layout.modality[1]) };
        acc = { program, national: new Map(), sectoral: new Map(), rows: 0 };
        accs.set(key, acc);
      }
      acc.rows++;
      const levels = (chain: [string, string][]): Level[] => chain.map(([code, name]) => [col(row, code), col(row, name)]);
      const n = levels(layout.national);
      acc.national.set(JSON.stringify(n), n);
      const s = levels(layout.sectoral);
      acc.sectoral.set(JSON.stringify(s), s);
    });

    const year = cycle ?? yearFromFileName(file) ?? options?.cycle;
    const programs: PartialProgram[] = [];
    const splits: Problem[] = [];
    for (const [key, acc] of accs) {
      const nat = agreed([...acc.national.values()]);
      const sec = agreed([...acc.sectoral.values()]);
      const plan: PlanAlignment = {};
      const [axis, objective, strategy] = nat.levels;
      if (axis && (axis[1] || axis[0])) {
        plan.axis = axis[1] || axis[0];
        if (objective?.[0]) {
          plan.objective = objective[0];
          if (objective[1]) plan.objectiveName = objective[1];
          if (strategy?.[0]) {
            plan.strategy = strategy[0];
            if (strategy[1]) plan.strategyName = strategy[1];
          }
        }
      }
      const [sectoral, sObjective, sStrategy] = sec.levels;
      if (sectoral && (sectoral[1] || sectoral[0])) {
        plan.sectoral = sectoral[1] || sectoral[0];
        if (sObjective?.[0]) {
          plan.sectoralObjective = sObjective[0];
          if (sObjective[1]) plan.sectoralObjectiveName = sObjective[1];
          if (sStrategy?.[0]) {
            plan.sectoralStrategy = sStrategy[0];
            if (sStrategy[1]) plan.sectoralStrategyName = sStrategy[1];
          }
        }
      }
      if (nat.split || sec.split)
        splits.push(
          makeProblem(
            'multiple-alignments',
            'plan-alignments-differ',
            'note',
            { file, key },
            { found: `${acc.national.size}×${acc.sectoral.size} variants in ${acc.rows} rows` },
          ),
        );
      if (Object.keys(plan).length) {
        if (year !== undefined) plan.year = year;
        acc.program.plan = { national: plan };
      }
      programs.push(acc.program);
    }
    const result: AdapterResult = { layout: 'pnd', programs, problems: [...log.done(file), ...splits], stats: { rows: rows.length, kept } };
    if (year !== undefined) result.cycle = year;
    return result;
  },
};
