/**
 * Hostile-input table for validateFeed / parseFeedText. Every case also runs the invariants below:
 * no throw, clear bilingual messages, only finite amounts and safe links in the output, no prototype pollution.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeedText, validateFeed, isStructuralProblem } from '../../src/feed/validate.js';
import type { ValidationResult } from '../../src/feed/validate.js';
import { SAFE_URL } from '../../src/feed/schema.js';

/** What validation lets through as a link (the widgets' safeUrl() is stricter still). */
const isSafeUrl = (u: unknown): boolean => typeof u === 'string' && u.length > 0 && SAFE_URL.test(u);
import type { Feed, Problem } from '../../src/feed/types.js';
import { generateFeed } from '../fixtures/generate.js';
import { feedWith, prog } from './helpers.js';
import { problemMessage } from '../../src/feed/problem-wording.js';

type Expect = { fatal: string } | { programs?: number; kinds?: string[]; none?: true; check?: (feed: Feed, problems: Problem[]) => void };

interface Case {
  name: string;
  /** JSON text (parseFeedText) or a value (validateFeed). */
  text?: string;
  value?: unknown;
  expect: Expect;
}

const J = (x: unknown) => JSON.stringify(x);
const P = (programs: unknown[], o: Record<string, unknown> = {}) => J(feedWith(programs, o));
const withAmount = (v: unknown) => P([prog('E001', { amounts: { approved: 100, paid: v } })]);
const withLink = (url: string) => P([prog('E001', { links: [{ title: 'x', url }] })]);
const kinds = (ps: Problem[]) => ps.map((p) => String(p.kind)).sort();
const first = (f: Feed) => f.programs[0]!;

const cases: Case[] = [
  // ---- fatal: not JSON
  { name: 'empty text', text: '', expect: { fatal: 'not-json' } },
  { name: 'whitespace only', text: ' \n\t ', expect: { fatal: 'not-json' } },
  { name: 'truncated object', text: '{', expect: { fatal: 'not-json' } },
  { name: 'truncated programs array', text: '{"version":1,"programs":[{"key":"E001"', expect: { fatal: 'not-json' } },
  { name: 'HTML error page', text: '<!doctype html><html><body>502 Bad Gateway</body></html>', expect: { fatal: 'not-json' } },
  { name: 'NaN literal', text: '{"version":1,"programs":[],"x":NaN}', expect: { fatal: 'not-json' } },
  { name: 'single-quoted JSON', text: "{'version':1,'programs':[]}", expect: { fatal: 'not-json' } },
  { name: 'trailing comma', text: '{"version":1,"programs":[],}', expect: { fatal: 'not-json' } },
  { name: 'two BOMs', text: '\uFEFF\uFEFF' + P([]), expect: { fatal: 'not-json' } },
  { name: 'JavaScript, not JSON', text: 'alert(document.cookie)', expect: { fatal: 'not-json' } },
  // ---- fatal: wrong shape
  { name: 'null', text: 'null', expect: { fatal: 'not-object' } },
  { name: 'array', text: '[]', expect: { fatal: 'not-object' } },
  { name: 'number', text: '42', expect: { fatal: 'not-object' } },
  { name: 'string', text: '"<script>alert(1)</script>"', expect: { fatal: 'not-object' } },
  { name: 'boolean', text: 'true', expect: { fatal: 'not-object' } },
  { name: 'undefined value', value: undefined, expect: { fatal: 'not-object' } },
  { name: 'no version', text: '{"programs":[]}', expect: { fatal: 'bad-version' } },
  { name: 'version as string', text: P([], { version: '1' }), expect: { fatal: 'bad-version' } },
  { name: 'version 2', text: P([], { version: 2 }), expect: { fatal: 'bad-version' } },
  { name: 'version 1.5', text: P([], { version: 1.5 }), expect: { fatal: 'bad-version' } },
  { name: 'duplicated version member (last wins)', text: '{"version":1,"version":2,"programs":[]}', expect: { fatal: 'bad-version' } },
  { name: 'no programs', text: J({ version: 1 }), expect: { fatal: 'no-programs' } },
  { name: 'programs is an object', text: P({} as unknown as unknown[]), expect: { fatal: 'no-programs' } },
  { name: 'programs is null', text: P(null as unknown as unknown[]), expect: { fatal: 'no-programs' } },
  { name: 'programs is a string', text: P('E001' as unknown as unknown[]), expect: { fatal: 'no-programs' } },
  // ---- accepted feeds
  { name: 'BOM then valid feed', text: '\uFEFF' + P([prog('E001')]), expect: { programs: 1, none: true } },
  { name: 'empty feed', text: P([]), expect: { programs: 0, none: true } },
  {
    name: 'HTML in a name is kept as text',
    text: P([prog('E001', { name: '<script>alert(1)</script>' })]),
    expect: { programs: 1, none: true, check: (f) => assert.equal(first(f).name, '<script>alert(1)</script>') },
  },
  {
    name: 'img onerror in objective is kept as text',
    text: P([prog('E001', { objective: '<img src=x onerror=alert(1)>' })]),
    expect: { programs: 1, none: true, check: (f) => assert.equal(first(f).objective, '<img src=x onerror=alert(1)>') },
  },
  { name: 'HTML in a key is kept', text: P([prog('<b>E001</b>')]), expect: { programs: 1, none: true } },
  {
    name: 'javascript: as plain text in a name is harmless',
    text: P([prog('E001', { name: 'javascript:alert(1)' })]),
    expect: { programs: 1, none: true },
  },
  {
    name: 'unknown extra fields are ignored',
    text: P([prog('E001', { extra: { deep: [1, 2] } })], { x: 1 }),
    expect: { programs: 1, none: true, check: (f) => assert.equal((first(f) as unknown as Record<string, unknown>).extra, undefined) },
  },
  // ---- records dropped
  { name: 'program is null', text: P([null, prog('E001')]), expect: { programs: 1, kinds: ['invalid-record'] } },
  { name: 'program is a string', text: P(['<script>x</script>']), expect: { programs: 0, kinds: ['invalid-record'] } },
  { name: 'program is an array', text: P([[1, 2]]), expect: { programs: 0, kinds: ['invalid-record'] } },
  { name: 'program without key', text: P([{ name: 'x', amounts: {} }]), expect: { programs: 0, kinds: ['invalid-record'] } },
  { name: 'empty key', text: P([prog('')]), expect: { programs: 0, kinds: ['invalid-record'] } },
  { name: 'blank key', text: P([prog('  \u00A0 ')]), expect: { programs: 0, kinds: ['invalid-record'] } },
  { name: 'numeric key', text: P([{ key: 176, name: 'x', amounts: {} }]), expect: { programs: 0, kinds: ['invalid-record'] } },
  { name: 'program without name', text: P([{ key: 'E001', amounts: {} }]), expect: { programs: 0, kinds: ['invalid-record'] } },
  {
    name: 'duplicate key',
    text: P([prog('E001'), prog('E001', { name: 'otro' })]),
    expect: { programs: 1, kinds: ['duplicate-key'], check: (f) => assert.equal(first(f).name, 'Programa E001') },
  },
  {
    name: 'duplicate key written differently (S 176 / s176)',
    text: P([prog('S 176'), prog('s176')]),
    expect: { programs: 1, kinds: ['duplicate-key'] },
  },
  { name: 'duplicate key with NBSP', text: P([prog('S176'), prog('S\u00A0176')]), expect: { programs: 1, kinds: ['duplicate-key'] } },
  {
    name: 'three copies of one key',
    text: P([prog('E1'), prog('E1'), prog('E1')]),
    expect: { programs: 1, kinds: ['duplicate-key', 'duplicate-key'] },
  },
  {
    name: 'same short key with different ramos is not a duplicate',
    text: P([prog('20-S176'), prog('12-S176')]),
    expect: { programs: 2, none: true },
  },
  // ---- amounts
  {
    name: 'amount as formatted string',
    text: withAmount('8,660,451,340'),
    expect: { programs: 1, kinds: ['invalid-field'], check: (f) => assert.equal('paid' in first(f).amounts, false) },
  },
  { name: 'amount "NaN" string', text: withAmount('NaN'), expect: { programs: 1, kinds: ['invalid-field'] } },
  {
    name: 'amount 1e309 (Infinity after parse)',
    text: P([prog('E001', { amounts: { approved: 1 } })]).replace('"approved":1', '"approved":1e309'),
    expect: { programs: 1, kinds: ['non-finite'], check: (f) => assert.deepEqual(first(f).amounts, {}) },
  },
  {
    name: 'amount -1e309',
    text: P([prog('E001', { amounts: { approved: 1 } })]).replace('"approved":1', '"approved":-1e309'),
    expect: { programs: 1, kinds: ['non-finite'] },
  },
  {
    name: 'amount NaN (object input)',
    value: feedWith([prog('E001', { amounts: { approved: NaN } })]),
    expect: { programs: 1, kinds: ['non-finite'] },
  },
  {
    name: 'amount Infinity (object input)',
    value: feedWith([prog('E001', { amounts: { approved: Infinity } })]),
    expect: { programs: 1, kinds: ['non-finite'] },
  },
  { name: 'amount too large to sum to the cent', text: withAmount(1e300), expect: { programs: 1, kinds: ['invalid-field'] } },
  {
    name: 'largest summable amount is kept',
    text: withAmount(90071992547409),
    expect: { programs: 1, none: true, check: (f) => assert.equal(first(f).amounts.paid, 90071992547409) },
  },
  {
    name: 'negative adjustment kept with a warning',
    text: P([prog('E001', { amounts: { approved: 100, modified: -8660451340 } })]),
    expect: { programs: 1, kinds: ['negative-amount'], check: (f) => assert.equal(first(f).amounts.modified, -8660451340) },
  },
  {
    name: 'amount null is dropped, not 0',
    text: withAmount(null),
    expect: { programs: 1, kinds: ['invalid-field'], check: (f) => assert.equal(first(f).amounts.paid, undefined) },
  },
  { name: 'amount true', text: withAmount(true), expect: { programs: 1, kinds: ['invalid-field'] } },
  { name: 'amount object', text: withAmount({ valueOf: 1 }), expect: { programs: 1, kinds: ['invalid-field'] } },
  { name: 'amount array', text: withAmount([1]), expect: { programs: 1, kinds: ['invalid-field'] } },
  {
    name: 'amount zero stays zero',
    text: withAmount(0),
    expect: { programs: 1, none: true, check: (f) => assert.equal(first(f).amounts.paid, 0) },
  },
  {
    name: 'amount with cents',
    text: withAmount(12.37),
    expect: { programs: 1, none: true, check: (f) => assert.equal(first(f).amounts.paid, 12.37) },
  },
  {
    name: 'amounts missing',
    text: P([{ key: 'E001', name: 'x' }]),
    expect: { programs: 1, kinds: ['invalid-field'], check: (f) => assert.deepEqual(first(f).amounts, {}) },
  },
  { name: 'amounts is an array', text: P([prog('E001', { amounts: [1, 2] })]), expect: { programs: 1, kinds: ['invalid-field'] } },
  { name: 'amounts is a string', text: P([prog('E001', { amounts: '1000' })]), expect: { programs: 1, kinds: ['invalid-field'] } },
  {
    name: 'unknown moment kept with a warning',
    text: P([prog('E001', { amounts: { approved: 5, ejercido: 3 } })]),
    expect: { programs: 1, kinds: ['unknown-moment'], check: (f) => assert.equal(first(f).amounts.ejercido, 3) },
  },
  {
    name: 'extra moment declared in moments',
    text: P([prog('E001', { amounts: { approved: 5, ministered: 4 } })], { moments: ['approved', 'ministered'] }),
    expect: { programs: 1, none: true },
  },
  {
    name: '__proto__ in amounts',
    text: P([prog('E001')]).replace('"amounts":{', '"amounts":{"__proto__":{"polluted":1},'),
    expect: {
      programs: 1,
      kinds: ['invalid-field'],
      check: (f) => assert.equal(Object.getPrototypeOf(first(f).amounts), Object.prototype),
    },
  },
  {
    name: 'constructor in amounts',
    text: P([prog('E001')]).replace('"amounts":{', '"amounts":{"constructor":5,'),
    expect: { programs: 1, kinds: ['invalid-field'] },
  },
  {
    name: '__proto__ at program level',
    text: P([prog('E001')]).replace('{"key"', '{"__proto__":{"polluted":1},"key"'),
    expect: { programs: 1, none: true },
  },
  {
    name: '__proto__ at top level',
    text: P([prog('E001')]).replace('{"version"', '{"__proto__":{"polluted":1},"version"'),
    expect: { programs: 1, none: true },
  },
  {
    name: 'constructor.prototype at top level',
    text: P([]).replace('{"version"', '{"constructor":{"prototype":{"polluted":1}},"version"'),
    expect: { programs: 0, none: true },
  },
  {
    name: 'order break: paid above exercised is a note',
    text: P([prog('E001', { amounts: { exercised: 10, paid: 11 } })]),
    expect: { programs: 1, kinds: ['order'], check: (f) => assert.equal(first(f).amounts.paid, 11) },
  },
  {
    name: 'order break: committed above modified',
    text: P([prog('E001', { amounts: { modified: 10, committed: 20, accrued: 15 } })]),
    expect: { programs: 1, kinds: ['order'] },
  },
  {
    name: 'huge string in an amount is shortened in the message',
    text: withAmount('x'.repeat(100000)),
    expect: {
      programs: 1,
      kinds: ['invalid-field'],
      check: (_f, ps) => assert.ok(String(ps[0]!.params?.found).length <= 80 && problemMessage(ps[0]!, 'es').length < 400),
    },
  },
  // ---- SDG
  {
    name: 'SDG goal 18',
    text: P([
      prog('E001', {
        sdg: [
          { goal: 18, contribution: 'direct' },
          { goal: 5, contribution: 'direct' },
        ],
      }),
    ]),
    expect: { programs: 1, kinds: ['invalid-field'], check: (f) => assert.deepEqual(first(f).sdg, [{ goal: 5, contribution: 'direct' }]) },
  },
  {
    name: 'SDG goal 0',
    text: P([prog('E001', { sdg: [{ goal: 0, contribution: 'direct' }] })]),
    expect: { programs: 1, kinds: ['invalid-field'] },
  },
  {
    name: 'SDG goal as string',
    text: P([prog('E001', { sdg: [{ goal: '5', contribution: 'direct' }] })]),
    expect: { programs: 1, kinds: ['invalid-field'] },
  },
  {
    name: 'SDG goal 5.5',
    text: P([prog('E001', { sdg: [{ goal: 5.5, contribution: 'direct' }] })]),
    expect: { programs: 1, kinds: ['invalid-field'] },
  },
  {
    name: 'SDG is not an array',
    text: P([prog('E001', { sdg: { goal: 5 } })]),
    expect: { programs: 1, kinds: ['invalid-field'], check: (f) => assert.equal(first(f).sdg, undefined) },
  },
  // ---- URLs
  {
    name: 'javascript: link',
    text: withLink('javascript:alert(1)'),
    expect: { programs: 1, kinds: ['unsafe-url'], check: (f) => assert.deepEqual(first(f).links, []) },
  },
  { name: 'mixed-case JaVaScRiPt: link', text: withLink('JaVaScRiPt:alert(1)'), expect: { programs: 1, kinds: ['unsafe-url'] } },
  { name: 'leading space before javascript:', text: withLink('  javascript:alert(1)'), expect: { programs: 1, kinds: ['unsafe-url'] } },
  { name: 'tab inside javascript:', text: withLink('java\tscript:alert(1)'), expect: { programs: 1, kinds: ['unsafe-url'] } },
  { name: 'newline inside javascript:', text: withLink('java\nscript:alert(1)'), expect: { programs: 1, kinds: ['unsafe-url'] } },
  { name: 'data: URL', text: withLink('data:text/html,<script>alert(1)</script>'), expect: { programs: 1, kinds: ['unsafe-url'] } },
  { name: 'vbscript: URL', text: withLink('vbscript:msgbox(1)'), expect: { programs: 1, kinds: ['unsafe-url'] } },
  { name: 'file: URL', text: withLink('file:///etc/passwd'), expect: { programs: 1, kinds: ['unsafe-url'] } },
  { name: 'https link kept', text: withLink('https://example.org/a?b=1#c'), expect: { programs: 1, none: true } },
  { name: 'upper-case HTTP link kept', text: withLink('HTTP://EXAMPLE.ORG'), expect: { programs: 1, none: true } },
  { name: 'mailto link kept', text: withLink('mailto:transparencia@example.org'), expect: { programs: 1, none: true } },
  { name: 'relative link kept', text: withLink('docs/ro.pdf'), expect: { programs: 1, none: true } },
  { name: 'link without url', text: P([prog('E001', { links: [{ title: 'x' }] })]), expect: { programs: 1, kinds: ['invalid-field'] } },
  {
    name: 'unsafe source url: url dropped, source kept',
    text: P([], { sources: [{ title: 'S', url: 'javascript:alert(1)' }] }),
    expect: { programs: 0, kinds: ['unsafe-url'], check: (f) => assert.deepEqual(f.sources, [{ title: 'S' }]) },
  },
  {
    name: 'unsafe publisher url',
    text: P([], { publisher: { name: 'P', jurisdiction: 'MX', url: 'javascript:x' } }),
    expect: { programs: 0, kinds: ['unsafe-url'], check: (f) => assert.deepEqual(f.publisher, { name: 'P', jurisdiction: 'MX' }) },
  },
  {
    name: 'unsafe evaluation url',
    text: P([prog('E001', { evaluations: [{ year: 2023, type: 'Diseño', url: 'data:x' }] })]),
    expect: { programs: 1, kinds: ['unsafe-url'], check: (f) => assert.deepEqual(first(f).evaluations, [{ year: 2023, type: 'Diseño' }]) },
  },
  {
    name: 'unsafe accountability url',
    text: P([], { accountability: [{ title: 'CP', url: 'javascript:1' }] }),
    expect: { programs: 0, kinds: ['unsafe-url'] },
  },
  // ---- nested fields
  {
    name: 'indicator achieved as "85%": field dropped, indicator kept',
    text: P([
      prog('E001', {
        indicators: [
          { id: 'i', name: 'n', level: 'fin', unit: '%', frequency: 'Anual', direction: 'ascending', target: 90, achieved: '85%' },
        ],
      }),
    ]),
    expect: {
      programs: 1,
      kinds: ['invalid-field'],
      check: (f) => {
        assert.equal(first(f).indicators!.length, 1);
        assert.equal(first(f).indicators![0]!.achieved, undefined);
      },
    },
  },
  {
    name: 'indicator with unknown level dropped',
    text: P([prog('E001', { indicators: [{ id: 'i', name: 'n', level: 'goal', unit: '%', frequency: 'Anual', direction: 'ascending' }] })]),
    expect: { programs: 1, kinds: ['invalid-field'], check: (f) => assert.deepEqual(first(f).indicators, []) },
  },
  {
    name: 'indicators is an object',
    text: P([prog('E001', { indicators: { id: 'i' } })]),
    expect: { programs: 1, kinds: ['invalid-field'] },
  },
  {
    name: 'negative population makes no sense',
    text: P([prog('E001', { population: { served: { women: -5, men: 10 } } })]),
    expect: { programs: 1, kinds: ['invalid-field'], check: (f) => assert.deepEqual(first(f).population, { served: { men: 10 } }) },
  },
  {
    name: 'ASM progress 150 %',
    text: P([prog('E001', { evaluations: [{ year: 2023, type: 'Diseño', asm: [{ commitment: 'c', progress: 150 }] }] })]),
    expect: { programs: 1, kinds: ['invalid-field'], check: (f) => assert.deepEqual(first(f).evaluations![0]!.asm, [{ commitment: 'c' }]) },
  },
  {
    name: 'breakdown row with a string amount',
    text: P([prog('E001', { breakdown: [{ by: 'chapter', id: '1000', name: 'SP', amounts: { approved: '5' } }] })]),
    expect: { programs: 1, kinds: ['invalid-field'], check: (f) => assert.deepEqual(first(f).breakdown![0]!.amounts, {}) },
  },
  {
    name: 'breakdown row without amounts',
    text: P([prog('E001', { breakdown: [{ by: 'chapter', id: '1000', name: 'SP' }] })]),
    expect: { programs: 1, kinds: ['invalid-field'], check: (f) => assert.deepEqual(first(f).breakdown, []) },
  },
  {
    name: 'period written Q1-2024',
    text: P([prog('E001', { periods: [{ period: 'Q1-2024', amounts: { paid: 1 } }] })]),
    expect: { programs: 1, kinds: ['invalid-field'] },
  },
  {
    name: 'cross-cutting without annex',
    text: P([prog('E001', { crossCutting: [{ amounts: { approved: 1 } }] })]),
    expect: { programs: 1, kinds: ['invalid-field'] },
  },
  {
    name: 'cross-cutting periods with a negative amount',
    text: P([prog('E001', { crossCutting: [{ annex: 'gender', amounts: {}, periods: [{ period: '2024-Q1', amounts: { paid: -1 } }] }] })]),
    expect: { programs: 1, kinds: ['negative-amount'] },
  },
  {
    name: 'objective is a 10,000-deep array',
    text: P([prog('E001', { objective: 'X' })]).replace('"X"', '['.repeat(10000) + ']'.repeat(10000)),
    expect: { programs: 1, kinds: ['invalid-field'] },
  },
  // ---- header
  {
    name: 'moments missing: standard six used, flagged',
    text: J({ ...feedWith([]), moments: undefined }),
    expect: { programs: 0, kinds: ['invalid-field'], check: (f) => assert.equal(f.moments.length, 6) },
  },
  { name: 'moments empty', text: P([], { moments: [] }), expect: { programs: 0, kinds: ['invalid-field'] } },
  { name: 'cycle as string', text: P([], { cycle: '2024' }), expect: { programs: 0, kinds: ['invalid-field'] } },
  {
    name: 'asOf in dd/mm/yyyy',
    text: P([], { asOf: '30/09/2024' }),
    expect: { programs: 0, kinds: ['invalid-field'], check: (f) => assert.equal(f.asOf, undefined) },
  },
  {
    name: 'publisher missing',
    text: J({ ...feedWith([]), publisher: undefined }),
    expect: { programs: 0, kinds: ['invalid-field'], check: (f) => assert.equal(f.publisher.name, '') },
  },
  {
    name: 'shard template without {file}',
    text: P([], { shard: { programs: 'programs/x.json' } }),
    expect: { programs: 0, kinds: ['invalid-field'] },
  },
];

function run(c: Case): ValidationResult {
  return c.text !== undefined ? parseFeedText(c.text) : validateFeed(c.value);
}

function invariants(r: ValidationResult) {
  const problems = r.problems;
  for (const p of problems) {
    for (const m of [problemMessage(p, 'es'), problemMessage(p, 'en')]) {
      assert.equal(typeof m, 'string');
      assert.ok(m.length > 10 && m.length < 600, `message length: ${m}`);
      assert.ok(!/\[object Object\]|\bundefined\b/.test(m), `bad text in: ${m}`);
    }
    assert.notEqual(problemMessage(p, 'es'), problemMessage(p, 'en'));
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype polluted');
  if (!r.ok) return;
  JSON.stringify(r.feed); // serialisable
  for (const p of r.feed.programs) {
    const maps = [
      p.amounts,
      ...(p.breakdown ?? []).map((b) => b.amounts),
      ...(p.periods ?? []).map((b) => b.amounts),
      ...(p.crossCutting ?? []).map((c) => c.amounts),
    ];
    for (const a of maps) for (const v of Object.values(a)) assert.ok(typeof v === 'number' && Number.isFinite(v), `amount ${String(v)}`);
    for (const l of p.links ?? []) assert.ok(isSafeUrl(l.url), l.url);
    for (const e of p.evaluations ?? []) if (e.url !== undefined) assert.ok(isSafeUrl(e.url));
  }
  for (const s of r.feed.sources) if (s.url !== undefined) assert.ok(isSafeUrl(s.url));
}

test(`hostile table has at least 60 cases (${cases.length})`, () => assert.ok(cases.length >= 60));

for (const c of cases) {
  test(`validate: ${c.name}`, () => {
    const r = run(c);
    invariants(r);
    const e = c.expect;
    if ('fatal' in e) {
      assert.equal(r.ok, false, 'expected a fatal problem');
      if (r.ok) return;
      assert.equal(r.problem.kind, e.fatal);
      assert.equal(r.problem.severity, 'fatal');
      assert.deepEqual(r.problems, [r.problem]);
      return;
    }
    assert.equal(r.ok, true, r.ok ? '' : problemMessage(r.problem, 'en'));
    if (!r.ok) return;
    if (e.programs !== undefined) assert.equal(r.feed.programs.length, e.programs);
    if (e.none)
      assert.deepEqual(
        r.problems.map((p) => problemMessage(p, 'en')),
        [],
      );
    if (e.kinds) assert.deepEqual(kinds(r.problems), [...e.kinds].sort(), r.problems.map((p) => problemMessage(p, 'en')).join('\n'));
    e.check?.(r.feed, r.problems);
  });
}

test('messages name the record, its key, the path, expected and found', () => {
  const r = parseFeedText(P([prog('E001'), prog('S176', { amounts: { approved: 10, paid: '1,234' } })]));
  assert.ok(r.ok);
  const [p] = r.problems;
  assert.equal(p!.index, 1);
  assert.equal(p!.key, 'S176');
  assert.equal(p!.path, 'programs[1].amounts.paid');
  assert.equal(p!.params?.expected, 'number');
  assert.equal(p!.params?.foundType, 'string');
  assert.equal(p!.params?.found, '"1,234"');
  assert.match(
    problemMessage(p!, 'es'),
    /^Programa 2 \("S176"\), campo programs\[1\]\.amounts\.paid: .*se esperaba número; se encontró texto "1,234"/,
  );
  assert.match(
    problemMessage(p!, 'en'),
    /^Program 2 \("S176"\), field programs\[1\]\.amounts\.paid: .*expected number; found string "1,234"/,
  );
});

test('fatal messages are clear in both languages', () => {
  const r = parseFeedText('<html>');
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.match(problemMessage(r.problem, 'es'), /HTML/);
  assert.match(problemMessage(r.problem, 'en'), /HTML/);
  const v = parseFeedText(P([], { version: 2 }));
  assert.ok(!v.ok && /version/.test(problemMessage(v.problem, 'en')) && v.problem.params?.found === '2');
});

test('record-level problems never reject the feed: 1 bad record among 50 leaves 49', () => {
  const programs: unknown[] = Array.from({ length: 50 }, (_, i) => prog(`E${i}`));
  programs[17] = { key: 'E17', amounts: {} }; // no name
  const r = parseFeedText(P(programs));
  assert.ok(r.ok);
  assert.equal(r.feed.programs.length, 49);
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0]!.index, 17);
});

test('a 10 MB generated feed validates with zero problems, quickly', () => {
  let n = 100;
  let text = JSON.stringify(generateFeed({ programs: n, seed: 3 }));
  n = Math.ceil((n * 10_500_000) / text.length);
  text = JSON.stringify(generateFeed({ programs: n, seed: 3 }));
  assert.ok(text.length > 10_000_000, `size ${text.length}`);
  // CPU time, not wall time: CI machines are shared.
  const c0 = process.cpuUsage();
  const r = parseFeedText(text);
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  assert.ok(r.ok);
  assert.equal(r.feed.programs.length, n);
  assert.deepEqual(r.problems, []);
  assert.ok(ms < 4000, `took ${ms} ms of CPU`);
});

test('a 10 MB feed where every program has a bad amount: one problem per program', () => {
  const feed = generateFeed({ programs: 2500, seed: 4 });
  for (const p of feed.programs) (p.amounts as Record<string, unknown>).approved = 'N/R';
  const r = parseFeedText(JSON.stringify(feed));
  assert.ok(r.ok);
  assert.equal(r.feed.programs.length, 2500);
  assert.equal(r.problems.filter((p) => p.kind === 'invalid-field').length, 2500);
});

test('isStructuralProblem: warnings, notes and duplicates are not structural', () => {
  const r = parseFeedText(P([prog('E1', { amounts: { approved: -1, exercised: 1, paid: 2, x: 1 } }), prog('E1')]));
  assert.ok(r.ok);
  assert.deepEqual(kinds(r.problems), ['duplicate-key', 'negative-amount', 'order', 'unknown-moment']);
  assert.equal(r.problems.filter(isStructuralProblem).length, 0);
});
