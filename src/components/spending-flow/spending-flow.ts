import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ChartController } from '../../platform/charts/chart-controller.js';
import { flowPeriodsSpec } from './spending-flow.spec.js';
import { feedFlowView, hasStatement, programFlowView, statementFlowView } from './spending-flow.model.js';
import type { FlowView } from './spending-flow.model.js';
import { formatAsOf } from '../../i18n/format.js';
import { anomalyNote, anomalySentence, breakdownLabel, flowMsg, flowSummary, momentLabel } from './spending-flow.messages.js';
import { emit } from '../../platform/events.js';
import { FeedConsumer } from '../../platform/feed-consumer.js';
import type { FeedData } from '../../platform/feed-consumer.js';
import { platformStyles } from '../../platform/styles.js';
import { TpElement } from '../../platform/tp-element.js';
import { actionsView } from '../../platform/parts/actions.js';
import { dataNotes } from '../../platform/parts/data-notes.js';
import { glossaryTerm } from '../../platform/parts/glossary-term.js';
import { sourceLine } from '../../platform/parts/source-line.js';
import { tablesDisclosure } from '../../platform/parts/data-table.js';
import { breakdownList } from './parts/breakdown.js';
import { breakdownTable, downloadTable, ladderTable, periodsTable } from './spending-flow.table.js';
import { ladderView, splitView } from './parts/ladder.js';
import { flowStyles } from './spending-flow.styles.js';

let uid = 0;

/**
 * The money of a budget program through every budget moment (Ley General de Contabilidad
 * Gubernamental, art. 38): approved → modified → (ministered) → committed → accrued → exercised →
 * paid, in the feed's own moment order.
 *
 * - The ladder shows each moment's amount and its share of the modified budget (approved when
 *   modified is absent); a moment the feed does not report reads "no reportado", never 0.
 * - Short sentences say where the money is now ("De cada 100 pesos de su presupuesto, 62 ya se
 *   pagaron. 9 se deben por bienes y servicios que ya llegaron…"), and the approved → modified
 *   step is explained.
 * - Order breaks (paid > exercised…) are flagged with a short explanation; data are never fixed.
 * - With `periods`, a Vega-Lite chart of the cumulative moments with the cut-off date marked
 *   (loaded lazily; the ladder and the sentences come first).
 * - With a `breakdown`, a selector switches between chapter / unit / entity / item (top 10 +
 *   "other"; the data table has every row).
 * - Without `program`, on a feed with the publisher's own statement (`totals`/`breakdowns`): the
 *   totals through the moments as published, and the breakdown chosen with `by` (chapter, unit,
 *   function, economic…); a row with rows one level down is a button that opens them.
 * - Without `program` otherwise: the feed's totals through the moments and the breakdown by program; a
 *   program's button fires `tp-select` with `{ program: key }`.
 *
 * @summary Follow a program's money through every budget moment.
 * @tagname tp-spending-flow
 *
 * @attr {string} src - Feed URL (optional inside `<tp-feed>`).
 * @attr {string} program - Program key (`20-S176`, or a unique short key); without it, whole-feed mode.
 * @attr {string} by - Statement mode: the breakdown kind shown first (`chapter`, `unit`, `function`, `economic`…).
 * @attr {string} lang - `es` (default), `en` or a registered pack; else the closest `[lang]`.
 * @attr {'auto'|'light'|'dark'} theme - Colour theme (default `auto`).
 * @attr {'loading'|'ready'|'empty'|'error'|'stale'} state - Reflected load state (read-only).
 *
 * @fires tp-load - The data is on screen. Detail: `{ src, program? }`.
 * @fires tp-error - The element shows its error state. Detail: `{ message, code }`.
 * @fires tp-select - Whole-feed and statement modes: the reader picked a program. Detail: `{ program }`.
 *
 * @csspart base - The widget box.
 * @csspart title - The heading.
 * @csspart summary - The plain-language sentences.
 * @csspart value - Each moment's amount in the ladder.
 * @csspart chart - The periods chart container.
 * @csspart table - The data tables.
 * @csspart source - The source line.
 * @csspart status - Loading, empty, error and stale notices.
 * @csspart term - Glossary term buttons.
 * @csspart actions - Downloads and embed code.
 *
 * @cssprop --tp-flow-bar-height - Height of the ladder bars (0.75rem).
 * @cssprop --tp-flow-track-color - Track of the ladder bars.
 * @cssprop --tp-color-approved - Colour of each moment (also: modified, ministered, committed, accrued, exercised, paid).
 */
export class TpSpendingFlow extends TpElement {
  static override styles = [...platformStyles, flowStyles];

  /** The breakdown kind on screen (`chapter`, `unit`, `entity`, `item`); the first available by default. */
  @state() private breakdownBy?: string;

  /** Statement mode: the breakdown kind shown first (`chapter`, `unit`, `function`, `economic`…). */
  @property() by?: string;

  /** Statement mode: ids of the rows the reader opened, outermost first. */
  @state() private drillPath: string[] = [];

  private readonly uid = `tp-flow-${++uid}`;

  private data = new FeedConsumer<FlowView>(this, {
    program: 'optional',
    select: ({ feed, program }) => {
      if (program) return programFlowView(feed, program);
      if (hasStatement(feed)) return statementFlowView(feed);
      return feed.programs?.length ? feedFlowView(feed) : null;
    },
  });

  /** The periods chart (lazy Vega-Lite through the shared controller). */
  readonly chart = new ChartController(this, {
    container: () => this.renderRoot?.querySelector<HTMLElement>('.periods-chart'),
    spec: ({ width, config, colors, lang }) => {
      const v = this.data.data?.view;
      return (
        flowPeriodsSpec(v?.periods, v?.asOf, { lang, width, config, momentColors: colors.moments, currency: v?.currency }) ?? undefined
      );
    },
    description: () => flowMsg(this.l10n.lang, 'overTimeCaption'),
    lang: () => this.l10n.lang,
  });

  private pick(key: string): void {
    emit(this, 'tp-select', { program: key });
  }

  private onBreakdown(ev: Event): void {
    this.breakdownBy = (ev.target as HTMLSelectElement).value;
    this.drillPath = [];
  }

  private drill(ids: string[]): void {
    this.drillPath = ids;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.drill-where, .rows button')?.focus());
  }

  /** Statement mode: the view for the kind and drill path on screen (the loaded view is the default one). */
  private current(d: FeedData<FlowView>): FlowView {
    return d.view.mode === 'statement' ? statementFlowView(d.feed, this.breakdownBy ?? this.by, this.drillPath) : d.view;
  }

  private term = (id: string, label: string) => glossaryTerm(id, this.l10n.lang, label);

  private header(v: FlowView, d: FeedData<FlowView>, lang: string): TemplateResult {
    const p = d.program;
    const where = [p?.ramo?.name, p?.unit?.name].filter(Boolean).join(' › ');
    return html`<header>
      <h2 part="title" id=${`${this.uid}-title`}>
        ${
          v.mode === 'program'
            ? html`<span class="key">${v.key}</span> ${v.name}`
            : html`${flowMsg(lang, v.mode === 'statement' ? 'titleStatement' : 'titleFeed')}${v.name ? html` <span class="key">${v.name}</span>` : nothing}`
        }
      </h2>
      ${where ? html`<p class="muted">${where}</p>` : nothing}
      <p class="muted">${formatAsOf(d.feed.asOf, lang)}</p>
    </header>`;
  }

  private anomalies(v: FlowView, lang: string): TemplateResult | typeof nothing {
    if (!v.anomalies.length) return nothing;
    return html`<section class="anomalies" role="note" aria-labelledby=${`${this.uid}-anom`}>
      <h3 id=${`${this.uid}-anom`}>${flowMsg(lang, 'anomalies')}</h3>
      <ul>
        ${v.anomalies.map((a) => html`<li data-break=${`${a.earlier}>${a.later}`}>${anomalySentence(a, lang, v.currency)}</li>`)}
      </ul>
      <p class="note">${anomalyNote(lang)}</p>
    </section>`;
  }

  private periods(v: FlowView, lang: string): TemplateResult | typeof nothing {
    const s = v.periods;
    if (!s) return nothing;
    return html`<section role="group" aria-labelledby=${`${this.uid}-time`}>
      <h3 id=${`${this.uid}-time`}>${flowMsg(lang, 'overTime')}</h3>
      <div part="chart" class="periods-chart"></div>
      ${s.gaps.map((g) => html`<p class="notes-small">${flowMsg(lang, 'gapNote', momentLabel(g.moment, lang), g.period)}</p>`)}
    </section>`;
  }

  private statementBreakdown(v: FlowView, lang: string): TemplateResult | typeof nothing {
    const group = v.breakdowns[0];
    const kinds = v.kinds ?? [];
    if (!group || !kinds.length) return nothing;
    const top = this.breakdownBy ?? this.by;
    const kind = top && kinds.includes(top) ? top : kinds.includes('chapter') ? 'chapter' : kinds[0]!;
    const selectId = `${this.uid}-by`;
    const path = v.path ?? [];
    const ids = path.map((p) => p.id);
    return html`<section role="group" aria-labelledby=${`${this.uid}-bd`}>
      <h3 id=${`${this.uid}-bd`}>${flowMsg(lang, 'breakdown')}: ${breakdownLabel(group.by, lang)}</h3>
      ${
        kinds.length > 1
          ? html`<div class="breakdown-controls">
            <label for=${selectId}>${flowMsg(lang, 'breakdownBy')}</label>
            <select id=${selectId} @change=${this.onBreakdown}>
              ${kinds.map((k) => html`<option value=${k} ?selected=${k === kind}>${breakdownLabel(k, lang)}</option>`)}
            </select>
          </div>`
          : nothing
      }
      ${
        path.length
          ? html`<p class="drill-where" tabindex="-1">${flowMsg(lang, 'drillWhere', path.map((p) => p.name).join(' › '))}</p>
            <p class="drill-nav">
              <button type="button" class="drill-up" @click=${() => this.drill([])}>${flowMsg(lang, 'drillBack')}</button>
              ${
                path.length > 1
                  ? html`<button type="button" class="drill-up" @click=${() => this.drill(ids.slice(0, -1))}>
                    ${flowMsg(lang, 'drillUp', path[path.length - 2]!.name)}
                  </button>`
                  : nothing
              }
            </p>`
          : nothing
      }
      ${
        group.by === 'program'
          ? breakdownList(group, v.moments, lang, v.currency, (key) => this.pick(key))
          : breakdownList(group, v.moments, lang, v.currency, (id) => this.drill([...ids, id]), {
              ids: v.drillable ?? [],
              label: (name) => flowMsg(lang, 'drillInto', name),
            })
      }
    </section>`;
  }

  private breakdown(v: FlowView, lang: string): TemplateResult | typeof nothing {
    if (v.mode === 'statement') return this.statementBreakdown(v, lang);
    if (!v.breakdowns.length) return nothing;
    const group = v.breakdowns.find((g) => g.by === this.breakdownBy) ?? v.breakdowns[0]!;
    const selectId = `${this.uid}-by`;
    const feedMode = v.mode === 'feed';
    return html`<section role="group" aria-labelledby=${`${this.uid}-bd`}>
      <h3 id=${`${this.uid}-bd`}>${flowMsg(lang, 'breakdown')}: ${breakdownLabel(group.by, lang)}</h3>
      ${
        v.breakdowns.length > 1
          ? html`<div class="breakdown-controls">
            <label for=${selectId}>${flowMsg(lang, 'breakdownBy')}</label>
            <select id=${selectId} @change=${this.onBreakdown}>
              ${v.breakdowns.map((g) => html`<option value=${g.by} ?selected=${g.by === group.by}>${breakdownLabel(g.by, lang)}</option>`)}
            </select>
          </div>`
          : nothing
      }
      ${breakdownList(group, v.moments, lang, v.currency, feedMode ? (key) => this.pick(key) : undefined)}
    </section>`;
  }

  /** One "Ver tabla de datos" disclosure holding every table: ladder, periods, the breakdown on screen (all rows). */
  private tables(v: FlowView, lang: string): TemplateResult {
    const group = v.mode === 'statement' ? v.breakdowns[0] : (v.breakdowns.find((g) => g.by === this.breakdownBy) ?? v.breakdowns[0]);
    return tablesDisclosure(
      () => [
        ladderTable(v, lang),
        ...(v.periods ? [periodsTable(v.periods, lang)] : []),
        ...(group ? [breakdownTable(group, v.moments, lang)] : []),
      ],
      lang,
    );
  }

  private ready(d: FeedData<FlowView>): TemplateResult {
    const lang = this.l10n.lang;
    const v = this.current(d);
    return html`
      ${this.header(v, d, lang)}
      <div part="summary">${flowSummary(v, lang).map((s) => html`<p>${s}</p>`)}</div>
      <section role="group" aria-labelledby=${`${this.uid}-ladder`}>
        <h3 id=${`${this.uid}-ladder`}>${flowMsg(lang, 'ladder')}</h3>
        ${ladderView(v, lang, this.term)}
      </section>
      <section role="group" aria-labelledby=${`${this.uid}-now`}>
        <h3 id=${`${this.uid}-now`}>${flowMsg(lang, 'whereNow')}</h3>
        ${splitView(v.now, lang)}
      </section>
      ${this.anomalies(v, lang)} ${this.periods(v, lang)} ${this.breakdown(v, lang)}
      ${this.tables(v, lang)} ${dataNotes(d.problems, lang)}
      ${sourceLine(d.feed, lang, d.program?.links ?? [])}
      ${actionsView(
        {
          host: this,
          table: downloadTable(v, lang),
          name: v.key ?? 'flujo',
          meta: { asOf: d.feed.asOf, publisher: d.feed.publisher?.name },
          src: d.loaded.url,
        },
        lang,
      )}
    `;
  }

  override render(): TemplateResult {
    return this.data.render((d) => this.ready(d), { label: flowMsg(this.l10n.lang, 'title') });
  }
}
