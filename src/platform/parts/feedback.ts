/**
 * Feedback from readers: "¿Te sirvió esta información?" with Sí / No, then an optional text and
 * "Enviar", then a thank-you. Shown only on widgets with `feedback` (or inside `<tp-feed feedback>`).
 *
 * FeedConsumer.render() puts it at the end of every widget's ready (and stale) view, after the source
 * line and the actions. It is a directive that keeps its own state and redraws only itself
 * (`setValue`), so typing does not redraw the widget. A new load (another program, a refresh that goes
 * through the loading state) starts it afresh.
 *
 * Behaviour (keyboard: Tab, Enter/Space; screen readers: a named group, toggle buttons, polite status):
 *  - Sí / No are toggle buttons (`aria-pressed`) in a group named by the question. The first press fires
 *    `tp-feedback` with the answer and `text: ''`. The answer is then final: the other button is
 *    `aria-disabled` and does nothing; the chosen one is marked by a check mark and bold text, not by
 *    colour alone.
 *  - The optional text (label "¿Qué no se entendió?" after No, "¿Algo más que quieras decirnos?" after
 *    Sí) takes up to 500 characters, counted in code points; the visible count is not live; screen readers
 *    hear the remaining count politely when it crosses 100, 50, 20, 10 and 0, and after a pause in typing.
 *  - "Enviar" fires `tp-feedback` again, with the same answer and the text, only when the text is not
 *    empty; in both cases the text box goes away, "Gracias. …" is announced (role=status) and the focus
 *    moves to the chosen answer button (never to <body>).
 * The library sends and stores nothing: the host listens for `tp-feedback`. Part: `feedback`.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { live } from 'lit/directives/live.js';
import type { Lang } from '../../i18n/types.js';
import { emit } from '../events.js';
import {
  FEEDBACK_MAX,
  FEEDBACK_PAUSE_MS,
  charCount,
  feedbackDetail,
  feedbackEnabled,
  limitText,
  parseFeedbackAttr,
  thresholdCrossed,
} from '../feedback.js';
import { feedbackMsg } from '../feedback.messages.js';

/** An element that may carry the `feedback` setting (a widget or `<tp-feed>`), upgraded or not. */
type FeedbackCarrier = Element & { feedback?: unknown };

function settingOf(el: FeedbackCarrier): boolean | undefined {
  return typeof el.feedback === 'boolean' ? el.feedback : parseFeedbackAttr(el.getAttribute('feedback'));
}

/**
 * Whether `host` shows the control: its own `feedback` wins (`feedback="false"` opts out), then the
 * nearest `<tp-feed>` ancestor's (light DOM: `<tp-feed>` wraps widgets in the page), else off.
 */
export function feedbackOn(host: FeedbackCarrier): boolean {
  const feed = host.parentElement?.closest('tp-feed') as FeedbackCarrier | null | undefined;
  return feedbackEnabled(settingOf(host), feed ? settingOf(feed) : undefined);
}

export interface FeedbackContext {
  /** The widget: the event is fired from it, its tag names the widget. */
  host: HTMLElement;
  program: string | null;
  asOf: string | null;
  lang: Lang;
}

type Answer = 'yes' | 'no';

class FeedbackDirective extends AsyncDirective {
  private ctx?: FeedbackContext;
  private answer: Answer | null = null;
  private sent = false;
  private text = '';
  /** What the polite counter region says now. */
  private said = '';
  private saidFor = -1;
  private timer?: ReturnType<typeof setTimeout>;

  render(ctx: FeedbackContext): TemplateResult {
    this.ctx = ctx;
    return this.view();
  }

  protected override disconnected(): void {
    clearTimeout(this.timer);
  }

  private redraw(): void {
    if (this.isConnected) this.setValue(this.view());
  }

  private fire(text: string): void {
    const c = this.ctx!;
    emit(
      c.host,
      'tp-feedback',
      feedbackDetail({ tag: c.host.localName, program: c.program, answer: this.answer!, text, lang: c.lang, asOf: c.asOf }),
    );
  }

  private pick(answer: Answer): void {
    if (this.answer) return; // the answer is final
    this.answer = answer;
    this.redraw();
    this.fire('');
  }

  private onInput(e: InputEvent): void {
    const area = e.target as HTMLTextAreaElement;
    if (!e.isComposing) {
      const cut = limitText(area.value);
      if (cut !== area.value) area.value = cut;
    }
    const before = charCount(this.text);
    this.text = area.value;
    const after = charCount(this.text);
    clearTimeout(this.timer);
    const crossed = thresholdCrossed(before, after);
    if (crossed !== null) this.say(crossed);
    else this.timer = setTimeout(() => this.say(FEEDBACK_MAX - charCount(this.text)), FEEDBACK_PAUSE_MS);
    this.redraw();
  }

  private say(left: number): void {
    if (left === this.saidFor || this.sent) return;
    this.saidFor = left;
    this.said = feedbackMsg(this.ctx!.lang, 'left', left);
    this.redraw();
  }

  private send(e: Event): void {
    const box = (e.currentTarget as HTMLElement).closest('.tp-feedback');
    const text = limitText(this.text).trim();
    clearTimeout(this.timer);
    this.sent = true;
    this.redraw();
    if (text) this.fire(text);
    box?.querySelector<HTMLButtonElement>('.tp-feedback-answer[aria-pressed="true"]')?.focus();
  }

  private answerButton(answer: Answer): TemplateResult {
    const lang = this.ctx!.lang;
    const chosen = this.answer === answer;
    const other = this.answer !== null && !chosen;
    return html`<button
      type="button"
      class="tp-feedback-answer"
      data-answer=${answer}
      aria-pressed=${chosen ? 'true' : 'false'}
      aria-disabled=${other ? 'true' : 'false'}
      @click=${() => this.pick(answer)}
    >
      ${chosen ? html`<span class="tp-feedback-check" aria-hidden="true">✓</span>` : nothing}${feedbackMsg(lang, answer)}
    </button>`;
  }

  private view(): TemplateResult {
    const lang = this.ctx!.lang;
    const n = charCount(this.text);
    const more =
      this.answer && !this.sent
        ? html`<div class="tp-feedback-more">
            <label for="tp-feedback-text"
              >${feedbackMsg(lang, this.answer === 'no' ? 'whatNot' : 'anythingElse')}
              <span class="tp-feedback-optional">${feedbackMsg(lang, 'optional')}</span></label
            >
            <textarea
              id="tp-feedback-text"
              rows="3"
              aria-describedby="tp-feedback-limit tp-feedback-count"
              .value=${live(this.text)}
              @input=${(e: InputEvent) => this.onInput(e)}
              @compositionend=${(e: CompositionEvent) => this.onInput(e as unknown as InputEvent)}
            ></textarea>
            <p class="tp-feedback-meta">
              <span id="tp-feedback-limit">${feedbackMsg(lang, 'limit', FEEDBACK_MAX)}</span>
              <span id="tp-feedback-count" class="tp-feedback-count">${feedbackMsg(lang, 'count', n, FEEDBACK_MAX)}</span>
            </p>
            <p class="visually-hidden tp-feedback-said" aria-live="polite">${this.said}</p>
            <button type="button" class="tp-feedback-send" @click=${(e: Event) => this.send(e)}>${feedbackMsg(lang, 'send')}</button>
          </div>`
        : nothing;
    return html`<div class="tp-feedback" part="feedback">
      <div class="tp-feedback-ask" role="group" aria-labelledby="tp-feedback-q">
        <span id="tp-feedback-q" class="tp-feedback-q">${feedbackMsg(lang, 'question')}</span>
        <span class="tp-feedback-answers">${this.answerButton('yes')}${this.answerButton('no')}</span>
      </div>
      ${more}
      <p class="tp-feedback-thanks" role="status">${this.sent ? feedbackMsg(lang, 'thanks') : nothing}</p>
    </div>`;
  }
}

/** The control, for `ctx.host`; state lives in the directive (see the file comment). */
export const feedbackPart = directive(FeedbackDirective);

export const feedbackStyles = css`
  .tp-feedback {
    margin-block-start: 0.75em;
    padding-block-start: 0.6em;
    border-block-start: 1px solid var(--_border);
    font-size: var(--_fs-sm);
  }
  .tp-feedback-ask {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .tp-feedback-answers {
    display: inline-flex;
    gap: 0.5em;
  }
  .tp-feedback-answer {
    min-width: 3.5em;
  }
  .tp-feedback-answer[aria-pressed='true'] {
    font-weight: 700;
    border-width: 2px;
    border-color: var(--_accent);
  }
  .tp-feedback-answer[aria-disabled='true'] {
    cursor: default;
    color: var(--_muted);
  }
  .tp-feedback-check {
    margin-inline-end: 0.3em;
  }
  .tp-feedback-more {
    display: grid;
    gap: 0.35em;
    margin-block-start: 0.6em;
    max-width: 40em;
  }
  .tp-feedback-optional,
  .tp-feedback-meta {
    color: var(--_muted);
  }
  .tp-feedback-more textarea {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4em 0.5em;
    width: 100%;
    min-height: 4.5em;
    resize: vertical;
  }
  .tp-feedback-meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    font-size: var(--_fs-sm);
  }
  .tp-feedback-send {
    justify-self: start;
  }
  .tp-feedback-thanks:not(:empty) {
    margin-block-start: 0.5em;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .tp-feedback-answer[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
