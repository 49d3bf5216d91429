import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  normalizeKey,
  splitKey,
  findProgram,
  latestMoment,
  executionRate,
  feedTotals,
  indicatorsByLevel,
  editDistance,
} from '../../src/feed/select.js';
import type { Feed, Indicator, Program } from '../../src/feed/types.js';
import { STANDARD_MOMENTS } from '../../src/feed/types.js';

const M = [...STANDARD_MOMENTS];
const P = (key: string, amounts: Program['amounts'] = {}, extra: Partial<Program> = {}): Program => ({ key, name: key, amounts, ...extra });
const F = (...programs: Program[]) => ({ programs }) as Pick<Feed, 'programs'>;

const keyCases: [string, string][] = [
  ['S176', 'S176'],
  ['S 176', 'S176'],
  ['s176', 'S176'],
  [' s 176 ', 'S176'],
  ['S\u00A0176', 'S176'],
  ['S\u202F176', 'S176'],
  ['20-S176', '20-S176'],
  ['20 - s 176', '20-S176'],
  ['20\u2013S176', '20-S176'],
  ['ＳＩ７６', 'SI76'],
  ['', ''],
];
for (const [input, want] of keyCases) {
  test(`normalizeKey(${JSON.stringify(input)}) = ${want}`, () => assert.equal(normalizeKey(input), want));
}

test('splitKey separates the ramo', () => {
  assert.deepEqual(splitKey('20-S176'), { ramo: '20', short: 'S176' });
  assert.deepEqual(splitKey('S176'), { short: 'S176' });
});

const feed = F(
  P('20-S176', { approved: 1 }),
  P('12-S176', { approved: 2 }),
  P('20-U010'),
  P('E001'),
  P('E002'),
  P('S010', {}, { ramo: { id: '20', name: 'Bienestar' } }),
);

const lookups: { q: string; want: string; detail?: unknown }[] = [
  { q: '20-S176', want: 'found:0' },
  { q: '20 - s 176', want: 'found:0' },
  { q: '12-S176', want: 'found:1' },
  { q: 'S176', want: 'ambiguous', detail: ['20-S176', '12-S176'] },
  { q: 's 176', want: 'ambiguous', detail: ['20-S176', '12-S176'] },
  { q: 'U010', want: 'found:2' },
  { q: 'u 010', want: 'found:2' },
  { q: 'E001', want: 'found:3' },
  { q: 'e001', want: 'found:3' },
  { q: '20-S010', want: 'found:5' },
  { q: '020-S010', want: 'found:5' },
  { q: '12-S010', want: 'unknown' },
  { q: 'E003', want: 'unknown' },
  { q: 'S177', want: 'unknown' },
  { q: '', want: 'unknown', detail: [] },
  { q: 'X999', want: 'unknown', detail: [] },
];
for (const c of lookups) {
  test(`findProgram(${JSON.stringify(c.q)}) → ${c.want}`, () => {
    const r = findProgram(feed, c.q);
    const tag = r.status === 'found' ? `found:${r.index}` : r.status;
    assert.equal(tag, c.want);
    if (r.status === 'ambiguous') assert.deepEqual(r.candidates, c.detail);
    if (r.status === 'unknown' && c.detail) assert.deepEqual(r.closest, c.detail);
  });
}

test('unknown keys come with close keys (same number or small edit distance)', () => {
  const r = findProgram(feed, 'E003');
  assert.equal(r.status, 'unknown');
  if (r.status === 'unknown') assert.deepEqual(r.closest.slice(0, 2).sort(), ['E001', 'E002']);
  const s = findProgram(feed, 'U176');
  if (s.status === 'unknown') assert.ok(s.closest.includes('20-S176') && s.closest.includes('12-S176'));
  else assert.fail('expected unknown');
});

test('editDistance', () => {
  assert.equal(editDistance('E001', 'E001'), 0);
  assert.equal(editDistance('E001', 'E002'), 1);
  assert.equal(editDistance('S176', 'U010'), 4);
  assert.equal(editDistance('S176', 'S17'), 1);
  assert.equal(editDistance('', 'ABC'), 3);
  assert.ok(editDistance('AAAAAAAA', 'B', 2) > 2);
});

const latest: [string, Program['amounts'], string[], unknown][] = [
  ['all six', { approved: 6, modified: 5, committed: 4, accrued: 3, exercised: 2, paid: 1 }, M, { moment: 'paid', amount: 1 }],
  ['only approved', { approved: 6 }, M, { moment: 'approved', amount: 6 }],
  ['paid missing', { approved: 6, modified: 5, exercised: 2 }, M, { moment: 'exercised', amount: 2 }],
  ['zero is reported', { approved: 6, paid: 0 }, M, { moment: 'paid', amount: 0 }],
  ['nothing reported', {}, M, null],
  ['undeclared moment ignored', { approved: 1, ejercido: 5 }, M, { moment: 'approved', amount: 1 }],
  [
    'extra moment in order',
    { approved: 1, ministered: 2 },
    ['approved', 'modified', 'ministered', 'committed'],
    { moment: 'ministered', amount: 2 },
  ],
  ['non-number ignored', { approved: 1, paid: 'x' as unknown as number }, M, { moment: 'approved', amount: 1 }],
];
for (const [name, amounts, moments, want] of latest) {
  test(`latestMoment: ${name}`, () => assert.deepEqual(latestMoment(P('K', amounts), moments), want));
}

const rates: [string, Program['amounts'], unknown][] = [
  [
    'paid over modified',
    { approved: 100, modified: 200, paid: 50 },
    { rate: 0.25, moment: 'paid', amount: 50, base: 'modified', baseAmount: 200 },
  ],
  [
    'approved when modified absent',
    { approved: 100, exercised: 80 },
    { rate: 0.8, moment: 'exercised', amount: 80, base: 'approved', baseAmount: 100 },
  ],
  [
    'latest reported moment wins',
    { approved: 100, modified: 100, committed: 90, accrued: 70 },
    { rate: 0.7, moment: 'accrued', amount: 70, base: 'modified', baseAmount: 100 },
  ],
  ['zero paid is 0 %', { modified: 100, paid: 0 }, { rate: 0, moment: 'paid', amount: 0, base: 'modified', baseAmount: 100 }],
  ['over 100 %', { modified: 100, paid: 130 }, { rate: 1.3, moment: 'paid', amount: 130, base: 'modified', baseAmount: 100 }],
  ['negative base', { modified: -100, paid: 50 }, { rate: -0.5, moment: 'paid', amount: 50, base: 'modified', baseAmount: -100 }],
  ['base 0 → null', { approved: 0, paid: 5 }, null],
  ['modified 0 → null (not approved)', { approved: 100, modified: 0, paid: 5 }, null],
  ['no base → null', { paid: 5 }, null],
  ['nothing after base → null, not 0 %', { approved: 100, modified: 100 }, null],
  ['ministered is a transfer, not spending', { modified: 100, ministered: 90 }, null],
  [
    'ministered does not hide a spending moment',
    { modified: 100, committed: 40, ministered: 90 },
    { rate: 0.4, moment: 'committed', amount: 40, base: 'modified', baseAmount: 100 },
  ],
];
const M7 = ['approved', 'modified', 'ministered', 'committed', 'accrued', 'exercised', 'paid', 'ministered2'];
for (const [name, amounts, want] of rates) {
  test(`executionRate: ${name}`, () => {
    assert.deepEqual(executionRate(P('K', amounts), M), want);
    assert.deepEqual(executionRate(P('K', amounts), M7), want, 'same with an extra moment in the order');
  });
}

test('feedTotals sums to the cent and counts reporting programs', () => {
  const f = F(P('A', { approved: 0.1, paid: 0.2 }), P('B', { approved: 0.2 }), P('C', { approved: 1234567890.07, modified: -5.5 }));
  const t = feedTotals(f);
  assert.deepEqual(t.amounts, { approved: 1234567890.37, paid: 0.2, modified: -5.5 });
  assert.deepEqual(t.reporting, { approved: 3, paid: 1, modified: 1 });
  assert.equal(t.programs, 3);
});

test('feedTotals: many cents add up exactly (float sum would drift)', () => {
  const programs = Array.from({ length: 1000 }, (_, i) => P(`K${i}`, { approved: 0.01 * ((i % 7) + 1) + 1000000 }));
  const t = feedTotals(F(...programs));
  const cents = programs.reduce((s, p) => s + Math.round(p.amounts.approved! * 100), 0);
  assert.equal(t.amounts.approved, cents / 100);
  // 1000 × 1,000,000 pesos plus cents 1..7 cycling: 142 full cycles × 28 + (1+…+6) = 3997 cents.
  assert.equal(t.amounts.approved, 1000000039.97);
});

test('feedTotals of an empty feed: nothing reported, not 0', () => {
  assert.deepEqual(feedTotals(F()), { amounts: {}, reporting: {}, programs: 0 });
});

const I = (id: string, level: Indicator['level']): Indicator => ({
  id,
  name: id,
  level,
  unit: '%',
  frequency: 'Anual',
  direction: 'ascending',
});
test('indicatorsByLevel orders fin, purpose, component, activity and keeps order within a level', () => {
  const p = P(
    'K',
    {},
    { indicators: [I('a1', 'activity'), I('c1', 'component'), I('f1', 'fin'), I('a2', 'activity'), I('p1', 'purpose')] },
  );
  assert.deepEqual(
    indicatorsByLevel(p).map((g) => [g.level, g.indicators.map((i) => i.id)]),
    [
      ['fin', ['f1']],
      ['purpose', ['p1']],
      ['component', ['c1']],
      ['activity', ['a1', 'a2']],
    ],
  );
  assert.deepEqual(indicatorsByLevel(P('K')), []);
  assert.deepEqual(
    indicatorsByLevel(P('K', {}, { indicators: [I('c', 'component')] })).map((g) => g.level),
    ['component'],
  );
});
