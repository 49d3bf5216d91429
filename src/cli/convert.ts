/**
 * `tp-feed convert FILE… -o feed.json [options]`: every file through its layout adapter (streamed),
 * merged by program key into one Feed v1 (mergeResults), checked with validateFeed, written as JSON.
 * Exit 1 when any adapter, the merge or the validation reports an error.
 */
import { writeFile } from 'node:fs/promises';
import { mergeResults } from '../feed/merge.js';
import { crossCheckStatements } from '../feed/adapters/statement-checks.js';
import { stringifyFeed } from '../feed/serialize.js';
import { validateFeed } from '../feed/validate.js';
import type { Problem } from '../feed/types.js';
import { flag, intFlag, UsageError, type ParsedArgs } from './args.js';
import { formatInt, hasDataErrors, problemLine, severityLine } from './format.js';
import { parseEncoding, runSources, type SourceReport } from './sources.js';
import { knownSource, uniqueSources } from './source-titles.js';
import { feedSummary } from './validate.js';

const DEFAULT_PUBLISHER = 'Secretaría de Hacienda y Crédito Público';

export async function convert(args: ParsedArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const output = flag(args, 'output');
  if (!output) throw new UsageError('convert needs -o feed.json (or -o - for standard output)');
  const asOf = flag(args, 'as-of');
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD (got "${asOf}")`);
  const jurisdiction = flag(args, 'jurisdiction') ?? 'MX';
  if (!/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(jurisdiction))
    throw new UsageError(`--jurisdiction must be an ISO 3166 code such as MX or MX-ROO (got "${jurisdiction}")`);
  const cycle = intFlag(args, 'cycle', 1900, 2100);
  const entity = flag(args, 'entity');
  const ramo = flag(args, 'ramo');
  const options = {
    ...(entity !== undefined ? { entity } : {}),
    ...(ramo !== undefined ? { ramo } : {}),
    ...(cycle !== undefined ? { cycle } : {}),
  };
  const report: SourceReport = { skipped: [], failed: [] };
  const runs = await runSources(
    args.files,
    {
      layout: flag(args, 'layout'),
      encoding: parseEncoding(flag(args, 'encoding')),
      options,
      progress: !args.flags['no-progress'],
      ...(typeof args.flags.sheet === 'string' ? { sheet: args.flags.sheet } : {}),
      ...(typeof args.flags.map === 'string' ? { map: args.flags.map } : {}),
    },
    report,
  );
  const results = runs.map((r) => r.result);
  // A state or municipal statement names its publisher in its first title line.
  const statedEntity = runs.map((r) => r.result.statement?.entity).find((e) => e && !/^tesorer/i.test(e));
  const allStatements = runs.every((r) => r.result.statement);
  if (allStatements && !statedEntity && flag(args, 'publisher') === undefined)
    throw new UsageError(
      'these files do not name their publisher: give --publisher "NAME" (or "source": { "publisher": … } in the mapping)',
    );
  const publisher = flag(args, 'publisher') ?? (allStatements && statedEntity ? statedEntity : DEFAULT_PUBLISHER);
  const publisherUrl = flag(args, 'publisher-url');
  const sourceTitle = flag(args, 'source-title');
  const sourceUrl = flag(args, 'source-url');
  if (sourceUrl !== undefined && !/^https?:\/\//i.test(sourceUrl))
    throw new UsageError(`--source-url must be an http(s) URL (got "${sourceUrl}")`);
  const titled = runs.map((r) => {
    const s = { ...(r.result.meta?.sources?.[0] ?? knownSource(r.result.layout, r.info.file, r.result.cycle)) };
    if (sourceTitle !== undefined) s.title = sourceTitle;
    if (sourceUrl !== undefined) s.url = sourceUrl;
    return s;
  });
  const sources = uniqueSources(titled);
  const label = flag(args, 'label');
  const merged = mergeResults(results, {
    publisher: publisherUrl ? { name: publisher, url: publisherUrl, jurisdiction } : { name: publisher, jurisdiction },
    ...(cycle !== undefined ? { cycle } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(label !== undefined ? { label } : {}),
    sources,
  });
  const feed = merged.feed;
  // A program statement gives only the unit's key; the administrative statement of the same publisher names it.
  const unitNames = new Map((feed.breakdowns ?? []).filter((b) => b.by === 'unit').map((b) => [b.id, b.name]));
  for (const p of feed.programs)
    if (p.unit && p.unit.name === p.unit.id && unitNames.has(p.unit.id)) p.unit = { id: p.unit.id, name: unitNames.get(p.unit.id)! };
  const checked = validateFeed(feed);
  const statements = runs.flatMap((r) => (r.result.statement ? [{ file: r.info.file, detail: r.result.statement }] : []));
  const problems: Problem[] = [
    ...results.flatMap((r) => r.problems),
    ...crossCheckStatements(statements),
    ...merged.problems,
    ...checked.problems,
  ];

  const text = stringifyFeed(feed, !!args.flags.pretty);
  if (output === '-') out(text);
  else await writeFile(output, text);

  const log = output === '-' ? err : out;
  if (!args.flags.quiet) {
    for (const { info, result } of runs)
      log(
        `${info.file}: ${info.layout}, ${info.encoding}, ${formatInt(info.rows)} rows${result.stats.kept !== result.stats.rows ? ` (${formatInt(result.stats.kept)} kept)` : ''}, ${formatInt(result.programs.length)} programs`,
      );
    for (const x of report.skipped) log(`${x.file}: skipped (${x.reason})`);
    for (const x of report.failed) log(`error: ${x.message} (the other files were converted)`);
    log(`${output === '-' ? 'feed' : output}: ${checked.ok ? 'valid Feed v1' : 'REJECTED by validation'}`);
    for (const l of feedSummary(feed)) log(l);
    log(`  problems   ${severityLine(problems)}`);
    const max = Number(flag(args, 'max-problems') ?? 20);
    const shown = [...problems].sort((a, b) => rank(a) - rank(b)).slice(0, max);
    for (const p of shown) log(`    ${problemLine(p)}`);
    if (problems.length > shown.length) log(`    … ${problems.length - shown.length} more (--max-problems N)`);
  }
  return !checked.ok || hasDataErrors(problems) || report.failed.length ? 1 : 0;
}

const RANK = { fatal: 0, error: 1, warning: 2, note: 3 };
const rank = (p: Problem) => RANK[p.severity] ?? 4;
