/**
 * The events every tp-* element fires. They bubble and are composed (they cross shadow roots).
 * Details carry ids and text, never model objects.
 */

/** `tp-load`: data is on screen. `program` is the resolved program key (absent for feed-wide widgets and <tp-feed>). */
export interface TpLoadDetail {
  /** Absolute URL of the feed. */
  src: string;
  program?: string;
  /** Number of programs (fired by <tp-feed>). */
  programs?: number;
}

/** `tp-error`: the element shows its error state. `message` is in the element's language. */
export interface TpErrorDetail {
  message: string;
  /** Stable code: `no-source`, `no-program`, `unknown-program`, `ambiguous-program`, or a feed code (`http`, `timeout`, `not-json`…). */
  code: string;
}

/** `tp-select`: the reader picked something inside a widget. Ids only. */
export interface TpSelectDetail {
  program?: string;
  [id: string]: string | number | undefined;
}

/**
 * `tp-feedback`: a reader answered "¿Te sirvió esta información?" (only on widgets with `feedback`).
 * Fired once when the reader picks Sí or No (`text` is ''), and once more, with the same answer, when
 * the reader sends a non-empty text. The library sends and stores nothing: the host decides.
 */
export interface TpFeedbackDetail {
  /** Tag of the widget, lowercase: `tp-program-card`. */
  widget: string;
  /** Resolved program key, or null for feed-wide widgets (explorer, feed-wide signals). */
  program: string | null;
  answer: 'yes' | 'no';
  /** The reader's text, trimmed, at most 500 characters (code points); '' when there is none. */
  text: string;
  /** The language the widget showed: `es`, `en` or a locale pack's code. */
  lang: string;
  /** The feed's cut-off date (`asOf`), or null when the feed gives none. */
  asOf: string | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tp-load': CustomEvent<TpLoadDetail>;
    'tp-error': CustomEvent<TpErrorDetail>;
    'tp-select': CustomEvent<TpSelectDetail>;
    'tp-feedback': CustomEvent<TpFeedbackDetail>;
  }
}

/** Dispatches a bubbling, composed `tp-*` event from `target`. */
export function emit<K extends 'tp-load' | 'tp-error' | 'tp-select' | 'tp-feedback'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
