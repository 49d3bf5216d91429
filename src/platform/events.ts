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

declare global {
  interface GlobalEventHandlersEventMap {
    'tp-load': CustomEvent<TpLoadDetail>;
    'tp-error': CustomEvent<TpErrorDetail>;
    'tp-select': CustomEvent<TpSelectDetail>;
  }
}

/** Dispatches a bubbling, composed `tp-*` event from `target`. */
export function emit<K extends 'tp-load' | 'tp-error' | 'tp-select'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
