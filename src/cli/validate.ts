/**
 * `tp-feed validate feed.json`: a summary of the feed and its problems (validateFeed).
 * Exit 1 when the feed is rejected or has errors; warnings and notes alone exit 0.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseFeedText } from '../feed/validate.js';
import type { Feed, Problem } from '../feed/types.js';
import { flag, UsageError, type ParsedArgs } from './args.js';
import { formatCents, formatInt, hasDataErrors, problemLine, severityLine } from './format.js';

/** Reads and validates a feed file; usage error when it does not exist. */
export async function readFeed(path: string): Promise<{ ok: boolean; feed?: Feed; problems: Problem[] }> {
  if (!existsSync(path)) throw new UsageError(`file not found: ${path}`);
  const r = parseFeedText(await readFile(path, 'utf8'));
  const file = basename(path);
  const problems = r.problems.map((p) => (p.file ? p : { ...p, file }));
  return r.ok ? { ok: true, feed: r.feed, problems } : { ok: false, problems };
}

export function feedSummary(feed: Feed): string[] {
  const lines = [
    `  publisher  ${feed.publisher.name} (${feed.publisher.jurisdiction})`,
    `  cycle      ${feed.cycle}${feed.asOf ? `, data as of ${feed.asOf}` : ''}`,
    `  programs   ${formatInt(feed.programs.length)}`,
    `  moments    ${feed.moments.join(', ')}`,
  ];
  const totals = new Map<string, number>();
  for (const p of feed.programs)
    for (const [m, v] of Object.entries(p.amounts ?? {}))
      if (typeof v === 'number') totals.set(m, (totals.get(m) ?? 0) + Math.round(v * 100));
  const w = Math.max(0, ...[...totals.keys()].map((m) => m.length));
  for (const m of feed.moments) {
    const c = totals.get(m);
    lines.push(`    ${m.padEnd(w)}  ${c === undefined ? 'not reported'.padStart(22) : formatCents(c).padStart(22)}`);
  }
  const extras = ['indicators', 'sdg', 'crossCutting', 'population', 'plan', 'evaluations', 'performance'] as const;
  const counts = extras
    .map(
      (k) => [k, feed.programs.filter((p) => p[k] !== undefined && (!Array.isArray(p[k]) || (p[k] as unknown[]).length)).length] as const,
    )
    .filter(([, n]) => n);
  if (counts.length) lines.push(`  with       ${counts.map(([k, n]) => `${k} ${formatInt(n)}`).join(', ')}`);
  return lines;
}

export async function validate(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  if (args.files.length !== 1) throw new UsageError('validate takes exactly one feed.json');
  const path = args.files[0]!;
  const r = await readFeed(path);
  const max = Number(flag(args, 'max-problems') ?? 50);
  if (args.flags.json) {
    out(JSON.stringify({ ok: r.ok, problems: r.problems }, null, 2));
    return !r.ok || hasDataErrors(r.problems) ? 1 : 0;
  }
  out(`${basename(path)}: ${r.ok ? 'Feed v1' : 'rejected'}`);
  if (r.feed) for (const l of feedSummary(r.feed)) out(l);
  out(`  problems   ${severityLine(r.problems)}`);
  for (const p of r.problems.slice(0, max)) out(`    ${problemLine(p)}`);
  if (r.problems.length > max) out(`    … ${r.problems.length - max} more (--max-problems N)`);
  return !r.ok || hasDataErrors(r.problems) ? 1 : 0;
}
