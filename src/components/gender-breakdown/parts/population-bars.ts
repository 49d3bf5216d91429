/**
 * Population bars by sex, drawn by Lit as plain HTML (no Vega): one row per reported sex with
 * its text label, a patterned bar and the number written out. Sexes the source does not report
 * are listed as "no reportado", never drawn as 0. The bar itself is decorative (aria-hidden):
 * label and number carry the meaning; the pattern (stripes / dots / cross-hatch) tells the sexes
 * apart without colour.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../../../platform/style-props.js';
import type { CoverageRow, PopulationGroup } from '../gender-breakdown.model.js';
import { formatNumber, formatPercent } from '../../../i18n/format.js';
import { msg, populationLabel, sexLabel } from '../gender-breakdown.messages.js';
import { translate } from '../../../i18n/registry.js';
import type { Lang } from '../../../i18n/types.js';

/** Bar length in percent of the track; a value above 0 always shows at least a sliver. */
export function barWidth(scale: number, value: number): string {
  if (!(value > 0) || !(scale > 0)) return '0%';
  return `${Math.max(0.75, Math.min(100, scale * 100)).toFixed(2)}%`;
}

export function populationBars(groups: PopulationGroup[], lang: Lang, idPrefix: string): TemplateResult | typeof nothing {
  if (!groups.length) return nothing;
  return html`<div class="populations" part="populations">
    ${groups.map((g) => {
      const id = `${idPrefix}-${g.kind}`;
      return html`<div class="pop-group" role="group" aria-labelledby=${id}>
        <h4 class="pop-title" id=${id}>${populationLabel(g.kind, lang)}${g.unit ? html` <span class="unit">(${g.unit})</span>` : nothing}</h4>
        <ul class="bars">
          ${g.bars.map(
            (b) => html`<li class="bar-row" data-sex=${b.sex}>
              <span class="bar-label" part="bar-label">${sexLabel(b.sex, lang)}</span>
              <span class="bar-track" aria-hidden="true"
                ><span class="bar sex-${b.sex}" part="bar" ${styleProps({ width: barWidth(b.scale, b.value) })}></span
              ></span>
              <span class="bar-value" part="value">${formatNumber(b.value, lang, 2)}</span>
            </li>`,
          )}
          ${
            g.missing.length && g.bars.length
              ? html`<li class="bar-row missing">
                <span class="bar-label">${g.missing.map((s) => sexLabel(s, lang)).join(', ')}</span>
                <span class="bar-value">${translate(lang, 'notReported')}</span>
              </li>`
              : nothing
          }
        </ul>
        ${
          g.total !== undefined ? html`<p class="pop-total">${msg(lang, 'ui.sourceTotal')}: ${formatNumber(g.total, lang, 2)}</p>` : nothing
        }
      </div>`;
    })}
  </div>`;
}

/** Coverage rows as plain text: "Mujeres: 38.5% (300,433 de 779,857)". */
export function coverageList(rows: CoverageRow[], lang: Lang): TemplateResult | typeof nothing {
  if (!rows.length) return nothing;
  const nr = translate(lang, 'notReported');
  return html`<ul class="coverage" part="coverage">
    ${rows.map(
      (r) => html`<li>
        <span class="bar-label">${sexLabel(r.sex, lang)}</span>:
        ${
          r.ratio !== undefined
            ? html`<strong>${formatPercent(r.ratio, lang)}</strong> (${msg(lang, 'ui.servedOfTarget', formatNumber(r.served!, lang, 2), formatNumber(r.target!, lang, 2))})`
            : msg(
                lang,
                'ui.servedAndTarget',
                r.served !== undefined ? formatNumber(r.served, lang, 2) : nr,
                r.target !== undefined ? formatNumber(r.target, lang, 2) : nr,
              )
        }
      </li>`,
    )}
  </ul>`;
}
