/**
 * The ladder of moments and the "where the money is now" bar, drawn by Lit in plain HTML/SVG so
 * they appear before any chart chunk arrives. No inline styles (strict CSP): bar widths are SVG
 * geometry attributes. Every bar repeats what the text next to it says; nothing is colour-only.
 */
import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { FlowStep, FlowView, NowSplit } from '../spending-flow.model.js';
import { formatMoney, formatPercent } from '../../../i18n/format.js';
import { translate } from '../../../i18n/registry.js';
import { changeShort, flowMsg, momentLabel, nowSentence, partLabel } from '../spending-flow.messages.js';

/** Renders a glossary term (the platform's disclosure) or a plain label. */
export type TermRenderer = (id: string, label: string) => unknown;

/** Width in the 0..100 viewBox; shares above 100 % are capped at the track (the text gives the real share). */
const width = (share: number) => Math.max(0, Math.min(100, share * 100));

function bar(step: FlowStep): TemplateResult {
  return html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${
      step.amount === undefined
        ? svg`<rect class="missing" x="0.5" y="0.5" width="99" height="9"></rect>`
        : svg`<rect class="track" x="0" y="0" width="100" height="10"></rect>
          ${step.share !== undefined ? svg`<rect class="fill" x="0" y="0" width=${width(step.share)} height="10"></rect>` : nothing}`
    }
  </svg>`;
}

function shareText(step: FlowStep, view: FlowView, lang: string): string {
  if (step.amount === undefined || step.share === undefined || !view.base) return '';
  if (step.isBase) return '100%';
  // Below 100 % never reads "100.0%" (99.99999 % of the modified budget is not all of it).
  const share = step.share < 1 ? Math.min(step.share, 0.999) : step.share;
  return flowMsg(lang, 'shareOf', formatPercent(share, lang, 1), flowMsg(lang, `base.${view.base}`));
}

/** The ladder: one `<li>` per feed moment, in feed order. */
export function ladderView(view: FlowView, lang: string, term: TermRenderer): TemplateResult {
  const broken = new Set(view.anomalies.map((a) => a.later));
  const money = { currency: view.currency };
  return html`<ol class="ladder" aria-label=${flowMsg(lang, 'ladder')}>
    ${view.steps.map((step) => {
      const reported = step.amount !== undefined;
      const partial = view.mode === 'feed' && reported && view.reporting && (view.reporting[step.moment] ?? 0) < (view.programCount ?? 0);
      const share = shareText(step, view, lang);
      return html`<li
        class="step ${reported ? '' : 'not-reported'} ${broken.has(step.moment) ? 'broken' : ''}"
        data-moment=${step.moment}
      >
        <span class="name">${term(step.moment, momentLabel(step.moment, lang))}</span>
        <span part="value">${reported ? formatMoney(step.amount, lang, money) : translate(lang, 'notReported')}</span>
        ${bar(step)}
        <span class="share">
          ${share}
          ${step.moment === 'modified' && view.change ? html`<span class="change">(${changeShort(view.change, lang)})</span>` : nothing}
          ${partial ? html`<span class="partial">· ${flowMsg(lang, 'reporting', view.reporting![step.moment] ?? 0, view.programCount ?? 0)}</span>` : nothing}
        </span>
      </li>`;
    })}
  </ol>`;
}

/**
 * "Where the money is now": a stacked bar and its legend with the numbers out of 100. The sentence
 * that says the same is in the widget's summary, so the bar and legend are hidden from assistive
 * technology (no repetition); without a split, the reason is said here in words.
 */
export function splitView(split: NowSplit, lang: string): TemplateResult {
  if (split.status !== 'ok') return html`<div class="split"><p>${nowSentence(split, lang)}</p></div>`;
  let x = 0;
  const cls = (reached?: string) => (reached === 'paid' ? 'p0' : reached === 'accrued' ? 'p1' : reached === 'committed' ? 'p2' : 'p3');
  const parts = split.parts.map((p) => {
    const at = x;
    x += p.of100;
    return { ...p, at, cls: cls(p.reached), label: partLabel(p, lang) };
  });
  return html`<div class="split">
    <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${parts.map((p) => (p.of100 > 0 ? svg`<rect class=${p.cls} x=${p.at} y="0" width=${p.of100} height="10"></rect>` : nothing))}
    </svg>
    <ul aria-hidden="true">
      ${parts.map(
        (p) => html`<li>
          <svg class="swatch" viewBox="0 0 10 10"><rect class=${p.cls} width="10" height="10"></rect></svg>${p.of100} ${p.label}
        </li>`,
      )}
    </ul>
  </div>`;
}
