/**
 * tp-feed: the command-line tool that turns SHCP budget files into Feed v1 (Node only).
 * Commands: inspect, convert, validate, shard, signals (one file each). Built to a single dist/cli/tp-feed.js.
 * Exit codes: 0 ok, 1 data problems, 2 usage error.
 */
import { main } from './main.js';

// `tp-feed inspect big.csv | head`: a closed pipe ends the output quietly, not with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw e;
  });

process.exitCode = await main(
  process.argv.slice(2),
  (s) => void process.stdout.write(`${s}\n`),
  (s) => void process.stderr.write(`${s}\n`),
);
