/**
 * The feed-consumer controller: the ONE async task of a widget.
 *
 * 1. Takes the feed from the element's own `src` (loadFeed, shared per URL) or, without `src`,
 *    from the nearest `<tp-feed>` (@lit/context, subscribed: a refresh re-renders).
 * 2. Selects the program (`resolveProgram`: loose keys, shards); unknown keys name the closest
 *    keys, ambiguous keys list the candidates.
 * 3. Runs the widget's pure `select` → view (null means "empty").
 * 4. Drives the host's reflected `state` and fires `tp-load` / `tp-error`.
 * `render(ready)` draws loading / empty / error / stale around the widget's own template, and after it
 * the readers' feedback control when the widget (or its `<tp-feed>`) has `feedback` (parts/feedback.ts).
 */
import { html, nothing } from 'lit';
import type { ReactiveController, TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { feedContext } from '../feed/context.js';
import type { FeedContextValue } from '../feed/context.js';
import { FeedError } from '../feed/fetch-bytes.js';
import { loadFeed, resolveProgram } from '../feed/load.js';
import type { LoadedFeed } from '../feed/load.js';
import { loadProblemWording, problemMessageNow } from '../feed/problems.js';
import type { Feed, Problem, Program } from '../feed/types.js';
import { translate } from '../i18n/registry.js';
import type { Lang } from '../i18n/types.js';
import { lookupFailure, lookupMessage } from './lookup.js';
import type { TpElement } from './tp-element.js';
import { statusView } from './parts/status.js';
import { renderOverdueNotice, todayIso } from './parts/overdue-notice.js';
import { overdueNotice } from '../feed/overdue.js';
import { feedbackOn, feedbackPart } from './parts/feedback.js';
import {
  drewFirstData,
  drewOnScreen,
  firstScreenDrawn,
  firstScreenPending,
  onScreenTurn,
  unwatchFirstScreen,
  watchFirstScreen,
} from './first-screen.js';

/** What the widget's `select` receives. */
export interface FeedInput {
  loaded: LoadedFeed;
  feed: Feed;
  /** The selected program (absent when the widget takes no program). */
  program?: Program;
  /** Problems of this program (or of the whole feed when there is no program). */
  problems: Problem[];
}

/** What `render(ready)` gives the widget. */
export interface FeedData<V> extends FeedInput {
  view: V;
  stale: boolean;
}

export interface FeedConsumerOptions<V> {
  /** `required` (default): an error without `program`; `optional`: feed-wide view without it; `none`. */
  program?: 'required' | 'optional' | 'none';
  /** Pure: the widget's view, or null when there is nothing to show (state `empty`). */
  select: (input: FeedInput) => V | null;
}

/** A failure the element shows; the message is computed in the language at render time. */
export class TpFailure extends Error {
  readonly code: string;
  readonly describe: (lang: Lang) => string;
  constructor(code: string, describe: (lang: Lang) => string) {
    super(describe('en'));
    this.name = 'TpFailure';
    this.code = code;
    this.describe = describe;
  }
}

type Result<V> = { kind: 'ready'; data: FeedData<V> } | { kind: 'empty'; input: FeedInput };

function toFailure(e: unknown): TpFailure {
  if (e instanceof TpFailure) return e;
  if (e instanceof FeedError) return problemFailure(e.problem);
  return new TpFailure('load-failed', (lang) => translate(lang, 'feedUnavailable'));
}

/** A data problem as a failure: worded by `problemMessage` once the wording is loaded (see `run`), else by its code. */
function problemFailure(p: Problem): TpFailure {
  return new TpFailure(String(p.kind), (lang) => problemMessageNow(p, lang));
}

/** A promise that settles only when `signal` aborts (the task then re-runs with new arguments). */
function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
}

function hasFeedAncestor(el: Element): boolean {
  let node: Element | null = el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
  while (node) {
    if (node.localName === 'tp-feed') return true;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : node.parentElement;
  }
  return false;
}

function problemsOf(loaded: LoadedFeed, program: Program | undefined, index: number | undefined): Problem[] {
  if (!program) return loaded.problems;
  return loaded.problems.filter((p) => p.key === program.key || (p.key === undefined && index !== undefined && p.index === index));
}

export class FeedConsumer<V> implements ReactiveController {
  readonly task: Task<readonly [string | undefined, FeedContextValue | undefined, string | undefined], Result<V>>;
  private readonly host: TpElement;
  private readonly context: ContextConsumer<typeof feedContext, TpElement>;
  private readonly options: FeedConsumerOptions<V>;

  constructor(host: TpElement, options: FeedConsumerOptions<V>) {
    this.host = host;
    this.options = options;
    host.addController(this);
    this.context = new ContextConsumer(host, { context: feedContext, subscribe: true });
    this.task = new Task(this.host, {
      args: () => [this.host.src || undefined, this.context.value, this.host.program?.trim() || undefined] as const,
      task: (args, { signal }) => this.run(args, signal),
      onComplete: (r) => this.completed(r),
      onError: (e) => this.failed(e),
    });
  }

  /** True when a load was aborted because the element left the page (it resumes on reconnect). */
  private abortedByDisconnect = false;
  /** True once the widget has drawn its data (or its error) for the first time. */
  private drawn = false;

  hostDisconnected(): void {
    unwatchFirstScreen(this.host);
    drewOnScreen(this.host);
    // A widget removed mid-load stops waiting (the shared request ends when nobody waits) and fires nothing.
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort(new DOMException('The element was removed.', 'AbortError'));
    }
  }

  hostConnected(): void {
    if (!this.drawn) watchFirstScreen(this.host);
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.task.run();
    }
    // A <tp-feed> that is upgraded after this element (define order, separate scripts) never saw
    // our context request: ask again once it is defined.
    if (!customElements.get('tp-feed') && hasFeedAncestor(this.host)) {
      void customElements.whenDefined('tp-feed').then(() => {
        if (this.host.isConnected && this.context.value === undefined) {
          this.context.hostDisconnected();
          this.context.hostConnected();
        }
      });
    }
  }

  /** The data on screen, when ready or stale. */
  get data(): FeedData<V> | undefined {
    const v = this.task.value;
    return this.task.status === TaskStatus.COMPLETE && v?.kind === 'ready' ? v.data : undefined;
  }

  /** The failure on screen, when in the error state. */
  get failure(): TpFailure | undefined {
    return this.task.status === TaskStatus.ERROR ? toFailure(this.task.error) : undefined;
  }

  private async run(
    [src, ctx, key]: readonly [string | undefined, FeedContextValue | undefined, string | undefined],
    signal: AbortSignal,
  ): Promise<Result<V>> {
    this.host.state = 'loading';
    const mode = this.options.program ?? 'required';
    if (mode === 'required' && !key) throw new TpFailure('no-program', (l) => translate(l, 'noProgram'));
    let loaded: LoadedFeed;
    if (src) {
      loaded = await loadFeed(src, { signal });
    } else if (ctx) {
      if (ctx.state === 'error') {
        // The error state says the problem in words: wait for them (loadFeed already has, for `src`).
        if (ctx.error) await loadProblemWording().catch(() => undefined);
        throw ctx.error ? problemFailure(ctx.error) : toFailure(undefined);
      }
      if (!ctx.loaded) return untilAborted(signal);
      loaded = ctx.loaded;
    } else if (hasFeedAncestor(this.host)) {
      return untilAborted(signal); // <tp-feed> not upgraded or not loaded yet
    } else {
      throw new TpFailure('no-source', (l) => translate(l, 'noSource'));
    }
    if (!this.drawn) {
      // Where the widget is can only be read once its loading placeholder is in the page: when the data
      // was already there at its first update (its <tp-feed> came first), that is once this update is done.
      if (!this.host.hasUpdated && firstScreenPending()) await this.host.updateComplete;
      // On its first load, a widget off screen draws after the first screen has been painted (first-screen.ts).
      await firstScreenDrawn(this.host, signal);
    }
    let program: Program | undefined;
    let index: number | undefined;
    if (key && mode !== 'none') {
      if (!loaded.feed.programs?.length) throw new TpFailure('no-programs', (l) => translate(l, 'noPrograms'));
      const lookup = await resolveProgram(loaded, key, { signal });
      const failure = lookupFailure(lookup);
      if (failure) throw new TpFailure(failure.code, (l) => lookupMessage(failure, l));
      if (lookup.status === 'found') {
        program = lookup.program;
        index = lookup.index;
      }
    }
    // On screen while it loaded: build the view and draw after the on-screen widget before it has drawn,
    // if still on screen (after the program's own request, so a shard's fetch never waits for a turn).
    if (!this.drawn) await onScreenTurn(this.host, signal);
    const input: FeedInput = { loaded, feed: loaded.feed, program, problems: problemsOf(loaded, program, index) };
    const view = this.options.select(input);
    if (view === null || view === undefined) return { kind: 'empty', input };
    return { kind: 'ready', data: { ...input, view, stale: loaded.stale } };
  }

  private completed(r: Result<V>): void {
    this.firstDrawn(true);
    const input = r.kind === 'ready' ? r.data : r.input;
    this.host.state = r.kind === 'empty' ? 'empty' : input.loaded.stale ? 'stale' : 'ready';
    drewOnScreen(this.host, this.host.updateComplete);
    this.host.emitLoad({ src: input.loaded.url, ...(input.program ? { program: input.program.key } : {}) });
  }

  /** The first draw of data (`withData`) or of an error: the widget stops waiting for the first screen. */
  private firstDrawn(withData = false): void {
    if (this.drawn) return;
    this.drawn = true;
    unwatchFirstScreen(this.host);
    if (withData) drewFirstData();
  }

  private failed(e: unknown): void {
    drewOnScreen(this.host);
    if ((e as { name?: string })?.name === 'AbortError') return;
    this.firstDrawn();
    const f = toFailure(e);
    this.host.state = 'error';
    this.host.emitError({ message: f.describe(this.host.resolvedLang), code: f.code });
  }

  /**
   * Draws the states around the widget's template. `ready` gets the data; the stale notice
   * ("datos al …") goes above it. Each state is wrapped in `[part~=base]`.
   */
  render(ready: (data: FeedData<V>) => unknown, options: { label?: string; overdue?: 'top' | 'none' } = {}): TemplateResult {
    const lang = this.host.resolvedLang;
    // A labelled section is a landmark: the program key keeps two widgets of one kind on a page distinct.
    const label = options.label && this.host.program ? `${options.label}: ${this.host.program}` : options.label;
    const wrap = (content: unknown, busy = false) =>
      html`<section part="base" aria-busy=${busy ? 'true' : 'false'} aria-label=${label ?? nothing}>${content}</section>`;
    switch (this.task.status) {
      case TaskStatus.ERROR: {
        if ((this.task.error as { name?: string })?.name === 'AbortError') return wrap(statusView({ kind: 'loading' }, lang), true);
        const f = toFailure(this.task.error);
        return wrap(statusView({ kind: 'error', message: f.describe(lang), code: f.code }, lang));
      }
      case TaskStatus.COMPLETE: {
        const r = this.task.value!;
        if (r.kind === 'empty') {
          const none = !r.input.feed.programs?.length;
          return wrap(statusView(none ? { kind: 'empty', message: translate(lang, 'noPrograms') } : { kind: 'empty' }, lang));
        }
        const d = r.data;
        // `overdue: 'none'`: the widget places the notice itself (the compact card, below its title).
        const overdue = options.overdue === 'none' ? null : overdueNotice(d.feed, this.host.today || todayIso());
        // Readers' feedback (opt-in with `feedback`), after the widget's own view: its source line and actions.
        const feedback = feedbackOn(this.host)
          ? feedbackPart({ host: this.host, program: d.program?.key ?? null, asOf: d.feed.asOf ?? null, lang })
          : nothing;
        return wrap(
          html`${d.stale ? statusView({ kind: 'stale', asOf: d.feed.asOf }, lang) : nothing}${renderOverdueNotice(overdue, lang)}${ready(d)}${feedback}`,
        );
      }
      default:
        return wrap(statusView({ kind: 'loading' }, lang), true);
    }
  }
}
