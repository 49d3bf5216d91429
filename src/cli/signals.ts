/**
 * `tp-feed signals feed.json [--json] [--lang es|en] [--config thresholds.json]`: the feed's signals
 * ("puntos a revisar"), grouped by rule, as a table or JSON. Exit 0 when the feed was read (signals are
 * questions, not errors), 1 when it is rejected, 2 for usage errors (missing file, unreadable config).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkSignalConfig } from '../signals/config.js';
import { configNoteText, ruleName, signalSentence, signalsDisclaimer } from '../signals/describe.js';
import { signalCounts, signals as findSignals } from '../signals/engine.js';
import { RULE_CODES } from '../signals/types.js';
import { flag, UsageError, type ParsedArgs } from './args.js';
import { formatInt, problemLine, severityLine } from './format.js';
import { readFeed } from './validate.js';

function readConfig(path: string | undefined): unknown {
  if (path === undefined) return undefined;
  if (!existsSync(path)) throw new UsageError(`config file not found: ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new UsageError(`--config ${path} is not valid JSON`);
  }
}

export async function signalsCommand(args: ParsedArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (args.files.length !== 1) throw new UsageError('signals takes exactly one feed.json');
  const lang = flag(args, 'lang') ?? 'en';
  if (lang !== 'es' && lang !== 'en') throw new UsageError(`--lang must be es or en (got "${lang}")`);
  const rawConfig = readConfig(flag(args, 'config'));
  const path = args.files[0]!;
  const r = await readFeed(path);
  if (!r.ok || !r.feed) {
    err(`${basename(path)}: rejected; ${severityLine(r.problems)}`);
    for (const p of r.problems.slice(0, 10)) err(`  ${problemLine(p)}`);
    return 1;
  }
  const feed = r.feed;
  const { config, notes } = checkSignalConfig(rawConfig);
  for (const n of notes) err(`tp-feed: ${configNoteText(n, 'en')}`);
  const list = findSignals(feed, config);
  const perRule = Object.fromEntries(RULE_CODES.map((c) => [c, list.filter((s) => s.rule === c).length]));
  const programs = signalCounts(list);

  if (args.flags.json) {
    out(
      JSON.stringify(
        {
          file: basename(path),
          cycle: feed.cycle,
          ...(feed.asOf ? { asOf: feed.asOf } : {}),
          programs: feed.programs.length,
          programsWithSignals: programs.size,
          config,
          notes,
          counts: perRule,
          disclaimer: { es: signalsDisclaimer('es'), en: signalsDisclaimer('en') },
          signals: list.map((s) => ({
            ...s,
            sentence: { es: signalSentence(s, 'es', feed.currency), en: signalSentence(s, 'en', feed.currency) },
          })),
        },
        null,
        2,
      ),
    );
    return 0;
  }

  out(
    `${basename(path)}: ${formatInt(list.length)} signals on ${formatInt(programs.size)} of ${formatInt(feed.programs.length)} programs (cycle ${feed.cycle}${feed.asOf ? `, data as of ${feed.asOf}` : ''})`,
  );
  const w = Math.max(...RULE_CODES.map((c) => c.length));
  for (const code of RULE_CODES)
    if (config.rules.includes(code)) out(`  ${code.padEnd(w)}  ${String(perRule[code]).padStart(5)}  ${ruleName(code, lang)}`);
  const kw = Math.max(7, ...list.map((s) => s.program.length));
  for (const code of RULE_CODES) {
    const rows = list.filter((s) => s.rule === code);
    if (!rows.length) continue;
    out('');
    out(`${code} (${rows[0]!.level})`);
    for (const s of rows) out(`  ${s.program.padEnd(kw)}  ${signalSentence(s, lang, feed.currency).replace(/\u00a0/g, ' ')}`);
  }
  out('');
  out(signalsDisclaimer(lang));
  return 0;
}
