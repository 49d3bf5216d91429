/**
 * The data behind every widget as a plain table: rendered as an accessible `<table>` (views/
 * data-table.ts) and downloaded as CSV or JSON (views/actions.ts). Pure.
 *
 * Cells hold raw values: numbers stay numbers (full precision, pesos to the cent), a value that
 * was not reported is `null`/absent (shown as "no reportado", an empty CSV cell), never 0.
 */

export type CellValue = string | number | null | undefined;

export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned number; `kind` says how the table shows it. */
  numeric?: boolean;
  /** How the HTML table formats the cell; CSV always has the raw value. */
  kind?: 'text' | 'money' | 'percent' | 'number' | 'date';
}

export interface TableModel {
  caption: string;
  columns: TableColumn[];
  rows: Array<Record<string, CellValue>>;
}

/** A CSV cell: quoted when needed, and a leading = + - @ on text is neutralised (spreadsheet formulas). */
export function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV (CRLF line ends) with a header row of the column labels. */
export function toCsv(model: TableModel): string {
  const lines = [model.columns.map((c) => csvCell(c.label)).join(',')];
  for (const row of model.rows) lines.push(model.columns.map((c) => csvCell(row[c.key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The table as JSON-ready rows keyed by column key (absent values stay null). */
export function toJsonRows(model: TableModel): Array<Record<string, string | number | null>> {
  return model.rows.map((row) =>
    Object.fromEntries(
      model.columns.map((c) => {
        const v = row[c.key];
        return [c.key, v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? null : v];
      }),
    ),
  );
}

/** A file name from a caption or key: "tp-20-s176.csv". */
export function fileName(base: string, ext: 'csv' | 'json'): string {
  const slug = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `tp-${slug || 'datos'}.${ext}`;
}
