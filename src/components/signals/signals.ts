import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/types.js';
import { FeedConsumer } from '../../platform/feed-consumer.js';
import { actionsView } from '../../platform/parts/actions.js';
import { dataNotes } from '../../platform/parts/data-notes.js';
import { dataTable } from '../../platform/parts/data-table.js';
import { keyName } from '../../platform/parts/program-name.js';
import { sourceLine } from '../../platform/parts/source-line.js';
import { fillHrefTemplate } from '../../platform/safe-url.js';
import { headingStyles, platformStyles } from '../../platform/styles.js';
import { TpElement } from '../../platform/tp-element.js';
import { configNoteText, levelLabel, ruleName, ruleText, ruleWhy, signalSentence, signalsDisclaimer } from '../../signals/describe.js';
import { signalsMsg } from '../../signals/messages.js';
import { RULE_CODES, type SignalLevel } from '../../signals/types.js';
import { signalsUi } from './signals.messages.js';
import { parseSignalsConfig, parseSignalsQuery, signalsBase, signalsView } from './signals.model.js';
import type { SignalGroup, SignalsBase, SignalsView } from './signals.model.js';
import { styles } from './signals.styles.js';
import { programContact } from '../../feed/contact.js';
import type { Contact } from '../../feed/types.js';
import { askLinks } from '../../platform/ask-office.js';
import { askOffice, askOfficeStyles } from '../../platform/parts/ask-office.js';
import { signalsTable } from './signals.table.js';

let uid = 0;

/**
 * Points to review ("puntos a revisar"): the questions the data allows a reader to ask, from the
 * rules of src/signals/ (moments out of order, large budget changes, year-end under-spending, …).
 * Each says what the data shows, never accuses, and a standing line says that a point to review is
 * a question, not an irregularity.
 *
 * With `program`: that program's points to review. Without it: the feed's, grouped by rule, filterable
 * by rule and level, with counts, each linked to its program page (`href-template`).
 *
 * @tagname tp-signals
 * @summary Points to review ("puntos a revisar") of a program or of the whole feed.
 *
 * @fires tp-load - The data is on screen. Detail: `{ src, program? }`.
 * @fires tp-error - The element shows its error state. Detail: `{ message, code }`.
 *
 * @csspart base - The widget box.
 * @csspart title - The heading.
 * @csspart summary - The count sentence.
 * @csspart disclaimer - The standing line: a point to review is a question.
 * @csspart filters - The rule and level filters (whole-feed mode).
 * @csspart groups - The signals, grouped by rule.
 * @csspart table - The data table.
 * @csspart source - The source line.
 * @csspart status - Loading, empty, error and stale notices.
 * @csspart ask - With `program`: "Preguntar" about the signals shown (mailto: or the contact page of the program or its unit) and the request-system link.
 *
 * @attr request-url - Public-information request system shown beside "Preguntar" (default: Plataforma Nacional de Transparencia); an unsafe URL shows no link.
 */
export class TpSignals extends TpElement {
  static override styles = [...platformStyles, headingStyles, askOfficeStyles, styles];

  /** Show one rule only (a rule code such as `modified-change`); empty or unknown: all. */
  @property({ reflect: true }) rule = '';

  /** Show one level only: `review` or `info`; empty or unknown: both. */
  @property({ reflect: true }) level = '';

  /**
   * Thresholds as JSON, e.g. `{"modifiedChange": 0.25, "asmYears": 3, "rules": ["moment-order"]}`
   * (see README). A bad value keeps its default and is noted under the list.
   */
  @property() config?: string;

  /** The public-information request system shown beside "Preguntar" (default: Plataforma Nacional de Transparencia). */
  @property({ attribute: 'request-url' }) requestUrl: string | null = null;

  private readonly uidPrefix = `tp-sig-${++uid}`;
  private usedConfig?: string;

  private data = new FeedConsumer<SignalsBase & { contact?: Contact }>(this, {
    program: 'optional',
    select: ({ feed, program }) => {
      this.usedConfig = this.config ?? '';
      // A feed without programs has nothing to ask about: state "empty". Zero signals is an answer, not empty.
      if (!program && !feed.programs.length) return null;
      const contact = program ? programContact(program) : undefined;
      return { ...signalsBase(feed, program, parseSignalsConfig(this.config)), ...(contact ? { contact } : {}) };
    },
  });

  protected override updated(changed: PropertyValues<this>): void {
    // The task re-runs on src / feed / program; `config` changes the signals; rule and level only filter.
    if (!changed.has('config') || this.usedConfig === undefined) return;
    if ((this.config ?? '') !== this.usedConfig) void this.data.task.run();
  }

  private filters(v: SignalsView, lang: Lang): TemplateResult {
    const q = parseSignalsQuery(this.rule, this.level);
    const n = (x: number) => formatNumber(x, lang, 0);
    const id = (k: string) => `${this.uidPrefix}-${k}`;
    return html`<form part="filters" role="search" aria-label=${signalsUi(lang, 'filters')} @submit=${(e: Event) => e.preventDefault()}>
      <label for=${id('rule')}
        >${signalsUi(lang, 'rule')}
        <select id=${id('rule')} @change=${(e: Event) => (this.rule = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!q.rule}>${signalsUi(lang, 'allRules')} (${n(v.total)})</option>
          ${RULE_CODES.filter((c) => v.config.rules.includes(c)).map(
            (c) => html`<option value=${c} ?selected=${q.rule === c}>${ruleName(c, lang)} (${n(v.byRule[c])})</option>`,
          )}
        </select></label
      >
      <label for=${id('level')}
        >${signalsUi(lang, 'level')}
        <select id=${id('level')} @change=${(e: Event) => (this.level = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!q.level}>${signalsUi(lang, 'allLevels')} (${n(v.total)})</option>
          ${(['review', 'info'] as SignalLevel[]).map(
            (l) => html`<option value=${l} ?selected=${q.level === l}>${levelLabel(l, lang)} (${n(v.byLevel[l])})</option>`,
          )}
        </select></label
      >
    </form>`;
  }

  private group(g: SignalGroup, v: SignalsView, lang: Lang): TemplateResult {
    const why = ruleWhy(g.rule, lang);
    return html`<section class="group" data-rule=${g.rule} aria-labelledby=${`${this.uidPrefix}-${g.rule}`}>
      <h3 id=${`${this.uidPrefix}-${g.rule}`}>
        ${ruleName(g.rule, lang)}${v.mode === 'feed' ? html` (${formatNumber(g.signals.length, lang, 0)})` : nothing}<span class="level"
          >${levelLabel(g.level, lang)}</span
        >
      </h3>
      <p class="rule-text">${ruleText(g.rule, lang, v.config)}</p>
      <ul>
        ${g.signals.map(
          (s) => html`<li data-key=${s.program}>
            ${v.mode === 'feed' ? html`${keyName(s.program, s.name, fillHrefTemplate(this.hrefTemplate, { key: s.program, cycle: v.cycle }))}: ` : nothing}${signalSentence(s, lang, v.currency)}
          </li>`,
        )}
      </ul>
      <details class="tp-disclosure why">
        <summary>${signalsUi(lang, 'why')}</summary>
        <p><strong>${why.term}</strong>: ${why.definition}</p>
      </details>
    </section>`;
  }

  private body(v: SignalsView, lang: Lang): TemplateResult {
    const n = (x: number) => formatNumber(x, lang, 0);
    const none =
      v.mode === 'program' ? signalsUi(lang, 'noneProgram') : v.total ? signalsUi(lang, 'noneFiltered') : signalsUi(lang, 'noneFeed');
    return html`
      <h2 part="title">
        ${
          v.mode === 'program'
            ? html`<span class="eyebrow">${signalsUi(lang, 'eyebrowProgram')}</span><span class="tp-key">${v.key}</span> ${v.name}`
            : signalsMsg(lang, 'title')
        }
      </h2>
      <div part="summary" aria-live="polite">
        <p>
          ${
            v.mode === 'program'
              ? signalsMsg(lang, 'count', v.shown)
              : signalsUi(lang, 'feedSummary', v.shown, n(v.shown), v.programs, n(v.programs))
          }
          ${v.shown !== v.total ? signalsUi(lang, 'filtered', n(v.shown), n(v.total)) : nothing}
        </p>
      </div>
      <p part="disclaimer">${signalsDisclaimer(lang)}</p>
      ${v.mode === 'feed' && v.total ? this.filters(v, lang) : nothing}
      ${v.groups.length ? html`<div class="groups" part="groups">${v.groups.map((g) => this.group(g, v, lang))}</div>` : html`<p>${none}</p>`}
      ${
        v.notes.length
          ? html`<div class="config-notes" role="note">
            <p><strong>${signalsUi(lang, 'configNotes')}</strong></p>
            <ul>
              ${v.notes.map((note) => html`<li>${configNoteText(note, lang)}</li>`)}
            </ul>
          </div>`
          : nothing
      }
    `;
  }

  /** Program mode: "Preguntar" about the signals shown, when the program or its unit has a contact. */
  private ask(v: SignalsView, contact: Contact | undefined, asOf: string | undefined, lang: Lang) {
    if (v.mode !== 'program' || !contact || !v.key) return nothing;
    const shown = v.groups.flatMap((g) => g.signals);
    const topic = shown.length ? shown.map((s) => signalSentence(s, lang, v.currency)).join(' / ') : undefined;
    return askOffice(
      askLinks({ contact, program: { key: v.key, name: v.name }, topic, asOf: asOf ?? null, requestUrl: this.requestUrl, lang }),
      lang,
      v.name ?? v.key,
    );
  }

  override render() {
    const lang = this.resolvedLang;
    return this.data.render(
      (d) => {
        const v = signalsView(d.view, parseSignalsQuery(this.rule, this.level));
        const table = signalsTable(v, lang);
        // Every data note: signals read every program (feed mode), and a dropped field changes what they can ask.
        return html`
          ${this.body(v, lang)} ${this.ask(v, d.view.contact, d.feed.asOf, lang)} ${dataTable(() => table, lang)}
          ${dataNotes(d.problems, lang)} ${sourceLine(d.feed, lang)}
          ${actionsView({ host: this, table, name: v.mode === 'program' ? `puntos-${v.key}` : 'puntos-a-revisar', meta: { asOf: d.feed.asOf } }, lang)}
        `;
      },
      { label: signalsMsg(lang, 'title') },
    );
  }
}
