/** Problems located in a source file, as the adapters report them (pure). */
import type { Problem } from '../types.js';

export interface AdapterProblemInit {
  file?: string;
  line?: number;
  column?: string;
  key?: string;
  expected?: string;
  found?: string;
}

/** A Problem located in a source file ("archivo.csv, línea 12, columna PEF_2016: …"). */
export function adapterProblem(
  kind: Problem['kind'],
  severity: Problem['severity'],
  at: AdapterProblemInit,
  es: string,
  en: string,
): Problem {
  const whereEs = [at.file, at.line !== undefined ? `línea ${at.line}` : '', at.column ? `columna ${at.column}` : '', at.key ? `programa ${at.key}` : '']
    .filter(Boolean)
    .join(', ');
  const whereEn = [at.file, at.line !== undefined ? `line ${at.line}` : '', at.column ? `column ${at.column}` : '', at.key ? `program ${at.key}` : '']
    .filter(Boolean)
    .join(', ');
  const tail = (lang: 'es' | 'en') => {
    const bits: string[] = [];
    if (at.expected !== undefined) bits.push(`${lang === 'es' ? 'se esperaba' : 'expected'} ${at.expected}`);
    if (at.found !== undefined) bits.push(`${lang === 'es' ? 'se encontró' : 'found'} ${at.found}`);
    return bits.length ? ` (${bits.join('; ')})` : '';
  };
  const p: Problem = {
    kind,
    severity,
    message: {
      es: `${whereEs ? `${whereEs}: ` : ''}${es}${tail('es')}.`,
      en: `${whereEn ? `${whereEn}: ` : ''}${en}${tail('en')}.`,
    },
  };
  if (at.key !== undefined) p.key = at.key;
  if (at.expected !== undefined) p.expected = at.expected;
  if (at.found !== undefined) p.found = at.found;
  if (at.file !== undefined) p.file = at.file;
  if (at.line !== undefined) p.line = at.line;
  if (at.column !== undefined) p.column = at.column;
  return p;
}

/** A cell value as short, printable text for `found`. */
export function shown(v: string | undefined, max = 40): string {
  const s = JSON.stringify(String(v ?? '')).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return s.length > max ? `${s.slice(0, max - 2)}…"` : s;
}

/**
 * Collects problems with a cap per kind, so a 1 GB file with a million bad cells stays in bounded
 * memory: the first `cap` of each kind are kept and one summary note says how many more there were.
 */
export class ProblemLog {
  readonly list: Problem[] = [];
  private counts = new Map<string, number>();
  constructor(private cap = 50) {}
  add(p: Problem): void {
    const n = (this.counts.get(p.kind) ?? 0) + 1;
    this.counts.set(p.kind, n);
    if (n <= this.cap) this.list.push(p);
  }
  count(kind: string): number {
    return this.counts.get(kind) ?? 0;
  }
  /** The kept problems plus one note per kind that went over the cap. */
  done(file?: string): Problem[] {
    const out = [...this.list];
    for (const [kind, n] of this.counts) {
      if (n > this.cap)
        out.push(
          adapterProblem(
            kind,
            'note',
            { file },
            `${n - this.cap} problemas más del tipo "${kind}" (${n} en total) no se listan`,
            `${n - this.cap} more problems of kind "${kind}" (${n} in all) are not listed`,
          ),
        );
    }
    return out;
  }
}
