/** Collecting the problems of a source file, as the adapters report them (pure). */
import { makeProblem, type ProblemAt } from '../problems.js';
import type { Problem } from '../types.js';

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
  /**
   * `parts` when it names a ramo (a usable program key); otherwise logs `program-key-unrecognised` at
   * `at`, with `found` (what the row had) shown short, and returns null: the caller skips the row.
   */
  keyed<T extends { ramo?: string }>(parts: T | null | undefined, at: ProblemAt, found: string | undefined): (T & { ramo: string }) | null {
    if (parts?.ramo) return parts as T & { ramo: string };
    this.add(makeProblem('invalid-key', 'program-key-unrecognised', 'error', at, { found: shown(found) }));
    return null;
  }
  count(kind: string): number {
    return this.counts.get(kind) ?? 0;
  }
  /** The kept problems plus one note per kind that went over the cap. */
  done(file?: string): Problem[] {
    const out = [...this.list];
    for (const [kind, n] of this.counts) {
      if (n > this.cap)
        out.push(makeProblem(kind, 'more-not-listed', 'note', { file }, { more: n - this.cap, total: n, problemKind: kind }));
    }
    return out;
  }
}
