/**
 * Reading a printed statement laid out on a spreadsheet grid (pure): title rows above, a header
 * merged over one to three rows (sometimes with a row of column numbers), then labelled rows with
 * one amount column per moment. Headers are recognised by what they say, never by row number.
 */
import { foldWords } from './text-fold.js';

/** Columns a statement may carry: the six moments plus the CONAC/LDF extra columns. */
export type StatementColumn =
  'approved' | 'adjustments' | 'modified' | 'committed' | 'accrued' | 'exercised' | 'paid' | 'underspent' | 'payable';

export const STATEMENT_COLUMNS: readonly StatementColumn[] = [
  'approved',
  'adjustments',
  'modified',
  'committed',
  'accrued',
  'exercised',
  'paid',
  'underspent',
  'payable',
];

/**
 * Folds a header cell for matching: accents, case, line feeds and letter-spacing removed, the
 * LDF letters `(c)`/`(d)`, bracketed descriptions and formula hints (`3 = (1 + 2)`) dropped.
 */
export function foldHeaderCell(text: string): string {
  let s = String(text ?? '')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\(\s*[a-z]\s*\)/gi, ' ');
  s = foldWords(s);
  // "N O M B R E", "T o t a l" → "nombre", "total"
  if (/^(\S )+\S$/.test(s)) s = s.replace(/ /g, '');
  return s;
}

const COLUMN_WORDS: [StatementColumn, RegExp][] = [
  ['adjustments', /^(ampliaciones?|ampliacion) ?(y )?(reducciones?)?$|^ampliaciones? reducciones?$|^adecuaciones?$/],
  ['approved', /^(presupuesto (de egresos )?|gasto |egresos? )?aprobado( anual)?$|^presupuesto autorizado$|^autorizado$|^original$/],
  ['modified', /^(presupuesto |gasto )?(modificado|vigente)( anual)?$/],
  ['committed', /^(gasto |presupuesto )?comprometido$/],
  ['accrued', /^(gasto |presupuesto )?devengado$/],
  ['exercised', /^(gasto |presupuesto )?ejercido$/],
  ['paid', /^(gasto |presupuesto )?pagado$/],
  ['underspent', /^subejercicio$/],
  ['payable', /^cuentas por pagar( deuda)?$/],
];

/** The statement column a header cell names, if any (SIPOT's long names are cut at "por"/"del"). */
export function columnOf(text: string): StatementColumn | undefined {
  const full = foldHeaderCell(text);
  if (!full) return undefined;
  for (const [col, re] of COLUMN_WORDS) if (re.test(full)) return col;
  const f = full.replace(/ (del|de la|por|en el|para el) .*$/, '').replace(/ \d+$/, '');
  for (const [col, re] of COLUMN_WORDS) if (re.test(f)) return col;
  return undefined;
}

export interface StatementHeader {
  /** 0-based row of the header line that names the moments. */
  momentRow: number;
  /** First header row (group headers such as "Egresos" above the moments). */
  firstRow: number;
  /** First data row. */
  dataRow: number;
  /** Column → statement column (the first occurrence of each wins; a repeated name is a goal column). */
  columns: Map<number, StatementColumn>;
  /** Flattened header text per column (group rows and moment row joined with " / "). */
  names: string[];
  /** Text of the rows above the header, split at line feeds, trimmed, empty lines dropped. */
  title: string[];
}

/**
 * Finds the header row that names at least `min` statement columns among the first `scan` rows.
 * The group row above it (cells over several moments such as "Egresos") and a row of column numbers
 * below it ("1 | 2 | 3 = (1 + 2 )") are part of the header; the rows above are the title.
 */
export function findStatementHeader(rows: string[][], min = 3, scan = 30): StatementHeader | undefined {
  for (let r = 0; r < Math.min(scan, rows.length); r++) {
    const columns = new Map<number, StatementColumn>();
    const seen = new Set<StatementColumn>();
    (rows[r] ?? []).forEach((cell, c) => {
      const col = columnOf(cell);
      if (col && !seen.has(col)) {
        seen.add(col);
        columns.set(c, col);
      }
    });
    if (seen.size < min) continue;
    let firstRow = r;
    // One or two group rows above: short texts without amounts (Concepto, Egresos, Subejercicio).
    while (firstRow > 0 && firstRow > r - 2 && isGroupRow(rows[firstRow - 1] ?? [])) firstRow--;
    let dataRow = r + 1;
    if (isColumnNumberRow(rows[dataRow] ?? [])) dataRow++;
    // Columns named only in a group row above (Subejercicio merged over two header rows).
    for (let g = firstRow; g < r; g++)
      (rows[g] ?? []).forEach((cell, c) => {
        const col = columnOf(cell);
        if (col && !seen.has(col) && !columns.has(c)) {
          seen.add(col);
          columns.set(c, col);
        }
      });
    const width = Math.max(...rows.slice(firstRow, r + 1).map((x) => x.length));
    const names: string[] = [];
    for (let c = 0; c < width; c++) {
      const parts: string[] = [];
      for (let h = firstRow; h <= r; h++) {
        const t = (rows[h]?.[c] ?? '').replace(/\s+/g, ' ').trim();
        if (t && parts[parts.length - 1] !== t) parts.push(t);
      }
      names.push(parts.join(' / '));
    }
    const title = rows
      .slice(0, firstRow)
      .flatMap((x) => x.filter((c) => c.trim()).flatMap((c) => c.split(/\r?\n/)))
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    return { momentRow: r, firstRow, dataRow, columns, names, title };
  }
  return undefined;
}

function isGroupRow(row: string[]): boolean {
  const cells = row.map((c) => c.trim()).filter(Boolean);
  if (!cells.length || cells.length > 6) return false;
  return (
    cells.every((c) => c.length < 60 && !/^-?[\d.,]+$/.test(c)) &&
    cells.some((c) => /^(concepto|egresos|subejercicio|inversion|metas|cog|programa|presupuesto)/.test(foldHeaderCell(c)))
  );
}

export function isColumnNumberRow(row: string[]): boolean {
  const cells = row.map((c) => c.trim()).filter(Boolean);
  return cells.length >= 3 && cells.every((c) => /^[\d\s()=+\-*/.a-z]+$/i.test(c) && /\d/.test(c) && c.length < 24);
}

const MONTHS: Record<string, string> = {
  enero: '01',
  febrero: '02',
  marzo: '03',
  abril: '04',
  mayo: '05',
  junio: '06',
  julio: '07',
  agosto: '08',
  septiembre: '09',
  setiembre: '09',
  octubre: '10',
  noviembre: '11',
  diciembre: '12',
};

export interface StatementPeriod {
  /** ISO dates; `from` absent when only the cut-off date is stated. */
  from?: string;
  to: string;
  year: number;
  /** 1–4 when the period ends at a quarter's end. */
  quarter?: number;
  /** The title line it was read from. */
  text: string;
}

/**
 * The period stated in the title lines: "Del 1 de Enero al 31 de Diciembre de 2022",
 * "del 01 de Enero al 31 de Diciembre de 2022", "AL 31 DE MARZO DE 2019", "Periodo (Trimestre 04 del año 2022)".
 */
export function periodOf(title: string[]): StatementPeriod | undefined {
  for (const line of title) {
    const f = foldWords(line);
    let m = /(?:del? )?(\d{1,2}) de ([a-z]+)(?: de (\d{4}))? al (\d{1,2}) de ([a-z]+) (?:de |del )?(\d{4})/.exec(f);
    if (m && MONTHS[m[2]!] && MONTHS[m[5]!]) {
      const year = Number(m[6]);
      const from = `${m[3] ?? year}-${MONTHS[m[2]!]}-${m[1]!.padStart(2, '0')}`;
      const to = `${year}-${MONTHS[m[5]!]}-${m[4]!.padStart(2, '0')}`;
      return withQuarter({ from, to, year, text: line });
    }
    m = /\bal (\d{1,2}) de ([a-z]+) (?:de |del )?(\d{4})/.exec(f);
    if (m && MONTHS[m[2]!])
      return withQuarter({ to: `${m[3]}-${MONTHS[m[2]!]}-${m[1]!.padStart(2, '0')}`, year: Number(m[3]), text: line });
    m = /trimestre 0?([1-4]) del? ano (\d{4})/.exec(f);
    if (m) {
      const q = Number(m[1]);
      const to = `${m[2]}-${['03-31', '06-30', '09-30', '12-31'][q - 1]}`;
      return { from: `${m[2]}-01-01`, to, year: Number(m[2]), quarter: q, text: line };
    }
  }
  return undefined;
}

function withQuarter(p: StatementPeriod): StatementPeriod {
  const q = ['03-31', '06-30', '09-30', '12-31'].indexOf(p.to.slice(5));
  return q >= 0 ? { ...p, quarter: q + 1 } : p;
}

/** `true` when a row label says it is a total ("Total del Gasto", "T O T A L E S", "III. Total de Egresos (III = I + II)"). */
export function isTotalLabel(label: string): boolean {
  const f = foldHeaderCell(label).replace(/^[ivx]+ /, '');
  return /^(gran )?total(es)?( del gasto| de egresos| general)?\b/.test(f);
}

/** The publisher named in the title lines: the first line that is not the statement's name, classification, period or unit. */
export function entityOf(title: string[]): string | undefined {
  return title.find((l) => {
    const f = foldWords(l);
    return (
      !/^(formato|ldf|estado|gasto|programas?|indicadores|clasificacion|del? \d|al \d|periodo|pesos|en pesos|cifras)/.test(f) &&
      !/^\(?pesos\)?$/.test(f)
    );
  });
}
