// Writes the generated feeds of the big-feed bench (seeded, test/fixtures/generate.ts), as
// `tp-feed` writes feeds (ASCII JSON, src/feed/serialize.ts); feed-1000-utf8.json holds the same
// 1,000 programs as plain UTF-8 JSON (what a hand-made feed looks like) for comparison.
import { mkdirSync, writeFileSync } from 'node:fs';
import { stringifyFeed } from '../src/feed/serialize.js';
import { generateFeed } from '../test/fixtures/generate.js';

const out = process.argv[2] ?? 'bench/.build';
mkdirSync(out, { recursive: true });
for (const n of [100, 1000, 10000]) {
  const feed = generateFeed({ programs: n, seed: 2024 });
  writeFileSync(`${out}/feed-${n}.json`, stringifyFeed(feed));
  if (n === 1000) writeFileSync(`${out}/feed-1000-utf8.json`, JSON.stringify(feed));
}
console.log(`feeds written to ${out}`);
