/**
 * The published JSON Schema and the valibot validation agree: for every fixture, valid JSON Schema ⇔
 * validation gives no fatal and no structural (error-level) problem. Warnings, notes and duplicate keys
 * are beyond what JSON Schema can express, so they don't count (see isStructuralProblem).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeedText, isStructuralProblem } from '../../src/feed/validate.js';
import { ISO_DATE, PERIOD, SAFE_URL, MAX_AMOUNT } from '../../src/feed/schema.js';
import { CONTACT_EMAIL, CONTACT_URL } from '../../src/feed/contact.js';
import { generateFeed, rng } from '../fixtures/generate.js';
import { createChecker } from './json-schema-lite.js';
import { problemMessage } from '../../src/feed/problem-wording.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/feed-v1.schema.json', import.meta.url), 'utf8'));
const check = createChecker(schema);

function agree(label: string, text: string) {
  let parsed: unknown;
  let jsonOk: boolean;
  let why: string | null = 'not JSON';
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    why = check(parsed);
    jsonOk = why === null;
  } catch {
    jsonOk = false;
  }
  const r = parseFeedText(text);
  const structural = r.ok ? r.problems.filter(isStructuralProblem) : [r.problem];
  const valibotOk = structural.length === 0;
  assert.equal(
    valibotOk,
    jsonOk,
    `${label}: JSON Schema says ${why ?? 'valid'}; valibot says ${structural.map((p) => problemMessage(p, 'en')).join(' | ') || 'valid'}`,
  );
  return jsonOk;
}

test('schema constants match the valibot schema', () => {
  assert.equal(schema.$defs.date.pattern, ISO_DATE.source);
  assert.equal(schema.$defs.url.pattern, SAFE_URL.source);
  assert.equal(schema.$defs.amount.maximum, MAX_AMOUNT);
  assert.equal(schema.$defs.amount.minimum, -MAX_AMOUNT);
  assert.equal(schema.$defs.period.properties.period.pattern, PERIOD.source);
  assert.equal(schema.$defs.contact.properties.email.pattern, CONTACT_EMAIL.source);
  assert.equal(schema.$defs.contact.properties.url.pattern, CONTACT_URL.source);
});

test('every field of the schema has a description', () => {
  const missing: string[] = [];
  const walk = (s: unknown, path: string) => {
    if (typeof s !== 'object' || s === null) return;
    const o = s as Record<string, unknown>;
    if (o.properties) {
      for (const [k, v] of Object.entries(o.properties as Record<string, Record<string, unknown>>)) {
        if (typeof v.description !== 'string' || v.description.length < 3) missing.push(`${path}.${k}`);
        walk(v, `${path}.${k}`);
      }
    }
    if (o.items) walk(o.items, `${path}[]`);
    if (o.$defs) for (const [k, v] of Object.entries(o.$defs as object)) walk(v, `#${k}`);
  };
  walk(schema, '$');
  assert.deepEqual(missing, []);
});

test('generated feeds: both valid', () => {
  for (const [n, seed] of [
    [1, 1],
    [25, 2],
    [200, 3],
    [60, 4],
  ] as const) {
    assert.equal(agree(`generated ${n}/${seed}`, JSON.stringify(generateFeed({ programs: n, seed, ramoKeys: seed % 2 === 0 }))), true);
  }
});

test('sample feed: both invalid; without its broken program: both valid', () => {
  const text = readFileSync(new URL('../../demo/data/sample-feed.json', import.meta.url), 'utf8');
  assert.equal(agree('sample', text), false);
  const f = JSON.parse(text);
  f.programs = f.programs.filter((p: { key: string }) => p.key !== 'U090');
  assert.equal(agree('sample without U090', JSON.stringify(f)), true);
});

type Obj = Record<string, any>;
const BASE = generateFeed({ programs: 8, seed: 11 });
const base = () => structuredClone(BASE) as unknown as Obj;
const named: [string, (f: Obj) => void][] = [
  ['valid as is', () => {}],
  ['negative amount (warning only)', (f) => (f.programs[0].amounts.paid = -5)],
  ['unknown moment (warning only)', (f) => (f.programs[0].amounts.ejercido = 5)],
  ['order break (note only)', (f) => (f.programs[1].amounts.paid = 1e12)],
  ['duplicate key (not expressible in JSON Schema)', (f) => (f.programs[1].key = f.programs[0].key)],
  ['extra unknown field', (f) => (f.programs[0].x = { y: 1 })],
  ['version 2', (f) => (f.version = 2)],
  ['no programs', (f) => delete f.programs],
  ['no publisher', (f) => delete f.publisher],
  ['publisher without name', (f) => delete f.publisher.name],
  ['blank publisher name', (f) => (f.publisher.name = ' ')],
  ['cycle 1800', (f) => (f.cycle = 1800)],
  ['cycle 2024.5', (f) => (f.cycle = 2024.5)],
  ['currency "pesos"', (f) => (f.currency = 'pesos')],
  ['asOf 2024-13-01', (f) => (f.asOf = '2024-13-01')],
  ['moments empty', (f) => (f.moments = [])],
  ['moments with a number', (f) => (f.moments = ['approved', 2])],
  ['sources missing', (f) => delete f.sources],
  ['source without title', (f) => (f.sources = [{ url: 'https://x' }])],
  ['schedule lagDays -1', (f) => (f.schedule.lagDays = -1)],
  ['schedule without frequency', (f) => (f.schedule = { lagDays: 3 })],
  ['accountability url javascript:', (f) => (f.accountability[0].url = 'javascript:1')],
  ['shard ok', (f) => (f.shard = { programs: 'programs/{file}.json' })],
  ['shard without {file}', (f) => (f.shard = { programs: 'p.json' })],
  ['program without amounts', (f) => delete f.programs[2].amounts],
  ['program without name', (f) => delete f.programs[2].name],
  ['program key empty', (f) => (f.programs[2].key = '')],
  ['amount string', (f) => (f.programs[3].amounts.approved = '1,000')],
  ['amount null', (f) => (f.programs[3].amounts.approved = null)],
  ['amount too large', (f) => (f.programs[3].amounts.approved = 1e16)],
  ['empty moment name', (f) => (f.programs[3].amounts[''] = 1)],
  ['breakdown amount string', (f) => (f.programs[4].breakdown[0].amounts.approved = 'x')],
  ['breakdown without by', (f) => delete f.programs[4].breakdown[0].by],
  [
    'publisher totals and breakdowns (allowed)',
    (f) => {
      f.totals = { approved: 10.5, paid: 3 };
      f.breakdowns = [
        { by: 'chapter', id: '1000', name: 'Servicios personales', amounts: { approved: 10.5 } },
        { by: 'concept', id: '1100', name: 'x', parent: '1000', section: 'I', amounts: {} },
      ];
    },
  ],
  ['totals amount string', (f) => (f.totals = { approved: '10' })],
  ['totals not an object', (f) => (f.totals = [1])],
  ['breakdowns row without name', (f) => (f.breakdowns = [{ by: 'unit', id: '0101', amounts: {} }])],
  ['breakdowns row parent number', (f) => (f.breakdowns = [{ by: 'unit', id: '0101', name: 'x', parent: 1, amounts: {} }])],
  ['breakdowns not an array', (f) => (f.breakdowns = { by: 'unit' })],
  ['period 2024-Q5', (f) => (f.programs.find((p: Obj) => p.periods).periods[0].period = '2024-Q5')],
  ['period cumulative "yes"', (f) => (f.programs.find((p: Obj) => p.periods).periods[0].cumulative = 'yes')],
  ['array where an object belongs', (f) => (f.programs[0].population.target = [])],
  ['array as indicator thresholds', (f) => (f.programs[0].indicators[0].thresholds = [1])],
  ['indicator level goal', (f) => (f.programs[0].indicators[0].level = 'goal')],
  ['indicator without unit', (f) => delete f.programs[0].indicators[0].unit],
  ['indicator target string', (f) => (f.programs[0].indicators[0].target = '90')],
  ['indicator thresholds without yellow (allowed)', (f) => delete f.programs[0].indicators[0].thresholds.yellow],
  ['indicator thresholds without red', (f) => delete f.programs[0].indicators[0].thresholds.red],
  ['indicator history year 2023.5', (f) => (f.programs[0].indicators[0].history[0].year = 2023.5)],
  ['indicator dimension speed', (f) => (f.programs[0].indicators[0].dimension = 'speed')],
  ['population women -1', (f) => (f.programs[0].population.served.women = -1)],
  ['population areas 3 (allowed)', (f) => (f.programs[0].population.served.areas = 3)],
  ['crossCutting without amounts', (f) => delete f.programs[0].crossCutting[0].amounts],
  ['crossCutting annex ""', (f) => (f.programs[0].crossCutting[0].annex = '')],
  ['crossCutting period amount string', (f) => (f.programs[0].crossCutting[0].periods = [{ period: '2024-Q1', amounts: { paid: 'x' } }])],
  ['sdg goal 18', (f) => (f.programs[0].sdg[0].goal = 18)],
  ['sdg target "5"', (f) => (f.programs[0].sdg[0].target = '5')],
  ['sdg contribution "maybe"', (f) => (f.programs[0].sdg[0].contribution = 'maybe')],
  ['link javascript:', (f) => (f.programs[0].links[0].url = 'javascript:alert(1)')],
  ['link relative (allowed)', (f) => (f.programs[0].links[0].url = '../a.pdf')],
  ['link tab-split scheme', (f) => (f.programs[0].links[0].url = 'java\tscript:x')],
  ['plan year string', (f) => (f.programs[0].plan.national.year = '2019')],
  ['evaluation without type', (f) => delete f.programs[0].evaluations[0].type],
  ['asm progress 101', (f) => (f.programs[0].evaluations[0].asm[0].progress = 101)],
  ['asm due 31/12/2024', (f) => (f.programs[0].evaluations[0].asm[0].due = '31/12/2024')],
  ['evaluation synthetic "no"', (f) => (f.programs[0].evaluations[0].synthetic = 'no')],
  ['performance without scale', (f) => delete f.programs[0].performance[0].scale],
  ['ramo id number', (f) => (f.programs[0].ramo.id = 12)],
  [
    'contact e-mail and page (allowed)',
    (f) =>
      (f.programs[0].contact = { name: 'Oficina', email: 'transparencia@bienestar.gob.mx', url: 'https://www.gob.mx/bienestar/contacto' }),
  ],
  ['unit contact (allowed)', (f) => (f.programs[0].unit = { id: '211', name: 'Dirección', contact: { email: 'a.b+c@x-y.gob.mx' } })],
  ['contact with a name only (allowed)', (f) => (f.programs[0].contact = { name: 'Oficina' })],
  ['contact url javascript:', (f) => (f.programs[0].contact = { url: 'javascript:alert(1)' })],
  ['contact url relative', (f) => (f.programs[0].contact = { url: '/contacto' })],
  ['contact url protocol-relative', (f) => (f.programs[0].contact = { url: '//evil.example' })],
  ['contact url mailto: (use email)', (f) => (f.programs[0].contact = { url: 'mailto:a@b.mx' })],
  ['contact url with a line break', (f) => (f.programs[0].contact = { url: 'https://x.mx/\nSet-Cookie: a' })],
  ['contact email with a query', (f) => (f.programs[0].contact = { email: 'a@b.mx?subject=x' })],
  ['contact email with CRLF', (f) => (f.programs[0].contact = { email: 'a@b.mx\r\nBcc: c@d.mx' })],
  ['contact email without a dot in the host', (f) => (f.programs[0].contact = { email: 'a@localhost' })],
  ['contact email with mailto:', (f) => (f.programs[0].contact = { email: 'mailto:a@b.mx' })],
  ['unit contact email number', (f) => (f.programs[0].unit = { id: '1', name: 'x', contact: { email: 5 } })],
  ['contact is a string', (f) => (f.programs[0].contact = 'a@b.mx')],
  ['program is null', (f) => (f.programs[5] = null)],
];

for (const [name, mutate] of named) {
  test(`agreement: ${name}`, () => {
    const f = base();
    mutate(f);
    agree(name, JSON.stringify(f));
  });
}

test('agreement on 800 random mutations (seeded)', () => {
  const r = rng(2024);
  const palette: unknown[] = [
    '',
    ' ',
    'x',
    '1,000',
    'javascript:alert(1)',
    'https://ok.example',
    '2024-02-30',
    '2024-Q1',
    -1,
    0,
    18,
    1.5,
    1e16,
    2024,
    null,
    true,
    [],
    {},
    [1],
    { a: 1 },
  ];
  const template = base();
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    paths.push(p);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
  };
  walk(template, []);
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < 800; i++) {
    const f = base();
    const path = paths[1 + Math.floor(r() * (paths.length - 1))]!;
    let parent: any = f;
    for (const k of path.slice(0, -1)) parent = parent[k as string];
    const last = path[path.length - 1]!;
    const op = r();
    if (op < 0.15 && !Array.isArray(parent)) delete parent[last as string];
    else parent[last as string] = palette[Math.floor(r() * palette.length)];
    if (agree(`mutation ${i} at ${path.join('.')}`, JSON.stringify(f))) valid++;
    else invalid++;
  }
  // Both outcomes occur often enough for the comparison to mean something.
  assert.ok(valid > 50 && invalid > 300, `valid ${valid}, invalid ${invalid}`);
});
