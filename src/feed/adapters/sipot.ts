/**
 * The national transparency platform's (SIPOT) budget formats as exported to XLSX (pure): six
 * metadata rows (format id, title, field types, field ids, "Tabla Campos") before the real header,
 * one record per row, and one-to-many sub-tables in sheets named `Tabla_<field id>` referenced by ID.
 *
 * - 53503 "Gasto por Capítulo, Concepto y Partida": the level is the key column that is filled.
 * - 53482 "Ejercicio de los egresos presupuestarios": EAEPE by chapter in the sub-table.
 * - 53481 "Presupuesto asignado anual": the annual budget, split by chapter in the sub-table; the
 *   split is checked against the annual figure to the cent.
 */
import { makeProblem } from '../problems.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { scanCents } from './money.js';
import {
  breakdownRows,
  centsAmounts,
  checkArithmetic,
  checkSums,
  sumCents,
  type Cents,
  type StatementDetail,
  type StatementRow,
} from './statement-checks.js';
import { columnOf, foldHeaderCell, type StatementColumn } from './statement-grid.js';
import { provenanceTitle } from './conac-statements.js';
import type { AdapterResult, SheetAdapter, SheetInput } from './types.js';

/** Row index of the real header: the row after "Tabla Campos" (or the sub-table's third row). */
function sipotHeaderRow(rows: string[][]): number | undefined {
  for (let r = 0; r < Math.min(rows.length, 12); r++) if (foldHeaderCell(rows[r]?.[0] ?? '') === 'tabla campos') return r + 1;
  return undefined;
}

const CHAPTER = /^clave del capitulo/;
const CONCEPT = /^clave del concepto/;
const ITEM = /^clave de la partida/;
const NAME = /^denominacion/;

interface Columns {
  money: Map<number, StatementColumn>;
  chapter: number;
  concept: number;
  item: number;
  name: number;
}

function columns(header: string[], approvedWords?: RegExp): Columns {
  const f = header.map(foldHeaderCell);
  const money = new Map<number, StatementColumn>();
  const seen = new Set<StatementColumn>();
  f.forEach((h, c) => {
    const col = approvedWords?.test(h)
      ? 'approved'
      : /^(clave|denominacion|id$|ejercicio|fecha|justificacion|hipervinculo|area|nota)/.test(h)
        ? undefined
        : columnOf(header[c]!);
    if (col && !seen.has(col)) {
      seen.add(col);
      money.set(c, col);
    }
  });
  return {
    money,
    chapter: f.findIndex((h) => CHAPTER.test(h)),
    concept: f.findIndex((h) => CONCEPT.test(h)),
    item: f.findIndex((h) => ITEM.test(h)),
    name: f.findIndex((h) => NAME.test(h)),
  };
}

/** Rows of a classification-by-COG table (main sheet or sub-table), level by the key column filled. */
function cogRows(rows: string[][], from: number, cols: Columns, file: string, log: ProblemLog): StatementRow[] {
  const out: StatementRow[] = [];
  let chapter: string | undefined;
  let concept: string | undefined;
  for (let r = from; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const cents: Cents = {};
    let has = false;
    for (const [c, col] of cols.money) {
      const t = (cells[c] ?? '').trim();
      if (!t) continue;
      const v = scanCents(t);
      if (!Number.isFinite(v)) {
        log.add(makeProblem('invalid-amount', 'amount-unreadable', 'error', { file, line: r + 1, column: col }, { found: shown(t) }));
        continue;
      }
      cents[col] = v;
      has = true;
    }
    const key = (c: number) => (c >= 0 ? (cells[c] ?? '').trim() : '');
    const name = key(cols.name).replace(/\s+/g, ' ');
    const [k1, k2, k3] = [key(cols.chapter), key(cols.concept), key(cols.item)];
    if (!has && !k1 && !k2 && !k3) continue;
    const line = r + 1;
    if (k3) out.push({ line, by: 'item', id: k3.slice(0, 3), name, ...(concept ? { parent: concept } : {}), cents });
    else if (k2) {
      concept = `${k2.slice(0, 2)}00`;
      out.push({ line, by: 'concept', id: concept, name, ...(chapter ? { parent: chapter } : {}), cents });
    } else if (k1) {
      chapter = `${k1.slice(0, 1)}000`;
      out.push({ line, by: 'chapter', id: chapter, name, cents });
    } else log.add(makeProblem('missing-key', 'cog-row-without-key', 'error', { file, line }));
  }
  return out;
}

const FORMATS: Record<string, string> = {
  '53503': 'Gasto por Capítulo, Concepto y Partida (SIPOT, formato 53503)',
  '53482': 'Ejercicio de los egresos presupuestarios (SIPOT, formato 53482)',
  '53481': 'Presupuesto asignado anual (SIPOT, formato 53481)',
};

export const sipotBudget: SheetAdapter = {
  name: 'sipot',
  detect: (sheet) => sipotHeaderRow(sheet.rows) !== undefined && /^\d{5,6}$/.test((sheet.rows[0]?.[0] ?? '').trim()),
  adapt(sheet: SheetInput): AdapterResult {
    const log = new ProblemLog();
    const hr = sipotHeaderRow(sheet.rows)!;
    const header = sheet.rows[hr] ?? [];
    const format = (sheet.rows[0]?.[0] ?? '').trim();
    const title = (sheet.rows[2]?.[0] ?? '').trim() || FORMATS[format] || `SIPOT ${format}`;
    const f = header.map(foldHeaderCell);
    const first = sheet.rows[hr + 1] ?? [];
    const at = (re: RegExp) => f.findIndex((h) => re.test(h));
    const from = first[at(/^fecha de inicio/)]?.trim();
    const to = first[at(/^fecha de termino/)]?.trim();
    const year = Number(first[at(/^ejercicio$/)] ?? NaN);
    const q = to ? ['03-31', '06-30', '09-30', '12-31'].indexOf(to.slice(5, 10)) : -1;
    const period =
      to && /^\d{4}-\d{2}-\d{2}$/.test(to)
        ? {
            ...(from ? { from } : {}),
            to,
            year: Number.isFinite(year) ? year : Number(to.slice(0, 4)),
            ...(q >= 0 ? { quarter: q + 1 } : {}),
            text: `${from ?? ''} – ${to}`,
          }
        : undefined;
    const unitCol = at(/^area s responsable/);
    const detail: StatementDetail = {
      kind: `sipot-${format}`,
      title: [title],
      ...(unitCol >= 0 && first[unitCol] ? { entity: first[unitCol]!.trim() } : {}),
      ...(period ? { period } : {}),
      columns: [],
      rows: [],
      totals: [],
    };
    // Sub-table: the column whose header names "Tabla_<id>".
    const subCol = header.findIndex((h) => /Tabla_\d+/.test(h));
    if (subCol >= 0) {
      const name = /Tabla_\d+/.exec(header[subCol]!)![0];
      const sub = sheet.other?.(name);
      if (!sub) log.add(makeProblem('missing-subtable', 'sipot-subtable-missing', 'error', { file: sheet.file }, { table: name }));
      else {
        const shr = sub.findIndex((r) => foldHeaderCell(r[0] ?? '') === 'id');
        const cols = columns(sub[shr] ?? [], /^presupuesto por capitulo/);
        detail.columns = [...new Set(cols.money.values())];
        const ids = new Set(
          sheet.rows
            .slice(hr + 1)
            .map((r) => (r[subCol] ?? '').trim())
            .filter(Boolean),
        );
        detail.rows = cogRows(sub, shr + 1, cols, sheet.file, log);
        const unref = sub.slice(shr + 1).filter((r) => (r[0] ?? '').trim() && !ids.has(r[0]!.trim()));
        if (unref.length)
          log.add(
            makeProblem('unreferenced-subrow', 'sipot-subrows-unreferenced', 'warning', { file: sheet.file }, { count: unref.length }),
          );
      }
      // 53481: the annual budget stated in the main record is the total of the split by chapter.
      const annual = at(/^presupuesto anual asignado/);
      if (annual >= 0) {
        const v = scanCents(first[annual]);
        if (Number.isFinite(v)) {
          detail.totals.push({ line: hr + 2, label: header[annual]!, cents: { approved: v } });
          checkSums(detail, sheet.file, [{ by: 'chapter', total: detail.totals[0] }], log);
        }
      }
    } else {
      const cols = columns(header);
      detail.columns = [...new Set(cols.money.values())];
      detail.rows = cogRows(sheet.rows, hr + 1, cols, sheet.file, log);
      // No total row in SIPOT: each level is checked against the chapters and every parent against its rows.
      const chapters = detail.rows.filter((r) => r.by === 'chapter');
      const chapterSum = { line: chapters[0]?.line ?? hr + 2, label: 'capítulos', section: 'chapters', cents: sumCents(chapters) };
      checkSums(
        detail,
        sheet.file,
        [
          { by: 'concept', total: chapterSum },
          { by: 'item', total: chapterSum },
        ],
        log,
      );
    }
    checkArithmetic(detail, sheet.file, log);
    const momentCols: StatementColumn[] = ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'];
    const grand = detail.totals[0];
    return {
      layout: detail.kind,
      programs: [],
      moments: momentCols.filter((c) => detail.columns.includes(c)),
      ...(period ? { cycle: period.year } : {}),
      meta: { ...(period ? { asOf: period.to } : {}), sources: [{ title: provenanceTitle(FORMATS[format] ?? title, period) }] },
      ...(grand ? { totals: centsAmounts(grand.cents) } : {}),
      breakdowns: breakdownRows(detail),
      statement: detail,
      problems: log.done(sheet.file),
      stats: { rows: Math.max(0, sheet.rows.length - hr - 1), kept: detail.rows.length },
    };
  },
};
