import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { ChartController } from '../../platform/charts/chart-controller.js';
import { hasHistoryChart, indicatorHistorySpec } from './indicator-gauge.spec.js';
import { findIndicator, indicatorView, parseThresholds, programIndicatorsView } from './indicator-gauge.model.js';
import type { IndicatorView, LevelGroup, ProgramIndicatorsView } from './indicator-gauge.model.js';
import type { Feed, Program } from '../../feed/types.js';
import { translate } from '../../i18n/registry.js';
import { gaugeMsg, indicatorSentence, levelTerm, programIndicatorsSummary } from './indicator-gauge.messages.js';
import type { Lang } from '../../i18n/types.js';
import { FeedConsumer, TpFailure } from '../../platform/feed-consumer.js';
import type { FeedData } from '../../platform/feed-consumer.js';
import { platformStyles } from '../../platform/styles.js';
import { TpElement } from '../../platform/tp-element.js';
import { actionsView } from '../../platform/parts/actions.js';
import { dataNotes } from '../../platform/parts/data-notes.js';
import { dataTable } from '../../platform/parts/data-table.js';
import { glossaryTerm } from '../../platform/parts/glossary-term.js';
import { sourceLine } from '../../platform/parts/source-line.js';
import { statusView } from '../../platform/parts/status.js';
import { gaugeDial, historyBlock, idPart, indicatorCard, indicatorFacts, lightBadge } from './parts/indicator-card.js';
import { indicatorGaugeStyles } from './indicator-gauge.styles.js';
import { indicatorTable } from './indicator-gauge.table.js';

/** What the element draws: a program's indicators, or one indicator (single mode). */
export type GaugeView =
  | { mode: 'program'; program: ProgramIndicatorsView; all: IndicatorView[]; badThresholds?: string }
  | { mode: 'single'; programKey: string; programName: string; indicator: IndicatorView; badThresholds?: string };

let uid = 0;

/**
 * Are the programs reaching their goals? MIR indicators, target against achieved, by level.
 *
 * Program mode (`program`): the indicators grouped by MIR level in logical-framework order
 * (Fin, Propósito, Componente, Actividad), each level with its plain meaning; strategic
 * indicators first, management ones behind one button. Each indicator has a gauge of the
 * percentage of its annual target reached (`role="meter"`), a traffic light in words and icon
 * that respects its direction, its baseline, unit, frequency, method, numerator and denominator,
 * and, with two or more past values, a small history chart with the target marked.
 *
 * Single mode (`indicator="169710"`, with or without `program`): one large gauge, for articles.
 *
 * The traffic light uses the indicator's own thresholds, else the `thresholds` attribute, else
 * 90/80 (green from 90 % of the target, red below 80 %); see src/feed/views/indicator-view.ts.
 * A target with no result shows "sin avance reportado", never 0 %.
 *
 * @tagname tp-indicator-gauge
 * @summary MIR indicators: target against achieved, by level, with a direction-aware traffic light.
 *
 * @fires tp-load - The data is on screen. Detail: `{ src, program? }`.
 * @fires tp-error - The element shows its error state (also for an unknown `indicator`). Detail: `{ message, code }`.
 *
 * @csspart base - The widget box.
 * @csspart title - The heading.
 * @csspart summary - The plain-language summary.
 * @csspart value - Each gauge (role="meter", or role="img" without a percentage).
 * @csspart gauge - Same element as `value`.
 * @csspart chart - Each history chart (Vega-Lite, loaded lazily).
 * @csspart table - The data table.
 * @csspart source - The source line.
 * @csspart status - Loading, empty, error and stale notices.
 * @csspart toggle - The button that shows the management indicators.
 *
 * @cssprop --tp-gauge-green - Green light and arc (default: --tp-color-good).
 * @cssprop --tp-gauge-yellow - Yellow light and arc (default: --tp-color-warn).
 * @cssprop --tp-gauge-red - Red light and arc (default: --tp-color-bad).
 * @cssprop --tp-gauge-track-color - The unfilled arc.
 * @cssprop --tp-gauge-tick-color - The target tick (100 %).
 * @cssprop --tp-gauge-size - Gauge width in program mode (8.5rem).
 * @cssprop --tp-gauge-size-large - Gauge width in single mode (16rem).
 */
export class TpIndicatorGauge extends TpElement {
  static override styles = [...platformStyles, indicatorGaugeStyles];

  /** One indicator id (KA_INDICADOR), e.g. `169710`: single-indicator mode. */
  @property() indicator?: string;

  /**
   * Default traffic-light thresholds "green,red" in percent of the target, for indicators that have
   * none of their own: "90,70" = green from 90 %, red below 70 % (mirrored for descending ones).
   * "10,20" (green < red) is read as SHCP's deviation form. Default "90,80".
   */
  @property() thresholds?: string;

  @state() private showManagement = false;

  private readonly uid = `tp-ig-${++uid}`;
  private used = { indicator: undefined as string | undefined, thresholds: undefined as string | undefined };
  private charts = new Map<string, ChartController>();

  private data = new FeedConsumer<GaugeView>(this, {
    program: 'optional',
    select: ({ feed, program }) => this.select(feed, program),
  });

  private select(feed: Feed, program: Program | undefined): GaugeView | null {
    const id = this.indicator?.trim() || undefined;
    this.used = { indicator: id, thresholds: this.thresholds };
    const parsed = this.thresholds?.trim() ? parseThresholds(this.thresholds) : undefined;
    const rule = parsed?.ok ? parsed.rule : null;
    const bad = parsed && !parsed.ok ? { badThresholds: parsed.found } : {};
    if (id) {
      const hit = findIndicator(program ? [program] : (feed.programs ?? []), id);
      if (!hit) throw new TpFailure('unknown-indicator', (l) => gaugeMsg(l, 'notFound', id));
      const indicator = indicatorView(hit.indicator, { rule });
      return { mode: 'single', programKey: hit.program.key, programName: hit.program.name, indicator, ...bad };
    }
    if (!program) throw new TpFailure('no-program', (l) => translate(l, 'noProgram'));
    const v = programIndicatorsView(program, { rule });
    if (v.total === 0) return null;
    const all = [...v.strategic, ...v.management].flatMap((g) => g.indicators);
    return { mode: 'program', program: v, all, ...bad };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('indicator') || changed.has('thresholds')) && this.data.data) {
      const id = this.indicator?.trim() || undefined;
      if (id !== this.used.indicator || this.thresholds !== this.used.thresholds) void this.data.task.run();
    }
    this.syncCharts();
  }

  /** One ChartController per indicator with a history chart (they load Vega only when one nears the screen). */
  private syncCharts(): void {
    const view = this.data.data?.view;
    const list = !view ? [] : view.mode === 'single' ? [view.indicator] : view.all;
    const wanted = new Map(list.filter(hasHistoryChart).map((v) => [idPart(v.id), v]));
    for (const [key, c] of this.charts) {
      if (!wanted.has(key)) {
        c.hostDisconnected();
        this.removeController(c);
        this.charts.delete(key);
      }
    }
    for (const key of wanted.keys()) {
      if (this.charts.has(key)) continue;
      const controller = new ChartController(this, {
        container: () => this.renderRoot.querySelector<HTMLElement>(`[data-chart="${key}"]`),
        spec: ({ width, config, lang }) => {
          const v = this.currentIndicators().find((i) => idPart(i.id) === key);
          const single = this.data.data?.view.mode === 'single';
          return (v && indicatorHistorySpec(v, { lang, width, config, height: single ? 180 : 120 })) ?? undefined;
        },
        description: () => '',
        lang: () => this.l10n.lang,
      });
      this.charts.set(key, controller);
    }
  }

  private currentIndicators(): IndicatorView[] {
    const view = this.data.data?.view;
    return !view ? [] : view.mode === 'single' ? [view.indicator] : view.all;
  }

  /** Resolves when every history chart now in the DOM has been drawn (tests, screenshots). */
  async chartsRendered(): Promise<void> {
    await this.updateComplete;
    const keys = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-chart]')]
      .filter((el) => el.getClientRects().length > 0 && !el.querySelector('svg'))
      .map((el) => el.dataset.chart!);
    await Promise.all(keys.map((k) => this.charts.get(k)?.rendered()));
  }

  private toggleManagement(): void {
    this.showManagement = !this.showManagement;
  }

  override render(): TemplateResult {
    const lang = this.l10n.lang;
    const t = this.data.task;
    if (t.status === TaskStatus.COMPLETE && t.value?.kind === 'empty') {
      const p = t.value.input.program;
      const message = p ? programIndicatorsSummary(programIndicatorsView(p), lang) : undefined;
      return html`<section part="base" aria-busy="false">${statusView({ kind: 'empty', message }, lang)}</section>`;
    }
    return this.data.render((d) =>
      d.view.mode === 'single' ? this.singleTemplate(d, d.view, lang) : this.programTemplate(d, d.view, lang),
    );
  }

  private notes(d: FeedData<GaugeView>, lang: Lang): TemplateResult {
    const bad = d.view.badThresholds;
    return html`${bad !== undefined ? html`<p class="tp-status" role="note" data-kind="thresholds">${gaugeMsg(lang, 'badThresholds', bad)}</p>` : nothing}
    ${dataNotes(d.problems, lang)}`;
  }

  private footer(d: FeedData<GaugeView>, list: IndicatorView[], name: string, caption: string, lang: Lang): TemplateResult {
    const table = indicatorTable(caption, list, lang);
    return html`${dataTable(table, lang)} ${this.notes(d, lang)} ${sourceLine(d.feed, lang)}
    ${actionsView({ host: this, table, name, src: d.loaded.url, meta: { source: d.feed.publisher?.name, asOf: d.feed.asOf } }, lang)}`;
  }

  private levels(groups: LevelGroup[], lang: Lang, kind: string): TemplateResult {
    return html`${groups.map((g) => {
      const { term, definition } = levelTerm(g.level, lang);
      const hid = `${this.uid}-${kind}-${g.level}`;
      return html`<section role="group" class="level" data-level=${g.level} aria-labelledby=${hid}>
        <div class="level-head"><h4 id=${hid}>${term}</h4></div>
        ${definition ? html`<p class="level-meaning">${definition}</p>` : nothing}
        <ul class="indicators">${g.indicators.map((v, j) => indicatorCard(v, lang, `${hid}-${j}`))}</ul>
      </section>`;
    })}`;
  }

  private programTemplate(d: FeedData<GaugeView>, view: Extract<GaugeView, { mode: 'program' }>, lang: Lang): TemplateResult {
    const v = view.program;
    const sid = `${this.uid}-strategic`;
    const mid = `${this.uid}-management`;
    const open = this.showManagement;
    return html`
      <h2 part="title"><span class="eyebrow">${gaugeMsg(lang, 'title')}</span> <span class="tp-key">${v.programKey}</span> ${v.programName}</h2>
      <p part="summary">${programIndicatorsSummary(v, lang)}</p>
      <p class="terms"><span class="muted">${gaugeMsg(lang, 'terms')}:</span>
        ${glossaryTerm('target', lang)} ${glossaryTerm('mir', lang)} ${glossaryTerm('strategic', lang)} ${glossaryTerm('management', lang)}</p>
      <section role="group" class="group" aria-labelledby=${`${sid}-h`}>
        <h3 class="group-title" id=${`${sid}-h`}>${gaugeMsg(lang, 'strategic')} (${v.strategicCount})</h3>
        ${v.strategicCount ? this.levels(v.strategic, lang, 's') : html`<p>${gaugeMsg(lang, 'noStrategic')}</p>`}
      </section>
      ${
        v.managementCount
          ? html`<button type="button" class="toggle" part="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${mid}
              @click=${this.toggleManagement}>
              ${gaugeMsg(lang, open ? 'hideManagement' : 'showManagement', v.managementCount)}
            </button>
            <section role="group" class="group" id=${mid} aria-labelledby=${`${mid}-h`} ?hidden=${!open}>
              <h3 class="group-title" id=${`${mid}-h`}>${gaugeMsg(lang, 'management')} (${v.managementCount})</h3>
              ${open ? this.levels(v.management, lang, 'm') : nothing}
            </section>`
          : nothing
      }
      ${this.footer(d, view.all, v.programKey, `${gaugeMsg(lang, 'title')}: ${v.programKey}`, lang)}
    `;
  }

  private singleTemplate(d: FeedData<GaugeView>, view: Extract<GaugeView, { mode: 'single' }>, lang: Lang): TemplateResult {
    const v = view.indicator;
    const { term, definition } = levelTerm(v.level, lang);
    const titleId = `${this.uid}-title`;
    return html`
      <p class="eyebrow">${gaugeMsg(lang, 'titleOne')} · ${term} · <span class="tp-key">${view.programKey}</span> ${view.programName}</p>
      <h2 part="title" id=${titleId}>${v.name}</h2>
      <div class="gauge single">${gaugeDial(v, lang, titleId)} ${lightBadge(v, lang)}</div>
      <p part="summary">${indicatorSentence(v, lang)}</p>
      ${definition ? html`<p class="level-meaning"><strong>${term}</strong>: ${definition}</p>` : nothing}
      ${v.definition ? html`<p class="sentence">${v.definition}</p>` : nothing}
      ${indicatorFacts(v, lang)}
      ${historyBlock(v, lang, { open: true })}
      ${this.footer(d, [v], `${view.programKey}-${v.id}`, `${gaugeMsg(lang, 'titleOne')}: ${v.id}`, lang)}
    `;
  }
}
