/** demo/data/sample-feed.json: valid except the one program made to have problems, and it uses every field. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeedText } from '../../src/feed/validate.js';
import { findProgram, indicatorsByLevel, executionRate, feedTotals } from '../../src/feed/select.js';
import { problemMessage } from '../../src/feed/problem-wording.js';

const text = readFileSync(new URL('../../demo/data/sample-feed.json', import.meta.url), 'utf8');
const raw = JSON.parse(text);
const r = parseFeedText(text);

test('sample feed: zero problems except program U090, which has each intended one', () => {
  assert.ok(r.ok);
  if (!r.ok) return;
  const others = r.problems.filter((p) => p.key !== 'U090');
  assert.deepEqual(
    others.map((p) => problemMessage(p, 'en')),
    [],
  );
  const u = r.problems.filter((p) => p.key === 'U090');
  assert.deepEqual(u.map((p) => `${p.kind}@${p.path}`).sort(), [
    'invalid-field@programs[11].amounts.modified',
    'invalid-field@programs[11].sdg[1].goal',
    'order@programs[11].amounts.paid',
    'unsafe-url@programs[11].links[0].url',
  ]);
  assert.equal(r.feed.programs.length, 12);
});

test('sample feed header', () => {
  assert.equal(raw.publisher.name, 'Secretaría de Finanzas y Planeación de Quintana Roo (datos de ejemplo)');
  assert.equal(raw.publisher.jurisdiction, 'MX-ROO');
  assert.equal(raw.cycle, 2024);
  assert.equal(raw.asOf, '2024-09-30');
  assert.equal(raw.label, 'datos de ejemplo');
  assert.ok(raw.moments.includes('ministered'));
  assert.deepEqual(raw.schedule, { ...raw.schedule, frequency: 'quarterly', lagDays: 30, nextDue: '2024-10-30' });
});

test('sample feed has the required kinds of program', () => {
  if (!r.ok) return assert.fail();
  const f = r.feed;
  const big = f.programs.find((p) => (p.indicators?.length ?? 0) >= 20);
  assert.ok(big, 'one program with ≥ 20 indicators');
  assert.deepEqual(
    indicatorsByLevel(big!).map((g) => g.level),
    ['fin', 'purpose', 'component', 'activity'],
  );
  assert.ok(
    big!.indicators!.some((i) => i.target !== undefined && i.achieved === undefined),
    'an indicator with target but no achieved',
  );
  assert.ok(
    f.programs.some((p) => Object.keys(p.amounts).join() === 'approved'),
    'one program with only approved',
  );
  assert.ok(
    f.programs.some((p) => p.name.length > 150 && (p.objective?.length ?? 0) > 300),
    'one long name and objective',
  );
  const annexes = new Set(f.programs.flatMap((p) => (p.crossCutting ?? []).map((c) => c.annex)));
  assert.ok(annexes.has('gender') && annexes.has('indigenous'));
  assert.ok(f.programs.some((p) => p.plan?.national && p.plan?.state));
  assert.ok(f.programs.some((p) => p.evaluations?.some((e) => (e.asm?.length ?? 0) > 0)));
  assert.deepEqual(new Set(f.programs.flatMap((p) => p.breakdown ?? []).map((b) => b.by)), new Set(['chapter', 'unit', 'entity', 'item']));
  assert.ok(f.programs.some((p) => p.periods?.every((q) => /^2024-Q[1-4]$/.test(q.period))));
  assert.ok(f.programs.some((p) => p.amounts.ministered !== undefined));
  const found = findProgram(f, 'e 001');
  assert.equal(found.status, 'found');
  assert.ok(executionRate(found.status === 'found' ? found.program : f.programs[0]!, f.moments)!.rate > 0);
  assert.equal(feedTotals(f).programs, 12);
});

test('sample feed breakdowns and quarters add up to the program amounts, to the cent', () => {
  if (!r.ok) return assert.fail();
  const cents = (x: number) => Math.round(x * 100);
  for (const p of r.feed.programs) {
    const groups = new Map<string, typeof p.breakdown>();
    for (const b of p.breakdown ?? []) groups.set(b.by, [...(groups.get(b.by) ?? []), b]);
    for (const [by, rows] of groups) {
      for (const [m, v] of Object.entries(rows![0]!.amounts)) {
        const sum: number = rows!.reduce((s: number, row) => s + cents(row.amounts[m] ?? 0), 0);
        assert.equal(sum, cents(p.amounts[m]!), `${p.key} ${by} ${m}`);
        void v;
      }
    }
    if (p.periods?.length) {
      for (const m of Object.keys(p.periods[0]!.amounts)) {
        const sum: number = p.periods.reduce((s: number, q) => s + cents(q.amounts[m] ?? 0), 0);
        assert.equal(sum, cents(p.amounts[m]!), `${p.key} periods ${m}`);
      }
    }
  }
});

test('sample feed uses every field declared in src/feed/types.ts', () => {
  const src = readFileSync(new URL('../../src/feed/types.ts', import.meta.url), 'utf8');
  const skip = new Set(['Problem', 'ValidatedFeed']);
  // Fields a sample feed cannot or should not carry: `shard` and a program's `signals` count exist only
  // in shard index files; `cumulative` only when a source publishes year-to-date periods.
  const notInSample = new Set(['Feed.shard', 'Program.signals', 'PeriodRow.cumulative']);
  const declared: string[] = [];
  for (const m of src.matchAll(/export interface (\w+)\s*\{([\s\S]*?)\n\}/g)) {
    if (skip.has(m[1]!)) continue;
    for (const f of m[2]!.matchAll(/^\s{2}(\w+)\??:/gm)) declared.push(`${m[1]}.${f[1]}`);
  }
  assert.ok(declared.length > 60, `parsed ${declared.length} fields`);
  const used = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        used.add(k);
        walk(x);
      }
    }
  };
  walk(raw);
  const missing = declared.filter((d) => !notInSample.has(d) && !used.has(d.split('.')[1]!));
  assert.deepEqual(missing, []);
});
