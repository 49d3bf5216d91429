// Converts the real files in ../shared/data into feeds under .tmp/feeds/ for the browser tests
// (they fetch /.tmp/feeds/<name>.json and skip on 404). The feeds and how they are built (the same
// path as `tp-feed convert`) live in test/fixtures/real-feeds.ts, shared with the pure tests.
// When ../shared/data is absent (a user's machine), it writes nothing and says so in one line.
//   node --import tsx scripts/make-test-feeds.ts
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stringifyFeed } from '../src/feed/serialize.js';
import type { Feed } from '../src/feed/types.js';
import { shardFeed } from '../src/cli/shard.js';
import { REAL_DATA_DIR, buildRealFeed, realFeedSpecs } from '../test/fixtures/real-feeds.js';
import type { RealFeedSpec } from '../test/fixtures/real-feeds.js';

const outDir = resolve('.tmp', 'feeds');
if (!existsSync(REAL_DATA_DIR)) {
  console.log(`make-test-feeds: shared data not found at ${REAL_DATA_DIR}; real-data browser tests will skip.`);
  process.exit(0);
}

async function build(spec: RealFeedSpec): Promise<Feed> {
  const t0 = Date.now();
  const { feed, problems, ok, files, layouts } = await buildRealFeed(spec);
  const errors = problems.filter((p) => p.severity === 'error' || p.severity === 'fatal').length;
  await writeFile(join(outDir, `${spec.name}.json`), stringifyFeed(feed));
  console.log(
    `make-test-feeds: ${spec.name}.json ${ok ? 'valid' : 'REJECTED'}, ${feed.programs.length} programs from ${files} files (${layouts}), ${errors} data errors, ${problems.length} problems, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  return feed;
}

await mkdir(outDir, { recursive: true });
let full: Feed | undefined;
for (const spec of realFeedSpecs()) {
  const feed = await build(spec);
  if (spec.name === 'cp2023-full') full = feed;
}
if (full) {
  const dir = join(outDir, 'shard');
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'programs'), { recursive: true });
  const { index, files } = shardFeed(full);
  await writeFile(join(dir, 'index.json'), stringifyFeed(index));
  for (const [name, p] of files) await writeFile(join(dir, 'programs', `${name}.json`), stringifyFeed(p));
  console.log(`make-test-feeds: shard/index.json + ${files.size} files in shard/programs/ (from cp2023-full)`);
}
