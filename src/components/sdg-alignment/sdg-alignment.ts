import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../../platform/style-props.js';
import type { Feed } from '../../feed/types.js';
import { feedSdgView, programSdgView } from './sdg-alignment.model.js';
import type { FeedGoalRow, FeedSdgView, ProgramSdgView, SdgView } from './sdg-alignment.model.js';
import { formatMoney, formatNumber } from '../../i18n/format.js';
import { isSdgGoal, sdgColors, sdgContribution, sdgLabel, sdgName } from '../../i18n/sdg-goals.js';
import { momentWord } from '../gender-breakdown/gender-breakdown.messages.js';
import { feedSdgSummary, msg, programCount, programSdgSummary } from './sdg-alignment.messages.js';
import type { Lang } from '../../i18n/types.js';
import { FeedConsumer } from '../../platform/feed-consumer.js';
import { fillHrefTemplate } from '../../platform/safe-url.js';
import { headingStyles, platformStyles } from '../../platform/styles.js';
import { TpElement } from '../../platform/tp-element.js';
import { actionsView } from '../../platform/parts/actions.js';
import { dataNotes } from '../../platform/parts/data-notes.js';
import { dataTable } from '../../platform/parts/data-table.js';
import { glossaryTerm } from '../../platform/parts/glossary-term.js';
import { sourceLine } from '../../platform/parts/source-line.js';
import { styles } from './sdg-alignment.styles.js';
import { feedSdgTable, programSdgTable } from './sdg-alignment.table.js';
import { keyName } from '../../platform/parts/program-name.js';

/** A goal badge: official colour, goal number and "ODS n" as text (the colour is never alone). */
function badge(goal: number): TemplateResult {
  const c = sdgColors(goal);
  return html`<span class="sdg-badge" ${styleProps(c ? { background: c.background, color: c.text } : {})} aria-hidden="true">${goal}</span>`;
}

/**
 * Alignment of budget programs to the 17 Sustainable Development Goals (2030 Agenda).
 *
 * With `program`: its goals, each with its targets and whether it contributes directly or
 * indirectly. Without `program`: for each of the 17 goals, how many programs contribute and
 * how much money they hold (a program aligned to several goals counts in each). With `goal`
 * (1–17) and no `program`: that goal's programs.
 *
 * @tagname tp-sdg-alignment
 * @summary SDG goals and targets of a program, or programs and money by goal.
 *
 * @fires tp-load - The data is on screen. Detail: `{ src, program? }`.
 * @fires tp-error - The element shows its error state. Detail: `{ message, code }`.
 *
 * @csspart base - The widget box.
 * @csspart title - The heading.
 * @csspart summary - The plain-language sentences.
 * @csspart goals - The list of goals.
 * @csspart table - The data table.
 * @csspart source - The source line.
 * @csspart status - Loading, empty, error and stale notices.
 */
export class TpSdgAlignment extends TpElement {
  static override styles = [...platformStyles, headingStyles, styles];

  /** A goal 1–17: list its programs (whole-feed mode). */
  @property({ type: Number }) goal?: number;

  private data = new FeedConsumer<SdgView>(this, {
    program: 'optional',
    select: ({ feed, program }) => {
      if (program) return programSdgView(program);
      const v = feedSdgView(feed);
      return v.alignedPrograms ? v : null; // no program aligned to any goal: state "empty"
    },
  });

  private get goalNumber(): number | undefined {
    const g = Number(this.goal);
    return isSdgGoal(g) ? g : undefined;
  }

  private programTemplate(v: ProgramSdgView, lang: Lang): TemplateResult {
    return html`
      <h2 part="title">
        <span class="eyebrow">${msg(lang, 'ui.goals')}</span>
        <span class="tp-key">${v.key}</span> ${v.name}
      </h2>
      <div part="summary">${programSdgSummary(v, lang).map((s) => html`<p>${s}</p>`)}</div>
      ${
        v.goals.length
          ? html`<ul class="sdg-goals" part="goals">
            ${v.goals.map(
              (g) => html`<li class="sdg-goal" data-goal=${g.goal}>
                ${badge(g.goal)}
                <div>
                  <span class="sdg-name">${sdgLabel(g.goal, lang)}: ${sdgName(g.goal, lang)}</span>
                  <span class="sdg-meta"> · ${sdgContribution(g.contribution, lang)}</span>
                  ${
                    g.targets.length
                      ? html`<div class="sdg-meta">
                        ${msg(lang, 'ui.targets')}: ${g.targets.map((t, i) => html`${i ? ', ' : ''}${t.target} (${sdgContribution(t.contribution, lang)})`)}
                      </div>`
                      : nothing
                  }
                </div>
              </li>`,
            )}
          </ul>`
          : nothing
      }
      ${dataTable(() => programSdgTable(v, lang), lang)}
    `;
  }

  private goalRow(g: FeedGoalRow, v: FeedSdgView, lang: Lang, currency: string, open: boolean): TemplateResult {
    const mw = v.moment ? momentWord(v.moment, lang) : '';
    const count = msg(
      lang,
      'ui.programsByKind',
      programCount(g.programs, lang),
      formatNumber(g.direct, lang, 0),
      formatNumber(g.indirect, lang, 0),
    );
    return html`<li class="sdg-goal" data-goal=${g.goal}>
      ${badge(g.goal)}
      <div>
        <span class="sdg-name">${sdgLabel(g.goal, lang)}: ${sdgName(g.goal, lang)}</span>
        <div class="sdg-meta">
          ${count}${v.moment && g.programs > g.withoutAmount ? html` · ${formatMoney(g.amount, lang, { currency })} (${mw})` : nothing}
        </div>
        ${
          g.list.length
            ? html`<details ?open=${open}>
              <summary>${msg(lang, 'ui.showPrograms', g.goal)}</summary>
              <ol class="goal-programs">
                ${g.list.map(
                  (p) => html`<li data-key=${p.key}>
                    ${keyName(p.key, p.name, fillHrefTemplate(this.hrefTemplate, { key: p.key, cycle: v.cycle }))} · ${sdgContribution(p.contribution, lang)}${
                      p.amount !== undefined
                        ? html` · ${formatMoney(p.amount, lang, { currency })}`
                        : html` · ${this.l10n.t('notReported')}`
                    }
                  </li>`,
                )}
              </ol>
            </details>`
            : nothing
        }
      </div>
    </li>`;
  }

  private feedTemplate(v: FeedSdgView, feed: Feed, lang: Lang): TemplateResult {
    const currency = feed.currency || 'MXN';
    const goal = this.goalNumber;
    const goals = goal ? v.goals.filter((g) => g.goal === goal) : v.goals;
    return html`
      <h2 part="title">
        ${
          goal
            ? html`<span class="eyebrow">${msg(lang, 'ui.goals')}</span>${sdgLabel(goal, lang)}:
              ${sdgName(goal, lang)}`
            : msg(lang, 'ui.feedTitle')
        }
      </h2>
      <div part="summary">${feedSdgSummary(v, lang, { currency, goal }).map((s) => html`<p>${s}</p>`)}</div>
      <ul class="sdg-goals" part="goals">
        ${goals.map((g) => this.goalRow(g, v, lang, currency, goal !== undefined))}
      </ul>
      ${dataTable(() => feedSdgTable(v, lang, goal), lang)}
    `;
  }

  override render() {
    const lang = this.resolvedLang;
    return this.data.render(
      (d) => {
        const v = d.view;
        const table = v.mode === 'program' ? programSdgTable(v, lang) : feedSdgTable(v, lang, this.goalNumber);
        return html`
          ${v.mode === 'program' ? this.programTemplate(v, lang) : this.feedTemplate(v, d.feed, lang)}
          <p class="terms"><span class="muted">${msg(lang, 'ui.terms')}:</span> ${glossaryTerm('sdg', lang)} ${glossaryTerm('sdg-contribution', lang)}</p>
          ${dataNotes(
            d.problems.filter((p) => v.mode === 'program' || p.key === undefined),
            lang,
          )}
          ${sourceLine(d.feed, lang)}
          ${actionsView({ host: this, table, name: v.mode === 'program' ? `ods-${v.key}` : 'ods', meta: { asOf: d.feed.asOf } }, lang)}
        `;
      },
      { label: msg(lang, 'ui.goals') },
    );
  }
}
