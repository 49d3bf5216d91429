/**
 * Vega-Lite spec for the whole-feed annex view: the programs with the largest tagged amounts,
 * plus "other", as horizontal bars, each with its amount written at the end of the bar (text
 * carries the meaning, not colour). Pure: plain JSON, no DOM, no Lit; data are inline values.
 *
 * Populations are not charted here: the component draws them as Lit SVG/HTML bars so the
 * numbers are on screen before any chart code arrives.
 */
import type { FeedAnnexView } from '../feed/views/cross-cutting-view.js';
import { formatMoney, formatPercent } from '../i18n/format.js';
import { feedAnnexSummary, msg } from '../i18n/summaries/cross-cutting.js';
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
