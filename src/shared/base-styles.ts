/**
 * Host and element basics of every tp-* element: block container with container queries, inherited
 * text reset, box-sizing, focus ring, buttons, visually-hidden text, reduced motion and forced colors.
 */
import { css } from 'lit';

export const base = css`
  :host {
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    /* An inline-size container has no intrinsic width: keep a usable width in flex rows. */
    min-width: min(100%, 280px);
    max-width: var(--tp-max-width, 100%);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: var(--_lh);
    color: var(--_text);
    overflow-wrap: anywhere;
    text-align: start;
    /* Inherited text properties a host page may set globally. */
    font-style: normal;
    font-weight: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  [part~='base'] {
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    max-width: 100%;
    min-width: 0;
  }
  a {
    color: var(--_link);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.25em 0.75em;
    cursor: pointer;
    min-height: 2.25em;
  }
  h2, h3, h4, p, ul, ol, dl, dd, figure {
    margin: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    [part~='base'] {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }
`;
