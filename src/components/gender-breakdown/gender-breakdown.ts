import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ChartController } from '../../platform/charts/chart-controller.js';
import { annexCalendarSpec } from './gender-breakdown.spec.js';
import { feedAnnexView, programAnnexView } from './gender-breakdown.model.js';
import type { CrossCuttingView, FeedAnnexView, ProgramAnnexView } from './gender-breakdown.model.js';
import type { Feed } from '../../feed/types.js';
import { formatMoney, formatMoneyExact, formatNumber, formatPercent } from '../../i18n/format.js';
import {
  annexShortName,
  annexTitle,
  calendarSummary,
  categoryLabel,
  feedAnnexSummary,
  intentNote,
  momentWord,
  msg,
  programAnnexSummary,
} from './gender-breakdown.messages.js';
import type { Lang } from '../../i18n/types.js';
import { FeedConsumer } from '../../platform/feed-consumer.js';
import { fillHrefTemplate } from '../../platform/safe-url.js';
import { headingStyles, platformStyles } from '../../platform/styles.js';
import { TpElement } from '../../platform/tp-element.js';
import { actionsView } from '../../platform/parts/actions.js';
import { dataNotes } from '../../platform/parts/data-notes.js';
import { sourceLine } from '../../platform/parts/source-line.js';
import { styles } from './gender-breakdown.styles.js';
import { calendarSection, termsLine } from './parts/sections.js';
import { tablesDisclosure } from '../../platform/parts/data-table.js';
import { coverageList, populationBars } from './parts/population-bars.js';
import { calendarTable, feedAnnexTable, populationTable, programDownloadTable, programMoneyTable } from './gender-breakdown.table.js';
import { topProgramBars } from './parts/top-bars.js';

let uid = 0;

/**
 * The budget seen with a gender perspective, and the other cross-cutting perspectives.
 *
 * With `program`: the amount tagged in the annex against the program's total for the same
 * moment (the latest moment both report, named on screen), its category and rationale, and the
 * potential / target / served populations by sex as labelled bars, with coverage in words.
 * Without `program`: the annex total by category, the 10 programs with the largest tagged
 * amounts plus "other", and the annex's share of the feed's budget.
 *
 * `annex` is any annex id in the feed (`gender`, `indigenous`, `youth`…): the same element
 * serves every cross-cutting annex. SDG alignment is the sibling `<tp-sdg-alignment>`.
 *
 * @tagname tp-gender-breakdown
 * @summary Gender-tagged spending and people served by sex; other cross-cutting annexes.
 *
 * @fires tp-load - The data is on screen. Detail: `{ src, program? }`.
 * @fires tp-error - The element shows its error state. Detail: `{ message, code }`.
 *
 * @csspart base - The widget box.
 * @csspart title - The heading.
 * @csspart summary - The plain-language sentences.
 * @csspart value - Each key figure and each bar's number.
 * @csspart populations - The population bars.
 * @csspart bar - A bar (decorative: its label and number are text).
 * @csspart bar-label - The text label of a bar.
 * @csspart coverage - The coverage list.
 * @csspart chart - The top-programs bar list (whole-feed mode).
 * @csspart table - The data tables.
 * @csspart source - The source line.
 * @csspart status - Loading, empty, error and stale notices.
 *
 * @cssprop --tp-gender-women-color - Women's bars (also striped).
 * @cssprop --tp-gender-men-color - Men's bars (also dotted).
 * @cssprop --tp-gender-unspecified-color - Bars of people whose sex is not specified (also cross-hatched).
 * @cssprop --tp-gender-track-color - Bar track.
 */
export class TpGenderBreakdown extends TpElement {
  static override styles = [...platformStyles, headingStyles, styles];

  /** Annex id: `gender` (default), `indigenous`, or any annex present in the feed. */
  @property() annex = 'gender';

  /** How many programs to list before "other" (whole-feed mode). */
  @property({ type: Number }) top = 10;

  private readonly uidPrefix = `tp-gb-${++uid}`;
  private usedAnnex?: string;
  private usedTop?: number;

  private data = new FeedConsumer<CrossCuttingView>(this, {
    program: 'optional',
    select: ({ feed, program }) => {
      const annex = this.annexId;
      this.usedAnnex = annex;
      this.usedTop = this.topN;
      if (program) return programAnnexView(feed, program, annex);
      const v = feedAnnexView(feed, annex, this.topN);
      return v.programCount ? v : null;
    },
  });

  /** The monthly calendar chart (lazy Vega-Lite through the shared controller). */
  readonly chart = new ChartController(this, {
    container: () => this.renderRoot?.querySelector<HTMLElement>('.calendar-chart'),
    spec: ({ width, config, lang }) => {
      const v = this.data.data?.view;
      const currency = this.data.data?.feed.currency || 'MXN';
      return (v && annexCalendarSpec(v, { lang, width, config, currency })) ?? undefined;
    },
    description: () => {
      const v = this.data.data?.view;
      return v ? calendarSummary(v, this.l10n.lang).join(' ') : '';
    },
    lang: () => this.l10n.lang,
  });

  private get annexId(): string {
    return (this.annex || 'gender').trim() || 'gender';
  }

  private get topN(): number {
    return Number.isFinite(this.top) && this.top >= 0 ? Math.floor(this.top) : 10;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The task re-runs on src / feed / program; annex and top only change the view.
    // Only once a view was computed (a pending load reads the new values itself), also from `empty`.
    if (!(changed.has('annex') || changed.has('top')) || this.usedAnnex === undefined) return;
    if (this.annexId !== this.usedAnnex || this.topN !== this.usedTop) void this.data.task.run();
  }

  private programTemplate(v: ProgramAnnexView, feed: Feed, lang: Lang): TemplateResult {
    const currency = feed.currency || 'MXN';
    const mw = v.moment ? momentWord(v.moment, lang) : '';
    const nr = this.l10n.t('notReported');
    const titleId = `${this.uidPrefix}-title`;
    return html`
      <h2 part="title" id=${titleId}>
        <span class="eyebrow">${annexShortName(v.annex, lang)}</span>
        <span class="tp-key">${v.key}</span> ${v.name}
      </h2>
      <div part="summary">${programAnnexSummary(v, lang, { currency }).map((s) => html`<p>${s}</p>`)}</div>
      ${
        v.tagged
          ? html`<section role="group" class="block" aria-labelledby=${`${this.uidPrefix}-money`}>
            <h3 id=${`${this.uidPrefix}-money`}>${msg(lang, 'ui.taggedSpending')}</h3>
            <dl class="figures">
              <div>
                <dt>${msg(lang, 'ui.taggedAmount')}${mw ? ` (${mw})` : ''}</dt>
                <dd part="value">${v.taggedAmount ? formatMoney(v.taggedAmount.amount, lang, { currency }) : nr}</dd>
              </div>
              <div>
                <dt>${msg(lang, 'ui.programTotal')}${v.sameMoment ? ` (${mw})` : ''}</dt>
                <dd part="value">${v.total ? formatMoney(v.total.amount, lang, { currency }) : nr}</dd>
              </div>
              <div>
                <dt>${msg(lang, 'ui.shareTagged')}</dt>
                <dd part="value">${v.share !== undefined ? formatPercent(v.share, lang) : nr}</dd>
              </div>
            </dl>
            ${
              v.moment && v.annexYear === undefined
                ? html`<p class="note">${v.sameMoment ? msg(lang, 'sameMoment', mw) : msg(lang, 'ui.noComparableTotal', mw)}</p>`
                : nothing
            }
            ${
              v.categories.length
                ? html`<h4>${msg(lang, 'ui.category')}</h4>
                  <ul class="categories">
                    ${v.categories.map(
                      (c) =>
                        html`<li>${categoryLabel(c.category, lang)}: ${formatMoney(c.amount, lang, { currency })}${
                          c.share !== undefined && v.categories.length > 1 ? ` (${formatPercent(c.share, lang)})` : ''
                        }</li>`,
                    )}
                  </ul>`
                : nothing
            }
            ${
              v.rationales.length
                ? html`<h4>${msg(lang, 'ui.rationale')}</h4>
                  ${v.rationales.map((r) => html`<p class="rationale">${r}</p>`)}`
                : nothing
            }
          </section>`
          : nothing
      }
      ${calendarSection(v, lang, currency, `${this.uidPrefix}-cal`)}
      ${
        v.populations.length || v.coverage.length
          ? html`<section role="group" class="block" aria-labelledby=${`${this.uidPrefix}-pop`}>
            <h3 id=${`${this.uidPrefix}-pop`}>${msg(lang, 'ui.populationBySex')}</h3>
            ${populationBars(v.populations, lang, this.uidPrefix)}
            ${
              v.coverage.some((c) => c.ratio !== undefined)
                ? html`<h4>${msg(lang, 'ui.coverage')}</h4>
                  ${coverageList(v.coverage, lang)}`
                : nothing
            }
          </section>`
          : nothing
      }
      <p class="note">${intentNote(lang)}</p>
      ${termsLine(this.annexId, lang, v.populations.length > 0)}
      ${tablesDisclosure(() => [v.tagged ? programMoneyTable(v, lang) : undefined, calendarTable(v, lang), populationTable(v, lang)], lang)}
    `;
  }

  private feedTemplate(v: FeedAnnexView, feed: Feed, lang: Lang): TemplateResult {
    const currency = feed.currency || 'MXN';
    const mw = v.moment ? ` (${momentWord(v.moment, lang)})` : '';
    const nr = this.l10n.t('notReported');
    const topId = `${this.uidPrefix}-top`;
    return html`
      <h2 part="title">${annexTitle(v.annex, lang)}</h2>
      <div part="summary">${feedAnnexSummary(v, lang, { currency }).map((s) => html`<p>${s}</p>`)}</div>
      <dl class="figures">
        <div>
          <dt>${msg(lang, 'ui.annexTotal')}${mw}</dt>
          <dd part="value" data-value="total">
            ${v.total ? formatMoney(v.total.amount, lang, { currency }) : nr}
            ${v.total ? html`<span class="exact">${formatMoneyExact(v.total.amount, lang, currency)}</span>` : nothing}
          </dd>
        </div>
        <div>
          <dt>${msg(lang, 'ui.taggedPrograms')}</dt>
          <dd part="value">${formatNumber(v.programCount, lang, 0)}</dd>
        </div>
        <div>
          <dt>${msg(lang, 'ui.shareOfBudget')}</dt>
          <dd part="value">${v.shareOfBudget !== undefined ? formatPercent(v.shareOfBudget, lang) : nr}</dd>
        </div>
      </dl>
      ${
        v.categories.length
          ? html`<section role="group" class="block" aria-labelledby=${`${this.uidPrefix}-cat`}>
            <h3 id=${`${this.uidPrefix}-cat`}>${msg(lang, 'ui.byCategory')}</h3>
            <ul class="categories">
              ${v.categories.map(
                (c) =>
                  html`<li>${categoryLabel(c.category, lang)}: <strong>${formatMoney(c.amount, lang, { currency })}</strong>${c.share !== undefined ? ` (${formatPercent(c.share, lang)})` : ''}</li>`,
              )}
            </ul>
          </section>`
          : nothing
      }
      <section role="group" class="block" aria-labelledby=${topId}>
        <h3 id=${topId}>
          ${msg(lang, v.other ? 'ui.topAndRest' : 'ui.top', v.top.length)}
        </h3>
        ${topProgramBars(v, lang, currency, topId, (key) => fillHrefTemplate(this.hrefTemplate, { key, cycle: v.cycle }))}
      </section>
      ${calendarSection(v, lang, currency, `${this.uidPrefix}-cal`)}
      <p class="note">${intentNote(lang)}</p>
      ${termsLine(this.annexId, lang, false)}
      ${tablesDisclosure(() => [feedAnnexTable(v, lang), calendarTable(v, lang)], lang)}
    `;
  }

  override render() {
    const lang = this.resolvedLang;
    return this.data.render(
      (d) => {
        const v = d.view;
        const table = v.mode === 'program' ? programDownloadTable(v, lang) : feedAnnexTable(v, lang);
        return html`
          ${v.mode === 'program' ? this.programTemplate(v, d.feed, lang) : this.feedTemplate(v, d.feed, lang)}
          ${dataNotes([...d.problems.filter((p) => v.mode === 'program' || p.key === undefined), ...v.problems], lang)}
          ${sourceLine(d.feed, lang)}
          ${actionsView({ host: this, table, name: v.mode === 'program' ? `${v.annex}-${v.key}` : v.annex, meta: { annex: v.annex, asOf: d.feed.asOf } }, lang)}
        `;
      },
      { label: annexShortName(this.annexId, lang) },
    );
  }
}
