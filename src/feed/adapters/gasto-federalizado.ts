/**
 * `gasto-federalizado`: SHCP's quarterly report on federal transfers by state ("avance financiero",
 * e.g. Puebla 2016 Q1), one row per program total or per partida, with seven moments. Pure.
 *
 * - Moments: Aprobado, Modificado, Recaudado (Ministrado) → `ministered` (placed after modified),
 *   Comprometido, Devengado, Ejercido, Pagado. Cumulative to the quarter.
 * - `1.- PROGRAMA PRESUPUESTARIO` rows are authoritative: they give the program amounts (summed over
 *   the program's total rows: one per resource year and executing government) and a breakdown by
 *   executing government (`by: 'municipality'`). `2.- PARTIDA` rows become `by: 'item'` (partida
 *   genérica) and are checked against the totals; a difference is flagged, never fixed.
 * - `N/R` (no reportado) leaves the moment absent (never 0); each such row is noted.
 * - Key: Clave Ramo + Clave Programa ("33-I016"). The ramo is kept because one program code can
 *   belong to two ramos in the same report (U006 in ramos 4 and 11); a short `program="I016"` still
 *   finds it when unique.
 */
import type { BreakdownRow, Moment } from '../types.js';
import type { Adapter, AdapterInput, AdapterResult, PartialProgram } from './types.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { addCents, centsToAmounts, centsToPesos, parseAmount, type CentSums } from './money.js';
import { foldHeader } from './text-fold.js';
import { modalityOf, normalizeRamo, programKey } from './program-code.js';
import { makeProblem } from '../problems.js';

/** Folded header → moment, in report order. */
const MOMENT_COLUMNS: [string, Moment][] = [
  ['APROBADO', 'approved'],
  ['MODIFICADO', 'modified'],
  ['RECAUDADOMINISTRADO', 'ministered'],
  ['COMPROMETIDO', 'committed'],
  ['DEVENGADO', 'accrued'],
  ['EJERCIDO', 'exercised'],
  ['PAGADO', 'paid'],
];
/** The order of this source's moments: the standard six with `ministered` after `modified`. */
export const FEDERALIZED_MOMENTS: Moment[] = ['approved', 'modified', 'ministered', 'committed', 'accrued', 'exercised', 'paid'];

function detect(header: string[]): boolean {
  const f = new Set(header.map(foldHeader));
  return f.has('TIPODEREGISTRO') && f.has('CLAVEPROGRAMA') && MOMENT_COLUMNS.some(([h]) => f.has(h));
}

interface Group {
  name: string;
  sums: CentSums;
}
interface Acc {
  key: string;
  ramo?: string;
  ramoName: string;
  code: string;
  name: string;
  sums: CentSums;
  /** Moments each of its total rows reported, to tell "partly reported" from "not reported". */
  totalRows: number;
  unreported: Map<Moment, number>;
  items: Map<string, Group>;
  itemSums: CentSums;
  governments: Map<string, Group>;
  line: number;
}

const splitCoded = (v: string): { id: string; name: string } => {
  const m = /^\s*([^-\s]+)\s+-\s+(.*)$/.exec(v);
  return m ? { id: m[1]!, name: m[2]!.trim() } : { id: v.trim(), name: v.trim() };
};

function adapt({ header, rows, file, options = {} }: AdapterInput): AdapterResult {
  const log = new ProblemLog();
  const folded = header.map(foldHeader);
  const at = (h: string) => folded.indexOf(h);
  const cType = at('TIPODEREGISTRO');
  const cRamo = at('CLAVERAMO');
  const cRamoName = at('DESCRIPCIONRAMO');
  const cProg = at('CLAVEPROGRAMA');
  const cProgName = at('DESCRIPCIONPROGRAMA');
  const cGov = at('MUNICIPIO');
  const cPartida = at('PARTIDA');
  const cCycle = at('CICLODERECURSO');
  const measures = MOMENT_COLUMNS.map(([h, m]) => ({ index: at(h), moment: m })).filter((x) => x.index >= 0);
  const moments = FEDERALIZED_MOMENTS.filter((m) => measures.some((x) => x.moment === m));
  const wantRamo = options.ramo !== undefined ? normalizeRamo(String(options.ramo)) : undefined;
  const programs = new Map<string, Acc>();
  let cycle: number | undefined;
  let kept = 0;

  rows.forEach((row, r) => {
    const line = r + 2;
    const type = (row[cType] ?? '').trim();
    if (!type) return;
    const isTotal = type.startsWith('1');
    const isItem = type.startsWith('2');
    if (!isTotal && !isItem) {
      log.add(
        makeProblem('invalid-record', 'record-type-unknown', 'warning', { file, line, column: header[cType] }, { found: shown(type) }),
      );
      return;
    }
    const ramoRaw = cRamo >= 0 ? row[cRamo] : undefined;
    const ramo = normalizeRamo(ramoRaw);
    if (wantRamo !== undefined && ramo !== wantRamo) return;
    const key = programKey(ramo, undefined, row[cProg]);
    if (!key) {
      log.add(
        makeProblem(
          'invalid-record',
          'program-key-unreadable',
          'error',
          { file, line, column: header[cProg] },
          { found: shown(row[cProg]) },
        ),
      );
      return;
    }
    kept++;
    const cy = Number((row[cCycle] ?? '').trim());
    if (Number.isInteger(cy) && cy > 1900 && (cycle === undefined || cy > cycle)) cycle = cy;
    let acc = programs.get(key);
    if (!acc) {
      const code = key.slice(key.indexOf('-') + 1);
      acc = {
        key,
        ramoName: (row[cRamoName] ?? '').trim(),
        code,
        name: (row[cProgName] ?? '').trim() || code,
        sums: new Map(),
        totalRows: 0,
        unreported: new Map(),
        items: new Map(),
        itemSums: new Map(),
        governments: new Map(),
        line,
      };
      if (ramo) acc.ramo = ramo;
      programs.set(key, acc);
    }
    if (isTotal) acc.totalRows++;
    const notReported: string[] = [];
    for (const { index, moment } of measures) {
      const cell = row[index];
      const v = parseAmount(cell);
      if (v.kind === 'invalid') {
        log.add(
          makeProblem('invalid-amount', 'amount-unreadable', 'error', { file, line, column: header[index], key }, { found: shown(cell) }),
        );
        continue;
      }
      if (v.kind === 'absent') {
        if (isTotal) {
          notReported.push(header[index]!);
          acc.unreported.set(moment, (acc.unreported.get(moment) ?? 0) + 1);
        }
        continue;
      }
      if (isTotal) {
        addCents(acc.sums, moment, v.cents);
        const gov = (row[cGov] ?? '').trim();
        if (gov) {
          let g = acc.governments.get(gov);
          if (!g) acc.governments.set(gov, (g = { name: gov, sums: new Map() }));
          addCents(g.sums, moment, v.cents);
        }
      } else {
        addCents(acc.itemSums, moment, v.cents);
        const { id, name } = splitCoded(row[cPartida] ?? '');
        let g = acc.items.get(id);
        if (!g) acc.items.set(id, (g = { name, sums: new Map() }));
        addCents(g.sums, moment, v.cents);
      }
    }
    if (notReported.length)
      log.add(
        makeProblem(
          'not-reported',
          'program-total-not-reported',
          'note',
          { file, line, key },
          { count: notReported.length, found: shown(row[measures[0]!.index]) },
        ),
      );
  });

  const out: PartialProgram[] = [];
  for (const a of programs.values()) {
    const partly = [...a.unreported].filter(([, n]) => n < a.totalRows);
    if (partly.length) {
      const list = partly.map(([m, n]) => `${m} ${n}/${a.totalRows}`).join(', ');
      log.add(makeProblem('partly-reported', 'total-partly-reported', 'warning', { file, key: a.key, line: a.line }, { found: list }));
    }
    for (const m of moments) {
      const t = a.sums.get(m);
      const s = a.itemSums.get(m);
      if (t !== undefined && s !== undefined && t !== s)
        log.add(
          makeProblem(
            'total-mismatch',
            'partidas-total-mismatch',
            'warning',
            { file, key: a.key, line: a.line },
            { moment: m, expected: 'value', expectedValue: String(centsToPesos(t)), found: String(centsToPesos(s)) },
          ),
        );
    }
    const p: PartialProgram = { key: a.key, name: a.name, amounts: centsToAmounts(a.sums, moments), modality: modalityOf(a.code) };
    if (a.ramo) p.ramo = { id: a.ramo, name: a.ramoName };
    const breakdown: BreakdownRow[] = [];
    const byId = (x: string, y: string) => x.localeCompare(y, 'es', { numeric: true });
    for (const id of [...a.items.keys()].sort(byId)) {
      const g = a.items.get(id)!;
      breakdown.push({ by: 'item', id, name: g.name, amounts: centsToAmounts(g.sums, moments) });
    }
    for (const id of [...a.governments.keys()].sort(byId)) {
      const g = a.governments.get(id)!;
      breakdown.push({ by: 'municipality', id, name: g.name, amounts: centsToAmounts(g.sums, moments) });
    }
    if (breakdown.length) p.breakdown = breakdown;
    out.push(p);
  }
  out.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const result: AdapterResult = {
    layout: 'gasto-federalizado',
    programs: out,
    moments,
    problems: log.done(file),
    stats: { rows: rows.length, kept },
  };
  const cy = options.cycle ?? cycle;
  if (cy !== undefined) result.cycle = cy;
  return result;
}

export const gastoFederalizado: Adapter = { name: 'gasto-federalizado', detect, adapt };
