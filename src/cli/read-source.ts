/**
 * Reads one CSV file for the CLI in bounded memory: sniff the encoding and delimiter from the
 * first bytes, stream-decode (iconv-lite for CP850 / Windows-1252), tokenize incrementally and hand
 * rows to the adapter's sink as they come. Layouts without a sink get the rows collected.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import { sniffDelimiter, spanishScore, uniqueHeaders, type Encoding } from '../feed/csv.js';
import { makeProblem } from '../feed/problems.js';
import { adapterByName, detectLayout, layoutNames } from '../feed/adapters/index.js';
import type { StreamingAdapter } from '../feed/adapters/row-sink.js';
import type { Adapter, AdapterOptions, AdapterResult } from '../feed/adapters/types.js';
import { CsvTokenizer } from './csv-stream.js';
import { Progress } from './progress.js';

export class UnknownLayoutError extends Error {
  constructor(
    readonly file: string,
    readonly header: string[],
  ) {
    const seen = header.slice(0, 12).join(', ') + (header.length > 12 ? `, … (${header.length} columns)` : '');
    super(`${file}: unknown layout. Header seen: ${seen}. Known layouts: ${layoutNames().join(', ')}. Use --layout NAME to force one.`);
  }
}

export interface SourceInfo {
  file: string;
  bytes: number;
  encoding: Encoding;
  delimiter: string;
  layout: string;
  /** Data rows (without the header). */
  rows: number;
  columns: number;
  header: string[];
  /** The sheet read, for a spreadsheet. */
  sheet?: string;
}

const SAMPLE = 256 * 1024;

/** Encoding and delimiter from the first bytes (cut at a line end so no character is split). */
export async function sniffFile(path: string, hint?: Encoding): Promise<{ encoding: Encoding; delimiter: string; bom: boolean }> {
  const fh = await open(path, 'r');
  let bytes: Buffer;
  try {
    const buf = Buffer.alloc(SAMPLE);
    const { bytesRead } = await fh.read(buf, 0, SAMPLE, 0);
    bytes = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let body = bom ? bytes.subarray(3) : bytes;
  if (body.length === SAMPLE - (bom ? 3 : 0)) {
    const lastNl = body.lastIndexOf(0x0a);
    if (lastNl > 0) body = body.subarray(0, lastNl + 1);
  }
  let encoding: Encoding = hint ?? 'utf-8';
  if (!hint) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const w = iconv.decode(body, 'win1252');
      const c = iconv.decode(body, 'cp850');
      encoding = spanishScore(c) > spanishScore(w) ? 'cp850' : 'windows-1252';
    }
  }
  const text = encoding === 'utf-8' ? new TextDecoder().decode(body) : iconv.decode(body, encoding === 'cp850' ? 'cp850' : 'win1252');
  return { encoding, delimiter: sniffDelimiter(text), bom };
}

export interface ReadOptions {
  layout?: string;
  /** An adapter to try before the registry (e.g. fdp built from a datapackage.json). */
  preferred?: Adapter;
  options?: AdapterOptions;
  encoding?: Encoding;
  /** Show progress on stderr (only when it is a TTY). */
  progress?: boolean;
  /** The sheet of a spreadsheet to read (`--sheet`). */
  sheet?: string;
}

/** Streams one CSV file through its layout adapter. Throws UnknownLayoutError when no layout matches. */
export async function adaptFile(path: string, ro: ReadOptions = {}): Promise<{ info: SourceInfo; result: AdapterResult }> {
  const file = basename(path);
  const { size } = await stat(path);
  const { encoding, delimiter } = await sniffFile(path, ro.encoding);
  let adapter: Adapter | undefined;
  let header: string[] | undefined;
  let push: ((row: string[], line: number) => void) | undefined;
  let finish: (() => AdapterResult) | undefined;
  let dataRows = 0;

  const tokenizer = new CsvTokenizer((row, line) => {
    if (!header) {
      header = uniqueHeaders(row);
      adapter = pickAdapter(header, ro);
      if (!adapter) {
        // Next year's export of the same layout: "ID_RAMO[Clave del ramo]" / "MONTO_APROBADO (pesos)" headers.
        const variant = headerVariant(header);
        const a = variant && pickAdapter(variant, ro);
        if (a) [adapter, header] = [a, variant];
      }
      if (!adapter) throw new UnknownLayoutError(file, header);
      const a = adapter as Partial<StreamingAdapter> & Adapter;
      if (typeof a.sink === 'function') {
        const sink = a.sink(header, ro.options, file);
        push = sink.push;
        finish = sink.finish;
        if (sink.columns) {
          const want: boolean[] = new Array(header.length).fill(false);
          for (const i of sink.columns) want[i] = true;
          tokenizer.want = want;
        }
      } else {
        const rows: string[][] = [];
        push = (r) => rows.push(r);
        const h = header;
        finish = () => a.adapt({ header: h, rows, file, options: ro.options });
      }
      return;
    }
    if (row.length === 1 && row[0] === '') return;
    dataRows++;
    push!(row, line);
  }, delimiter);

  const progress = ro.progress ? new Progress(file, size) : undefined;
  // 64 KB chunks keep decoded strings out of V8's large-object space: less RSS and fewer page faults than 1 MB.
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  const utf8 = new Utf8Chunks();
  const decoder = encoding === 'utf-8' ? undefined : iconv.getDecoder(encoding === 'cp850' ? 'cp850' : 'win1252');
  let replaced = 0;
  let read = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      read += chunk.length;
      const text = decoder ? decoder.write(chunk) : utf8.write(chunk);
      if (!decoder) for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) replaced++;
      tokenizer.push(text);
      progress?.update(read);
    }
    const tail = decoder ? (decoder.end() ?? '') : utf8.end();
    if (tail) tokenizer.push(tail);
    tokenizer.end();
  } finally {
    stream.destroy();
    progress?.done();
  }
  if (!header || !adapter || !finish) throw new UnknownLayoutError(file, []);
  const result = finish();
  const extra = [];
  if (replaced) extra.push(makeProblem('encoding', 'not-utf8', 'error', { file }, { count: replaced, found: `${replaced} × U+FFFD` }));
  for (const issue of tokenizer.issues.slice(0, 20))
    extra.push(
      issue.kind === 'unterminated-quote'
        ? makeProblem('csv-syntax', 'csv-unclosed-quote', 'error', { file, line: issue.line })
        : makeProblem('csv-syntax', 'csv-text-after-quote', 'warning', { file, line: issue.line }),
    );
  result.problems = [...extra, ...result.problems];
  return {
    info: { file, bytes: size, encoding, delimiter, layout: adapter.name, rows: dataRows, columns: header.length, header },
    result,
  };
}

/**
 * The header without bracketed descriptions and trailing parenthesised units ("Ramo[Descripción]",
 * "MONTO_APROBADO (pesos)"), or undefined when that changes nothing.
 */
export function headerVariant(header: string[]): string[] | undefined {
  const v = header.map((h) =>
    h
      .replace(/\s*\[[^\]]*\]\s*/g, ' ')
      .replace(/\s*\((pesos|mdp|miles de pesos|millones de pesos|mxn)\)\s*$/i, '')
      .trim(),
  );
  return v.some((x, i) => x !== header[i]) ? uniqueHeaders(v) : undefined;
}

function pickAdapter(header: string[], ro: ReadOptions): Adapter | undefined {
  if (ro.layout) {
    if (ro.preferred?.name === ro.layout) return ro.preferred;
    return adapterByName(ro.layout);
  }
  if (ro.preferred?.detect(header)) return ro.preferred;
  return detectLayout(header);
}

/**
 * UTF-8 decoding of a byte stream with Buffer#toString (the fastest path in Node): a character
 * split between two chunks is carried over. Invalid bytes become U+FFFD (counted by the caller).
 */
export class Utf8Chunks {
  private carry: Buffer | undefined;

  write(chunk: Buffer): string {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = completeLength(buf);
    this.carry = cut < buf.length ? Buffer.from(buf.subarray(cut)) : undefined;
    return buf.toString('utf8', 0, cut);
  }

  end(): string {
    const rest = this.carry;
    this.carry = undefined;
    return rest ? rest.toString('utf8') : '';
  }
}

/** Bytes of `buf` that end on a character boundary (a trailing, incomplete UTF-8 sequence is left out). */
export function completeLength(buf: Uint8Array): number {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}
