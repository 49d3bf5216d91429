/**
 * Vega-Lite spec of a program's cumulative moments over the year (lines with points, one per
 * moment) with the data cut-off date marked by a labelled vertical rule. Pure: plain JSON, no DOM,
 * no Lit. Data are inline `values`. Moments differ by colour AND by dash and point shape, so the
 * chart does not rely on colour alone; the table alternative holds the same figures.
 */
import type { PeriodSeries, BreakdownGroup } from './spending-flow.model.js';
import { formatDate, formatMoney, parseIsoDate } from '../../i18n/format.js';
import { flowMsg, momentLabel, breakdownLabel } from './spending-flow.messages.js';
import type { Lang } from '../../i18n/types.js';
import { DEFAULT_COLORS } from '../../platform/charts/theme.js';
import { reportedAmount } from './spending-flow.model.js';
import { translate } from '../../i18n/registry.js';

export interface FlowChartOptions {
  lang: Lang;
  currency?: string;
  /** Width in CSS pixels; "container" follows the element. */
  width?: number | 'container';
  height?: number;
  /** A Vega-Lite config (from charts/theme.ts) merged over the defaults. */
  config?: Record<string, unknown>;
  /** Colour per moment (charts/theme.ts `readChartColors(el).moments`); defaults to DEFAULT_COLORS. */
  momentColors?: Record<string, string>;
}

/** The colour of each moment in `moments`, so a moment keeps its colour whatever else is drawn. */
export function momentRange(moments: readonly string[], colors: Record<string, string> = DEFAULT_COLORS.moments): string[] {
  const spare = ['#6e7781', '#57606a', '#8c959f'];
  return moments.map((m, i) => colors[m] ?? spare[i % spare.length]!);
}

const DASHES = [
  [1, 0],
  [6, 3],
  [2, 2],
  [8, 3, 2, 3],
  [4, 4],
  [1, 3],
  [10, 2],
];
const SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'cross', 'triangle-down', 'wedge'];

/** Amounts ≥ 1 million are drawn in millions of pesos so the axis stays readable. */
export function valueScale(max: number, lang: Lang): { divisor: number; title: string } {
  return Math.abs(max) >= 1e6 ? { divisor: 1e6, title: flowMsg(lang, 'millions') } : { divisor: 1, title: flowMsg(lang, 'pesos') };
}

const BASE_CONFIG = {
  aria: true,
  locale: { number: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] } },
  view: { stroke: null },
};

/** Builds the spec; null when the series is missing or has no point. */
export function flowPeriodsSpec(
  series: PeriodSeries | undefined,
  asOf: string | undefined,
  opts: FlowChartOptions,
): Record<string, unknown> | null {
  if (!series?.points.length) return null;
  const { lang } = opts;
  const money = opts.currency ? { currency: opts.currency } : {};
  const max = Math.max(...series.points.map((p) => Math.abs(p.value)));
  const { divisor, title } = valueScale(max, lang);
  const labels = series.moments.map((m) => momentLabel(m, lang));
  const values = series.points.map((p) => ({
    date: p.date,
    period: p.period,
    moment: momentLabel(p.moment, lang),
    value: p.value / divisor,
    text: formatMoney(p.value, lang, money),
  }));
  const momentField = { field: 'moment', type: 'nominal', title: flowMsg(lang, 'moment'), scale: { domain: labels } };
  const layers: Record<string, unknown>[] = [
    {
      data: { values },
      mark: { type: 'line', point: { filled: true, size: 60 }, strokeWidth: 2 },
      encoding: {
        x: { field: 'date', type: 'temporal', title: flowMsg(lang, 'period'), axis: { format: '%m/%Y', labelAngle: 0 } },
        y: { field: 'value', type: 'quantitative', title, scale: { zero: true }, axis: { format: ',.4~f' } },
        color: { ...momentField, scale: { domain: labels, range: momentRange(series.moments, opts.momentColors) } },
        strokeDash: { ...momentField, scale: { domain: labels, range: DASHES.slice(0, labels.length) } },
        shape: { ...momentField, scale: { domain: labels, range: SHAPES.slice(0, labels.length) } },
        tooltip: [
          { field: 'period', type: 'nominal', title: flowMsg(lang, 'period') },
          { field: 'moment', type: 'nominal', title: flowMsg(lang, 'moment') },
          { field: 'text', type: 'nominal', title: flowMsg(lang, 'amount') },
        ],
      },
    },
  ];
  const cut = asOf && parseIsoDate(asOf) ? asOf.slice(0, 10) : undefined;
  if (cut) {
    const label = flowMsg(lang, 'cutoff', formatDate(cut, lang));
    const data = { values: [{ date: cut, label }] };
    layers.push(
      {
        data,
        mark: { type: 'rule', strokeDash: [4, 4], strokeWidth: 1.5 },
        encoding: { x: { field: 'date', type: 'temporal' } },
      },
      {
        data,
        mark: { type: 'text', align: 'right', baseline: 'top', dx: -4, y: 0, fontWeight: 'bold' },
        encoding: { x: { field: 'date', type: 'temporal' }, text: { field: 'label' } },
      },
    );
  }
  const names = labels.join(', ');
  const description = cut ? flowMsg(lang, 'chartPeriods', names, formatDate(cut, lang)) : flowMsg(lang, 'chartPeriodsNoDate', names);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description,
    width: opts.width ?? 'container',
    height: opts.height ?? 200,
    autosize: { type: 'fit', contains: 'padding' },
    layer: layers,
    config: { ...BASE_CONFIG, legend: { orient: 'bottom', direction: 'horizontal' }, ...(opts.config ?? {}) },
  };
}

// ---------------------------------------------------------------------------
/**
 * Vega-Lite spec of a flow breakdown (by chapter, unit, entity, item or program): one row per
 * item in the view's order (top 10 + "other"), a wide pale bar for the sort moment (modified or
 * approved) and a narrow solid bar for the latest moment the rows report. The two bars differ in
 * width and fill as well as colour. A moment a row does not report gets no bar (never a 0 bar) and
 * its tooltip says "no reportado". Pure: plain JSON, no DOM, no Lit.
 */

/** The deepest moment (in feed order, after the sort moment) that some shown row reports; undefined if none. */
export function progressMoment(group: BreakdownGroup, moments: readonly string[]): string | undefined {
  const start = moments.indexOf(group.sortMoment);
  const shown = [...group.top.map((r) => r.amounts), ...(group.other ? [group.other.amounts] : [])];
  for (let i = moments.length - 1; i > start; i--) {
    const m = moments[i]!;
    if (m === 'approved' || m === 'modified') continue;
    if (shown.some((a) => reportedAmount(a, m) !== undefined)) return m;
  }
  return undefined;
}

/** Builds the spec; null when no shown row reports the sort moment. */
export function flowBreakdownSpec(
  group: BreakdownGroup | undefined,
  moments: readonly string[],
  opts: FlowChartOptions,
): Record<string, unknown> | null {
  if (!group?.top.length) return null;
  const { lang } = opts;
  const money = opts.currency ? { currency: opts.currency } : {};
  const rows = group.top.map((r) => ({ id: r.id, name: r.name, amounts: r.amounts }));
  if (group.other) rows.push({ id: '', name: flowMsg(lang, 'other', group.other.count), amounts: group.other.amounts });
  if (!rows.some((r) => reportedAmount(r.amounts, group.sortMoment) !== undefined)) return null;
  const progress = progressMoment(group, moments);
  const chartMoments = progress ? [group.sortMoment, progress] : [group.sortMoment];
  const labels = chartMoments.map((m) => momentLabel(m, lang));
  const max = Math.max(...rows.flatMap((r) => chartMoments.map((m) => Math.abs(reportedAmount(r.amounts, m) ?? 0))));
  const { divisor, title } = valueScale(max, lang);
  const notReported = translate(lang, 'notReported');
  const values = rows.flatMap((r, order) =>
    chartMoments.map((m, k) => {
      const v = reportedAmount(r.amounts, m);
      return {
        order,
        row: r.name,
        // Rows are keyed by position (names may repeat); the axis shows the name (see rowNames).
        key: String(order),
        moment: labels[k],
        layer: k,
        value: v === undefined ? null : v / divisor,
        text: v === undefined ? notReported : formatMoney(v, lang, money),
      };
    }),
  );
  const y = {
    field: 'key',
    type: 'ordinal',
    sort: null,
    title: null,
    axis: { labelExpr: 'rowNames[toNumber(datum.value)]', labelLimit: 180 },
  };
  const momentField = {
    field: 'moment',
    type: 'nominal',
    title: flowMsg(lang, 'moment'),
    scale: { domain: labels, range: momentRange(chartMoments, opts.momentColors) },
  };
  const encoding = (k: number) => ({
    y,
    x: { field: 'value', type: 'quantitative', title, axis: { format: ',.4~f' } },
    color: momentField,
    opacity: { value: k === 0 ? 0.4 : 1 },
    tooltip: [
      { field: 'row', type: 'nominal', title: flowMsg(lang, 'name') },
      { field: 'moment', type: 'nominal', title: flowMsg(lang, 'moment') },
      { field: 'text', type: 'nominal', title: flowMsg(lang, 'amount') },
    ],
  });
  const layers = chartMoments.map((_, k) => ({
    transform: [{ filter: `datum.layer === ${k} && datum.value !== null` }],
    mark: { type: 'bar', height: { band: k === 0 ? 0.8 : 0.4 }, ...(k === 0 ? { stroke: 'currentColor', strokeWidth: 0.5 } : {}) },
    encoding: encoding(k),
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: flowMsg(lang, 'chartBreakdown', breakdownLabel(group.by, lang), momentLabel(group.sortMoment, lang)),
    width: opts.width ?? 'container',
    height: { step: 26 },
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    params: [{ name: 'rowNames', value: rows.map((r) => r.name) }],
    layer: layers,
    config: { ...BASE_CONFIG, legend: { orient: 'bottom', direction: 'horizontal' }, ...(opts.config ?? {}) },
  };
}
