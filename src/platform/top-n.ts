/**
 * The one "top N + other" cut that widgets share (<tp-spending-flow> breakdowns, <tp-gender-breakdown>
 * top programs). Pure: no DOM, no Lit. Ranking and what the "other" row sums stay with each widget.
 */

export interface TopNOptions {
  /**
   * When exactly one row would be left over, show it in the top instead: folding a single row into
   * "other" hides its name for nothing. Default false.
   */
  keepLone?: boolean;
}

/** Splits ranked rows into the first `n` (at least 0) and the rest, in order. */
export function topN<T>(rows: readonly T[], n: number, options: TopNOptions = {}): { top: T[]; rest: T[] } {
  const first = Math.max(0, n);
  const cut = options.keepLone && rows.length === first + 1 ? rows.length : first;
  return { top: rows.slice(0, cut), rest: rows.slice(cut) };
}
