// Writes the real federal feed of the big-feed bench (issue 20): `cp2023-full` from ../shared/data
// (Cuenta Pública 2023 with MIR, SDG, Anexo 13, populations and the budget-cycle files), built the
// way `tp-feed convert` builds it (test/fixtures/real-feeds.ts) and written as `tp-feed` writes feeds.
// Prints one JSON line: { file, programs, bytes } or { skipped: reason } when ../shared/data is absent.
import { writeFileSync } from 'node:fs';
import { stringifyFeed } from '../src/feed/serialize.js';
import { buildNamedRealFeed, skipWithoutRealData } from '../test/fixtures/real-feeds.js';

const out = process.argv[2] ?? 'bench/.build';
if (skipWithoutRealData) {
  console.log(JSON.stringify({ skipped: skipWithoutRealData }));
} else {
  const built = await buildNamedRealFeed('cp2023-full');
  const text = stringifyFeed(built.feed);
  const file = `${out}/feed-real-cp2023.json`;
  writeFileSync(file, text);
  console.log(JSON.stringify({ file, programs: built.feed.programs.length, bytes: Buffer.byteLength(text), ok: built.ok }));
}
