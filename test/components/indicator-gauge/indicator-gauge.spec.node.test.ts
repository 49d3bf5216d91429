import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from 'vega-lite';
import { parse, View } from 'vega';
import { hasHistoryChart, indicatorHistorySpec } from '../../../src/components/indicator-gauge/indicator-gauge.spec.js';
import { indicatorView } from '../../../src/components/indicator-gauge/indicator-gauge.model.js';
import type { Indicator } from '../../../src/feed/types.js';

const ind = (over: Partial<Indicator> = {}): Indicator => ({
  id: '169710',
  name: 'Porcentaje de MAM',
  level: 'purpose',
  unit: 'Porcentaje',
  frequency: 'Anual',
  direction: 'ascending',
  ...over,
});

const history = [
  { year: 2019, value: 100 },
  { year: 2020, value: 100 },
  { year: 2021, value: 30 },
];

test('no chart for fewer than two years', () => {
  for (const h of [[], [{ year: 2021, value: 30 }]]) {
    const v = indicatorView(ind({ target: 100, history: h }));
    assert.equal(hasHistoryChart(v), false);
    assert.equal(indicatorHistorySpec(v, { lang: 'es' }), null);
  }
});

test('history line with the target marked (es)', () => {
  const spec = indicatorHistorySpec(indicatorView(ind({ target: 100, history })), { lang: 'es' })!;
  const layer = spec.layer as any[];
  assert.equal(layer.length, 3);
  assert.deepEqual(layer[0].data.values, [
    { year: '2019', value: 100 },
    { year: '2020', value: 100 },
    { year: '2021', value: 30 },
  ]);
  assert.equal(layer[0].mark.type, 'line');
  assert.equal(layer[0].encoding.x.title, 'Año');
  assert.equal(layer[0].encoding.y.title, 'Porcentaje');
  assert.equal(layer[1].mark.type, 'rule');
  assert.deepEqual(layer[1].data.values, [{ target: 100, label: 'Meta: 100' }]);
  assert.equal(layer[2].encoding.text.field, 'label');
  assert.equal(spec.description, 'Valores de años anteriores: 2019: 100; 2020: 100; 2021: 30. Meta: 100.');
  assert.equal((spec.config as any).aria, true);
});

test('English labels; no target layer without a target; theme config merged', () => {
  const spec = indicatorHistorySpec(indicatorView(ind({ history, unit: '' })), {
    lang: 'en',
    width: 300,
    config: { background: '#111' },
  })!;
  const layer = spec.layer as any[];
  assert.equal(layer.length, 1);
  assert.equal(layer[0].encoding.x.title, 'Year');
  assert.equal(layer[0].encoding.y.title, 'Value');
  assert.equal(spec.width, 300);
  assert.equal((spec.config as any).background, '#111');
  assert.equal((spec.config as any).aria, true);
  const t = indicatorHistorySpec(indicatorView(ind({ history, target: 1150.5 })), { lang: 'en' })!;
  assert.equal((t.layer as any[])[1].data.values[0].label, 'Target: 1,150.5');
});

test('the spec compiles with vega-lite and renders the points and the target rule in vega', async () => {
  const spec = indicatorHistorySpec(indicatorView(ind({ target: 100, history })), { lang: 'es', width: 300 })!;
  const vg = compile(spec as any).spec;
  const view = new View(parse(vg), { renderer: 'none' });
  await view.runAsync();
  const svg = await view.toSVG();
  view.finalize();
  // Three points (one per year), the target label, and no NaN anywhere.
  assert.equal((svg.match(/aria-roledescription="point"/g) ?? []).length, 3);
  assert.match(svg, /aria-label="Año: 2021; Porcentaje: 30"/);
  assert.match(svg, /aria-roledescription="rule mark"/);
  assert.match(svg, /aria-label="Meta: 100"/);
  assert.match(svg, />Meta: 100</);
  // The value axis keeps its own title (the target layer adds none).
  assert.match(svg, /Y-axis titled 'Porcentaje'/);
  assert.doesNotMatch(svg, /NaN|undefined/);
});
