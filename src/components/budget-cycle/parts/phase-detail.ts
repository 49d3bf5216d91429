/** The detail panel of the selected phase: status in words, evidence, why, and where the detail lives. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { CycleView, PhaseView } from '../budget-cycle.model.js';
import { formatDate, parseIsoDate } from '../../../i18n/format.js';
import { evidenceLine, phaseGlossaryId, phaseNote, statusWord } from '../budget-cycle.messages.js';
import type { Lang } from '../../../i18n/types.js';
import { safeUrl } from '../../../platform/safe-url.js';
import { glossaryTerm } from '../../../platform/parts/glossary-term.js';
import { tableView } from '../../../platform/parts/data-table.js';
import { cycleMsg } from '../budget-cycle.messages.js';
import { planTable, sortedDocs } from '../budget-cycle.table.js';
import { STATUS_ICON } from './cycle-strip.js';

export interface PhaseDetailOptions {
  currency: string;
  /** True when the page holds an element with the phase's anchor id (then a link goes there). */
  anchorOnPage: boolean;
  id: string;
}

function extra(view: CycleView, v: PhaseView, lang: Lang): TemplateResult | typeof nothing {
  if (v.phase === 'planning' && view.plan) {
    return html`<div class="tp-table-wrap" role="region" aria-label=${cycleMsg(lang, 'ui.planTable')} tabindex="0">
      ${tableView(planTable(view, lang), lang)}
    </div>`;
  }
  if (v.phase === 'accountability' && view.accountability.length) {
    return html`<ul class="tp-docs">
      ${sortedDocs(view).map((d) => {
        const href = safeUrl(d.url);
        const label = parseIsoDate(d.date) ? `${d.title} (${formatDate(d.date, lang)})` : d.title;
        return html`<li>${href ? html`<a href=${href} rel="noopener noreferrer">${label}</a>` : label}</li>`;
      })}
    </ul>`;
  }
  return nothing;
}

/** The panel; `v` undefined renders an empty live region so announcements work on first selection. */
export function renderPhaseDetail(view: CycleView, v: PhaseView | undefined, lang: Lang, o: PhaseDetailOptions): TemplateResult {
  if (!v) return html`<div id=${o.id} part="detail" class="tp-detail" hidden></div>`;
  const note = phaseNote(v, lang, o.currency);
  const href = safeUrl(v.target.href);
  return html`<div id=${o.id} part="detail" class="tp-detail" role="region" aria-label=${cycleMsg(lang, 'ui.detail')} data-phase=${v.phase}>
    <h3>${glossaryTerm(phaseGlossaryId(v.phase), lang)}</h3>
    <p class="tp-detail-status" data-status=${v.status}>
      <span class="tp-phase-icon" aria-hidden="true">${STATUS_ICON[v.status]}</span> ${statusWord(v.status, lang)}
    </p>
    <p>${evidenceLine(v, lang, o.currency)}</p>
    ${note ? html`<p class="tp-detail-note">${note}</p>` : nothing}
    ${extra(view, v, lang)}
    <p class="tp-detail-links">
      ${href ? html`<a href=${href} rel="noopener noreferrer">${cycleMsg(lang, 'ui.source')}</a>` : nothing}
      ${
        o.anchorOnPage && v.target.anchor !== 'tp-budget-cycle'
          ? html`<a href=${`#${v.target.anchor}`}>${cycleMsg(lang, 'ui.goTo')}</a>`
          : nothing
      }
    </p>
  </div>`;
}
