import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildIndex,
  queryIndex,
  inBand,
  queryFromSearch,
  queryToSearch,
  DEFAULT_QUERY,
  type ExplorerQuery,
} from '../../../src/components/program-explorer/program-explorer.model.js';
import type { Feed, Program } from '../../../src/feed/types.js';
import { foldText as fold } from '../../../src/feed/adapters/text-fold.js';

const prog = (key: string, name: string, extra: Partial<Program> = {}): Program => ({ key, name, amounts: {}, ...extra });
const feed: Feed = {
  version: 1,
  publisher: { name: 'Test', jurisdiction: 'MX-ROO' },
  cycle: 2024,
  currency: 'MXN',
  sources: [],
  moments: ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'],
  programs: [
    prog('E001', 'Educación básica', {
      ramo: { id: '11', name: 'Educación Pública' },
      modality: { id: 'E', name: 'Prestación de servicios' },
      amounts: { approved: 100, modified: 200, paid: 190 },
      sdg: [{ goal: 4, contribution: 'direct' }],
    }),
    prog('S176', 'Pensión para adultos mayores', {
      ramo: { id: '20', name: 'Bienestar' },
      modality: { id: 'S', name: 'Sujetos a reglas de operación' },
      amounts: { approved: 500, modified: 400, paid: 100 },
      crossCutting: [{ annex: 'gender', amounts: { approved: 5 } }],
      sdg: [
        { goal: 1, contribution: 'direct' },
        { goal: 5, contribution: 'indirect' },
      ],
    }),
    prog('E002', 'Atención médica', {
      ramo: { id: '12', name: 'Salud' },
      modality: { id: 'E', name: 'Prestación de servicios' },
      amounts: { approved: 300 },
    }),
    prog('U010', 'Becas de educación media', {
      ramo: { id: '11', name: 'Educación Pública' },
      modality: { id: 'U', name: 'Otros subsidios' },
      amounts: { approved: 50, modified: 50, paid: 30 },
    }),
  ],
};
const idx = buildIndex(feed);
const q = (over: Partial<ExplorerQuery>) => ({ ...DEFAULT_QUERY, ...over });
const keys = (over: Partial<ExplorerQuery>) => queryIndex(idx, q(over)).rows.map((r) => r.key);

test('fold removes accents, case and extra spaces', () => {
  for (const [input, want] of [
    ['Educación', 'educacion'],
    ['  ÁRBOL  Ñandú ', 'arbol nandu'],
    ['a\u00a0b', 'a b'],
  ] as const) {
    assert.equal(fold(input), want);
  }
});

test('search, filters and sort (table)', () => {
  const cases: [string, Partial<ExplorerQuery>, string[]][] = [
    ['accent-insensitive', { q: 'educacion' }, ['E001', 'U010']],
    ['accented query', { q: 'EDUCACIÓN básica' }, ['E001']],
    ['by key', { q: 's176' }, ['S176']],
    ['by key with space', { q: 'S 176' }, ['S176']],
    ['by ramo name', { q: 'bienestar' }, ['S176']],
    ['no match', { q: 'zzz' }, []],
    ['ramo filter', { ramo: '11' }, ['E001', 'U010']],
    ['modality filter', { modality: 'E' }, ['E002', 'E001']],
    ['sdg filter', { sdg: '5' }, ['S176']],
    ['gender filter', { gender: true }, ['S176']],
    ['band none', { band: 'none' }, ['E002']],
    ['band lt50', { band: 'lt50' }, ['S176']],
    ['band 50-90', { band: '50-90' }, ['U010']],
    ['band gte90', { band: 'gte90' }, ['E001']],
    ['sort approved desc', {}, ['S176', 'E002', 'E001', 'U010']],
    ['sort approved asc', { dir: 'asc' }, ['U010', 'E001', 'E002', 'S176']],
    ['sort modified desc: missing last', { sort: 'modified' }, ['S176', 'E001', 'U010', 'E002']],
    ['sort rate desc', { sort: 'rate' }, ['E001', 'U010', 'S176', 'E002']],
    ['sort name asc', { sort: 'name', dir: 'asc' }, ['E002', 'U010', 'E001', 'S176']],
  ];
  for (const [name, over, want] of cases) assert.deepEqual(keys(over), want, name);
});

test('index lists filter options', () => {
  assert.deepEqual(
    idx.ramos.map((r) => r.id),
    ['11', '12', '20'],
  );
  assert.deepEqual(
    idx.modalities.map((r) => r.id),
    ['E', 'S', 'U'],
  );
  assert.deepEqual(idx.goals, [1, 4, 5]);
  assert.equal(idx.genderCount, 1, 'one program in the gender annex');
  assert.equal(buildIndex({ programs: [prog('X1', 'Sin anexo')], moments: [] }).genderCount, 0);
  assert.equal(buildIndex(feed), idx, 'cached per feed');
});

test('pagination clamps the page', () => {
  const r = queryIndex(idx, q({ page: 9 }), 3);
  assert.equal(r.pages, 2);
  assert.equal(r.page, 2);
  assert.deepEqual(
    r.rows.map((x) => x.key),
    ['U010'],
  );
  assert.equal(queryIndex(idx, q({ page: -1 }), 3).page, 1);
});

test('inBand table', () => {
  const cases: [number | undefined, Parameters<typeof inBand>[1], boolean][] = [
    [undefined, '', true],
    [undefined, 'none', true],
    [0, 'none', false],
    [0.49, 'lt50', true],
    [0.5, 'lt50', false],
    [0.5, '50-90', true],
    [0.9, '50-90', false],
    [0.9, 'gte90', true],
    [1.2, 'gte90', true],
  ];
  for (const [rate, band, want] of cases) assert.equal(inBand(rate, band), want, `${rate} ${band}`);
});

test('URL state round-trips and rejects hostile values', () => {
  const state = q({ q: 'educación', ramo: '11', sdg: '4', gender: true, band: 'gte90', sort: 'name', dir: 'asc', page: 2 });
  const s = queryToSearch(state, 'program=E001');
  assert.match(s, /program=E001/);
  assert.deepEqual(queryFromSearch(s), state);
  assert.equal(queryToSearch(DEFAULT_QUERY), '');
  const bad = queryFromSearch('?ods=99&sort=<script>&band=x&page=-3&dir=up');
  assert.deepEqual(bad, DEFAULT_QUERY);
});

test('1,000 programs: a query scans the index quickly enough to measure (no timing assert)', () => {
  const many: Feed = {
    ...feed,
    programs: Array.from({ length: 1000 }, (_, i) => prog(`E${i}`, `Programa ${i} educación`, { amounts: { approved: i } })),
  };
  const big = buildIndex(many);
  assert.equal(queryIndex(big, q({ q: 'educacion 99' })).total, 19);
});
