import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cycleSelectDetail, cycleView } from './budget-cycle.model.js';
import type { CyclePhase, CycleView } from './budget-cycle.model.js';
import { chainSentence } from './budget-cycle.messages.js';
import { FeedConsumer } from '../../platform/feed-consumer.js';
import { emit } from '../../platform/events.js';
import { platformStyles } from '../../platform/styles.js';
import { TpElement } from '../../platform/tp-element.js';
import { actionsView } from '../../platform/parts/actions.js';
import { dataNotes } from '../../platform/parts/data-notes.js';
import { dataTable, tableView } from '../../platform/parts/data-table.js';
import { sourceLine } from '../../platform/parts/source-line.js';
import type { TableModel } from '../../platform/table-model.js';
import type { Lang } from '../../i18n/types.js';
import { styles } from './budget-cycle.styles.js';
import { cycleMsg } from './budget-cycle.messages.js';
import { cycleStripStyles, renderCycleStrip } from './parts/cycle-strip.js';
import { asmTable, evaluationTable, performanceTable, phaseTable, planTable } from './budget-cycle.table.js';
import { todayIso } from '../../platform/parts/overdue-notice.js';
import { renderPhaseDetail } from './parts/phase-detail.js';
import { glossaryTerm } from '../../platform/parts/glossary-term.js';

let uid = 0;

/**
 * Traces one budget program through the seven phases of the budget cycle, from plan to
 * accountability, and says in plain words where the chain breaks.
 *
 * @summary The budget cycle of one program: planeación → … → rendición de cuentas.
 * @tagname tp-budget-cycle
 *
 * @fires tp-select - A phase was selected. Detail: `{ program, phase }` (phase: `planning`,
 *   `programming`, `budgeting`, `exercise`, `monitoring`, `evaluation`, `accountability`), so a page
 *   can scroll to the widget that holds the detail.
 * @fires tp-load - The data is on screen. Detail: `{ src, program }`.
 * @fires tp-error - The element shows its error state. Detail: `{ message, code }`.
 *
 * @csspart base - The widget box.
 * @csspart title - The heading.
 * @csspart strip - The ordered list of phases.
 * @csspart phase - Each phase button or link; also `phase-complete`, `phase-partial`, `phase-missing`, `phase-attention`.
 * @csspart summary - The chain-break sentence.
 * @csspart detail - The detail panel of the selected phase.
 * @csspart table - The data tables.
 * @csspart source - The source line.
 * @csspart actions - Download the phase table (CSV, JSON) and copy the embed code.
 * @csspart status - Loading, error, stale and overdue notices (the overdue one also has part `overdue`).
 *
 * @cssprop --tp-color-good - Complete phases (always with ✓ and the word).
 * @cssprop --tp-color-warn - Partial phases and the overdue notice.
 * @cssprop --tp-color-bad - Phases that need attention.
 */
export class TpBudgetCycle extends TpElement {
  static override styles = [...platformStyles, cycleStripStyles, styles];

  /** Compact strip (for narrow columns and cards): phase names and statuses; evidence stays in each accessible name. */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private selected?: CyclePhase;

  private readonly detailId = `tp-cycle-detail-${++uid}`;

  /** The `today` the current view was computed with. */
  private usedToday?: string;

  private data = new FeedConsumer<CycleView>(this, {
    program: 'required',
    select: ({ feed, program }) => {
      this.usedToday = this.today;
      const view = cycleView(feed, program!, { today: this.today || todayIso() });
      // Empty when the feed says nothing about the program itself (accountability is feed-wide).
      return view.phases.every((p) => p.phase === 'accountability' || p.status === 'missing') ? null : view;
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('program') && changed.get('program') !== undefined) this.selected = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The task re-runs on src/feed/program; a new `today` only changes the overdue rule.
    if (changed.has('today') && this.data.data && this.today !== this.usedToday) void this.data.task.run();
  }

  private select(phase: CyclePhase, view: CycleView): void {
    if (this.selected === phase) {
      this.selected = undefined;
      return;
    }
    this.selected = phase;
    emit(this, 'tp-select', cycleSelectDetail(view, phase));
  }

  private region(model: TableModel, lang: Lang) {
    if (!model.rows.length) return nothing;
    return html`<div class="tp-table-wrap" part="table" role="region" aria-label=${model.caption} tabindex="0">
      ${tableView(model, lang)}
    </div>`;
  }

  override render() {
    const lang = this.resolvedLang;
    return this.data.render(
      (d) => {
        const v = d.view;
        const currency = d.feed.currency || 'MXN';
        const selected = v.phases.find((p) => p.phase === this.selected);
        const anchor = selected ? this.ownerDocument?.getElementById(selected.target.anchor) : null;
        const more = [planTable(v, lang), evaluationTable(v, lang), asmTable(v, lang), performanceTable(v, lang)];
        return html`
          <h2 part="title">${cycleMsg(lang, 'ui.title')}: <span class="tp-key">${v.program}</span> ${v.name}</h2>
          ${renderCycleStrip(v, lang, {
            compact: this.compact,
            selected: this.selected,
            controls: this.detailId,
            currency,
            onSelect: (phase) => this.select(phase, v),
          })}
          <p part="summary" class="tp-summary">${chainSentence(v.chain, lang)}</p>
          <p class="terms"><span class="muted">${cycleMsg(lang, 'ui.terms')}:</span>
            ${glossaryTerm('cycle-chain', lang)} ${glossaryTerm('target', lang)} ${glossaryTerm('asm', lang)}</p>
          ${renderPhaseDetail(v, selected, lang, { currency, id: this.detailId, anchorOnPage: !!anchor && anchor !== this })}
          ${
            this.compact
              ? nothing
              : html`${dataTable(() => phaseTable(v, lang, currency), lang)}
                ${
                  more.some((m) => m.rows.length)
                    ? html`<details class="tp-disclosure tp-more">
                      <summary>${cycleMsg(lang, 'ui.more')}</summary>
                      ${more.map((m) => this.region(m, lang))}
                    </details>`
                    : nothing
                }
                ${dataNotes(d.problems, lang)}`
          }
          ${sourceLine(d.feed, lang)}
          ${
            this.compact
              ? nothing
              : actionsView(
                  {
                    host: this,
                    table: phaseTable(v, lang, currency),
                    name: `ciclo-${v.program}`,
                    meta: { program: v.program, cycle: v.cycle, asOf: v.asOf },
                  },
                  lang,
                )
          }
        `;
      },
      { label: cycleMsg(lang, 'ui.title') },
    );
  }
}
