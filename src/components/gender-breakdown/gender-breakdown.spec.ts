/**
 * Vega-Lite spec for the cross-cutting annex calendar (the approved amount by month), with
 * every bar's amount written above it. Pure: plain JSON, no DOM, no Lit; data are inline values.
 *
 * The top-programs ranking and the populations are NOT charted with Vega: the component draws
 * them as Lit HTML bars with text labels, so the numbers are on screen before any chart code
 * arrives; the calendar (a time series of up to 12 bars) is where a chart earns its download.
 */
import type { CalendarRow } from './gender-breakdown.model.js';
import type { Moment } from '../../feed/types.js';
import { formatMoney } from '../../i18n/format.js';
import { calendarSummary, msg } from './gender-breakdown.messages.js';
import { getTranslation } from '../../i18n/registry.js';
import type { Lang } from '../../i18n/types.js';

export interface AnnexSpecOptions {
  lang: Lang;
  currency?: string;
  /** Width in CSS pixels; "container" follows the element. */
  width?: number | 'container';
  /** A Vega-Lite config (from charts/theme.ts) merged over the defaults. */
  config?: Record<string, unknown>;
}

/** "ene 2021" / "Jan 2021" for "2021-01"; other period forms as written. */
export function periodLabel(period: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  const month = new Intl.DateTimeFormat(getTranslation(lang).locale, { month: 'short', timeZone: 'UTC' }).format(d).replace('.', '');
  return `${month} ${m[1]}`;
}

/** True when the calendar has at least two periods. */
export function hasCalendarChart(v: { calendar: CalendarRow[] }): boolean {
  return v.calendar.length >= 2;
}

/**
 * The annex calendar as vertical bars, one per month in order, each with its amount written
 * above it. The description is the calendar sentence.
 */
export function annexCalendarSpec(
  v: { calendar: CalendarRow[]; calendarPartial: boolean; moment?: Moment },
  opts: AnnexSpecOptions & { height?: number },
): Record<string, unknown> | null {
  if (!hasCalendarChart(v)) return null;
  const { lang } = opts;
  const currency = opts.currency ?? 'MXN';
  const values = v.calendar.map((r) => ({
    period: r.period,
    label: periodLabel(r.period, lang),
    amount: r.amount,
    text: formatMoney(r.amount, lang, { currency, scale: 'short' }),
  }));
  const x = { field: 'label', type: 'ordinal', sort: null, title: msg(lang, 'chart.month'), axis: { labelAngle: -45 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: calendarSummary(v, lang, { currency }).join(' '),
    width: opts.width ?? 'container',
    height: opts.height ?? 160,
    autosize: { type: 'fit', contains: 'padding' },
    data: { values },
    encoding: { x },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y: {
            field: 'amount',
            type: 'quantitative',
            title: msg(lang, 'chart.millions'),
            axis: { labelExpr: "format(datum.value / 1000000, ',.0f')" },
          },
          tooltip: [
            { field: 'label', type: 'nominal', title: msg(lang, 'chart.month') },
            { field: 'text', type: 'nominal', title: msg(lang, 'chart.amount') },
          ],
        },
      },
      // Amounts written on the bars when each bar has room (about 64 px); otherwise the axis,
      // the tooltip, the sentence and the data table carry them.
      ...(typeof opts.width === 'number' && opts.width / values.length < 64
        ? []
        : [
            {
              mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 9, aria: false },
              encoding: { y: { field: 'amount', type: 'quantitative' }, text: { field: 'text' } },
            },
          ]),
    ],
    config: {
      aria: true,
      view: { stroke: null },
      ...(opts.config ?? {}),
    },
  };
}
