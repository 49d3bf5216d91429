/**
 * tp-feed: the command-line tool that turns SHCP budget files into Feed v1 (Node only).
 * Commands (each loaded on demand): inspect, convert, validate, shard. Exit codes: 0 ok, 1 data problems, 2 usage error.
 */
import { parseArgs, UsageError, USAGE } from './args.js';
import { UnknownLayoutError } from './read-source.js';

const out = (s: string) => void process.stdout.write(`${s}\n`);
const err = (s: string) => void process.stderr.write(`${s}\n`);

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.flags.help || args.command === 'help') {
      out(USAGE);
      return 0;
    }
    if (args.flags.version && !args.command) {
      out('tp-feed (tp-widgets) Feed v1');
      return 0;
    }
    switch (args.command) {
      case 'inspect':
        return await (await import('./inspect.js')).inspect(args, out);
      case 'convert':
        return await (await import('./convert.js')).convert(args, out, err);
      case 'validate':
        return await (await import('./validate.js')).validate(args, out);
      case 'shard':
        return await (await import('./shard.js')).shard(args, out);
      case undefined:
        err(USAGE);
        return 2;
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`tp-feed: ${e.message}\n(tp-feed --help for usage)`);
      return 2;
    }
    if (e instanceof UnknownLayoutError) {
      err(`tp-feed: ${e.message}`);
      return 1;
    }
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      err(`tp-feed: ${(e as Error).message}`);
      return 2;
    }
    err(`tp-feed: ${(e as Error)?.stack ?? e}`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
