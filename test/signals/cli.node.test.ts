import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { indexRow, shardFeed } from '../../src/cli/shard.js';
import { validateFeed } from '../../src/feed/validate.js';
import { feedOf } from './build.js';

async function tpFeed(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const FEED = feedOf([
  { key: '20-S001', name: 'Uno', amounts: { approved: 1000, modified: 1500.25, accrued: 1000, exercised: 1000.5 } },
  {
    key: '20-S002',
    name: 'Dos',
    amounts: { approved: 1000, modified: 1000, accrued: 1000 },
    sdg: [{ goal: 5, contribution: 'direct' }],
    crossCutting: [
      {
        annex: 'gender',
        category: 'Igualdad',
        amounts: { approved: 10 },
        rationale: 'r',
        periods: [{ period: '2023-01', amounts: { approved: 10 } }],
      },
    ],
  },
]);

function withFiles<T>(files: Record<string, string>, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'tp-signals-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return fn(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test('tp-feed signals: a table by rule, the standing line, exit 0', () =>
  withFiles({ 'feed.json': JSON.stringify(FEED) }, async (dir) => {
    const r = await tpFeed('signals', join(dir, 'feed.json'));
    assert.equal(r.code, 0, r.err);
    const lines = r.out.split('\n');
    assert.equal(lines[0], 'feed.json: 3 signals on 1 of 2 programs (cycle 2023, data as of 2023-12-31)');
    assert.match(r.out, /^ {2}modified-change +1 {2}Large change to the budget$/m);
    assert.match(
      r.out,
      /^moment-order \(review\)\n {2}20-S001 {2}In this data, exercised \(MXN 1,000\.50\) is larger than accrued \(MXN 1,000\.00\) by MXN 0\.50\.$/m,
    );
    assert.equal(lines.at(-1), 'A point to review does not mean there is an irregularity: it is a question the data allows us to ask.');
    const es = await tpFeed('signals', join(dir, 'feed.json'), '--lang', 'es');
    assert.match(es.out, /El presupuesto modificado \(\$1,500\.25\) es 50\.0% mayor que el aprobado \(\$1,000\.00\): \$500\.25 más\./);
    assert.match(es.out, /Un punto a revisar no significa que haya una irregularidad/);
  }));

test('tp-feed signals --json: counts, config, figures and both sentences', () =>
  withFiles({ 'feed.json': JSON.stringify(FEED), 'c.json': JSON.stringify({ modifiedChange: 0.6, asmYears: 'x' }) }, async (dir) => {
    const r = await tpFeed('signals', join(dir, 'feed.json'), '--json', '--config', join(dir, 'c.json'));
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out);
    assert.equal(j.counts['modified-change'], 0); // 50 % is within ±60 %
    assert.equal(j.counts['moment-order'], 1);
    assert.equal(j.config.asmYears, 2);
    assert.deepEqual(
      j.notes.map((n: { key: string }) => n.key),
      ['asmYears'],
    );
    assert.match(r.err, /asmYears="x" is not understood/);
    const s = j.signals.find((x: { rule: string }) => x.rule === 'moment-order');
    assert.deepEqual(
      [s.program, s.level, s.figures.excess, s.fields],
      ['20-S001', 'review', 0.5, ['amounts.accrued', 'amounts.exercised']],
    );
    assert.match(s.sentence.es, /^En estos datos, el ejercido/);
    assert.equal(j.programsWithSignals, 1);
  }));

test('tp-feed signals: bad input exits 1 or 2 like the other commands', () =>
  withFiles({ 'bad.json': '{"version": 2}', 'feed.json': JSON.stringify(FEED), 'c.json': '{nope' }, async (dir) => {
    assert.equal((await tpFeed('signals', join(dir, 'bad.json'))).code, 1);
    assert.equal((await tpFeed('signals', join(dir, 'missing.json'))).code, 2);
    assert.equal((await tpFeed('signals')).code, 2);
    assert.equal((await tpFeed('signals', join(dir, 'feed.json'), join(dir, 'feed.json'))).code, 2);
    assert.equal((await tpFeed('signals', join(dir, 'feed.json'), '--config', join(dir, 'c.json'))).code, 2);
    assert.equal((await tpFeed('signals', join(dir, 'feed.json'), '--lang', 'fr')).code, 2);
    const help = await tpFeed('--help');
    assert.match(help.out, /tp-feed signals feed\.json \[--json\]/);
  }));

test('shard index rows: signal counts (0 included), SDG goals and annex tags without calendars; the index validates', () => {
  const { index } = shardFeed(FEED);
  const [a, b] = index.programs;
  assert.equal(a!.signals, 3);
  assert.deepEqual(b, {
    key: '20-S002',
    name: 'Dos',
    amounts: { approved: 1000, modified: 1000, accrued: 1000 },
    sdg: [{ goal: 5, contribution: 'direct' }],
    crossCutting: [{ annex: 'gender', category: 'Igualdad', amounts: { approved: 10 } }],
    signals: 0,
  });
  const checked = validateFeed(JSON.parse(JSON.stringify(index)));
  assert.equal(checked.ok, true);
  assert.deepEqual(
    checked.problems.filter((p) => p.severity === 'error'),
    [],
  );
  assert.equal((checked as { feed: typeof index }).feed.programs[1]!.signals, 0);
  assert.deepEqual(Object.keys(indexRow({ key: 'X', name: 'x', amounts: {} }, 2)), ['key', 'name', 'amounts', 'signals']);
});
