// CPU time (not wall time) of JSON.parse + validateFeed for the generated feeds, in Node: on a
// machine shared with other work the wall-clock figures of the browser bench include waiting for
// a core, so this tells how much of them is the code itself. Prints JSON (used by bench/run.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { validateFeed } from '../src/feed/validate.js';

const runs = Number(process.argv[3] ?? 7);
const dir = process.argv[2] ?? 'bench/.build';
const out: Record<string, { cpuMs: number; wallMs: number }> = {};
// 'real': the real federal feed (bench/make-real-feed.ts), when it was written.
const names = [100, 1000, 10000, ...(existsSync(`${dir}/feed-real-cp2023.json`) ? ['real'] : [])];
for (const n of names) {
  const text = readFileSync(`${dir}/${n === 'real' ? 'feed-real-cp2023' : `feed-${n}`}.json`, 'utf8');
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = validateFeed(JSON.parse(text));
    const c = process.cpuUsage(c0);
    if (!r.ok) throw new Error(`feed ${n} did not validate`);
    if (i > 0) {
      cpu.push((c.user + c.system) / 1000);
      wall.push(performance.now() - t0);
    }
    if (n === 10000 && i >= 2) break;
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  out[n] = { cpuMs: Math.round(med(cpu)), wallMs: Math.round(med(wall)) };
}
console.log(JSON.stringify(out));
