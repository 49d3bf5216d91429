/**
 * # Building a tp-* widget on the shared platform
 *
 * A widget is a thin Lit view: attributes in, one task, one template, events out.
 *
 * ```ts
 * // src/components/my-widget/my-widget.ts
 * import { html } from 'lit';
 * import { TpElement } from '../../platform/tp-element.js';
 * import { FeedConsumer } from '../../platform/feed-consumer.js';
 * import { platformStyles } from '../../platform/styles.js';
 * import { dataTable } from '../../platform/parts/data-table.js';     // also source-line, glossary-term, data-notes, actions
 * import { myView } from './my-widget.model.js';                      // pure: feed → view
 * import { myTable } from './my-widget.table.js';                     // pure: view → TableModel
 * import { mySummary } from './my-widget.messages.js';                // es/en strings and sentences
 * import { styles } from './my-widget.styles.js';
 *
 * export class MyWidget extends TpElement {
 *   static override styles = [platformStyles, styles];
 *   // ONE task: loads the feed (or takes it from <tp-feed>), finds `program`, drives `state`,
 *   // fires tp-load / tp-error. `select` is pure and returns the view, or null for "empty".
 *   private data = new FeedConsumer(this, { program: 'required', select: ({ feed, program }) => myView(feed, program!) });
 *
 *   override render() {
 *     const lang = this.l10n.lang;                                    // 'es' | 'en' | a pack
 *     return this.data.render((d) => html`
 *       <h2 part="title">${d.view.title}</h2>
 *       <p part="summary">${mySummary(d.view, lang)}</p>
 *       ${dataTable(() => myTable(d.view, lang), lang)}
 *       ${dataNotes(d.problems, lang)}
 *       ${sourceLine(d.feed, lang)}
 *       ${actionsView({ host: this, table: myTable(d.view, lang), name: d.program!.key, src: this.src ? undefined : d.loaded.url }, lang)}`);
 *   }
 * }
 * // src/define/my-widget.ts: defineOnce('tp-my-widget', MyWidget) + HTMLElementTagNameMap.
 * ```
 * `this.data.render(ready)` draws the loading skeleton, the empty and error states and the stale
 * notice around `ready`; `[part~=base]` wraps it. Words: `this.l10n.t('showTable')`, glossary
 * terms: `glossaryTerm('accrued', lang)`, own strings: `defineMessages('my', { es, en })`.
 * Numbers: `formatMoney`, `formatPercent`, `formatAsOf` from src/i18n/format.ts.
 * Charts: `new ChartController(this, { container: () => this.renderRoot.querySelector('.chart'),
 *   spec: ({ width, config, lang }) => mySpec(view, { width, config, lang }), description: () => summary })`
 * (src/platform/charts/chart-controller.ts; the container is an empty element: Vega owns its children).
 * Events: `tp-load`/`tp-error` are fired by the FeedConsumer; `emit(this, 'tp-select', { program })` for picks.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalePackController } from '../i18n/load-locale-pack.js';
import { LocalizeController } from '../i18n/localize.js';
import { emit } from './events.js';
import type { TpErrorDetail, TpLoadDetail } from './events.js';
import { platformStyles } from './styles.js';
import { parseFeedbackAttr } from './feedback.js';

export type TpState = 'loading' | 'ready' | 'empty' | 'error' | 'stale';
export type TpTheme = 'auto' | 'light' | 'dark';

/**
 * Base class of every tp-* widget.
 *
 * `lang` is the native HTML attribute (HTMLElement already has it): it is not redeclared; the
 * `LocalizeController` (`this.l10n`) watches it and every `[lang]` ancestor.
 *
 * @fires tp-feedback - Only with `feedback`: a reader answered "¿Te sirvió esta información?". Fired when the reader
 * picks Sí or No (`text: ''`), and once more with the same answer when the reader sends a non-empty text. Detail:
 * `{ widget, program, answer: 'yes' | 'no', text, lang, asOf }` (see TpFeedbackDetail).
 *
 * @csspart feedback - The readers' feedback control (only with `feedback`).
 *
 * @cssprop --tp-font-family - Font; inherited from the page by default.
 * @cssprop --tp-color-text - Text colour.
 * @cssprop --tp-color-bg - Background of the widget box.
 * @cssprop --tp-color-accent - Main colour (bars, highlights).
 */
export class TpElement extends LitElement {
  static override styles = platformStyles;

  /** Feed URL, when the element is not inside `<tp-feed>` (its own `src` wins over the context). */
  @property() src?: string;

  /** Program key: `20-S176`; a short key (`S176`, `S 176`, `s176`) works when it is unique in the feed. */
  @property() program?: string;

  /** `auto` (follows prefers-color-scheme), `light` or `dark`. */
  @property({ reflect: true }) theme: TpTheme = 'auto';

  /** Reflected load state: `loading` | `ready` | `empty` | `error` | `stale`. Set by the element; read it, don't set it. */
  @property({ reflect: true }) state: TpState = 'loading';

  /** Link to the program's own page, e.g. `/programas/{key}` (`{key}`, `{cycle}` are filled in, URL-encoded). */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /**
   * Today's date (ISO `YYYY-MM-DD`) for the overdue-data rule ("Estos datos debieron actualizarse el …").
   * Defaults to the reader's date; set it for archived pages, stories and tests.
   */
  @property() today?: string;

  /**
   * URL of a JSON locale pack (schema/locale-pack-v1.schema.json) to load and register, e.g.
   * `/packs/yua.json`. The element then shows the pack's language, unless it has a `lang` of its own.
   * A broken pack leaves Spanish, with one console note.
   */
  @property({ attribute: 'locale-pack' }) localePack?: string;

  /**
   * Asks readers "¿Te sirvió esta información?" (Sí / No, then an optional text of up to 500
   * characters) below the widget's data. Off by default; on for every widget inside
   * `<tp-feed feedback>`. The widget's own setting wins: `feedback="false"` turns it off inside such
   * a `<tp-feed>`. Fires `tp-feedback`; the library sends and stores nothing.
   */
  @property({ converter: { fromAttribute: parseFeedbackAttr } }) feedback?: boolean;

  /** Resolved language (`es`, `en` or a registered pack) and translations. */
  protected readonly l10n = new LocalizeController(this);

  protected readonly packLoader = new LocalePackController(this, () => this.localePack);

  /** The language this element shows now. */
  get resolvedLang(): string {
    return this.l10n.lang;
  }

  /** @internal Fires `tp-load`. */
  emitLoad(detail: TpLoadDetail): void {
    emit(this, 'tp-load', detail);
  }

  /** @internal Fires `tp-error`. */
  emitError(detail: TpErrorDetail): void {
    emit(this, 'tp-error', detail);
  }
}
