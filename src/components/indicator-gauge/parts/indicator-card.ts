/**
 * Lit views of one indicator: the gauge (role="meter" with aria-valuenow/min/max/valuetext when
 * there is a percentage; role="img" with a sentence otherwise), the traffic light in words with an
 * icon, and the facts (target with numerator/denominator, result, baseline and year, unit,
 * frequency, direction, thresholds, method). The history chart container stays empty: the
 * element's ChartController fills it (Vega owns its children).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { IndicatorView } from '../indicator-gauge.model.js';
import { formatNumber } from '../../../i18n/format.js';
import {
  baselineText,
  directionLabel,
  fraction,
  gaugeCaption,
  gaugeMsg,
  gaugeValueText,
  historySentence,
  indicatorSentence,
  lightLabel,
  thresholdsSentence,
} from '../indicator-gauge.messages.js';
import { translate } from '../../../i18n/registry.js';
import type { Lang } from '../../../i18n/types.js';
import { glossaryTerm } from '../../../platform/parts/glossary-term.js';
import { hasHistoryChart } from '../indicator-gauge.spec.js';
import { gaugeArc, lightIcon } from './gauge-svg.js';
import { whenOpen } from '../../../platform/parts/when-open.js';

const num = (v: number, lang: Lang) => formatNumber(v, lang, 2);

/** A DOM id fragment from an indicator id (ids are digits in SHCP data, but feeds may differ). */
export const idPart = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');

/** The big number and caption inside the dial. */
function readout(v: IndicatorView, lang: Lang): TemplateResult {
  if (v.status === 'measured') {
    const p = formatNumber(v.meter!.now, lang, 1);
    return html`<span class="big">${gaugeMsg(lang, 'pctValue', p)}</span><span class="small">${gaugeMsg(lang, 'percentOfTarget')}</span>`;
  }
  if (v.status === 'no-result' || v.status === 'no-data') {
    return html`<span class="small pending">${gaugeCaption(v, lang)}</span>`;
  }
  return html`<span class="big">${num(v.result!.value, lang)}</span><span class="small">${gaugeCaption(v, lang)}</span>`;
}

/** The dial: a meter when there is a percentage, an image with a sentence otherwise. */
export function gaugeDial(v: IndicatorView, lang: Lang, labelId: string): TemplateResult {
  const inner = html`${gaugeArc(v)}<span class="readout" aria-hidden="true">${readout(v, lang)}</span>`;
  if (v.status === 'measured' && v.meter) {
    return html`<div
      class="dial"
      part="value gauge"
      role="meter"
      aria-labelledby=${labelId}
      aria-valuenow=${String(v.meter.now)}
      aria-valuemin=${String(v.meter.min)}
      aria-valuemax=${String(v.meter.max)}
      aria-valuetext=${gaugeValueText(v, lang)}
    >
      ${inner}
    </div>`;
  }
  return html`<div class="dial" part="value gauge" role="img" aria-label=${indicatorSentence(v, lang)}>${inner}</div>`;
}

/** The traffic light in words, with an icon of a distinct shape; or the missing-result words. */
export function lightBadge(v: IndicatorView, lang: Lang): TemplateResult {
  if (v.light) {
    return html`<p class="light" data-light=${v.light}>${lightIcon(v.light)}<span>${gaugeMsg(lang, 'lightBadge', lightLabel(v.light, lang))}</span></p>`;
  }
  return html`<p class="light pending" data-light="none"><span>${gaugeCaption(v, lang)}</span></p>`;
}

function fact(label: unknown, value: unknown): TemplateResult {
  return html`<dt>${label}</dt><dd>${value}</dd>`;
}

function targetText(v: IndicatorView, lang: Lang, nr: string): string {
  const frac = fraction(v, lang);
  return v.target !== undefined ? `${num(v.target, lang)}${frac ? ` (${frac})` : ''}` : nr;
}

function resultLabel(v: IndicatorView, lang: Lang): string {
  return v.result?.source === 'history'
    ? `${gaugeMsg(lang, 'lastValue')}${v.result.year !== undefined ? ` (${v.result.year})` : ''}`
    : gaugeMsg(lang, 'achieved');
}

/** "Meta: 100 (32 de 32) · Último valor reportado (2021): 30". */
export function briefLine(v: IndicatorView, lang: Lang): string {
  const nr = translate(lang, 'notReported');
  const target = `${gaugeMsg(lang, 'target')}: ${targetText(v, lang, nr)}`;
  return v.result ? `${target} · ${resultLabel(v, lang)}: ${num(v.result.value, lang)}` : target;
}

/** The facts list of an indicator. */
export function indicatorFacts(v: IndicatorView, lang: Lang): TemplateResult {
  const m = (k: Parameters<typeof gaugeMsg>[1]) => gaugeMsg(lang, k);
  const nr = translate(lang, 'notReported');
  const result = v.result ? num(v.result.value, lang) : m('noResult');
  return html`<dl class="facts">
    ${fact(glossaryTerm('target', lang), targetText(v, lang, nr))}
    ${fact(resultLabel(v, lang), result)}
    ${fact(glossaryTerm('baseline', lang), v.baseline ? baselineText(v, lang) : nr)}
    ${fact(m('unit'), v.unit || nr)}
    ${fact(m('frequency'), v.frequency || nr)}
    ${fact(m('direction'), directionLabel(v.direction, lang))}
    ${v.dimension ? fact(m('dimension'), m(`dimension.${v.dimension}`)) : nothing}
    ${fact(glossaryTerm('traffic-light', lang), thresholdsSentence(v.thresholds, v.direction, lang))}
    ${v.method ? fact(m('method'), v.method) : nothing}
    ${v.numerator !== undefined ? fact(m('numerator'), num(v.numerator, lang)) : nothing}
    ${v.denominator !== undefined ? fact(m('denominator'), num(v.denominator, lang)) : nothing}
  </dl>`;
}

/** Where the history chart goes, with its sentence; null-safe when there is no history. */
export function historyBlock(v: IndicatorView, lang: Lang, opts: { open: boolean }): TemplateResult | typeof nothing {
  if (v.history.length === 0) return nothing;
  const chart = hasHistoryChart(v) ? html`<div part="chart" class="history chart" data-chart=${idPart(v.id)}></div>` : nothing;
  const body = html`${chart}<p class="sentence">${historySentence(v, lang)}</p>`;
  if (opts.open) return html`<div class="history-block">${body}</div>`;
  const first = v.history[0]!.year;
  const last = v.history[v.history.length - 1]!.year;
  return html`<details class="tp-disclosure history-block">
    <summary>${gaugeMsg(lang, 'history')} (${first === last ? first : `${first}–${last}`})</summary>
    ${body}
  </details>`;
}

/** One indicator in the program list. `domId` is unique in the shadow root (feeds may repeat an indicator id). */
export function indicatorCard(v: IndicatorView, lang: Lang, domId: string): TemplateResult {
  const nameId = `${domId}-name`;
  return html`<li class="indicator" data-indicator=${v.id} data-level=${v.level} data-kind=${v.kind}>
    <h5 class="name" id=${nameId}>${v.name}</h5>
    <div class="gauge">${gaugeDial(v, lang, nameId)} ${lightBadge(v, lang)}</div>
    <p class="brief">${briefLine(v, lang)}</p>
    <details class="tp-disclosure">
      <summary>${gaugeMsg(lang, 'details')}</summary>
      ${whenOpen(
        () => html`${v.definition ? html`<p class="sentence">${v.definition}</p>` : nothing}
      ${indicatorFacts(v, lang)}`,
      )}
    </details>
    ${historyBlock(v, lang, { open: false })}
  </li>`;
}
