/**
 * The breakdown list (top 10 + "other"), drawn by Lit: each row shows its sort-moment amount and the
 * latest moment the rows report, as text and as two SVG bars (pale wide / solid narrow). In
 * whole-feed mode each program's name is a button that fires `tp-select` (via `onSelect`).
 */
import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { BreakdownGroup } from '../spending-flow.model.js';
import { reportedAmount } from '../spending-flow.model.js';
import { progressMoment } from '../spending-flow.spec.js';
import { formatMoney } from '../../../i18n/format.js';
import { joinList, translate } from '../../../i18n/registry.js';
import { flowMsg, momentLabel, momentNoun, zeroRowsLine } from '../spending-flow.messages.js';

const w = (v: number | undefined, max: number) => (v === undefined || max <= 0 ? 0 : Math.max(0, Math.min(100, (v / max) * 100)));

export function breakdownList(
  group: BreakdownGroup,
  moments: readonly string[],
  lang: string,
  currency: string,
  onSelect?: (id: string) => void,
  /** Statement mode: only these rows are buttons (they open one level down), with this label. */
  drill?: { ids: readonly string[]; label: (name: string) => string },
): TemplateResult {
  const progress = progressMoment(group, moments);
  const rows = group.top.map((r) => ({ id: r.id, name: r.name, amounts: r.amounts, other: false }));
  if (group.other) rows.push({ id: '', name: flowMsg(lang, 'other', group.other.count), amounts: group.other.amounts, other: true });
  const max = Math.max(0, ...rows.map((r) => reportedAmount(r.amounts, group.sortMoment) ?? 0));
  const money = (v: number | undefined, partial = false) =>
    v !== undefined ? formatMoney(v, lang, { currency }) : partial ? flowMsg(lang, 'incomplete') : translate(lang, 'notReported');
  return html`<ol class="rows">
      ${rows.map((r) => {
        const base = reportedAmount(r.amounts, group.sortMoment);
        const done = progress ? reportedAmount(r.amounts, progress) : undefined;
        return html`<li class="row" data-id=${r.id || nothing}>
          ${
            onSelect && !r.other && (!drill || drill.ids.includes(r.id))
              ? html`<button type="button" class="name" aria-label=${drill ? drill.label(r.name) : flowMsg(lang, 'selectProgram', `${r.id} ${r.name}`)} @click=${() => onSelect(r.id)}>
                ${r.name}
              </button>`
              : html`<span class="name">${r.name}</span>`
          }
          <span class="amounts">
            ${momentLabel(group.sortMoment, lang)}: ${money(base, r.other && !!group.other?.partial.includes(group.sortMoment))}${
              progress
                ? html`<br />${momentLabel(progress, lang)}: ${money(done, r.other && !!group.other?.partial.includes(progress))}`
                : nothing
            }
          </span>
          <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            ${base !== undefined ? svg`<rect class="base-bar" data-moment=${group.sortMoment} x="0" y="0" width=${w(base, max)} height="10"></rect>` : nothing}
            ${done !== undefined ? svg`<rect class="progress-bar" data-moment=${progress!} x="0" y="3" width=${w(done, max)} height="4"></rect>` : nothing}
          </svg>
        </li>`;
      })}
      ${group.zero ? html`<li class="row zero"><span class="name">${zeroRowsLine(group.by, group.zero.count, lang)}</span></li>` : nothing}
    </ol>
    ${group.other ? html`<p class="notes-small">${flowMsg(lang, 'topNote', group.top.length, group.rows.length)}</p>` : nothing}
    ${
      group.other?.partial.length
        ? html`<p class="notes-small">
          ${flowMsg(
            lang,
            'otherPartial',
            joinList(
              lang,
              group.other.partial.map((m) => momentNoun(m, lang)),
              'or',
            ),
          )}
        </p>`
        : nothing
    }`;
}
