// Build-time Vega templates (src/platform/charts/vl-template.ts, scripts/precompile-charts.ts): every chart
// shape has a template, and filling it gives exactly what compiling the Vega-Lite spec gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { abstractSpec, fillTemplate, templateId } from '../../../src/platform/charts/vl-template.js';
import type { AbstractedSpec } from '../../../src/platform/charts/vl-template.js';
import { TEMPLATES } from '../../../src/platform/charts/vega-templates.js';
import { buildTemplates, chartSamples, compileTemplate, templatesModule } from '../../../scripts/precompile-charts.js';
import { DEFAULT_COLORS, vegaLiteConfig } from '../../../src/platform/charts/theme.js';

type Spec = Record<string, unknown>;

/** The original spec with its inline data moved to the same named datasets (Vega-Lite `datasets`). */
function withNamedData(spec: Spec, a: AbstractedSpec): Spec {
  const names = new Map(Object.entries(a.datasets).map(([n, v]) => [JSON.stringify(v), n]));
  const walk = (node: unknown, key: string): unknown => {
    if (Array.isArray(node)) return node.map((x) => walk(x, ''));
    if (node && typeof node === 'object') {
      const o = node as Spec;
      if (key === 'data' && Array.isArray(o.values)) {
        const { values, ...rest } = o;
        return { ...rest, name: names.get(JSON.stringify(values)) };
      }
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, k === 'config' ? v : walk(v, k)]));
    }
    return node;
  };
  return { ...(walk(spec, '') as Spec), datasets: a.datasets };
}

/** Vega-Lite's output as JSON (it leaves `undefined` properties, which Vega reads as absent). */
function reference(spec: Spec, a: AbstractedSpec): Spec {
  return JSON.parse(JSON.stringify(compileTemplate(withNamedData(spec, a)))) as Spec;
}

test('the committed templates are what the precompile step builds from the current spec builders', () => {
  const now = readFileSync('src/platform/charts/vega-templates.ts', 'utf8');
  assert.equal(now, templatesModule(buildTemplates()), 'run: node --import tsx scripts/precompile-charts.ts');
});

for (const vary of [1, 2, 3]) {
  test(`other texts, language, colours, data and width (variant ${vary}) find a template, and filling it equals compiling`, () => {
    for (const { name, spec } of chartSamples(vary)) {
      const a = abstractSpec(spec);
      const tpl = TEMPLATES[templateId(a.key)];
      assert.ok(tpl, `no template for ${name}`);
      const filled = fillTemplate(tpl, a);
      assert.deepStrictEqual(filled, reference(spec, a), name);
    }
  });
}

test('quotes and apostrophes in texts survive inside Vega expressions, as Vega-Lite writes them', () => {
  const spec = chartSamples(0).find((s) => s.name === 'flow periods, cut-off')!.spec;
  const swap = (text: string) => JSON.parse(JSON.stringify(spec).replaceAll('Periodo', JSON.stringify(text).slice(1, -1))) as Spec;
  const bad = swap('Año "fiscal" \'x\' ${y}');
  const a = abstractSpec(bad);
  assert.equal(a.key, abstractSpec(spec).key, 'texts do not change the shape');
  const filled = fillTemplate(TEMPLATES[templateId(a.key)]!, a);
  assert.deepStrictEqual(filled, reference(bad, a));
});

test('a backslash or line separator in a text stays a character of the string literal in an expression', () => {
  const spec = chartSamples(0).find((s) => s.name === 'flow periods, cut-off')!.spec;
  const text = 'C:\\ruta \u2028 "x"';
  const bad = JSON.parse(JSON.stringify(spec).replaceAll('Periodo', JSON.stringify(text).slice(1, -1))) as Spec;
  const a = abstractSpec(bad);
  const filled = JSON.stringify(fillTemplate(TEMPLATES[templateId(a.key)]!, a));
  // Inside a signal the text is a JSON string literal: decoding it gives the text back.
  const literal = JSON.stringify(text).slice(1, -1).replace('\u2028', '\\u2028');
  assert.ok(JSON.parse(filled).marks.some((m: Spec) => JSON.stringify(m).includes(JSON.stringify(literal).slice(1, -1))));
});

test('a theme that gives two tokens the same colour keeps the shape', () => {
  const spec = chartSamples(0)[0]!.spec;
  const same = { ...DEFAULT_COLORS, muted: DEFAULT_COLORS.text, border: DEFAULT_COLORS.text };
  const themed = { ...spec, config: { ...(spec.config as Spec), ...vegaLiteConfig(same, 'es') } };
  assert.equal(abstractSpec(themed).key, abstractSpec(spec).key);
});

test('a template of another shape is refused, not half-filled', () => {
  const [periods, noCut] = chartSamples(0);
  const a = abstractSpec(periods!.spec);
  const b = abstractSpec(noCut!.spec);
  assert.notEqual(a.key, b.key);
  const other = chartSamples(0).find((s) => s.name.startsWith('annex calendar'))!;
  const c = abstractSpec(other.spec);
  assert.throws(() => fillTemplate(TEMPLATES[templateId(c.key)]!, { ...b, strings: [], slots: [] }), /does not match/);
});

test('inline data become named datasets (equal data shared), width a slot, texts tokens', () => {
  const spec: Spec = {
    width: 300,
    description: 'Hola',
    data: { values: [{ a: 1 }] },
    layer: [
      { data: { values: [{ b: 2 }] }, mark: 'rule' },
      { data: { values: [{ b: 2 }] }, mark: 'text' },
    ],
    params: [{ name: 'names', value: ['x', 'y'] }],
  };
  const a = abstractSpec(spec);
  assert.equal(a.width, 300);
  assert.deepEqual(a.strings, ['Hola']);
  assert.deepEqual(a.slots, [['x', 'y']]);
  assert.deepEqual(Object.values(a.datasets), [[{ a: 1 }], [{ b: 2 }]]);
  const layers = a.spec.layer as Spec[];
  assert.deepEqual(layers[0]!.data, layers[1]!.data);
  assert.equal(abstractSpec({ ...spec, width: 640, description: 'Adiós' }).key, a.key);
  assert.notEqual(abstractSpec({ ...spec, height: 99 }).key, a.key);
});
