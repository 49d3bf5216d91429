/**
 * Program-level CONAC statements (pure): "Programas y Proyectos de Inversión" and "Indicadores de
 * Resultados". One row per budget program, keyed by the publisher's own key (`G1025`, `P0667`),
 * with its amounts; the total row is compared with the sum of the programs to the cent.
 * Key columns are found by their content (a header that names them swapped is flagged).
 */
import { makeProblem } from '../problems.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { scanCents } from './money.js';
import {
  centsAmounts,
  checkArithmetic,
  checkSums,
  type Cents,
  type StatementDetail,
  type StatementRow,
  type StatementTotal,
} from './statement-checks.js';
import { entityOf, findStatementHeader, foldHeaderCell, isTotalLabel, periodOf, type StatementColumn } from './statement-grid.js';
import { provenanceTitle } from './conac-statements.js';
import { foldWords } from './text-fold.js';
import type { AdapterResult, PartialProgram, SheetAdapter, SheetInput } from './types.js';

const KINDS = [
  { kind: 'conac-ppi', re: /programas y proyectos de inversion/, title: 'Programas y Proyectos de Inversión' },
  { kind: 'conac-ir', re: /indicadores de resultados/, title: 'Indicadores de Resultados' },
] as const;

const KEY = /^[A-Z]\d{3,4}$/;

function kindOf(sheet: SheetInput) {
  const h = findStatementHeader(sheet.rows);
  if (!h) return undefined;
  const t = foldWords(h.title.join(' '));
  const k = KINDS.find((x) => x.re.test(t));
  return k ? { h, k } : undefined;
}

export const conacPrograms: SheetAdapter = {
  name: 'conac-programs',
  detect: (sheet) => !!kindOf(sheet),
  adapt(sheet): AdapterResult {
    const found = kindOf(sheet);
    if (!found) throw new Error('not a CONAC program statement');
    const { h, k } = found;
    const log = new ProblemLog();
    const data = sheet.rows.slice(h.dataRow);
    const width = Math.max(0, ...data.map((r) => r.length));
    const firstAmount = Math.min(...h.columns.keys());
    // Key column: the one whose cells look like program keys; modality: one capital letter.
    const share = (c: number, re: RegExp) => data.filter((r) => re.test((r[c] ?? '').trim())).length;
    let keyCol = -1;
    let best = 0;
    for (let c = 0; c < Math.min(width, firstAmount); c++) {
      const n = share(c, KEY);
      if (n > best) [keyCol, best] = [c, n];
    }
    const modCol = [...Array(firstAmount).keys()].find((c) => c !== keyCol && share(c, /^[A-Z]$/) >= Math.max(1, best / 2));
    const names = h.names.map(foldHeaderCell);
    const said = names.findIndex((n) => /clave del programa/.test(n));
    if (said >= 0 && keyCol >= 0 && said !== keyCol)
      log.add(
        makeProblem(
          'swapped-columns',
          'program-key-column-swapped',
          'warning',
          { file: sheet.file, line: h.momentRow + 1, column: String.fromCharCode(65 + keyCol) },
          { found: shown(h.names[said]) },
        ),
      );
    const nameCol = names.findIndex((n, c) => c !== keyCol && c < firstAmount && /nombre|denominacion/.test(n) && !/clave/.test(n));
    const urCol = names.findIndex((n) => /(^| )ur$|unidad responsable/.test(n));
    const fnCol = names.findIndex((n) => /clasificacion funcional/.test(n));
    const detail: StatementDetail = {
      kind: k.kind,
      title: h.title,
      ...(entityOf(h.title) ? { entity: entityOf(h.title)! } : {}),
      ...(periodOf(h.title) ? { period: periodOf(h.title)! } : {}),
      columns: [...new Set(h.columns.values())],
      rows: [],
      totals: [],
    };
    const programs: PartialProgram[] = [];
    data.forEach((cells, i) => {
      const line = h.dataRow + i + 1;
      const cents: Cents = {};
      let has = false;
      for (const [c, col] of h.columns) {
        const t = (cells[c] ?? '').trim();
        if (!t) continue;
        const v = scanCents(t);
        if (!Number.isFinite(v)) {
          log.add(
            makeProblem('invalid-amount', 'amount-unreadable', 'error', { file: sheet.file, line, column: col }, { found: shown(t) }),
          );
          continue;
        }
        cents[col as StatementColumn] = v;
        has = true;
      }
      if (!has) return;
      const labels = cells.slice(0, firstAmount).map((c) => c.trim());
      if (labels.some((l) => isTotalLabel(l))) {
        detail.totals.push({ line, label: labels.find((l) => isTotalLabel(l))!, cents } satisfies StatementTotal);
        return;
      }
      const key = (cells[keyCol] ?? '').trim();
      if (!KEY.test(key)) {
        log.add(makeProblem('missing-key', 'program-row-without-key', 'error', { file: sheet.file, line }, { found: shown(key) }));
        return;
      }
      const name = (cells[nameCol] ?? '').replace(/\s+/g, ' ').trim() || key;
      const row: StatementRow = { line, by: 'program', id: key, name, cents };
      detail.rows.push(row);
      const p: PartialProgram = { key, name, amounts: centsAmounts(cents) };
      const ur = urCol >= 0 ? (cells[urCol] ?? '').trim() : '';
      if (ur) p.unit = { id: ur, name: ur };
      const mod = modCol !== undefined ? (cells[modCol] ?? '').trim() : '';
      if (mod) p.modality = { id: mod, name: mod };
      if (fnCol >= 0 && cells[fnCol]?.trim()) row.parent = cells[fnCol]!.trim();
      programs.push(p);
    });
    checkSums(detail, sheet.file, [{ by: 'program', total: detail.totals[0] }], log);
    checkArithmetic(detail, sheet.file, log);
    const period = detail.period;
    const momentCols: StatementColumn[] = ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'];
    return {
      layout: k.kind,
      programs,
      moments: momentCols.filter((c) => detail.columns.includes(c)),
      ...(period ? { cycle: period.year } : {}),
      meta: {
        ...(period ? { asOf: period.to } : {}),
        sources: [{ title: provenanceTitle(`${k.title}${detail.entity ? ` (${detail.entity})` : ''}`, period) }],
      },
      statement: detail,
      problems: log.done(sheet.file),
      stats: { rows: data.length, kept: programs.length },
    };
  },
};
