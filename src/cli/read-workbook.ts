/**
 * Reads one .xlsx file for the CLI: the sheet chosen with --sheet (else the first visible one that
 * a layout recognises, else the first visible one), through the statement adapters (recognised from
 * title and header) or, failing that, through the CSV layouts with the header row found by name.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { uniqueHeaders } from '../feed/csv.js';
import { adapterByName, detectLayout } from '../feed/adapters/index.js';
import { sheetAdapters } from '../feed/adapters/sheets.js';
import type { Adapter, AdapterResult, SheetAdapter, SheetInput } from '../feed/adapters/types.js';
import { UsageError } from './args.js';
import type { ReadOptions, SourceInfo } from './read-source.js';
import { headerVariant, UnknownLayoutError } from './read-source.js';
import { openXlsx, XlsxError, type XlsxWorkbook } from './xlsx-read.js';

/** `true` for a spreadsheet file name. */
export const isSpreadsheetName = (path: string) => /\.(xlsx|xlsm|xls)$/i.test(path);

export interface WorkbookReadOptions extends ReadOptions {
  sheet?: string;
}

/** Streams nothing: an .xlsx is read whole (bounded by the reader's limits) and adapted. */
export async function adaptWorkbook(path: string, ro: WorkbookReadOptions = {}): Promise<{ info: SourceInfo; result: AdapterResult }> {
  const file = basename(path);
  const { size } = await stat(path);
  let wb: XlsxWorkbook;
  try {
    if (size > 100 * 1024 * 1024)
      throw new XlsxError(`${file}: the file has ${size.toLocaleString('en-US')} bytes, more than the 104,857,600 allowed`);
    wb = openXlsx(new Uint8Array(await readFile(path)), file);
  } catch (e) {
    if (e instanceof XlsxError) throw new UsageError(e.message);
    throw e;
  }
  // Dictionary, notes and catalogue sheets beside the data are not data.
  const visible = wb.sheets
    .filter(
      (s) =>
        !s.hidden &&
        !/^(diccionario|notas?\b|catalogos?\b|instrucciones|leeme|readme)/i.test(s.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
    )
    .map((s) => s.name);
  if (ro.sheet !== undefined && !wb.sheets.some((s) => s.name === ro.sheet))
    throw new UsageError(`${file}: no sheet named "${ro.sheet}" (sheets: ${wb.sheets.map((s) => s.name).join(', ')})`);
  const cache = new Map<string, string[][]>();
  const rowsOf = (name: string): string[][] | undefined => {
    if (!wb.sheets.some((s) => s.name === name)) return undefined;
    let r = cache.get(name);
    if (!r) {
      try {
        r = wb.sheet(name).rows;
      } catch (e) {
        if (e instanceof XlsxError) throw new UsageError(e.message);
        throw e;
      }
      cache.set(name, r);
    }
    return r;
  };
  const candidates = ro.sheet !== undefined ? [ro.sheet] : visible.length ? visible : wb.sheets.map((s) => s.name);
  let lastHeader: string[] = [];
  for (const name of candidates) {
    const rows = rowsOf(name)!;
    const input: SheetInput = { rows, file, sheet: name, other: rowsOf };
    const sa = pickSheetAdapter(input, ro);
    if (sa) {
      const result = sa.adapt(input);
      return finish(result, result.layout, name, rows, input);
    }
    const found = headerRow(rows, ro);
    if (found) {
      const { adapter, at, header } = found;
      const data = rows.slice(at + 1).filter((r) => r.some((c) => c.trim() !== ''));
      const result = adapter.adapt({ header, rows: data, file, options: ro.options });
      return finish(result, adapter.name, name, data, input, header);
    }
    lastHeader = rows.find((r) => r.some((c) => c.trim()))?.filter((c) => c.trim()) ?? [];
  }
  throw new UnknownLayoutError(`${file}${candidates.length === 1 ? ` [${candidates[0]}]` : ''}`, lastHeader);

  function finish(result: AdapterResult, layout: string, sheet: string, rows: string[][], input: SheetInput, header?: string[]) {
    result.problems = [...wb.problems, ...result.problems];
    const info: SourceInfo = {
      file,
      bytes: size,
      encoding: 'utf-8',
      delimiter: '',
      layout,
      rows: rows.length,
      columns: header?.length ?? Math.max(0, ...input.rows.map((r) => r.length)),
      header: header ?? [],
      sheet,
    };
    return { info, result };
  }
}

function pickSheetAdapter(input: SheetInput, ro: ReadOptions): SheetAdapter | undefined {
  if (ro.layout) return sheetAdapters.find((a) => a.name === ro.layout);
  return sheetAdapters.find((a) => a.detect(input));
}

/** The first of the top rows that a CSV layout recognises as its header. */
function headerRow(rows: string[][], ro: ReadOptions): { adapter: Adapter; at: number; header: string[] } | undefined {
  for (let at = 0; at < Math.min(rows.length, 40); at++) {
    const header = uniqueHeaders(rows[at] ?? []);
    if (header.filter((h) => h.trim()).length < 2) continue;
    for (const h of [header, headerVariant(header)]) {
      if (!h) continue;
      const adapter = ro.layout ? adapterByName(ro.layout) : detectLayout(h);
      if (adapter && (!ro.layout || adapter.detect(h))) return { adapter, at, header: h };
    }
  }
  return undefined;
}
