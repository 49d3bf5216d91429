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

test('calendar spec: months in order with written amounts; none under two months', async () => {
  const { annexCalendarSpec, periodLabel } = await import('../../src/charts/cross-cutting-spec.js');
  const cal = [
    { period: '2021-01', cents: 100_000_000, amount: 1_000_000 },
    { period: '2021-02', cents: 250_000_000, amount: 2_500_000 },
    { period: '2021-03', cents: 50, amount: 0.5 },
  ];
  assert.equal(annexCalendarSpec({ calendar: cal.slice(0, 1), calendarPartial: false, moment: 'approved' }, { lang: 'es' }), null);
  assert.equal(periodLabel('2021-01', 'es'), 'ene 2021');
  assert.equal(periodLabel('2021-01', 'en'), 'Jan 2021');
  assert.equal(periodLabel('2021-Q1', 'en'), '2021-Q1');
  const spec = annexCalendarSpec({ calendar: cal, calendarPartial: false, moment: 'approved' }, { lang: 'es', width: 300 })!;
  const values = (spec.data as any).values;
  assert.deepEqual(values.map((d: any) => d.label), ['ene 2021', 'feb 2021', 'mar 2021']);
  assert.deepEqual(values.map((d: any) => d.text.replace(/\u00a0/g, ' ')), ['$1.0 millones', '$2.5 millones', '$0.50']);
  assert.match(String(spec.description), /^El calendario aprobado reparte/);
  const view = new View(parse(compile(spec as any).spec), { renderer: 'none' });
  await view.runAsync();
  assert.match(await view.toSVG(), /feb 2021/);
  view.finalize();
});
