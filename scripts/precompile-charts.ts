// Compiles every chart shape of the library from Vega-Lite to Vega at BUILD time, so the chart
// chunk readers download holds Vega only (src/platform/charts/vl-template.ts explains the method).
//
//   node --import tsx scripts/precompile-charts.ts          writes src/platform/charts/vega-templates.ts
//   node --import tsx scripts/precompile-charts.ts --check  exits 1 when that file is stale
//
// `chartSamples()` builds, with the real spec builders, one spec per SHAPE each widget can draw
// (texts, colours, data and widths do not change the shape; optional layers and heights do).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { abstractSpec, templateId } from '../src/platform/charts/vl-template.js';
import { flowPeriodsSpec } from '../src/components/spending-flow/spending-flow.spec.js';
import { flowBreakdownSpec } from '../src/components/spending-flow/spending-flow.spec.js';
import { indicatorHistorySpec } from '../src/components/indicator-gauge/indicator-gauge.spec.js';
import { annexCalendarSpec } from '../src/components/gender-breakdown/gender-breakdown.spec.js';
import { DEFAULT_COLORS, vegaLiteConfig } from '../src/platform/charts/theme.js';
import type { PeriodSeries } from '../src/components/spending-flow/spending-flow.model.js';
import type { BreakdownGroup } from '../src/components/spending-flow/spending-flow.model.js';
import type { IndicatorView } from '../src/components/indicator-gauge/indicator-gauge.model.js';

const OUT = 'src/platform/charts/vega-templates.ts';

type Spec = Record<string, unknown>;

/** The spec as ChartController hands it to vega-render (always with a description). */
function full(spec: Spec | null, description = 'x'): Spec {
  if (!spec) throw new Error('sample produced no spec');
  return { ...spec, description: typeof spec.description === 'string' && spec.description ? spec.description : description };
}

/** One sample spec per chart shape. `vary` changes texts/colours/data (tests use it); shapes stay. */
export function chartSamples(vary = 0): { name: string; spec: Spec }[] {
  const lang = vary % 2 ? 'en' : 'es';
  const colors = vary ? { ...DEFAULT_COLORS, text: '#010203', font: `"Fira" , 'x"y'` } : DEFAULT_COLORS;
  const config = vegaLiteConfig(colors, lang);
  const width = 320 + vary * 37;
  const points: PeriodSeries['points'] = [
    { date: '2024-03-31', period: '2024-Q1', moment: 'approved', value: 1.2e8 + vary },
    { date: '2024-03-31', period: '2024-Q1', moment: 'paid', value: 3.4e7 },
    { date: '2024-06-30', period: '2024-Q2', moment: 'paid', value: 6.1e7 },
  ] as PeriodSeries['points'];
  const series = { points, periods: ['2024-Q1', '2024-Q2'], moments: ['approved', 'paid'], gaps: [] } as unknown as PeriodSeries;
  const flowOpts = { lang, width, config, momentColors: colors.moments, currency: 'MXN' } as const;
  const rows = [
    { id: 'a', name: vary ? 'Educación "básica"' : 'Salud', amounts: { modified: 500 + vary, paid: 120 } },
    { id: 'b', name: 'Seguridad \\ pública', amounts: { modified: 300 } },
  ];
  const group = (progress: boolean): BreakdownGroup =>
    ({
      by: 'chapter',
      sortMoment: 'modified',
      rows: progress ? rows : rows.map((r) => ({ ...r, amounts: { modified: r.amounts.modified } })),
      top: progress ? rows : rows.map((r) => ({ ...r, amounts: { modified: r.amounts.modified } })),
    }) as unknown as BreakdownGroup;
  const indicator = (target: boolean) =>
    ({
      id: 'i1',
      name: 'Cobertura',
      unit: vary ? 'Porcentaje "real"' : 'Porcentaje',
      history: [
        { year: 2021, value: 30 + vary },
        { year: 2022, value: 45 },
      ],
      ...(target ? { target: 100 } : {}),
      status: 'measured',
      thresholds: {},
      direction: 'ascending',
      level: 'fin',
      kind: 'strategic',
      frequency: 'annual',
    }) as unknown as IndicatorView;
  const calendar = Array.from({ length: 12 }, (_, i) => ({
    period: `2021-${String(i + 1).padStart(2, '0')}`,
    cents: (i + 1) * 100000000 + vary,
    amount: (i + 1) * 1000000 + vary / 100,
  }));
  const cal = { calendar, calendarPartial: false, moment: 'approved' as const };
  const out: { name: string; spec: Spec }[] = [
    { name: 'flow periods, cut-off', spec: full(flowPeriodsSpec(series, '2024-05-15', flowOpts)) },
    { name: 'flow periods, no cut-off', spec: full(flowPeriodsSpec(series, undefined, flowOpts)) },
    { name: 'flow breakdown, progress', spec: full(flowBreakdownSpec(group(true), ['approved', 'modified', 'paid'], flowOpts)) },
    { name: 'flow breakdown, sort moment only', spec: full(flowBreakdownSpec(group(false), ['approved', 'modified', 'paid'], flowOpts)) },
  ];
  for (const height of [120, 140, 180]) {
    for (const target of [true, false]) {
      out.push({
        name: `indicator history, height ${height}, ${target ? 'target' : 'no target'}`,
        spec: full(indicatorHistorySpec(indicator(target), { lang, width, config, height })),
      });
    }
  }
  out.push(
    { name: 'annex calendar, amounts on bars', spec: full(annexCalendarSpec(cal, { lang, width: 900, config })) },
    { name: 'annex calendar, narrow', spec: full(annexCalendarSpec(cal, { lang, width: 300, config })) },
  );
  return out;
}

/** Vega-Lite → Vega, as vega-embed did at run time (no extra config: the spec carries it). */
export function compileTemplate(spec: Spec): Spec {
  return compile(spec as unknown as TopLevelSpec).spec as unknown as Spec;
}

export function buildTemplates(): Record<string, Spec> {
  const templates: Record<string, Spec> = {};
  for (const { spec } of chartSamples()) {
    const a = abstractSpec(spec);
    templates[templateId(a.key)] = compileTemplate(a.spec);
  }
  return templates;
}

export function templatesModule(templates: Record<string, Spec>): string {
  return `// GENERATED by scripts/precompile-charts.ts from the Vega-Lite spec builders: do not edit.
// Vega specs with run-time tokens, one per chart shape (src/platform/charts/vl-template.ts).
export const TEMPLATES: Record<string, Record<string, unknown>> = ${JSON.stringify(templates).replace(
    /[\uE000-\uE002]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )};
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = templatesModule(buildTemplates());
  if (process.argv.includes('--check')) {
    const now = readFileSync(OUT, 'utf8');
    if (now !== text) {
      console.error(`${OUT} is stale: run node --import tsx scripts/precompile-charts.ts`);
      process.exit(1);
    }
    console.log(`${OUT} is up to date`);
  } else {
    writeFileSync(OUT, text);
    console.log(
      `wrote ${OUT} (${Object.keys(JSON.parse(text.slice(text.indexOf('= ') + 2, text.lastIndexOf(';')))).length} templates, ${text.length} bytes)`,
    );
  }
}
