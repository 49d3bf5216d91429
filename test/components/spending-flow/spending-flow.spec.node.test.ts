import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from 'vega-lite';
import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { cumulativeSeries, breakdownGroup } from '../../../src/components/spending-flow/spending-flow.model.js';
import type { BreakdownItem } from '../../../src/components/spending-flow/spending-flow.model.js';
import { flowPeriodsSpec, valueScale } from '../../../src/components/spending-flow/spending-flow.spec.js';
import { flowBreakdownSpec, progressMoment } from '../../../src/components/spending-flow/spending-flow.spec.js';

const SIX = ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'];

/** Compiles with vega-lite and renders to SVG with the CSP-safe interpreter (ast: true), as the browser does. */
async function renderSvg(spec: Record<string, unknown>): Promise<string> {
  const vg = compile(spec as never).spec;
  const view = new View(parse(vg, undefined, { ast: true }), { renderer: 'none', expr: expressionInterpreter } as never);
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

const series = cumulativeSeries(
  [
    { period: '2024-Q1', amounts: { modified: 300e6, paid: 50e6 } },
    { period: '2024-Q2', amounts: { modified: 100e6, paid: 100e6 } },
    { period: '2024-Q3', amounts: { modified: 0, paid: 80e6 } },
  ],
  SIX,
);

test('flowPeriodsSpec: cumulative values in millions, moments by colour, dash and shape, cut-off rule', async () => {
  const spec = flowPeriodsSpec(series, '2024-09-30', { lang: 'es' })!;
  const layers = spec.layer as {
    data: { values: Record<string, unknown>[] };
    mark: { type: string };
    encoding: Record<string, { field?: string }>;
  }[];
  const line = layers[0]!;
  assert.deepEqual(
    line.data.values.filter((v) => v.moment === 'Pagado').map((v) => [v.date, v.value]),
    [
      ['2024-03-31', 50],
      ['2024-06-30', 150],
      ['2024-09-30', 230],
    ],
  );
  for (const ch of ['color', 'strokeDash', 'shape']) assert.equal(line.encoding[ch]!.field, 'moment', `${ch} encodes the moment`);
  assert.equal((line.encoding.y as { title?: string }).title, 'Millones de pesos');
  const color = line.encoding.color as unknown as { scale: { domain: string[]; range: string[] } };
  assert.deepEqual(color.scale, { domain: ['Modificado', 'Pagado'], range: ['#8250df', '#1a7f37'] }, 'each moment keeps its own colour');
  const custom = flowPeriodsSpec(series, undefined, { lang: 'es', momentColors: { modified: 'red', paid: 'blue' } })!;
  assert.deepEqual(((custom.layer as typeof layers)[0]!.encoding.color as unknown as { scale: { range: string[] } }).scale.range, [
    'red',
    'blue',
  ]);
  assert.deepEqual(
    layers.slice(1).map((l) => l.mark.type),
    ['rule', 'text'],
  );
  assert.equal(layers[2]!.data.values[0]!.label, 'Corte: 30 de septiembre de 2024');
  assert.match(String(spec.description), /Modificado, Pagado.*30 de septiembre de 2024/);
  const svg = await renderSvg(spec);
  assert.match(svg, /Corte: 30 de septiembre de 2024/);
  assert.match(svg, /aria-roledescription="line mark"|role="graphics-symbol"/);
});

test('flowPeriodsSpec: English, no cut-off, nothing to draw', () => {
  const spec = flowPeriodsSpec(series, undefined, { lang: 'en' })!;
  assert.equal((spec.layer as unknown[]).length, 1, 'no rule without a cut-off date');
  assert.equal(spec.description, 'Cumulative amounts of Modified, Paid by period.');
  assert.equal(flowPeriodsSpec(undefined, '2024-09-30', { lang: 'es' }), null);
});

test('valueScale: millions only from 1 million', () => {
  assert.deepEqual(valueScale(999_999, 'es'), { divisor: 1, title: 'Pesos' });
  assert.deepEqual(valueScale(1e6, 'en'), { divisor: 1e6, title: 'Millions of pesos' });
});

const items: BreakdownItem[] = Array.from({ length: 13 }, (_, i) => ({
  id: String(1000 * (i + 1)),
  name: i === 12 ? 'Capítulo 1000' : `Capítulo ${1000 * (i + 1)}`,
  amounts: i === 1 ? { modified: (i + 1) * 1e6 } : { modified: (i + 1) * 1e6, paid: (i + 1) * 0.5e6 },
}));

test('flowBreakdownSpec: top rows + other, base and latest moment, no bar for a missing amount', async () => {
  const group = breakdownGroup('chapter', items, SIX);
  assert.equal(progressMoment(group, SIX), 'paid');
  const spec = flowBreakdownSpec(group, SIX, { lang: 'es' })!;
  const values = (spec.data as { values: { key: string; row: string; moment: string; value: number | null; text: string }[] }).values;
  assert.equal(new Set(values.map((v) => v.key)).size, 11, 'ten rows + other');
  assert.deepEqual(
    (spec.params as { value: string[] }[])[0]!.value.slice(0, 2),
    ['Capítulo 1000', 'Capítulo 12000'],
    'order of the view; repeated names are kept apart by key',
  );
  const other = values.filter((v) => v.row === 'Otros (3)');
  assert.deepEqual(
    other.map((v) => [v.moment, v.value]),
    [
      ['Modificado', 6],
      ['Pagado', null],
    ],
    'other: 3+2+1 million; paid is partial (row 2000 lacks it) so no bar',
  );
  assert.equal(other[1]!.text, 'no reportado');
  assert.match(String(spec.description), /capítulo de gasto, ordenado por Modificado/);
  const svg = await renderSvg(spec);
  assert.match(svg, /Capítulo 12000/);
  assert.match(svg, /Otros \(3\)/);
});

test('flowBreakdownSpec: only approved (PEF) draws one moment; nothing to draw gives null', () => {
  const pef = breakdownGroup('unit', [{ id: 'a', name: 'A', amounts: { approved: 5 } }], SIX);
  const spec = flowBreakdownSpec(pef, SIX, { lang: 'en' })!;
  assert.equal((spec.layer as unknown[]).length, 1);
  assert.equal(flowBreakdownSpec(breakdownGroup('unit', [{ id: 'a', name: 'A', amounts: {} }], SIX), SIX, { lang: 'en' }), null);
  assert.equal(flowBreakdownSpec(undefined, SIX, { lang: 'en' }), null);
});
