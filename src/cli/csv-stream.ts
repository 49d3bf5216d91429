/**
 * Incremental CSV tokenizer for the CLI: text chunks in, rows out, in bounded memory.
 *
 * RFC 4180 quoting (doubled quotes, delimiters and line breaks inside quoted cells), CRLF, LF and
 * mixed endings, a leading BOM. Each row comes with the 1-based line where it starts, so messages
 * can name it. A chunk may end anywhere: the unfinished row is kept and parsed again with the next
 * chunk (rows are short; only a cell that spans chunks is rescanned).
 * Unquoted lines take a fast path through String.prototype.split.
 */

export interface CsvRowHandler {
  (row: string[], line: number): void;
}

export interface CsvIssue {
  kind: 'unterminated-quote' | 'stray-quote';
  line: number;
}

export class CsvTokenizer {
  private rest = '';
  private line = 1;
  private started = false;
  readonly issues: CsvIssue[] = [];
  /**
   * Columns the consumer reads (after the header): other cells of one-line rows come as '' and are
   * never copied out of the text, which saves most of the allocation on wide files.
   */
  want: boolean[] | undefined;
  rows = 0;

  constructor(
    private readonly onRow: CsvRowHandler,
    public delimiter = ',',
  ) {}

  /** Feeds one decoded text chunk. */
  push(chunk: string): void {
    let text = this.rest ? this.rest + chunk : chunk;
    if (!this.started) {
      if (!text) return;
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.rest = text.slice(this.parse(text, false));
  }

  /** Ends the input: a last row without a line break is emitted; an open quote is reported. */
  end(): void {
    if (this.rest) {
      const text = this.rest;
      this.rest = '';
      this.parse(text, true);
    }
  }

  /** Parses complete rows from `text`; returns where the unfinished part starts. */
  private parse(text: string, final: boolean): number {
    const d = this.delimiter;
    const dc = d.charCodeAt(0);
    const n = text.length;
    let p = 0;
    let nextQuote = text.indexOf('"');
    while (p < n) {
      let nl = text.indexOf('\n', p);
      if (nextQuote !== -1 && nextQuote < p) nextQuote = text.indexOf('"', p);
      if (nl === -1 && final) nl = n;
      if (nl !== -1) {
        const endCut = nl > p && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        const lineText = text.slice(p, endCut);
        // Fast paths: no quote in this line (split), or quoted cells that close on this line.
        const cells = this.want
          ? splitQuotedLine(lineText, d, this.want)
          : nextQuote === -1 || nextQuote > nl
            ? lineText.split(d)
            : splitQuotedLine(lineText, d);
        if (cells) {
          this.emit(cells, this.line);
          this.line++;
          p = nl + 1;
          continue;
        }
      } else if (!final) return p;
      // Slow path: a row with quoted cells (possibly spanning lines).
      const startLine = this.line;
      const row: string[] = [];
      let q = p;
      let breaks = 0;
      let done = false;
      while (!done) {
        if (q < n && text.charCodeAt(q) === 34 /* " */) {
          // Quoted cell.
          let close = text.indexOf('"', q + 1);
          let cell = '';
          let from = q + 1;
          for (;;) {
            if (close === -1) {
              if (!final) return p;
              this.issues.push({ kind: 'unterminated-quote', line: startLine });
              cell += text.slice(from);
              q = n;
              break;
            }
            if (text.charCodeAt(close + 1) === 34) {
              cell += text.slice(from, close + 1);
              from = close + 2;
              close = text.indexOf('"', from);
              continue;
            }
            cell += text.slice(from, close);
            q = close + 1;
            break;
          }
          for (let k = cell.indexOf('\n'); k !== -1; k = cell.indexOf('\n', k + 1)) breaks++;
          // Text after the closing quote before the delimiter (malformed): kept, reported.
          let stray = q;
          while (stray < n) {
            const c = text.charCodeAt(stray);
            if (c === dc || c === 10 || (c === 13 && text.charCodeAt(stray + 1) === 10)) break;
            stray++;
          }
          if (stray === n && !final && q < n) return p;
          if (stray > q) {
            const extra = text.slice(q, stray);
            if (!(extra === '\r' && stray === n)) {
              this.issues.push({ kind: 'stray-quote', line: startLine });
              cell += extra.replace(/\r$/, '');
            }
            q = stray;
          }
          row.push(cell);
        } else {
          // Unquoted cell: up to the delimiter or the line end.
          let k = q;
          while (k < n) {
            const c = text.charCodeAt(k);
            if (c === dc || c === 10) break;
            k++;
          }
          if (k === n && !final) return p;
          let cell = text.slice(q, k);
          if (k < n && text.charCodeAt(k) === 10 && cell.endsWith('\r')) cell = cell.slice(0, -1);
          else if (k === n && cell.endsWith('\r')) cell = cell.slice(0, -1);
          row.push(cell);
          q = k;
        }
        if (q >= n) {
          if (!final) return p;
          done = true;
          q = n;
        } else {
          const c = text.charCodeAt(q);
          if (c === dc) q++;
          else if (c === 10) {
            q++;
            done = true;
          } else if (c === 13 && text.charCodeAt(q + 1) === 10) {
            q += 2;
            done = true;
          } else q++;
          if (!done && q >= n && !final) return p;
          if (!done && q >= n && final) {
            row.push('');
            done = true;
          }
        }
      }
      this.emit(row, startLine);
      this.line = startLine + 1 + breaks;
      p = q;
      nextQuote = text.indexOf('"', p);
    }
    return n;
  }

  private emit(row: string[], line: number): void {
    this.rows++;
    this.onRow(row, line);
  }
}

/**
 * Splits one line whose quoted cells all close on it; null when a quote stays open (a cell that
 * spans lines) or a cell is malformed, so the caller takes the character-by-character path.
 */
export function splitQuotedLine(line: string, d: string, want?: boolean[]): string[] | null {
  const out: string[] = [];
  const n = line.length;
  const dc = d.charCodeAt(0);
  let p = 0;
  for (;;) {
    const keep = !want || want[out.length] !== false;
    if (line.charCodeAt(p) === 34) {
      let q = line.indexOf('"', p + 1);
      let escaped = false;
      while (q !== -1 && line.charCodeAt(q + 1) === 34) {
        escaped = true;
        q = line.indexOf('"', q + 2);
      }
      if (q === -1) return null; // the cell goes on past this line
      if (keep) {
        const cell = line.slice(p + 1, q);
        out.push(escaped ? cell.replace(/""/g, '"') : cell);
      } else out.push('');
      p = q + 1;
      if (p === n) return out;
      if (line.charCodeAt(p) !== dc) return null; // text after the closing quote
      p++;
    } else {
      const k = line.indexOf(d, p);
      if (k === -1) {
        out.push(keep ? line.slice(p) : '');
        return out;
      }
      out.push(keep ? line.slice(p, k) : '');
      p = k + 1;
    }
    if (p === n) {
      out.push('');
      return out;
    }
  }
}

/** Tokenizes a whole string (tests and small files). */
export function tokenizeAll(text: string, delimiter = ','): { rows: string[][]; lines: number[]; issues: CsvIssue[] } {
  const rows: string[][] = [];
  const lines: number[] = [];
  const t = new CsvTokenizer((r, l) => {
    rows.push(r);
    lines.push(l);
  }, delimiter);
  t.push(text);
  t.end();
  return { rows, lines, issues: t.issues };
}
