/**
 * Small template pieces of <tp-gender-breakdown>: the glossary terms line and the calendar section
 * (sentence first, then the empty container the lazy chart controller fills).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CrossCuttingView } from '../gender-breakdown.model.js';
import { calendarSummary, momentWord, msg } from '../gender-breakdown.messages.js';
import type { Lang } from '../../../i18n/types.js';
import { glossaryTerm } from '../../../platform/parts/glossary-term.js';

/** The glossary terms as keyboard disclosures: the gender annex and, with populations, the three kinds. */
export function termsLine(annex: string, lang: Lang, withPopulations: boolean): TemplateResult {
  return html`<p class="terms">
    <span class="muted">${msg(lang, 'ui.terms')}:</span>
    ${annex === 'gender' ? glossaryTerm('gender-annex', lang) : nothing} ${glossaryTerm('tagged-spending', lang)}
    ${
      withPopulations
        ? html`${glossaryTerm('potential-population', lang)} ${glossaryTerm('target-population', lang)} ${glossaryTerm('served-population', lang)}`
        : nothing
    }
  </p>`;
}

/** The calendar: its sentence (readable before Vega arrives), then the chart container. */
export function calendarSection(v: CrossCuttingView, lang: Lang, currency: string, id: string): TemplateResult | typeof nothing {
  const sentences = calendarSummary(v, lang, { currency });
  if (!sentences.length) return nothing;
  return html`<section role="group" class="block" aria-labelledby=${id}>
    <h3 id=${id}>${msg(lang, 'ui.calendar')}${v.moment ? ` (${momentWord(v.moment, lang)})` : ''}</h3>
    ${sentences.map((s) => html`<p>${s}</p>`)}
    <div part="chart" class="calendar-chart"></div>
  </section>`;
}
