/**
 * The programs with the largest tagged amounts, plus "other", as Lit-drawn labelled bars:
 * key and name, bar (decorative), amount and share written out. Drawn without Vega so the
 * numbers are there at once; the list is an <ol> in rank order.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../../../platform/style-props.js';
import type { FeedAnnexView } from '../gender-breakdown.model.js';
import { formatMoney, formatPercent } from '../../../i18n/format.js';
import { msg } from '../gender-breakdown.messages.js';
import type { Lang } from '../../../i18n/types.js';
import { barWidth } from './population-bars.js';
import { keyName } from '../../../platform/parts/program-name.js';

export function topProgramBars(
  v: FeedAnnexView,
  lang: Lang,
  currency: string,
  titleId: string,
  href: (key: string) => string | undefined = () => undefined,
): TemplateResult | typeof nothing {
  if (!v.top.length) return nothing;
  const max = Math.max(...v.top.map((r) => r.cents), v.other?.cents ?? 0);
  const scale = (c: number) => (max > 0 ? c / max : 0);
  const value = (amount: number, share?: number) =>
    html`${formatMoney(amount, lang, { currency })}${share !== undefined ? html` <span class="muted">(${formatPercent(share, lang)})</span>` : nothing}`;
  return html`<ol class="bars top" part="chart" aria-labelledby=${titleId}>
    ${v.top.map(
      (r) => html`<li class="bar-row" data-key=${r.key}>
        <span class="bar-label" part="bar-label">${keyName(r.key, r.name, href(r.key))}</span>
        <span class="bar-track" aria-hidden="true"><span class="bar" part="bar" ${styleProps({ width: barWidth(scale(r.cents), r.cents) })}></span></span>
        <span class="bar-value" part="value">${value(r.amount, r.share)}</span>
      </li>`,
    )}
    ${
      v.other
        ? html`<li class="bar-row" data-key="other">
          <span class="bar-label" part="bar-label">${msg(lang, 'otherPrograms', v.other.count)}</span>
          <span class="bar-track" aria-hidden="true"
            ><span class="bar other" part="bar" ${styleProps({ width: barWidth(scale(v.other.cents), v.other.cents) })}></span
          ></span>
          <span class="bar-value" part="value">${value(v.other.amount, v.other.share)}</span>
        </li>`
        : nothing
    }
  </ol>`;
}
