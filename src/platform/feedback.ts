/**
 * Feedback from readers ("¿Te sirvió esta información?"), the pure part: whether a widget shows the
 * control, the text limit (counted in code points, so an emoji is one character), when the character
 * count is announced to screen readers, and the `tp-feedback` event detail. No DOM, no Lit.
 * parts/feedback.ts draws the control and keeps its state; feedback.messages.ts holds its words.
 */
import type { TpFeedbackDetail } from './events.js';

/** Most characters (code points) a reader can write. */
export const FEEDBACK_MAX = 500;

/**
 * Remaining-character counts at which the count is announced at once (politely); between them it is
 * announced only after the reader pauses (parts/feedback.ts), never on every keystroke.
 */
export const FEEDBACK_THRESHOLDS: readonly number[] = [100, 50, 20, 10, 0];

/** Pause (ms) after the last keystroke before the count is announced. */
export const FEEDBACK_PAUSE_MS = 1500;

/**
 * The `feedback` attribute: absent → undefined (inherit from `<tp-feed>`); `feedback`, `feedback=""`
 * or any other value → true; `feedback="false"` (any case, spaces ignored) → false, an explicit opt-out.
 */
export function parseFeedbackAttr(value: string | null | undefined): boolean | undefined {
  if (value === null || value === undefined) return undefined;
  return value.trim().toLowerCase() !== 'false';
}

/** Whether a widget shows the control: its own setting wins, then its `<tp-feed>`'s; off by default. */
export function feedbackEnabled(own: boolean | undefined, inherited: boolean | undefined): boolean {
  return own ?? inherited ?? false;
}

/** Number of characters as a reader counts them (code points, not UTF-16 units). */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** `text` cut to at most `max` code points (never splits a surrogate pair). */
export function limitText(text: string, max = FEEDBACK_MAX): string {
  if (text.length <= max) return text;
  let out = '';
  let n = 0;
  for (const ch of text) {
    if (n === max) break;
    out += ch;
    n++;
  }
  return out;
}

/** The text that goes in the event: trimmed, then limited to `max` code points. */
export function cleanFeedbackText(text: string | null | undefined, max = FEEDBACK_MAX): string {
  return limitText(String(text ?? '').trim(), max).trim();
}

/**
 * The remaining count to announce at once when the length goes from `before` to `after`, or null.
 * A threshold is announced when it is crossed going down (typing), not when deleting.
 */
export function thresholdCrossed(before: number, after: number, max = FEEDBACK_MAX): number | null {
  const left0 = max - before;
  const left1 = max - after;
  if (left1 >= left0) return null;
  for (const t of FEEDBACK_THRESHOLDS) if (left0 > t && left1 <= t) return Math.max(left1, 0);
  return null;
}

export interface FeedbackInput {
  /** The widget's tag name (any case). */
  tag: string;
  program?: string | null;
  answer: 'yes' | 'no';
  text?: string | null;
  lang: string;
  asOf?: string | null;
}

/** The `tp-feedback` detail: plain strings and null, nothing else. */
export function feedbackDetail(input: FeedbackInput): TpFeedbackDetail {
  return {
    widget: input.tag.toLowerCase(),
    program: input.program ? String(input.program) : null,
    answer: input.answer === 'yes' ? 'yes' : 'no',
    text: cleanFeedbackText(input.text),
    lang: input.lang,
    asOf: input.asOf ? String(input.asOf) : null,
  };
}
