/**
 * Vega-Lite spec of a flow breakdown (by chapter, unit, entity, item or program): one row per
 * item in the view's order (top 10 + "other"), a wide pale bar for the sort moment (modified or
 * approved) and a narrow solid bar for the latest moment the rows report. The two bars differ in
 * width and fill as well as colour. A moment a row does not report gets no bar (never a 0 bar) and
 * its tooltip says "no reportado". Pure: plain JSON, no DOM, no Lit.
 */
import type { BreakdownGroup } from '../feed/views/flow-view.js';
import { reportedAmount } from '../feed/views/flow-view.js';
import { formatMoney } from '../i18n/format.js';
import { breakdownLabel, flowMsg, momentLabel } from '../i18n/summaries/flow.js';
import { translate } from '../i18n/registry.js';
import { momentRange, valueScale } from './flow-periods-spec.js';
import type { FlowChartOptions } from './flow-periods-spec.js';

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
  const max = Math.max(
    ...rows.flatMap((r) => chartMoments.map((m) => Math.abs(reportedAmount(r.amounts, m) ?? 0))),
  );
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

const BASE_CONFIG = {
  aria: true,
  locale: { number: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] } },
  view: { stroke: null },
};
