/**
 * Vega-Lite spec of an indicator's history: its values by year as a line with points, and the
 * annual target as a dashed rule labelled "Meta"/"Target". Pure: plain JSON, no DOM, no Lit.
 * Data are inline `values` (never a URL); the description is the plain-language history sentence.
 */
import type { IndicatorView } from './indicator-gauge.model.js';
import { formatNumber } from '../../i18n/format.js';
import { gaugeMsg, historySentence } from './indicator-gauge.messages.js';
import type { Lang } from '../../i18n/types.js';

export interface HistorySpecOptions {
  lang: Lang;
  /** Width in CSS pixels; "container" follows the element. */
  width?: number | 'container';
  height?: number;
  /** A Vega-Lite config (from charts/theme.ts) merged over the defaults. */
  config?: Record<string, unknown>;
}

/** True when there is a history worth a chart (two or more years). */
export function hasHistoryChart(v: Pick<IndicatorView, 'history'>): boolean {
  return v.history.length >= 2;
}

/** Builds the spec. Returns null when there is no history chart to draw (see hasHistoryChart). */
export function indicatorHistorySpec(v: IndicatorView, opts: HistorySpecOptions): Record<string, unknown> | null {
  if (!hasHistoryChart(v)) return null;
  const { lang } = opts;
  const yearTitle = gaugeMsg(lang, 'year');
  const valueTitle = v.unit || gaugeMsg(lang, 'value');
  const targetLabel = gaugeMsg(lang, 'target');
  const layers: Record<string, unknown>[] = [
    {
      data: { values: v.history.map((h) => ({ year: String(h.year), value: h.value })) },
      mark: { type: 'line', point: { filled: true, size: 50 }, strokeWidth: 2 },
      encoding: {
        x: { field: 'year', type: 'ordinal', title: yearTitle, axis: { labelAngle: 0 } },
        y: { field: 'value', type: 'quantitative', title: valueTitle, scale: { zero: true } },
        tooltip: [
          { field: 'year', type: 'ordinal', title: yearTitle },
          { field: 'value', type: 'quantitative', title: valueTitle, format: ',.4~f' },
        ],
      },
    },
  ];
  if (v.target !== undefined) {
    const target = { values: [{ target: v.target, label: `${targetLabel}: ${formatNumber(v.target, lang, 2)}` }] };
    layers.push(
      {
        data: target,
        mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 2 },
        // Same y title as the values: a different one would be merged into the axis title ("Porcentaje, Meta").
        encoding: {
          y: { field: 'target', type: 'quantitative', title: valueTitle },
          description: { field: 'label' },
        },
      },
      {
        data: target,
        mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -3, x: 'width', fontWeight: 'bold', aria: false },
        encoding: { y: { field: 'target', type: 'quantitative', title: valueTitle }, text: { field: 'label' } },
      },
    );
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: historySentence(v, lang),
    width: opts.width ?? 'container',
    height: opts.height ?? 140,
    autosize: { type: 'fit', contains: 'padding' },
    layer: layers,
    config: {
      aria: true,
      locale: { number: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] } },
      view: { stroke: null },
      ...(opts.config ?? {}),
    },
  };
}
