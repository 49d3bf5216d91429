// Writes the generated feeds of the big-feed bench (seeded, test/fixtures/generate.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateFeed } from '../test/fixtures/generate.js';

const out = process.argv[2] ?? 'bench/.build';
mkdirSync(out, { recursive: true });
for (const n of [100, 1000, 10000]) {
  writeFileSync(`${out}/feed-${n}.json`, JSON.stringify(generateFeed({ programs: n, seed: 2024 })));
}
console.log(`feeds written to ${out}`);
