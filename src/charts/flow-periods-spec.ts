/**
 * Vega-Lite spec of a program's cumulative moments over the year (lines with points, one per
 * moment) with the data cut-off date marked by a labelled vertical rule. Pure: plain JSON, no DOM,
 * no Lit. Data are inline `values`. Moments differ by colour AND by dash and point shape, so the
 * chart does not rely on colour alone; the table alternative holds the same figures.
 */
import type { PeriodSeries } from '../feed/views/flow-view.js';
import { formatDate, formatMoney, parseIsoDate } from '../i18n/format.js';
import { flowMsg, momentLabel } from '../i18n/summaries/flow.js';
import type { Lang } from '../i18n/types.js';
import { DEFAULT_COLORS } from './theme.js';

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

const DASHES = [[1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [4, 4], [1, 3], [10, 2]];
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
  const description = cut
    ? flowMsg(lang, 'chartPeriods', names, formatDate(cut, lang))
    : flowMsg(lang, 'chartPeriodsNoDate', names);
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
