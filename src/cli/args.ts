/**
 * Command-line arguments for tp-feed: `command`, positional files, and `--flag value` /
 * `--flag=value` / `-o value` options. Unknown flags are usage errors (exit code 2).
 */

export class UsageError extends Error {}

export interface ParsedArgs {
  command?: string;
  files: string[];
  flags: Record<string, string | true>;
}

/** Flags that take a value; the others are booleans. Short aliases map to the long name. */
const VALUE_FLAGS = new Set([
  'output',
  'layout',
  'entity',
  'ramo',
  'cycle',
  'publisher',
  'publisher-url',
  'jurisdiction',
  'as-of',
  'encoding',
  'label',
  'max-problems',
  'config',
  'lang',
  'sheet',
  'source-title',
  'source-url',
  'map',
]);
const BOOL_FLAGS = new Set(['help', 'version', 'json', 'pretty', 'quiet', 'no-progress', 'suggest-map']);
const SHORT: Record<string, string> = { o: 'output', h: 'help', q: 'quiet', v: 'version' };

export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = { files: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      out.files.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a !== '-') {
      let name: string;
      let value: string | undefined;
      if (a.startsWith('--')) {
        const eq = a.indexOf('=');
        name = eq > 0 ? a.slice(2, eq) : a.slice(2);
        value = eq > 0 ? a.slice(eq + 1) : undefined;
      } else {
        name = SHORT[a.slice(1)] ?? '';
        if (!name) throw new UsageError(`unknown option ${a}`);
      }
      if (VALUE_FLAGS.has(name)) {
        if (value === undefined) {
          value = argv[++i];
          if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new UsageError(`option --${name} needs a value`);
        }
        out.flags[name] = value;
      } else if (BOOL_FLAGS.has(name)) {
        if (value !== undefined) throw new UsageError(`option --${name} takes no value`);
        out.flags[name] = true;
      } else throw new UsageError(`unknown option ${a}`);
      continue;
    }
    if (out.command === undefined) out.command = a;
    else out.files.push(a);
  }
  return out;
}

/** A string flag, or undefined. */
export function flag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

/** An integer flag (e.g. --cycle 2023); a usage error when it is not one. */
export function intFlag(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const v = flag(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n < min || n > max)
    throw new UsageError(`--${name} must be an integer from ${min} to ${max} (got "${v}")`);
  return n;
}

export const USAGE = `tp-feed: turn SHCP budget files into Feed v1 (tp-widgets)

Usage:
  tp-feed inspect FILE…                     layout, encoding, rows, columns, programs, totals per moment
  tp-feed convert FILE… -o feed.json [options]
  tp-feed validate feed.json                summary and problems of a Feed v1 file
  tp-feed shard feed.json -o dir/           dir/index.json + dir/programs/<key>.json
  tp-feed signals feed.json [--json]        the feed's signals ("puntos a revisar"), by rule

Signals options:
  --json               JSON: counts, config, and each signal with its figures and es/en sentence
  --lang es|en         language of the table's sentences (default en)
  --config FILE.json   thresholds, e.g. {"modifiedChange": 0.25, "asmYears": 3} (bad values: defaults, noted)

Convert options:
  --layout NAME        force a layout (shcp-lines, cp-programatica, gasto-federalizado, fdp, …)
  --entity 23          keep only rows of this federal entity (23 = Quintana Roo)
  --ramo 20            keep only rows of this ramo
  --cycle 2023         fiscal year of the feed
  --publisher "…"      publisher name (default: Secretaría de Hacienda y Crédito Público)
  --publisher-url URL  publisher web site
  --jurisdiction MX-ROO  ISO 3166-2 code (default: MX)
  --as-of 2023-12-31   data cut-off date
  --label TEXT         free label, e.g. "datos de ejemplo"
  --encoding ENC       utf-8, windows-1252 or cp850 (default: detected)
  --pretty             indent the JSON output

A datapackage.json (Fiscal Data Package) among the files describes the CSVs given with it, or its own
resources when none is given.
Exit codes: 0 ok, 1 data problems, 2 usage error.`;
