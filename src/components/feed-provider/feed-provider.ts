import { LitElement, html, css } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { feedContext } from '../../feed/context.js';
import type { FeedContextValue } from '../../feed/context.js';
import { absoluteUrl } from '../../feed/request.js';
import { FeedError } from '../../feed/fetch-bytes.js';
import { loadFeed } from '../../feed/load.js';
import type { LoadedFeed } from '../../feed/load.js';
import { loadProblemWording, makeProblem, problemMessageNow } from '../../feed/problems.js';
import { LocalePackController } from '../../i18n/load-locale-pack.js';
import type { Problem } from '../../feed/types.js';
import type { TpErrorDetail, TpLoadDetail } from '../../platform/events.js';
import { parseFeedbackAttr } from '../../platform/feedback.js';

/**
 * Loads one open-data feed and provides it (through `@lit/context`) to every `tp-*` widget inside it,
 * including widgets added later. Twenty widgets inside one `<tp-feed>` cost one request.
 * It draws nothing itself (`display: contents`); widgets inside show the loading, error and stale states.
 *
 * @tagname tp-feed
 * @summary Provides one loaded budget feed to the widgets inside it.
 *
 * @slot - The widgets (`tp-program-card`, `tp-spending-flow`, …) that use this feed.
 *
 * @fires tp-load - The feed loaded (also after a refresh that fell back to the last good copy). Detail: `{ src, programs }`.
 * @fires tp-error - The feed could not be loaded. Detail: `{ message, code }` (message in the element's language).
 */
export class TpFeed extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of the feed: Feed v1 JSON, a shard `index.json`, a CSV of a known layout or a `datapackage.json`. */
  @property() src = '';

  /** Load state, reflected for CSS and tests: `loading` | `ready` | `error` | `stale`. Read-only. */
  @property({ reflect: true }) state?: FeedContextValue['state'];

  /**
   * URL of a JSON locale pack (schema/locale-pack-v1.schema.json) for the widgets inside, e.g.
   * `/packs/yua.json`. They then show the pack's language, unless this element has a `lang` of its own
   * (or a widget has). A broken pack leaves Spanish, with one console note.
   */
  @property({ attribute: 'locale-pack' }) localePack?: string;

  /**
   * Asks readers "¿Te sirvió esta información?" on every widget inside (see the widgets' `feedback`).
   * A widget's own `feedback="false"` turns it off for that widget. The library sends and stores
   * nothing: listen for `tp-feedback` (it bubbles through this element).
   */
  @property({ converter: { fromAttribute: parseFeedbackAttr } }) feedback?: boolean;

  protected readonly packLoader = new LocalePackController(this, () => this.localePack);

  private provider = new ContextProvider(this, { context: feedContext, initialValue: undefined });
  private controller?: AbortController;
  /** The src whose load finished or is running; a reconnect with the same src does not load again. */
  private current?: string;

  /** The loaded feed, when ready or stale. */
  get loaded(): LoadedFeed | undefined {
    return this.provider.value?.loaded;
  }

  /** The fatal problem, when the state is `error`. */
  get error(): Problem | undefined {
    return this.provider.value?.error;
  }

  /** Fetches the feed again. On failure the last good copy stays, with state `stale`. */
  reload(): Promise<void> {
    return this.load(true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A removed-then-reinserted element resumes a load that its removal aborted.
    if (this.hasUpdated && this.src && this.current === undefined) void this.load(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.state === 'loading') {
      this.controller?.abort();
      this.current = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src !== this.current) void this.load(false);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The widgets read `feedback` when they draw: redraw those inside when it changes.
    if (changed.has('feedback')) {
      for (const el of this.querySelectorAll('*'))
        if (el.localName.startsWith('tp-') && 'requestUpdate' in el) (el as LitElement).requestUpdate();
    }
  }

  private async load(refresh: boolean): Promise<void> {
    this.controller?.abort();
    const src = this.src;
    this.current = src || undefined;
    if (!src) {
      this.state = undefined;
      this.provider.setValue(undefined);
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    let abs = src;
    try {
      abs = absoluteUrl(src);
    } catch {
      /* loadFeed reports the bad URL */
    }
    const previous = this.provider.value;
    if (!refresh || !previous?.loaded) this.publish({ src: abs, state: 'loading' });
    try {
      const loaded = await loadFeed(src, { signal: controller.signal, refresh });
      if (controller.signal.aborted) return;
      this.publish({ src: abs, state: loaded.stale ? 'stale' : 'ready', loaded });
      const detail: TpLoadDetail = { src: loaded.url, programs: loaded.feed.programs.length };
      this.dispatchEvent(new CustomEvent<TpLoadDetail>('tp-load', { detail, bubbles: true, composed: true }));
    } catch (e) {
      if (controller.signal.aborted) return;
      const problem = e instanceof FeedError ? e.problem : makeProblem('network', 'load-failed', 'fatal');
      // The error says the problem in words (loadFeed has loaded them for a FeedError; else they load now).
      await loadProblemWording().catch(() => undefined);
      if (controller.signal.aborted) return;
      this.publish({ src: abs, state: 'error', error: problem });
      const detail: TpErrorDetail = { message: problemMessageNow(problem, this.language()), code: String(problem.kind) };
      this.dispatchEvent(new CustomEvent<TpErrorDetail>('tp-error', { detail, bubbles: true, composed: true }));
    }
  }

  private publish(value: FeedContextValue) {
    this.state = value.state;
    this.provider.setValue(value, true);
  }

  private language(): string {
    const el = this.closest('[lang]');
    return el?.getAttribute('lang') || document.documentElement.lang || 'es';
  }

  override render() {
    return html`<slot></slot>`;
  }
}
