/**
 * tp-feed's command dispatch: arguments in, exit code out (0 ok, 1 data problems, 2 usage error).
 * Output goes through `out` / `err`, so tests can run it in-process.
 */
import { parseArgs, UsageError, USAGE } from './args.js';
import { UnknownLayoutError } from './read-source.js';
import { inspect } from './inspect.js';
import { convert } from './convert.js';
import { validate } from './validate.js';
import { shard } from './shard.js';
import { signalsCommand } from './signals.js';

export type Print = (s: string) => void;

export async function main(argv: string[], out: Print, err: Print): Promise<number> {
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
        return await inspect(args, out);
      case 'convert':
        return await convert(args, out, err);
      case 'validate':
        return await validate(args, out);
      case 'shard':
        return await shard(args, out);
      case 'signals':
        return await signalsCommand(args, out, err);
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
