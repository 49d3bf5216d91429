/**
 * `tp-feed inspect FILE…`: per file, the detected layout and encoding, rows, columns, program count
 * and totals per moment (exact, from integer cents).
 */
import { UsageError, type ParsedArgs } from './args.js';
import { suggestMapText } from './mapping-file.js';
import { formatCents, formatInt, hasDataErrors, problemLine, severityLine } from './format.js';
import { runSources, parseEncoding, type SourceReport } from './sources.js';
import type { AdapterResult } from '../feed/adapters/types.js';

/** Totals per moment in integer cents over the programs of one result. */
export function totalsInCents(result: AdapterResult): Map<string, number> {
  const t = new Map<string, number>();
  if (result.totals) {
    // A publisher's statement: its own total row, as stated.
    for (const [m, v] of Object.entries(result.totals)) if (typeof v === 'number') t.set(m, Math.round(v * 100));
    return t;
  }
  if (result.programs.length) for (const m of result.moments ?? []) t.set(m, 0);
  for (const p of result.programs)
    for (const [m, v] of Object.entries(p.amounts ?? {})) if (typeof v === 'number') t.set(m, (t.get(m) ?? 0) + Math.round(v * 100));
  return t;
}

export async function inspect(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  if (args.flags['suggest-map']) {
    if (args.files.length !== 1) throw new UsageError('--suggest-map takes exactly one file');
    out(suggestMapText(args.files[0]!, typeof args.flags.sheet === 'string' ? args.flags.sheet : undefined));
    return 0;
  }
  const report: SourceReport = { skipped: [], failed: [] };
  const runs = await runSources(
    args.files,
    {
      layout: typeof args.flags.layout === 'string' ? args.flags.layout : undefined,
      encoding: parseEncoding(typeof args.flags.encoding === 'string' ? args.flags.encoding : undefined),
      progress: !args.flags['no-progress'],
      ...(typeof args.flags.sheet === 'string' ? { sheet: args.flags.sheet } : {}),
      ...(typeof args.flags.map === 'string' ? { map: args.flags.map } : {}),
    },
    report,
  );
  let bad = false;
  if (args.flags.json) {
    out(
      JSON.stringify(
        runs
          .map(({ info, result }) => ({
            file: info.file,
            layout: info.layout,
            encoding: info.encoding,
            delimiter: info.delimiter,
            bytes: info.bytes,
            rows: info.rows,
            columns: info.columns,
            ...(info.sheet !== undefined ? { sheet: info.sheet } : {}),
            programs: result.programs.length,
            breakdowns: result.breakdowns?.length ?? 0,
            cycle: result.cycle,
            moments: result.moments,
            totals: Object.fromEntries([...totalsInCents(result)].map(([m, c]) => [m, c / 100])),
            problems: result.problems.length,
          }))
          .concat(
            report.skipped.map((x) => ({ file: x.file, skipped: x.reason }) as never),
            report.failed.map((x) => ({ file: x.file, error: x.message }) as never),
          ),
        null,
        2,
      ),
    );
    return report.failed.length || runs.some((r) => hasDataErrors(r.result.problems)) ? 1 : 0;
  }
  for (const { info, result } of runs) {
    out(info.file);
    out(`  layout     ${info.layout}`);
    out(`  encoding   ${info.encoding} (delimiter ${JSON.stringify(info.delimiter)})`);
    if (result.statement)
      out(
        `  rows       ${formatInt(info.rows)} (${formatInt(result.statement.rows.length)} statement rows, ${formatInt(result.statement.totals.length)} total rows)`,
      );
    else
      out(
        `  rows       ${formatInt(info.rows)}${result.stats.kept !== result.stats.rows ? ` (${formatInt(result.stats.kept)} kept by filters)` : ''}`,
      );
    out(`  columns    ${info.columns}`);
    if (result.cycle !== undefined) out(`  cycle      ${result.cycle}`);
    if (info.sheet !== undefined) out(`  sheet      ${info.sheet}`);
    out(`  programs   ${formatInt(result.programs.length)}`);
    if (result.breakdowns?.length)
      out(`  breakdowns ${formatInt(result.breakdowns.length)} rows (${[...new Set(result.breakdowns.map((b) => b.by))].join(', ')})`);
    const totals = totalsInCents(result);
    if (totals.size) {
      out('  totals');
      const w = Math.max(...[...totals.keys()].map((m) => m.length));
      for (const [m, c] of totals) out(`    ${m.padEnd(w)}  ${formatCents(c).padStart(22)}`);
    }
    out(`  problems   ${severityLine(result.problems)}`);
    for (const p of result.problems.filter((x) => x.severity === 'error' || x.severity === 'fatal').slice(0, 5))
      out(`    ${problemLine(p)}`);
    if (hasDataErrors(result.problems)) bad = true;
  }
  for (const x of report.skipped) out(`${x.file}: skipped (${x.reason})`);
  for (const x of report.failed) out(`error: ${x.message}`);
  return bad || report.failed.length ? 1 : 0;
}
