/**
 * A mapping file (schema/mapping-v1.schema.json) applied to a grid of cells (pure): for any CSV or
 * XLSX whose layout tp-feed does not know. The mapping says where the header is, which column is
 * which field, how numbers are written, which rows are totals and which columns hold the hierarchy.
 * Rows become programs (with `columns.key`) or breakdown rows (with `hierarchy`); total rows are kept
 * out of the sums and compared with them to the cent.
 */
import { makeProblem } from '../problems.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { scanCents } from './money.js';
import {
  breakdownRows,
  centsAmounts,
  checkArithmetic,
  checkSums,
  type Cents,
  type StatementDetail,
  type StatementRow,
} from './statement-checks.js';
import { foldHeaderCell, isTotalLabel, periodOf, STATEMENT_COLUMNS, type StatementColumn } from './statement-grid.js';
import { provenanceTitle } from './conac-statements.js';
import type { AdapterResult, PartialProgram } from './types.js';

/** A column named by its header text, or by its spreadsheet letter(s) (`"D"`) or 1-based number. */
export type ColumnRef = string | number;

export interface MappingV1 {
  version: 1;
  /** Sheet of a workbook (default: the first visible one). */
  sheet?: string;
  /** 1-based header row(s); several rows are joined per column with " / " (merged headers). */
  headerRows?: number[];
  /** 1-based rows whose text is the title (for the period and the publisher), default: the rows above the header. */
  titleRows?: number[];
  /** CSV only: text encoding and delimiter. */
  encoding?: 'utf-8' | 'windows-1252' | 'cp850';
  delimiter?: string;
  /** How numbers are written: decimal comma ("1.234,56") or point (default). */
  number?: { decimal?: '.' | ',' };
  columns: {
    key?: ColumnRef | ColumnRef[];
    name?: ColumnRef;
    unit?: ColumnRef;
    modality?: ColumnRef;
    amounts: Partial<Record<StatementColumn, ColumnRef>>;
  };
  /** Columns whose cell text marks a total row, and the words that do (default: "total…" spellings). */
  totals?: { column: ColumnRef; match?: string[] };
  /** Hierarchy levels, outermost first: the level of a row is the last of these columns that is filled. */
  hierarchy?: { by: string; column: ColumnRef; keyLength?: number }[];
  /** Provenance. */
  source?: { title?: string; url?: string; license?: string; publisher?: string };
  period?: { year: number; from?: string; to?: string };
}

export class MappingError extends Error {}

/** Column index for a reference: header text (folded), letters, or 1-based number. */
export function resolveColumn(ref: ColumnRef, header: string[]): number | undefined {
  if (typeof ref === 'number') return Number.isInteger(ref) && ref >= 1 ? ref - 1 : undefined;
  const want = foldHeaderCell(ref);
  const exact = header.findIndex((h) => foldHeaderCell(h) === want);
  if (exact >= 0) return exact;
  if (/^[A-Z]{1,3}$/.test(ref)) {
    let c = 0;
    for (const ch of ref) c = c * 26 + (ch.charCodeAt(0) - 64);
    return c - 1;
  }
  const starts = header.findIndex((h) => want.length >= 4 && foldHeaderCell(h).startsWith(want));
  return starts >= 0 ? starts : undefined;
}

/** Amount text with a decimal comma → the point form scanCents reads ("1.234,56" → "1,234.56"). */
const commaDecimal = (t: string) =>
  t
    .replace(/\./g, '\u0000')
    .replace(/,/g, '.')
    .replace(/\u0000/g, ',');

/** Applies a mapping to the rows of one sheet or CSV. Throws MappingError for a column it cannot find. */
export function applyMapping(m: MappingV1, rows: string[][], file: string, where: (path: string) => string): AdapterResult {
  const log = new ProblemLog();
  const hr = (m.headerRows?.length ? m.headerRows : [1]).map((r) => r - 1);
  const width = Math.max(0, ...hr.map((r) => rows[r]?.length ?? 0));
  const header: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const r of hr) {
      const t = (rows[r]?.[c] ?? '').replace(/\s+/g, ' ').trim();
      if (t && parts.at(-1) !== t) parts.push(t);
    }
    header.push(parts.join(' / '));
  }
  const col = (ref: ColumnRef, path: string): number => {
    const c = resolveColumn(ref, header);
    if (c === undefined)
      throw new MappingError(
        `${where(path)}: no column ${JSON.stringify(ref)} in the header of ${file} (header: ${header.filter(Boolean).slice(0, 12).join(' | ')})`,
      );
    return c;
  };
  const money = new Map<number, StatementColumn>();
  for (const [k, ref] of Object.entries(m.columns.amounts)) {
    if (!STATEMENT_COLUMNS.includes(k as StatementColumn))
      throw new MappingError(`${where(`columns.amounts.${k}`)}: unknown amount "${k}" (one of ${STATEMENT_COLUMNS.join(', ')})`);
    money.set(col(ref!, `columns.amounts.${k}`), k as StatementColumn);
  }
  const keyCols =
    m.columns.key === undefined
      ? []
      : (Array.isArray(m.columns.key) ? m.columns.key : [m.columns.key]).map((r, i) =>
          col(r, Array.isArray(m.columns.key) ? `columns.key[${i}]` : 'columns.key'),
        );
  const nameCol = m.columns.name !== undefined ? col(m.columns.name, 'columns.name') : undefined;
  const unitCol = m.columns.unit !== undefined ? col(m.columns.unit, 'columns.unit') : undefined;
  const modCol = m.columns.modality !== undefined ? col(m.columns.modality, 'columns.modality') : undefined;
  const levels = (m.hierarchy ?? []).map((h, i) => ({ ...h, c: col(h.column, `hierarchy[${i}].column`) }));
  const totalCol = m.totals ? col(m.totals.column, 'totals.column') : undefined;
  const totalWords = m.totals?.match?.map(foldHeaderCell);
  const isTotal = (cells: string[]) => {
    const cand =
      totalCol !== undefined ? [cells[totalCol] ?? ''] : [...keyCols, nameCol ?? -1, ...levels.map((l) => l.c)].map((c) => cells[c] ?? '');
    return cand.some((t) => (totalWords ? totalWords.includes(foldHeaderCell(t)) : isTotalLabel(t)));
  };
  const titleRows = m.titleRows ?? [...Array(Math.min(...hr)).keys()].map((r) => r + 1);
  const title = titleRows
    .flatMap((r) => (rows[r - 1] ?? []).filter((c) => c.trim()).flatMap((c) => c.split(/\r?\n/)))
    .map((l) => l.trim())
    .filter(Boolean);
  const stated = periodOf(title);
  const to = m.period?.to ?? `${m.period?.year}-12-31`;
  const q = ['03-31', '06-30', '09-30', '12-31'].indexOf(to.slice(5));
  const period = m.period
    ? { ...(m.period.from ? { from: m.period.from } : {}), to, year: m.period.year, ...(q >= 0 ? { quarter: q + 1 } : {}), text: '' }
    : stated;
  const detail: StatementDetail = {
    kind: 'mapping',
    title,
    ...(m.source?.publisher ? { entity: m.source.publisher } : {}),
    ...(period ? { period } : {}),
    columns: [...money.values()],
    rows: [],
    totals: [],
  };
  const programs: PartialProgram[] = [];
  const parents: (string | undefined)[] = levels.map(() => undefined);
  const start = Math.max(...hr) + 1;
  for (let r = start; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (!cells.some((c) => c.trim())) continue;
    const line = r + 1;
    const cents: Cents = {};
    let has = false;
    for (const [c, k] of money) {
      let t = (cells[c] ?? '').trim();
      if (!t) continue;
      if (m.number?.decimal === ',') t = commaDecimal(t);
      const v = scanCents(t);
      if (!Number.isFinite(v)) {
        if (Number.isNaN(v))
          log.add(
            makeProblem('invalid-amount', 'amount-unreadable', 'error', { file, line, column: header[c] || k }, { found: shown(cells[c]) }),
          );
        continue;
      }
      cents[k] = v;
      has = true;
    }
    if (isTotal(cells)) {
      if (has) detail.totals.push({ line, label: shown(cells.find((c) => isTotalLabel(c) || c.trim()) ?? ''), cents });
      continue;
    }
    if (!has && !keyCols.some((c) => cells[c]?.trim())) continue;
    const name = nameCol !== undefined ? (cells[nameCol] ?? '').replace(/\s+/g, ' ').trim() : '';
    if (levels.length) {
      let at = -1;
      levels.forEach((l, i) => {
        if ((cells[l.c] ?? '').trim()) at = i;
      });
      if (at < 0) {
        log.add(makeProblem('missing-key', 'hierarchy-row-without-key', 'error', { file, line }));
        continue;
      }
      const l = levels[at]!;
      const raw = cells[l.c]!.trim();
      const id = l.keyLength ? raw.slice(0, l.keyLength) : raw;
      parents[at] = id;
      for (let j = at + 1; j < parents.length; j++) parents[j] = undefined;
      const parent = at > 0 ? parents[at - 1] : undefined;
      const row: StatementRow = { line, by: l.by, id, name: name || id, ...(parent !== undefined ? { parent } : {}), cents };
      detail.rows.push(row);
      continue;
    }
    const key = keyCols
      .map((c) => (cells[c] ?? '').trim())
      .filter(Boolean)
      .join('-');
    if (!key) {
      log.add(makeProblem('missing-key', 'program-row-without-key', 'error', { file, line }));
      continue;
    }
    const p: PartialProgram = { key, name: name || key, amounts: centsAmounts(cents) };
    const unit = unitCol !== undefined ? (cells[unitCol] ?? '').trim() : '';
    if (unit) p.unit = { id: unit, name: unit };
    const mod = modCol !== undefined ? (cells[modCol] ?? '').trim() : '';
    if (mod) p.modality = { id: mod, name: mod };
    programs.push(p);
    detail.rows.push({ line, by: 'program', id: key, name: p.name ?? key, cents });
  }
  const grand = detail.totals[0];
  if (grand) {
    const tops = levels.length ? [levels[0]!.by] : ['program'];
    checkSums(
      detail,
      file,
      [...tops, ...levels.slice(1).map((l) => l.by)].map((by) => ({ by, total: grand })),
      log,
    );
  } else if (levels.length) checkSums(detail, file, [], log);
  checkArithmetic(detail, file, log);
  const moments = (['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'] as StatementColumn[]).filter((c) =>
    detail.columns.includes(c),
  );
  const sourceTitle = provenanceTitle(m.source?.title ?? (title.slice(0, 2).join(' — ') || file), period);
  return {
    layout: 'mapping',
    programs,
    moments,
    ...(period ? { cycle: period.year } : {}),
    meta: {
      ...(period ? { asOf: period.to } : {}),
      sources: [
        {
          title: sourceTitle,
          ...(m.source?.url ? { url: m.source.url } : {}),
          ...(m.source?.license ? { license: m.source.license } : {}),
        },
      ],
    },
    ...(grand ? { totals: centsAmounts(grand.cents) } : {}),
    ...(levels.length ? { breakdowns: breakdownRows(detail) } : {}),
    statement: detail,
    problems: log.done(file),
    stats: { rows: Math.max(0, rows.length - start), kept: detail.rows.length },
  };
}
