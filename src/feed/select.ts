/**
 * Selectors: Feed v1 → the small views widgets need. Pure: no DOM, no Lit, no fetch.
 * Amounts not reported stay absent (never 0); sums run in integer cents.
 */
import { MIR_LEVELS } from './types.js';
import type { Amounts, Feed, Indicator, MirLevel, Program } from './types.js';
import { compareCodes } from './compare.js';

const SPACES = /[\s\u00A0\u2007\u202F\uFEFF]+/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const RAMO_PREFIX = /^([0-9A-Z]{1,3})-(.+)$/;

/**
 * Canonical form of a program key: upper case, no spaces (NBSP folded), unicode dashes as "-".
 * "S 176" → "S176", "s176" → "S176", "20-S176" → "20-S176", "20 - s 176" → "20-S176".
 */
export function normalizeKey(key: string): string {
  return String(key).normalize('NFKC').replace(SPACES, '').replace(DASHES, '-').toUpperCase();
}

/** Splits a normalized key into ramo and short key ("20-S176" → ["20", "S176"]). */
export function splitKey(key: string): { ramo?: string; short: string } {
  const n = normalizeKey(key);
  const m = RAMO_PREFIX.exec(n);
  return m ? { ramo: m[1]!, short: m[2]! } : { short: n };
}

export type ProgramLookup =
  | { status: 'found'; program: Program; index: number }
  | { status: 'unknown'; key: string; closest: string[] }
  | { status: 'ambiguous'; key: string; candidates: string[] };

const stripZeros = (s: string) => s.replace(/^0+(?=\d)/, '');

/**
 * Finds a program by key. A full key matches exactly (after normalizeKey); a short key without ramo
 * ("S176") matches when exactly one program has it, otherwise the lookup is ambiguous and lists the
 * candidates. A ramo-qualified key ("20-S176") also matches a program keyed "S176" whose ramo id is 20.
 * Unknown keys come with up to 5 close keys (same digits or small edit distance).
 */
export function findProgram(feed: Pick<Feed, 'programs'>, key: string): ProgramLookup {
  const programs = feed.programs ?? [];
  const q = normalizeKey(key ?? '');
  if (!q) return { status: 'unknown', key: String(key ?? ''), closest: [] };
  for (let i = 0; i < programs.length; i++) {
    if (normalizeKey(programs[i]!.key) === q) return { status: 'found', program: programs[i]!, index: i };
  }
  const qs = splitKey(q);
  const hits: number[] = [];
  for (let i = 0; i < programs.length; i++) {
    const p = programs[i]!;
    const ps = splitKey(p.key);
    if (ps.short !== qs.short) continue;
    if (qs.ramo === undefined) hits.push(i);
    else if (ps.ramo === undefined && p.ramo?.id !== undefined && stripZeros(normalizeKey(p.ramo.id)) === stripZeros(qs.ramo)) hits.push(i);
  }
  if (hits.length === 1) return { status: 'found', program: programs[hits[0]!]!, index: hits[0]! };
  if (hits.length > 1) return { status: 'ambiguous', key: String(key), candidates: hits.map((i) => programs[i]!.key) };
  return {
    status: 'unknown',
    key: String(key),
    closest: closestKeys(
      programs.map((p) => p.key),
      q,
    ),
  };
}

/** Up to `max` keys close to `q`: same number part, or edit distance ≤ 2 on the short key. */
export function closestKeys(keys: readonly string[], q: string, max = 5): string[] {
  const qs = splitKey(q).short;
  const qDigits = qs.replace(/\D/g, '');
  const scored: { key: string; d: number }[] = [];
  for (const k of keys) {
    const ks = splitKey(k).short;
    const d = editDistance(ks, qs, 3);
    const sameNumber = qDigits !== '' && stripZeros(ks.replace(/\D/g, '')) === stripZeros(qDigits);
    if (d <= 2 || sameNumber) scored.push({ key: k, d: sameNumber ? Math.min(d, 1.5) : d });
  }
  scored.sort((a, b) => a.d - b.d || compareCodes(a.key, b.key));
  return [...new Set(scored.map((s) => s.key))].slice(0, max);
}

/** Levenshtein distance, stopping early above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

const reported = (a: Amounts | undefined, m: string): number | undefined => {
  const v = a?.[m];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

/** The last moment (in feed order) the program reports, with its amount; null when none is reported. */
export function latestMoment(program: Program, moments: readonly string[]): { moment: string; amount: number } | null {
  for (let i = moments.length - 1; i >= 0; i--) {
    const amount = reported(program.amounts, moments[i]!);
    if (amount !== undefined) return { moment: moments[i]!, amount };
  }
  return null;
}

const SPENDING = new Set(['committed', 'accrued', 'exercised', 'paid']);

/**
 * Execution rate: the latest reported spending moment (committed, accrued, exercised, paid) after the base, over the base. The base is `modified`,
 * or `approved` when modified is not reported. `rate` is a ratio (0.5 = 50 %).
 * Null when the base is missing or 0, or when no moment after the base is reported (not reported ≠ 0 %).
 */
export function executionRate(
  program: Program,
  moments: readonly string[],
): { rate: number; moment: string; amount: number; base: 'modified' | 'approved'; baseAmount: number } | null {
  const modified = reported(program.amounts, 'modified');
  const base: 'modified' | 'approved' = modified !== undefined ? 'modified' : 'approved';
  const baseAmount = modified ?? reported(program.amounts, 'approved');
  if (baseAmount === undefined || baseAmount === 0) return null;
  // Execution is measured by the LGCG spending moments only (not "ministered", a transfer received).
  const idx = moments.indexOf(base);
  const after = idx >= 0 ? moments.slice(idx + 1) : moments;
  const later = after.filter((m) => SPENDING.has(m));
  for (let i = later.length - 1; i >= 0; i--) {
    const amount = reported(program.amounts, later[i]!);
    if (amount !== undefined) return { rate: amount / baseAmount, moment: later[i]!, amount, base, baseAmount };
  }
  return null;
}

/**
 * Feed-wide totals per moment, summed in integer cents. `reporting[m]` says how many programs report
 * moment m, so a reader can tell a partial total from a complete one. Moments nobody reports are absent.
 */
export function feedTotals(feed: Pick<Feed, 'programs'>): { amounts: Amounts; reporting: Record<string, number>; programs: number } {
  const cents = new Map<string, number>();
  const reporting: Record<string, number> = Object.create(null);
  for (const p of feed.programs ?? []) {
    for (const m of Object.keys(p.amounts ?? {})) {
      const v = reported(p.amounts, m);
      if (v === undefined) continue;
      cents.set(m, (cents.get(m) ?? 0) + Math.round(v * 100));
      reporting[m] = (reporting[m] ?? 0) + 1;
    }
  }
  const amounts: Amounts = {};
  for (const [m, c] of cents) amounts[m] = c / 100;
  return { amounts, reporting: { ...reporting }, programs: (feed.programs ?? []).length };
}

/** Indicators grouped by MIR level in order fin, purpose, component, activity; empty levels omitted. */
export function indicatorsByLevel(program: Program): { level: MirLevel; indicators: Indicator[] }[] {
  const list = program.indicators ?? [];
  return MIR_LEVELS.map((level) => ({ level, indicators: list.filter((i) => i.level === level) })).filter((g) => g.indicators.length > 0);
}
