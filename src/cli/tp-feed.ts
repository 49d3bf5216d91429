/**
 * tp-feed: the command-line tool that turns SHCP budget files into Feed v1 (Node only).
 * Commands: inspect, convert, validate, shard (one file each). Built to a single dist/cli/tp-feed.js.
 * Exit codes: 0 ok, 1 data problems, 2 usage error.
 */
import { main } from './main.js';

main(
  process.argv.slice(2),
  (s) => void process.stdout.write(`${s}\n`),
  (s) => void process.stderr.write(`${s}\n`),
).then((code) => {
  process.exitCode = code;
});
