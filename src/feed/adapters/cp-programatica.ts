/**
 * `cp-programatica`: Cuenta Pública "gasto por categoría programática" flattened to CSV
 * (`CICLO, ENTE, RAMO, SUBRAMO, PROGRAMA, PRESUPUESTO, GC_*, GI_*, TOTAL, PORCENTAJE_*`). Pure.
 *
 * One row per program × line type: a title row (PRESUPUESTO = program name) then one row per moment
 * (Aprobado, Modificado, Devengado, Ejercicio = exercised; Comprometido/Pagado when present).
 * The row's TOTAL is the moment amount; the economic-type columns (GC_* corriente, GI_* inversión,
 * without the *_SUMA subtotals) become the breakdown `by: 'economic'`.
 *
 * The table names ramos but gives no number, so the ramo number comes from the federal catalogue
 * (federal-ramos.ts, by name, accent-insensitive). Legislativo and Judicial are one ramo each (01, 03) whose
 * RAMO column names the chamber or council: that becomes a `unit` breakdown.
 * Every TOTAL row (ente, ramo group, ramo or unit) is checked against the sum of its programs; a
 * difference is flagged, never fixed.
 */
import type { Moment } from '../types.js';
import type { Adapter, AdapterInput, AdapterResult } from './types.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { makeProblem } from '../problems.js';
import { addCents, centsToPesos, parseAmount, type CentSums } from './money.js';
import { normalizeRamo, parseProgramCode } from './program-code.js';
import { foldHeader, foldWords as fold } from './text-fold.js';
import { orderMoments } from './shcp-programs.js';
import { ramoIdByName } from './federal-ramos.js';
import { cpProgramsOf, type Acc } from './cp-programs.js';

/** Line types (PRESUPUESTO) that carry a moment. */
const MOMENT_ROWS: Record<string, Moment> = {
  aprobado: 'approved',
  modificado: 'modified',
  comprometido: 'committed',
  devengado: 'accrued',
  ejercicio: 'exercised',
  ejercido: 'exercised',
  pagado: 'paid',
};

const REQUIRED = ['ENTE', 'RAMO', 'PROGRAMA', 'PRESUPUESTO', 'TOTAL'];

function detect(header: string[]): boolean {
  const f = new Set(header.map(foldHeader));
  return REQUIRED.every((h) => f.has(h));
}

interface TotalBlock {
  label: string;
  line: number;
  totals: CentSums;
  sums: CentSums;
}

function adapt({ header, rows, file, options = {} }: AdapterInput): AdapterResult {
  const log = new ProblemLog();
  const idx = (name: string) => header.findIndex((h) => foldHeader(h) === name);
  const cEnte = idx('ENTE');
  const cRamo = idx('RAMO');
  const cSub = idx('SUBRAMO');
  const cProg = idx('PROGRAMA');
  const cLine = idx('PRESUPUESTO');
  const cTotal = idx('TOTAL');
  const cCycle = idx('CICLO');
  const economic = header.map((h, i) => ({ h: h.trim(), i })).filter(({ h }) => /^(GC|GI)_/.test(h) && !/_SUMA$/.test(h));
  const wantRamo = options.ramo !== undefined ? normalizeRamo(String(options.ramo)) : undefined;

  const programs = new Map<string, Acc>();
  const seenMoments = new Set<Moment>();
  // Open TOTAL blocks per level: 0 = ente, 1 = RAMO, 2 = SUBRAMO.
  const open: (TotalBlock | undefined)[] = [];
  const blocks: TotalBlock[] = [];
  const unitBlocks = new Map<string, number>(); // unit name → times its TOTAL block opened
  const pendingTitle = new Map<string, string>();
  const unknownRamos = new Set<string>();
  let cycle: number | undefined;
  let filtered = 0;

  rows.forEach((row, r) => {
    const line = r + 2;
    const ente = (row[cEnte] ?? '').trim();
    const ramoCol = (row[cRamo] ?? '').trim();
    const sub = cSub >= 0 ? (row[cSub] ?? '').trim() : '';
    const prog = (row[cProg] ?? '').trim();
    const kind = (row[cLine] ?? '').trim();
    if (!ente && !prog && !kind) return;
    if (cycle === undefined && cCycle >= 0) {
      const cy = Number((row[cCycle] ?? '').trim());
      if (Number.isInteger(cy) && cy > 1900) cycle = cy;
    }
    const moment = MOMENT_ROWS[fold(kind)];
    const isTotal = prog.toUpperCase() === 'TOTAL';
    if (!moment) {
      // Title row (program name) or a percentage row.
      if (!isTotal && !/^porcentaje/i.test(kind) && kind) pendingTitle.set(`${ente}|${ramoCol}|${sub}|${prog}`, kind);
      return;
    }
    const amount = parseAmount(row[cTotal]);
    if (amount.kind !== 'value') {
      log.add(
        amount.kind === 'invalid'
          ? makeProblem(
              'invalid-amount',
              'amount-unreadable',
              'error',
              { file, line, column: header[cTotal] },
              { found: shown(row[cTotal]) },
            )
          : makeProblem(
              'not-reported',
              'amount-not-reported',
              'note',
              { file, line, column: header[cTotal] },
              { found: shown(row[cTotal]) },
            ),
      );
      return;
    }
    const level = ramoCol === '' ? 0 : sub === '' && ente === 'Poder Ejecutivo' ? 1 : ente === 'Poder Ejecutivo' ? 2 : 1;
    if (isTotal) {
      // A TOTAL block opens at its first moment row; later moment rows of the same block fill it.
      let b = open[level];
      const label = [ente, ramoCol, sub].filter(Boolean).join(' / ');
      if (!b || b.label !== label || b.totals.has(moment)) {
        b = { label, line, totals: new Map(), sums: new Map() };
        blocks.push(b);
        open[level] = b;
        open.length = level + 1;
        if (level === 1 && ente !== 'Poder Ejecutivo') {
          const n = (unitBlocks.get(ramoCol) ?? 0) + 1;
          unitBlocks.set(ramoCol, n);
          if (n > 1)
            log.add(
              makeProblem(
                'repeated-block',
                'repeated-block',
                'warning',
                { file, line, column: header[cRamo] },
                { label: ramoCol, n, found: shown(ramoCol) },
              ),
            );
        }
      }
      addCents(b.totals, moment, amount.cents);
      return;
    }

    const code = parseProgramCode(prog);
    if (!code) {
      log.add(
        makeProblem('invalid-record', 'program-key-unreadable', 'error', { file, line, column: header[cProg] }, { found: shown(prog) }),
      );
      return;
    }
    // Ramo: the power for Legislativo/Judicial, else the ramo named in RAMO (autonomous bodies) or SUBRAMO (executive).
    const ramoName = ente === 'Poder Legislativo' || ente === 'Poder Judicial' ? ente : ente === 'Poder Ejecutivo' ? sub : ramoCol;
    const ramo = ramoIdByName(ramoName);
    if (!ramo && !unknownRamos.has(ramoName)) {
      unknownRamos.add(ramoName);
      log.add(makeProblem('unknown-ramo', 'ramo-unknown', 'warning', { file, line }, { found: shown(ramoName) }));
    }
    if (wantRamo !== undefined && ramo !== wantRamo) {
      filtered++;
      return;
    }
    const short = `${code.modality}${code.number}`;
    const key = ramo ? `${ramo}-${short}` : short;
    let acc = programs.get(key);
    if (!acc) programs.set(key, (acc = { key, ramoName, code: short, sums: new Map(), economic: new Map(), units: new Map() }));
    if (ramo) acc.ramo = ramo;
    const title = pendingTitle.get(`${ente}|${ramoCol}|${sub}|${prog}`);
    if (title && !acc.name) acc.name = title;
    seenMoments.add(moment);
    addCents(acc.sums, moment, amount.cents);
    const rowLabel = [ente, ramoCol, sub].filter(Boolean).join(' / ');
    for (const b of open) if (b && (rowLabel === b.label || rowLabel.startsWith(`${b.label} / `))) addCents(b.sums, moment, amount.cents);
    for (const { h, i } of economic) {
      const v = parseAmount(row[i]);
      if (v.kind !== 'value') {
        if (v.kind === 'invalid')
          log.add(makeProblem('invalid-amount', 'amount-unreadable', 'error', { file, line, column: h, key }, { found: shown(row[i]) }));
        continue;
      }
      let s = acc.economic.get(h);
      if (!s) acc.economic.set(h, (s = new Map()));
      addCents(s, moment, v.cents);
    }
    if (ramoName !== ramoCol && ramoCol && ente !== 'Poder Ejecutivo') {
      const n = unitBlocks.get(ramoCol) ?? 1;
      const id = n > 1 ? `${ramoCol} (${n})` : ramoCol;
      let u = acc.units.get(id);
      if (!u) acc.units.set(id, (u = { name: id, sums: new Map() }));
      addCents(u.sums, moment, amount.cents);
    }
  });

  const moments = orderMoments(seenMoments);
  if (wantRamo === undefined)
    for (const b of blocks) {
      for (const [m, t] of b.totals) {
        const s = b.sums.get(m) ?? 0;
        if (s !== t)
          log.add(
            makeProblem(
              'total-mismatch',
              'block-total-mismatch',
              'warning',
              { file, line: b.line, column: header[cTotal] },
              { label: b.label, moment: m, expected: 'value', expectedValue: String(centsToPesos(t)), found: String(centsToPesos(s)) },
            ),
          );
      }
    }

  const out = cpProgramsOf(programs.values(), economic, moments);
  const result: AdapterResult = {
    layout: 'cp-programatica',
    programs: out,
    moments,
    problems: log.done(file),
    stats: { rows: rows.length, kept: rows.length - filtered },
  };
  const cy = options.cycle ?? cycle;
  if (cy !== undefined) result.cycle = cy;
  return result;
}

export const cpProgramatica: Adapter = { name: 'cp-programatica', detect, adapt };
