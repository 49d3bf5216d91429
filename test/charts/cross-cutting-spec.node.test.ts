import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from 'vega-lite';
import { parse, View } from 'vega';
import { annexBarData, annexTopSpec, hasAnnexChart } from '../../src/charts/cross-cutting-spec.js';
import { feedAnnexView } from '../../src/feed/views/cross-cutting-view.js';
import type { Feed, Program } from '../../src/feed/types.js';

const feedOf = (programs: Program[]): Feed => ({
  version: 1,
  publisher: { name: 'T', jurisdiction: 'MX' },
  cycle: 2021,
  currency: 'MXN',
  sources: [],
  moments: ['approved'],
  programs,
});
const tagged = (n: number): Program[] =>
  Array.from({ length: n }, (_, i) => ({
    key: `S${100 + i}`,
    name: `Programa ${i}`,
    amounts: { approved: 10_000_000 },
    crossCutting: [{ annex: 'gender', amounts: { approved: (i + 1) * 1_000_000 } }],
  }));

test('no chart for one bar or none', () => {
  for (const n of [0, 1]) {
    const v = feedAnnexView(feedOf(tagged(n)), 'gender');
    assert.equal(hasAnnexChart(v), false);
    assert.equal(annexTopSpec(v, { lang: 'es' }), null);
  }
});

test('bar data: top 10 largest first, then "other" with its count; text labels carry amount and share', () => {
  const v = feedAnnexView(feedOf(tagged(12)), 'gender');
  const es = annexBarData(v, 'es');
  assert.equal(es.length, 11);
  assert.deepEqual(es.slice(0, 2).map((d) => d.label), ['S111', 'S110']);
  assert.equal(es[0]!.text.replace(/\u00a0/g, ' '), '$12.0 millones · 15.4%');
  assert.deepEqual(es[10], { label: 'Otros 2 programas', name: 'Otros 2 programas', amount: 3_000_000, text: '$3.0 millones · 3.8%', other: true });
  const en = annexBarData(v, 'en');
  assert.equal(en[10]!.label, 'Other 2 programs');
  for (const d of [...es, ...en]) assert.doesNotMatch(d.text, /NaN|undefined|null/);
});

test('spec compiles and renders headless with a description and a text layer', async () => {
  const v = feedAnnexView(feedOf(tagged(12)), 'gender');
  const spec = annexTopSpec(v, { lang: 'es', width: 400, config: { background: '#fff' } })!;
  assert.match(String(spec.description), /^El Anexo 13/);
  const layer = spec.layer as any[];
  assert.equal(layer[1].mark.type, 'text');
  assert.equal(layer[1].encoding.text.field, 'text');
  assert.equal((spec.config as any).background, '#fff');
  const vg = compile(spec as any).spec;
  const view = new View(parse(vg), { renderer: 'none' });
  await view.runAsync();
  const svg = await view.toSVG();
  assert.match(svg, /S111/);
  assert.match(svg, /Otros 2 programas/);
  view.finalize();
});
