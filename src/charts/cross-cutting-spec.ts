/**
 * Vega-Lite spec for the whole-feed annex view: the programs with the largest tagged amounts,
 * plus "other", as horizontal bars, each with its amount written at the end of the bar (text
 * carries the meaning, not colour). Pure: plain JSON, no DOM, no Lit; data are inline values.
 *
 * Populations are not charted here: the component draws them as Lit SVG/HTML bars so the
 * numbers are on screen before any chart code arrives.
 */
import type { CalendarRow, FeedAnnexView } from '../feed/views/cross-cutting-view.js';
import type { Moment } from '../feed/types.js';
import { formatMoney, formatPercent } from '../i18n/format.js';
import { calendarSummary, feedAnnexSummary, momentWord, msg } from '../i18n/summaries/cross-cutting.js';
import { getTranslation, resolveLang } from '../i18n/registry.js';
import type { Lang } from '../i18n/types.js';

export interface AnnexSpecOptions {
  lang: Lang;
  currency?: string;
  /** Width in CSS pixels; "container" follows the element. */
  width?: number | 'container';
  /** A Vega-Lite config (from charts/theme.ts) merged over the defaults. */
  config?: Record<string, unknown>;
}

export interface AnnexBarDatum {
  /** Row label shown on the axis: the program key, or "Otros N programas". */
  label: string;
  name: string;
  amount: number;
  /** Formatted amount and share, written next to the bar. */
  text: string;
  other: boolean;
}

/** The rows the chart draws, largest first, "other" last. */
export function annexBarData(v: FeedAnnexView, lang: Lang, currency = 'MXN'): AnnexBarDatum[] {
  const text = (amount: number, share?: number) =>
    share !== undefined ? `${formatMoney(amount, lang, { currency })} · ${formatPercent(share, lang)}` : formatMoney(amount, lang, { currency });
  const rows: AnnexBarDatum[] = v.top.map((r) => ({ label: r.key, name: r.name, amount: r.amount, text: text(r.amount, r.share), other: false }));
  if (v.other) {
    const label = msg(lang, 'otherPrograms', v.other.count);
    rows.push({ label, name: label, amount: v.other.amount, text: text(v.other.amount, v.other.share), other: true });
  }
  return rows;
}

/** True when a chart adds something: at least two bars. */
export function hasAnnexChart(v: FeedAnnexView): boolean {
  return v.top.length + (v.other ? 1 : 0) >= 2;
}

export function annexTopSpec(v: FeedAnnexView, opts: AnnexSpecOptions): Record<string, unknown> | null {
  if (!hasAnnexChart(v)) return null;
  const { lang } = opts;
  const values = annexBarData(v, lang, opts.currency);
  const en = lang === 'en';
  const amountTitle = en ? 'Tagged amount (pesos)' : 'Monto etiquetado (pesos)';
  const programTitle = en ? 'Program' : 'Programa';
  const y = { field: 'label', type: 'nominal', sort: null, title: programTitle, axis: { labelLimit: 160 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: feedAnnexSummary(v, lang, { currency: opts.currency }).join(' '),
    width: opts.width ?? 'container',
    height: { step: 22 },
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 2 },
        encoding: {
          x: { field: 'amount', type: 'quantitative', title: amountTitle, axis: { format: '~s', grid: false } },
          // "Other" is also told apart by its label and a lighter fill; never by colour alone.
          opacity: { condition: { test: 'datum.other', value: 0.5 }, value: 1 },
          tooltip: [
            { field: 'label', type: 'nominal', title: programTitle },
            { field: 'name', type: 'nominal', title: en ? 'Name' : 'Nombre' },
            { field: 'text', type: 'nominal', title: amountTitle },
          ],
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, aria: false },
        encoding: { x: { field: 'amount', type: 'quantitative' }, text: { field: 'text' } },
      },
    ],
    config: {
      aria: true,
      view: { stroke: null },
      ...(opts.config ?? {}),
    },
  };
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
  const en = resolveLang(lang) === 'en';
  const currency = opts.currency ?? 'MXN';
  const values = v.calendar.map((r) => ({
    period: r.period,
    label: periodLabel(r.period, lang),
    amount: r.amount,
    text: formatMoney(r.amount, lang, { currency, scale: 'short' }),
  }));
  const mw = v.moment ? ` (${momentWord(v.moment, lang)})` : '';
  const x = { field: 'label', type: 'ordinal', sort: null, title: en ? 'Month' : 'Mes', axis: { labelAngle: -45 } };
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
          y: { field: 'amount', type: 'quantitative', title: `Pesos${mw}`, axis: { format: '~s' } },
          tooltip: [
            { field: 'label', type: 'nominal', title: en ? 'Month' : 'Mes' },
            { field: 'text', type: 'nominal', title: en ? 'Amount' : 'Monto' },
          ],
        },
      },
      {
        mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 9, aria: false },
        encoding: { y: { field: 'amount', type: 'quantitative' }, text: { field: 'text' } },
      },
    ],
    config: {
      aria: true,
      view: { stroke: null },
      ...(opts.config ?? {}),
    },
  };
}
