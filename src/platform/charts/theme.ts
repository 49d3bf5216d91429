/**
 * Chart colours and locale from CSS: SVG attributes cannot read `var()`, so the computed
 * `--tp-*` tokens of the host (resolved through the platform's private `--_*` variables,
 * src/shared/styles.ts) are copied into a Vega-Lite `config`. The locale goes in the config
 * too (`config.locale`), never in Vega's global state.
 *
 * `readChartColors(el)` touches the DOM (getComputedStyle); `vegaLiteConfig(colors, lang)` is pure.
 */
import { defineMessages, getTranslation } from '../../i18n/registry.js';
import type { Lang } from '../../i18n/types.js';

export interface ChartColors {
  text: string;
  muted: string;
  background: string;
  border: string;
  accent: string;
  good: string;
  warn: string;
  bad: string;
  font: string;
  /** Budget moments: approved, modified, committed, accrued, exercised, paid, ministered. */
  moments: Record<string, string>;
}

const MOMENTS = ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid', 'ministered'] as const;

/** Light defaults (the same as styles.ts), used under Node and when a value is missing. */
export const DEFAULT_COLORS: ChartColors = {
  text: '#1f2328',
  muted: '#57606a',
  background: '#ffffff',
  border: '#c9d1d9',
  accent: '#0b5cad',
  good: '#1a7f37',
  warn: '#9a6700',
  bad: '#cf222e',
  font: 'system-ui, sans-serif',
  moments: {
    approved: '#6e7781',
    modified: '#8250df',
    committed: '#bf8700',
    accrued: '#0969da',
    exercised: '#1b7c83',
    paid: '#1a7f37',
    ministered: '#953800',
  },
};

/** Reads the resolved colours of a tp-* element (call after it is connected). */
export function readChartColors(el: Element): ChartColors {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  const d = DEFAULT_COLORS;
  return {
    text: v('--_text', d.text),
    muted: v('--_muted', d.muted),
    background: v('--_bg', d.background),
    border: v('--_border', d.border),
    accent: v('--_accent', d.accent),
    good: v('--_good', d.good),
    warn: v('--_warn', d.warn),
    bad: v('--_bad', d.bad),
    font: cs.fontFamily || d.font,
    moments: Object.fromEntries(MOMENTS.map((m) => [m, v(`--_${m}`, d.moments[m]!)])),
  };
}

/** d3 date patterns of the chart locale (`%c` and `%x`), per language; packs may override them as `chart.dateTime`… */
const chartMsg = defineMessages('chart', {
  es: { dateTime: '%A, %e de %B de %Y, %X', date: '%d/%m/%Y' },
  en: { dateTime: '%x, %X', date: '%-m/%-d/%Y' },
});

const calendarCache = new Map<string, { months: string[]; days: string[] }>();

/** Month and weekday names of an Intl locale (as formatDate writes them), January and Sunday first. */
function calendarNames(locale: string): { months: string[]; days: string[] } {
  let names = calendarCache.get(locale);
  if (!names) {
    const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const day = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    names = {
      months: Array.from({ length: 12 }, (_, i) => month.format(Date.UTC(2001, i, 1))),
      // 7 January 2001 was a Sunday.
      days: Array.from({ length: 7 }, (_, i) => day.format(Date.UTC(2001, 0, 7 + i))),
    };
    calendarCache.set(locale, names);
  }
  return names;
}

/** d3 number and time locales for `config.locale` (es-MX uses "." decimals and "," thousands, like en). */
export function vegaLocale(lang: Lang | null | undefined): { number: Record<string, unknown>; time: Record<string, unknown> } {
  const t = getTranslation(lang);
  const { months, days } = calendarNames(t.locale);
  return {
    number: { decimal: '.', thousands: ',', grouping: [3], currency: t.words.currency === 'code' ? ['MXN ', ''] : ['$', ''] },
    time: {
      dateTime: chartMsg(lang, 'dateTime'),
      date: chartMsg(lang, 'date'),
      time: '%H:%M:%S',
      periods: ['a. m.', 'p. m.'],
      days,
      shortDays: days.map((d) => d.slice(0, 3)),
      months,
      shortMonths: months.map((m) => m.slice(0, 3)),
    },
  };
}

/** A Vega-Lite `config` from the colours and the language. Pure. */
export function vegaLiteConfig(colors: ChartColors = DEFAULT_COLORS, lang: Lang | null | undefined = 'es'): Record<string, unknown> {
  const axis = {
    labelColor: colors.text,
    titleColor: colors.text,
    domainColor: colors.border,
    tickColor: colors.border,
    gridColor: colors.border,
    gridOpacity: 0.6,
    labelFont: colors.font,
    titleFont: colors.font,
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 'normal',
  };
  return {
    background: 'transparent',
    font: colors.font,
    aria: true,
    view: { stroke: null },
    axis,
    legend: { labelColor: colors.text, titleColor: colors.text, labelFont: colors.font, titleFont: colors.font, labelFontSize: 12 },
    title: { color: colors.text, font: colors.font, subtitleColor: colors.muted },
    header: { labelColor: colors.text, titleColor: colors.text },
    text: { color: colors.text, font: colors.font },
    mark: { color: colors.accent },
    bar: { color: colors.accent },
    line: { color: colors.accent },
    point: { color: colors.accent },
    rule: { color: colors.muted },
    range: {
      category: MOMENTS.map((m) => colors.moments[m]!),
      ordinal: MOMENTS.map((m) => colors.moments[m]!),
    },
    locale: vegaLocale(lang),
  };
}
