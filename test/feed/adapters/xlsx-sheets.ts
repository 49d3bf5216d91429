/**
 * Test helper: reads a spreadsheet of ../shared/data with the CLI's XLSX reader into a SheetInput
 * (cached per test process). Tests skip with one line when the folder is absent (see read.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openXlsx } from '../../../src/cli/xlsx-read.js';
import type { SheetInput } from '../../../src/feed/adapters/types.js';
import { DATA_DIR } from './read.js';

const cache = new Map<string, SheetInput>();

/** The first (or the named) sheet of `folder/file.xlsx`, with the workbook's other sheets by name. */
export function readSheet(rel: string, sheet?: string): SheetInput {
  const id = `${rel}#${sheet ?? ''}`;
  let s = cache.get(id);
  if (!s) {
    const file = path.basename(rel);
    const wb = openXlsx(new Uint8Array(readFileSync(path.join(DATA_DIR, rel))), file);
    const name = sheet ?? wb.sheets[0]!.name;
    const other = (n: string) => (wb.sheets.some((x) => x.name === n) ? wb.sheet(n).rows : undefined);
    s = { rows: wb.sheet(name).rows, file, sheet: name, other };
    cache.set(id, s);
  }
  return s;
}
