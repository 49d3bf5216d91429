/** Program keys across merged sources (see merge.ts): canonical form and secondary-key resolution. Pure. */
import { makeProblem } from './problems.js';
import type { Problem } from './types.js';
import { formatProgramKey, parseProgramKey } from './adapters/keys.js';

/** A key in its canonical written form ("20 s 176" → "20-S176"); unparseable keys only trimmed. */
export function canonicalKey(key: string): string {
  const p = parseProgramKey(key);
  return p ? formatProgramKey(p) : key.trim();
}

/** Short keys of the amounts programs: "S176" → full keys "20-S176", …; and "I016" → "I016" (keyed without ramo). */
export function shortKeyIndex(keys: Iterable<string>): { byShort: Map<string, string[]>; shortOnly: Map<string, string> } {
  const byShort = new Map<string, string[]>(); // "S176" → full keys "20-S176", …
  const shortOnly = new Map<string, string>(); // "I016" → "I016" (amounts keyed without ramo)
  for (const key of keys) {
    const parts = parseProgramKey(key);
    if (!parts) continue;
    const short = `${parts.modality}${parts.number}`;
    if (parts.ramo) byShort.set(short, [...(byShort.get(short) ?? []), key]);
    else shortOnly.set(short, key);
  }
  return { byShort, shortOnly };
}

/** The program a secondary key belongs to; undefined = none, null = ambiguous (reported). */
export function resolve(
  key: string,
  programs: ReadonlyMap<string, unknown>,
  byShort: Map<string, string[]>,
  shortOnly: Map<string, string>,
  layout: string,
  problems: Problem[],
): string | undefined | null {
  if (programs.has(key)) return key;
  const parts = parseProgramKey(key);
  if (!parts) return undefined;
  const short = `${parts.modality}${parts.number}`;
  const candidates = parts.ramo ? [] : [...(byShort.get(short) ?? [])];
  const bare = shortOnly.get(short);
  if (bare) candidates.push(bare);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length > 1) {
    problems.push(makeProblem('ambiguous-key', 'ambiguous-key', 'error', { key }, { layout, found: candidates.join(', ') }));
    return null;
  }
  return undefined;
}
