/**
 * Reads one sheet of an .xlsx workbook into a grid of cell texts, for the tp-feed CLI (Node only;
 * the browser bundle never imports it).
 *
 * - Cached formula values only: formulas are never evaluated. A formula without a cached value and
 *   an error value (`#DIV/0!`, `#REF!`) become an empty cell plus a Problem.
 * - Numbers are written as their shortest round-trip decimal text (never with an exponent), dates
 *   (by their number format) as `YYYY-MM-DD`; an empty cell is `''`, so empty stays apart from 0.
 * - Hostile files give an XlsxError within bounded memory: the archive size, each part's inflated
 *   size (zip bombs), the rows and cells of the sheet and the shared strings are capped, XML with a
 *   DOCTYPE (entity tricks) is refused, and external links are reported, never followed.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { makeProblem } from '../feed/problems.js';
import type { Problem } from '../feed/types.js';
import { inflateEntry, zipEntries, ZipError, type ZipEntry } from './zip-entries.js';

export class XlsxError extends Error {}

export interface XlsxLimits {
  /** Size of the .xlsx file itself. */
  fileBytes: number;
  /** Inflated size of any one part (sheet, shared strings, styles). */
  partBytes: number;
  /** Rows of the sheet (by row number). */
  rows: number;
  /** Cells of the sheet (row width summed over rows). */
  cells: number;
  /** Columns of any one row. */
  columns: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  fileBytes: 100 * 1024 * 1024,
  partBytes: 256 * 1024 * 1024,
  rows: 250_000,
  cells: 5_000_000,
  columns: 16_384,
};

export interface SheetInfo {
  name: string;
  hidden: boolean;
  path: string;
}

/** A merged range, 0-based inclusive. */
export interface MergeRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface XlsxSheet {
  name: string;
  /** Dense rows of cell text; row i is spreadsheet row i + 1. */
  rows: string[][];
  merges: MergeRange[];
}

export interface XlsxWorkbook {
  sheets: SheetInfo[];
  /** Targets of external links (reported, never followed). */
  externalLinks: string[];
  /** Reads one sheet by name (cell problems go to `problems`). */
  sheet(name: string): XlsxSheet;
  problems: Problem[];
}

/** `true` for the bytes of a ZIP archive (the container of .xlsx). */
export function looksLikeZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/** `true` for the bytes of an OLE2 compound file (old binary .xls). */
export function looksLikeOle(b: Uint8Array): boolean {
  return b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}

/** Opens a workbook: lists its sheets, reads shared strings and styles (throws XlsxError). */
export function openXlsx(bytes: Uint8Array, file = 'workbook.xlsx', limits: Partial<XlsxLimits> = {}): XlsxWorkbook {
  const lim = { ...XLSX_LIMITS, ...limits };
  if (bytes.length > lim.fileBytes)
    throw new XlsxError(
      `${file}: the file has ${bytes.length.toLocaleString('en-US')} bytes, more than the ${lim.fileBytes.toLocaleString('en-US')} allowed`,
    );
  if (looksLikeOle(bytes))
    throw new XlsxError(`${file}: an old binary Excel file (.xls) or an encrypted workbook; save it as .xlsx and try again`);
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipEntries(bytes);
  } catch (e) {
    throw new XlsxError(`${file}: not a readable .xlsx (${(e as Error).message})`);
  }
  const part = (path: string, handlers: XmlHandlers): boolean => {
    const e = entries.get(path);
    if (!e) return false;
    parseXml(bytes, e, lim.partBytes, `${file}:${path}`, handlers);
    return true;
  };
  const problems: Problem[] = [];

  // Workbook: sheet names, ids, visibility; date system.
  const wbSheets: { name: string; rid: string; hidden: boolean }[] = [];
  let date1904 = false;
  if (
    !part('xl/workbook.xml', {
      open(t) {
        if (t.name === 'sheet')
          wbSheets.push({
            name: t.attributes.name ?? '',
            rid: t.attributes['r:id'] ?? '',
            hidden: !!t.attributes.state && t.attributes.state !== 'visible',
          });
        else if (t.name === 'workbookPr') date1904 = t.attributes.date1904 === '1' || t.attributes.date1904 === 'true';
      },
    })
  )
    throw new XlsxError(`${file}: not an .xlsx workbook (no xl/workbook.xml)`);
  const rels = new Map<string, string>();
  const externalLinks: string[] = [];
  part('xl/_rels/workbook.xml.rels', {
    open(t) {
      if (t.name !== 'Relationship') return;
      const target = t.attributes.Target ?? '';
      if (t.attributes.TargetMode === 'External') externalLinks.push(target);
      else rels.set(t.attributes.Id ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    },
  });
  for (const [path] of entries) {
    const m = /^xl\/externalLinks\/_rels\/[^/]+\.rels$/.exec(path);
    if (m)
      part(path, {
        open(t) {
          if (t.name === 'Relationship' && t.attributes.Target) externalLinks.push(t.attributes.Target);
        },
      });
  }
  if (externalLinks.length)
    problems.push(
      makeProblem(
        'xlsx-external-link',
        'xlsx-external-link',
        'warning',
        { file },
        {
          count: externalLinks.length,
          found: `${shortText(externalLinks[0]!)}${externalLinks.length > 1 ? ` (+${externalLinks.length - 1})` : ''}`,
        },
      ),
    );

  // Shared strings (counted against the part cap; text of <t> inside <si>, phonetic runs skipped).
  const strings: string[] = [];
  {
    let inSi = false;
    let inT = false;
    let inRph = 0;
    let cur = '';
    part('xl/sharedStrings.xml', {
      open(t) {
        if (t.name === 'si') {
          inSi = true;
          cur = '';
        } else if (t.name === 'rPh') inRph++;
        else if (t.name === 't' && inSi && !inRph) inT = true;
      },
      close(name) {
        if (name === 'si') {
          strings.push(cur);
          inSi = false;
        } else if (name === 'rPh') inRph--;
        else if (name === 't') inT = false;
      },
      text(s) {
        if (inT) cur += s;
      },
    });
  }

  // Styles: which cell formats are dates.
  const dateStyle: boolean[] = [];
  {
    const custom = new Map<number, string>();
    let inXfs = false;
    part('xl/styles.xml', {
      open(t) {
        if (t.name === 'numFmt') custom.set(Number(t.attributes.numFmtId), t.attributes.formatCode ?? '');
        else if (t.name === 'cellXfs') inXfs = true;
        else if (t.name === 'xf' && inXfs) {
          const id = Number(t.attributes.numFmtId ?? 0);
          dateStyle.push(isDateFormat(id, custom.get(id)));
        }
      },
      close(name) {
        if (name === 'cellXfs') inXfs = false;
      },
    });
  }

  const sheets: SheetInfo[] = wbSheets.map((s) => ({ name: s.name, hidden: s.hidden, path: rels.get(s.rid) ?? '' }));
  return {
    sheets,
    externalLinks,
    problems,
    sheet(name: string): XlsxSheet {
      const info = sheets.find((s) => s.name === name);
      if (!info) throw new XlsxError(`${file}: no sheet named "${name}" (sheets: ${sheets.map((s) => s.name).join(', ')})`);
      if (!entries.has(info.path)) throw new XlsxError(`${file}: sheet "${name}" has no data part (${info.path})`);
      return readSheet(bytes, entries.get(info.path)!, { file, name, strings, dateStyle, date1904, lim, problems });
    },
  };
}

interface SheetContext {
  file: string;
  name: string;
  strings: string[];
  dateStyle: boolean[];
  date1904: boolean;
  lim: XlsxLimits;
  problems: Problem[];
}

function readSheet(bytes: Uint8Array, entry: ZipEntry, cx: SheetContext): XlsxSheet {
  const rows: string[][] = [];
  const merges: MergeRange[] = [];
  let cells = 0;
  let rowIdx = -1;
  let nextRow = 0;
  let colIdx = 0;
  let cell:
    | { ref: string; r: number; c: number; t: string; s: number; v: string; inV: boolean; inT: boolean; f: boolean; inIs: boolean }
    | undefined;
  let errors = 0;
  let noValue = 0;
  const where = `${cx.file}:${cx.name}`;

  const put = (r: number, c: number, text: string) => {
    if (c >= cx.lim.columns) throw new XlsxError(`${where}: a cell beyond column ${cx.lim.columns}`);
    while (rows.length <= r) rows.push([]);
    const row = rows[r]!;
    const grow = c + 1 - row.length;
    if (grow > 0) {
      cells += grow;
      if (cells > cx.lim.cells)
        throw new XlsxError(`${where}: the sheet has more than ${cx.lim.cells.toLocaleString('en-US')} cells; split it or raise the limit`);
      while (row.length <= c) row.push('');
    }
    row[c] = text;
  };

  parseXml(bytes, entry, cx.lim.partBytes, where, {
    open(t) {
      switch (t.name) {
        case 'row': {
          const r = t.attributes.r ? Number(t.attributes.r) - 1 : nextRow;
          if (!Number.isInteger(r) || r < 0) throw new XlsxError(`${where}: bad row number "${t.attributes.r}"`);
          if (r >= cx.lim.rows)
            throw new XlsxError(
              `${where}: the sheet has more than ${cx.lim.rows.toLocaleString('en-US')} rows; split it or raise the limit`,
            );
          rowIdx = r;
          nextRow = r + 1;
          colIdx = 0;
          break;
        }
        case 'c': {
          const ref = t.attributes.r ?? '';
          const pos = ref ? parseRef(ref) : { r: rowIdx, c: colIdx };
          if (!pos) throw new XlsxError(`${where}: bad cell reference "${shortText(ref)}"`);
          const r = ref ? pos.r : rowIdx;
          cell = {
            ref: ref || refOf(r, pos.c),
            r,
            c: pos.c,
            t: t.attributes.t ?? 'n',
            s: Number(t.attributes.s ?? 0),
            v: '',
            inV: false,
            inT: false,
            f: false,
            inIs: false,
          };
          colIdx = pos.c + 1;
          break;
        }
        case 'v':
          if (cell) cell.inV = true;
          break;
        case 'f':
          if (cell) cell.f = true;
          break;
        case 'is':
          if (cell) cell.inIs = true;
          break;
        case 't':
          if (cell?.inIs) cell.inT = true;
          break;
        case 'mergeCell': {
          const m = /^([A-Z]+\d+):([A-Z]+\d+)$/.exec(t.attributes.ref ?? '');
          const a = m && parseRef(m[1]!);
          const b = m && parseRef(m[2]!);
          if (a && b) merges.push({ r0: Math.min(a.r, b.r), c0: Math.min(a.c, b.c), r1: Math.max(a.r, b.r), c1: Math.max(a.c, b.c) });
          break;
        }
      }
    },
    text(s) {
      if (cell && (cell.inV || cell.inT)) {
        cell.v += s;
        if (cell.v.length > 1_000_000) throw new XlsxError(`${where}: cell ${cell.ref} holds more than 1,000,000 characters`);
      }
    },
    close(name) {
      if (!cell) return;
      if (name === 'v') cell.inV = false;
      else if (name === 't') cell.inT = false;
      else if (name === 'c') {
        const c = cell;
        cell = undefined;
        const text = cellText(c, cx, () => {
          if (c.t === 'e') {
            if (++errors <= 50)
              cx.problems.push(
                makeProblem(
                  'xlsx-error-value',
                  'xlsx-error-value',
                  'warning',
                  { file: cx.file, line: c.r + 1, column: columnLetters(c.c) },
                  { found: shortText(c.v) },
                ),
              );
          } else if (++noValue <= 50)
            cx.problems.push(
              makeProblem('xlsx-formula-no-value', 'xlsx-formula-no-value', 'warning', {
                file: cx.file,
                line: c.r + 1,
                column: columnLetters(c.c),
              }),
            );
        });
        if (text !== '') put(c.r, c.c, text);
      }
    },
  });
  for (const [n, kind] of [
    [errors, 'xlsx-error-value'],
    [noValue, 'xlsx-formula-no-value'],
  ] as const)
    if (n > 50)
      cx.problems.push(makeProblem(kind, 'more-not-listed', 'note', { file: cx.file }, { more: n - 50, total: n, problemKind: kind }));
  return { name: cx.name, rows, merges };
}

function cellText(c: { t: string; s: number; v: string; f: boolean }, cx: SheetContext, flag: () => void): string {
  switch (c.t) {
    case 's': {
      const i = Number(c.v);
      return Number.isInteger(i) && i >= 0 && i < cx.strings.length ? cx.strings[i]! : '';
    }
    case 'str':
    case 'inlineStr':
      if (c.f && c.v === '' && c.t === 'str') flag();
      return c.v;
    case 'b':
      return c.v === '1' ? 'TRUE' : c.v === '0' ? 'FALSE' : c.v;
    case 'e':
      flag();
      return '';
    case 'd':
      return c.v.slice(0, 10);
    default: {
      if (c.v === '') {
        if (c.f) flag();
        return '';
      }
      const n = Number(c.v);
      if (!Number.isFinite(n)) return c.v;
      if (cx.dateStyle[c.s]) return excelDate(n, cx.date1904);
      return numberText(n);
    }
  }
}

/** Shortest round-trip decimal text of a number, without an exponent. */
export function numberText(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  if (Math.abs(n) < 1) return n.toFixed(20).replace(/\.?0+$/, '') || '0';
  return BigInt(Math.round(n)).toString();
}

/** An Excel serial date as `YYYY-MM-DD` (with `THH:MM:SS` when it has a time). */
export function excelDate(serial: number, date1904: boolean): string {
  const ms = Math.round((serial + (date1904 ? 1462 : 0)) * 86_400_000) + Date.UTC(1899, 11, 30);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return numberText(serial);
  const iso = d.toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** Built-in date formats (ECMA-376 18.8.30) and custom codes with day/month/year parts outside quotes and brackets. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return true;
  if (!code) return false;
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(bare) && !/[#0?]/.test(bare.replace(/[dmyhs:/.\-\s]/gi, '').replace(/AM\/PM|A\/P/gi, '')) && !/#/.test(bare);
}

/** `B12` → 0-based row 11, column 1. */
export function parseRef(ref: string): { r: number; c: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** 0-based row and column → `B12`. */
export function refOf(r: number, c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${r + 1}`;
}

/** A column index → its letters (`0` → `A`). */
export const columnLetters = (c: number): string => refOf(0, c).replace(/\d+$/, '');

function shortText(s: string, max = 60): string {
  const t = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

interface XmlHandlers {
  open?(t: SaxesTagPlain): void;
  close?(name: string): void;
  text?(s: string): void;
}

/** Streams one XML part through saxes; a DOCTYPE (entity declarations) is refused. */
function parseXml(bytes: Uint8Array, entry: ZipEntry, cap: number, where: string, h: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failure: Error | undefined;
  const local = (n: string) => {
    const i = n.indexOf(':');
    return i >= 0 && !n.startsWith('r:') ? n.slice(i + 1) : n;
  };
  parser.on('doctype', () => {
    throw new XlsxError(`${where}: XML with a DOCTYPE (entity declarations are refused)`);
  });
  parser.on('error', (e) => {
    throw e instanceof XlsxError ? e : new XlsxError(`${where}: malformed XML (${e.message})`);
  });
  if (h.open) {
    const open = h.open;
    parser.on('opentag', (t) => open({ ...t, name: local(t.name) } as SaxesTagPlain));
  }
  if (h.close) {
    const close = h.close;
    parser.on('closetag', (t) => close(local(t.name)));
  }
  if (h.text) parser.on('text', h.text);
  const dec = new TextDecoder('utf-8');
  try {
    inflateEntry(bytes, entry, cap, (chunk) => {
      parser.write(dec.decode(chunk, { stream: true }));
    });
    const tail = dec.decode();
    if (tail) parser.write(tail);
    parser.close();
  } catch (e) {
    failure = e as Error;
  }
  if (failure) {
    if (failure instanceof XlsxError) throw failure;
    if (failure instanceof ZipError) throw new XlsxError(`${where.split(':')[0]}: ${failure.message}`);
    throw new XlsxError(`${where}: malformed XML (${failure.message})`);
  }
}
