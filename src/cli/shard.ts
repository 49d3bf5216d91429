/**
 * `tp-feed shard feed.json -o dir/`: writes dir/index.json (the feed with one small row per program,
 * with its signal count, and `shard.programs` = "programs/{file}.json") and dir/programs/<shardFileName(key)>.json (one full
 * Program each), so a widget fetches the index and only the program it shows.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringifyFeed } from '../feed/serialize.js';
import { shardFileName } from '../feed/shard.js';
import type { Feed, Program } from '../feed/types.js';
import { signalCounts, signals } from '../signals/engine.js';
import { flag, UsageError, type ParsedArgs } from './args.js';
import { hasDataErrors, problemLine, severityLine } from './format.js';
import { readFeed } from './validate.js';

/**
 * The index row of a program: what lists and the explorer need (identity, amounts, SDG goals, annex
 * tags without their calendars, the signal count), without breakdowns, indicators or the budget cycle.
 */
export function indexRow(p: Program, signalCount: number): Program {
  const row: Program = { key: p.key, name: p.name, amounts: p.amounts };
  if (p.ramo) row.ramo = p.ramo;
  if (p.unit) row.unit = p.unit;
  if (p.modality) row.modality = p.modality;
  if (p.sdg?.length) row.sdg = p.sdg;
  if (p.crossCutting?.length)
    row.crossCutting = p.crossCutting.map((c) =>
      c.category !== undefined ? { annex: c.annex, category: c.category, amounts: c.amounts } : { annex: c.annex, amounts: c.amounts },
    );
  row.signals = signalCount;
  return row;
}

/** The shard index and the program files (name → program) of a feed. Throws when two keys share a file name. */
export function shardFeed(feed: Feed): { index: Feed; files: Map<string, Program> } {
  const files = new Map<string, Program>();
  for (const p of feed.programs) {
    const name = shardFileName(p.key);
    const prior = files.get(name);
    if (prior) throw new Error(`programs "${prior.key}" and "${p.key}" map to the same shard file ${name}.json`);
    files.set(name, p);
  }
  // Signals read the whole feed (a rule may need what other programs carry), so they are counted here.
  const counts = signalCounts(signals(feed));
  const index: Feed = {
    ...feed,
    programs: feed.programs.map((p) => indexRow(p, counts.get(p.key) ?? 0)),
    shard: { programs: 'programs/{file}.json' },
  };
  return { index, files };
}

export async function shard(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  if (args.files.length !== 1) throw new UsageError('shard takes exactly one feed.json');
  const dir = flag(args, 'output');
  if (!dir) throw new UsageError('shard needs -o DIR');
  const r = await readFeed(args.files[0]!);
  if (!r.ok || !r.feed) {
    out(`${args.files[0]}: rejected; ${severityLine(r.problems)}`);
    for (const p of r.problems.slice(0, 10)) out(`  ${problemLine(p)}`);
    return 1;
  }
  const { index, files } = shardFeed(r.feed);
  await mkdir(join(dir, 'programs'), { recursive: true });
  await writeFile(join(dir, 'index.json'), stringifyFeed(index));
  for (const [name, p] of files) await writeFile(join(dir, 'programs', `${name}.json`), stringifyFeed(p));
  out(`${join(dir, 'index.json')}: ${files.size} programs in ${join(dir, 'programs')}/; ${severityLine(r.problems)}`);
  return hasDataErrors(r.problems) ? 1 : 0;
}
