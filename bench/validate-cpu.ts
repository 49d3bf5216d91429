// CPU time (not wall time) of JSON.parse + validateFeed for the generated feeds, in Node: on a
// machine shared with other work the wall-clock figures of the browser bench include waiting for
// a core, so this tells how much of them is the code itself. Prints JSON (used by bench/run.mjs).
import { readFileSync } from 'node:fs';
import { validateFeed } from '../src/feed/validate.js';

const runs = Number(process.argv[3] ?? 7);
const dir = process.argv[2] ?? 'bench/.build';
const out: Record<string, { cpuMs: number; wallMs: number }> = {};
for (const n of [100, 1000, 10000]) {
  const text = readFileSync(`${dir}/feed-${n}.json`, 'utf8');
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = validateFeed(JSON.parse(text));
    const c = process.cpuUsage(c0);
    if (!r.ok) throw new Error('generated feed did not validate');
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
