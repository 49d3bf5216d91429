/**
 * `tp-feed convert --map mapping.json FILE` and `tp-feed inspect --suggest-map FILE`: reads a mapping
 * file (errors name its line), reads the CSV or XLSX into a grid, applies the mapping; or proposes a
 * mapping from header synonyms, for a person to review.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import { decodeBytes, parseCsvRows, sniffDelimiter } from '../feed/csv.js';
import { applyMapping, MappingError, type ColumnRef, type MappingV1 } from '../feed/adapters/mapping.js';
import { columnOf, findStatementHeader, foldHeaderCell, STATEMENT_COLUMNS } from '../feed/adapters/statement-grid.js';
import type { AdapterResult } from '../feed/adapters/types.js';
import { UsageError } from './args.js';
import type { SourceInfo } from './read-source.js';
import { isSpreadsheetName } from './read-workbook.js';
import { openXlsx, XlsxError } from './xlsx-read.js';

/** JSON text → value plus the 1-based line of every path ("columns.amounts.approved", "hierarchy[0].by"). */
export function parseJsonWithLines(text: string): { value: unknown; lines: Map<string, number> } {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const ws = () => {
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\ufeff') break;
    }
  };
  const fail = (what: string): never => {
    throw new MappingError(`line ${line}: ${what}`);
  };
  const str = (): string => {
    const start = i;
    i++;
    for (; i < text.length && text[i] !== '"'; i++) {
      if (text[i] === '\\') i++;
      if (text[i] === '\n') fail('line break inside a string');
    }
    if (i >= text.length) fail('unterminated string');
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail('bad escape in a string');
    }
  };
  const val = (path: string): unknown => {
    ws();
    lines.set(path, line);
    const c = text[i];
    if (c === '{') {
      i++;
      const o: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return o;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a "name" in an object, found ${JSON.stringify(text[i] ?? 'the end')}`);
        const k = str();
        if (k === '__proto__' || k === 'constructor' || k === 'prototype') fail(`forbidden name "${k}"`);
        ws();
        if (text[i] !== ':') fail(`expected ":" after "${k}"`);
        i++;
        o[k] = val(path ? `${path}.${k}` : k);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return o;
        }
        fail(`expected "," or "}" after "${k}"`);
      }
    }
    if (c === '[') {
      i++;
      const a: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return a;
      }
      for (;;) {
        a.push(val(`${path}[${a.length}]`));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return a;
        }
        fail('expected "," or "]" in a list');
      }
    }
    if (c === '"') return str();
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
    if (!m) fail(`unexpected ${JSON.stringify(c ?? 'end of file')}`);
    i += m![0].length;
    return JSON.parse(m![0]);
  };
  const value = val('');
  ws();
  if (i < text.length) fail('text after the end of the JSON value');
  return { value, lines };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRef = (v: unknown) => (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isInteger(v) && v >= 1);

/** Checks a parsed mapping against mapping-v1 (the same rules as the JSON Schema); errors name the line. */
export function checkMapping(value: unknown, at: (path: string) => string): MappingV1 {
  const bad = (path: string, what: string): never => {
    throw new MappingError(`${at(path)}: ${what}`);
  };
  if (!isObj(value)) bad('', 'a mapping is a JSON object');
  const m = value as Record<string, unknown>;
  const known = [
    '$schema',
    'version',
    'sheet',
    'headerRows',
    'titleRows',
    'encoding',
    'delimiter',
    'number',
    'columns',
    'totals',
    'hierarchy',
    'source',
    'period',
  ];
  for (const k of Object.keys(m)) if (!known.includes(k)) bad(k, `unknown field "${k}" (known: ${known.slice(1).join(', ')})`);
  if (m.version !== 1) bad('version', '"version" must be 1');
  if (m.sheet !== undefined && typeof m.sheet !== 'string') bad('sheet', '"sheet" must be a sheet name');
  for (const k of ['headerRows', 'titleRows'])
    if (
      m[k] !== undefined &&
      (!Array.isArray(m[k]) || !(m[k] as unknown[]).length || !(m[k] as unknown[]).every((n) => Number.isInteger(n) && (n as number) >= 1))
    )
      bad(k, `"${k}" must be a list of 1-based row numbers`);
  if (m.encoding !== undefined && !['utf-8', 'windows-1252', 'cp850'].includes(m.encoding as string))
    bad('encoding', '"encoding" must be utf-8, windows-1252 or cp850');
  if (m.delimiter !== undefined && (typeof m.delimiter !== 'string' || m.delimiter.length !== 1))
    bad('delimiter', '"delimiter" must be one character');
  if (m.number !== undefined && (!isObj(m.number) || ![undefined, '.', ','].includes(m.number.decimal as string)))
    bad('number', '"number.decimal" must be "." or ","');
  if (!isObj(m.columns)) bad('columns', '"columns" is required: an object with at least "amounts"');
  const c = m.columns as Record<string, unknown>;
  for (const k of Object.keys(c))
    if (!['key', 'name', 'unit', 'modality', 'amounts'].includes(k))
      bad(`columns.${k}`, `unknown column field "${k}" (key, name, unit, modality, amounts)`);
  if (c.key !== undefined && !isRef(c.key) && !(Array.isArray(c.key) && c.key.length && c.key.every(isRef)))
    bad('columns.key', '"key" must be a column (header text, letters or 1-based number) or a list of them');
  for (const k of ['name', 'unit', 'modality'])
    if (c[k] !== undefined && !isRef(c[k])) bad(`columns.${k}`, `"${k}" must be a column (header text, letters or 1-based number)`);
  if (!isObj(c.amounts) || !Object.keys(c.amounts).length) bad('columns.amounts', '"amounts" must map at least one moment to a column');
  for (const [k, v] of Object.entries(c.amounts as object)) {
    if (!STATEMENT_COLUMNS.includes(k as never))
      bad(`columns.amounts.${k}`, `unknown amount "${k}" (one of ${STATEMENT_COLUMNS.join(', ')})`);
    if (!isRef(v)) bad(`columns.amounts.${k}`, `"${k}" must be a column (header text, letters or 1-based number)`);
  }
  if (m.totals !== undefined) {
    if (!isObj(m.totals) || !isRef(m.totals.column)) bad('totals', '"totals.column" must be a column');
    const t = m.totals as Record<string, unknown>;
    if (t.match !== undefined && (!Array.isArray(t.match) || !t.match.every((x) => typeof x === 'string')))
      bad('totals.match', '"totals.match" must be a list of texts');
  }
  if (m.hierarchy !== undefined) {
    if (!Array.isArray(m.hierarchy) || !m.hierarchy.length) bad('hierarchy', '"hierarchy" must be a list of levels, outermost first');
    (m.hierarchy as unknown[]).forEach((h, i) => {
      if (!isObj(h) || typeof h.by !== 'string' || !h.by.trim())
        bad(`hierarchy[${i}]`, 'each level needs "by" (e.g. "chapter") and "column"');
      const l = h as Record<string, unknown>;
      if (!isRef(l.column)) bad(`hierarchy[${i}].column`, '"column" must be a column');
      if (l.keyLength !== undefined && !(Number.isInteger(l.keyLength) && (l.keyLength as number) >= 1))
        bad(`hierarchy[${i}].keyLength`, '"keyLength" must be a positive whole number');
    });
  }
  if (c.key === undefined && m.hierarchy === undefined)
    bad('columns', 'give "columns.key" (rows are programs) or "hierarchy" (rows are a classification)');
  if (m.source !== undefined) {
    if (!isObj(m.source)) bad('source', '"source" must be an object');
    const s = m.source as Record<string, unknown>;
    for (const k of Object.keys(s))
      if (!['title', 'url', 'license', 'publisher'].includes(k) || typeof s[k] !== 'string')
        bad(`source.${k}`, `"source.${k}" must be text (title, url, license, publisher)`);
    if (s.url !== undefined && !/^https?:\/\//i.test(s.url as string)) bad('source.url', '"source.url" must be an http(s) URL');
  }
  if (m.period !== undefined) {
    if (!isObj(m.period) || !Number.isInteger(m.period.year)) bad('period', '"period.year" is required (e.g. 2024)');
    const p = m.period as Record<string, unknown>;
    for (const k of ['from', 'to'])
      if (p[k] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(p[k]))) bad(`period.${k}`, `"period.${k}" must be a date YYYY-MM-DD`);
  }
  return m as unknown as MappingV1;
}

/** Reads a mapping file; every error says "mapping.json, line N: …". */
export function readMapping(path: string): { mapping: MappingV1; at: (p: string) => string } {
  const name = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`mapping file not found: ${path}`);
  }
  try {
    const { value, lines } = parseJsonWithLines(text);
    const at = (p: string) => {
      for (let q = p; ; q = q.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
        const l = lines.get(q);
        if (l !== undefined) return `${name}, line ${l}${p ? ` (${p})` : ''}`;
        if (!q) return name;
      }
    };
    return { mapping: checkMapping(value, at), at };
  } catch (e) {
    if (e instanceof MappingError) throw new UsageError(e.message.startsWith('line ') ? `${name}, ${e.message}` : e.message);
    throw e;
  }
}

/** The grid of a CSV or of one sheet of an .xlsx. */
export function readGrid(
  path: string,
  opt: { sheet?: string; encoding?: MappingV1['encoding']; delimiter?: string },
): { rows: string[][]; sheet?: string } {
  const file = basename(path);
  if (statSync(path).size > 100 * 1024 * 1024) throw new UsageError(`${file}: a mapped file must be under 100 MB`);
  const bytes = readFileSync(path);
  if (isSpreadsheetName(path)) {
    try {
      const wb = openXlsx(new Uint8Array(bytes), file);
      const sheet = opt.sheet ?? wb.sheets.find((s) => !s.hidden)?.name ?? wb.sheets[0]?.name;
      if (!sheet) throw new UsageError(`${file}: the workbook has no sheets`);
      return { rows: wb.sheet(sheet).rows, sheet };
    } catch (e) {
      if (e instanceof XlsxError) throw new UsageError(e.message);
      throw e;
    }
  }
  const text =
    opt.encoding && opt.encoding !== 'utf-8'
      ? iconv.decode(bytes, opt.encoding === 'cp850' ? 'cp850' : 'win1252')
      : decodeBytes(bytes).text;
  return { rows: parseCsvRows(text.replace(/^\ufeff/, ''), opt.delimiter ?? sniffDelimiter(text)) };
}

/** `convert --map`: one file through the mapping. */
export function adaptMapped(path: string, mapPath: string, sheet?: string): { info: SourceInfo; result: AdapterResult } {
  const { mapping, at } = readMapping(mapPath);
  const grid = readGrid(path, { sheet: sheet ?? mapping.sheet, encoding: mapping.encoding, delimiter: mapping.delimiter });
  let result: AdapterResult;
  try {
    result = applyMapping(mapping, grid.rows, basename(path), at);
  } catch (e) {
    if (e instanceof MappingError) throw new UsageError(e.message);
    throw e;
  }
  const header = grid.rows[(mapping.headerRows?.[0] ?? 1) - 1] ?? [];
  return {
    info: {
      file: basename(path),
      bytes: statSync(path).size,
      encoding: 'utf-8',
      delimiter: '',
      layout: 'mapping',
      rows: result.stats.rows,
      columns: header.length,
      header,
      ...(grid.sheet ? { sheet: grid.sheet } : {}),
    },
    result,
  };
}

/** Header synonyms for `--suggest-map` (folded). */
const KEY_WORDS = /^(clave|cve|codigo|id|pp)( del?)?( (programa|pp|proyecto)( presupuestario)?)?$/;
const NAME_WORDS = /^(nombre|denominacion|descripcion|concepto|nombre del programa|denominacion del programa)\b/;
const UNIT_WORDS = /^(ur|unidad responsable|unidad administrativa|dependencia|area responsable)$/;
const LEVEL_WORDS: [RegExp, string][] = [
  [/^clave del capitulo/, 'chapter'],
  [/^clave del concepto/, 'concept'],
  [/^clave de la partida/, 'item'],
];

/** A mapping proposed from the header's words (to be reviewed by a person), or an error saying what is missing. */
export function suggestMapping(rows: string[][], sheet?: string): MappingV1 {
  const h = findStatementHeader(rows, 1, 40);
  if (!h) throw new UsageError('no header row with amount columns (Aprobado, Modificado/Vigente, Devengado, Pagado…) in the first 40 rows');
  const header = rows[h.momentRow]!;
  const names = header.map(foldHeaderCell);
  const ref = (c: number): ColumnRef =>
    header[c]?.trim() && names.filter((n) => n === names[c]).length === 1 ? header[c]!.replace(/\s+/g, ' ').trim() : c + 1;
  const amounts: MappingV1['columns']['amounts'] = {};
  for (const [c, col] of h.columns) if (c < header.length && columnOf(header[c] ?? '') === col) amounts[col] = ref(c);
  const m: MappingV1 = { version: 1, ...(sheet ? { sheet } : {}), headerRows: [h.momentRow + 1], columns: { amounts } };
  const hierarchy = LEVEL_WORDS.map(([re, by]) => ({ by, c: names.findIndex((n) => re.test(n)) })).filter((x) => x.c >= 0);
  if (hierarchy.length) m.hierarchy = hierarchy.map((x) => ({ by: x.by, column: ref(x.c) }));
  else {
    const key = names.findIndex((n) => KEY_WORDS.test(n));
    if (key >= 0) m.columns.key = ref(key);
  }
  // SIPOT-style records state their year and period per row.
  const first = rows.slice(h.momentRow + 1).find((r) => r.some((c) => c.trim())) ?? [];
  const yearAt = names.findIndex((n) => n === 'ejercicio' || n === 'ano' || n === 'ejercicio fiscal');
  const fromAt = names.findIndex((n) => /^fecha de inicio/.test(n));
  const toAt = names.findIndex((n) => /^fecha de termino/.test(n));
  const year = Number(first[yearAt]);
  if (yearAt >= 0 && Number.isInteger(year) && year > 1900) {
    const iso = (c: number) => (c >= 0 && /^\d{4}-\d{2}-\d{2}$/.test(first[c] ?? '') ? first[c] : undefined);
    m.period = { year, ...(iso(fromAt) ? { from: iso(fromAt)! } : {}), ...(iso(toAt) ? { to: iso(toAt)! } : {}) };
  }
  // SIPOT: the row under "TÍTULO" holds the format's title.
  const t = rows.slice(0, h.momentRow).findIndex((r) => foldHeaderCell(r[0] ?? '') === 'titulo');
  const title = t >= 0 ? rows[t + 1]?.[0]?.trim() : undefined;
  if (title) m.source = { title };
  const name = names.findIndex((n) => NAME_WORDS.test(n));
  if (name >= 0) m.columns.name = ref(name);
  const unit = names.findIndex((n) => UNIT_WORDS.test(n));
  if (unit >= 0) m.columns.unit = ref(unit);
  return m;
}

/** `inspect --suggest-map FILE`: the proposed mapping as JSON text. */
export function suggestMapText(path: string, sheet?: string): string {
  const grid = readGrid(path, { sheet });
  const m = suggestMapping(grid.rows, grid.sheet);
  return JSON.stringify(m, null, 2);
}
