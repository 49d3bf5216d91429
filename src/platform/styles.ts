/**
 * Shared host styles of every tp-* element: theming tokens, theme (auto/light/dark),
 * forced colors, reduced motion, box-sizing, container queries and the shared views.
 *
 *  - theme-tokens.ts: the `--tp-*` tokens (listed there) and the light/dark palettes;
 *  - base-styles.ts: host and element basics;
 *  - view-styles.ts: the shared views (status, table, source line, term, notes, actions).
 */
import { css } from 'lit';
import { overdueNoticeStyles } from './parts/overdue-notice.js';
import { feedbackStyles } from './parts/feedback.js';

// ---------------------------------------------------------------------------
/**
 * Theming tokens of every tp-* element, with the light defaults and the dark palette (theme="dark",
 * or theme="auto" when the reader prefers dark).
 *
 * Tokens (set them on the element or any ancestor; all optional):
 *   --tp-font-family (inherit)  --tp-font-size (1rem; a rem or px length: the type scale is computed
 *   from it)  --tp-line-height (1.5)
 *   --tp-color-text  --tp-color-muted  --tp-color-bg  --tp-color-surface  --tp-color-border
 *   --tp-color-accent  --tp-color-link  --tp-color-focus
 *   --tp-color-good  --tp-color-warn  --tp-color-bad   (traffic light; always paired with text)
 *   --tp-color-approved  --tp-color-modified  --tp-color-committed  --tp-color-accrued
 *   --tp-color-exercised  --tp-color-paid  --tp-color-ministered   (budget moments, charts)
 *   --tp-radius (0.5rem)  --tp-space (1rem)  --tp-max-width (1200px)
 * Inside the shadow root they are read through private `--_*` variables, so a token set on an
 * ancestor (e.g. `body { --tp-color-accent: teal }`) applies, and dark defaults apply only when
 * the page set nothing.
 */

/** Dark palette: used by theme="dark" and by theme="auto" when the reader prefers dark. */
const darkTokens = css`
  --_text: var(--tp-color-text, #e6edf3);
  --_muted: var(--tp-color-muted, #9da7b3);
  --_bg: var(--tp-color-bg, #0d1117);
  --_surface: var(--tp-color-surface, #161b22);
  --_border: var(--tp-color-border, #3d444d);
  --_accent: var(--tp-color-accent, #58a6ff);
  --_link: var(--tp-color-link, #79b8ff);
  --_focus: var(--tp-color-focus, #58a6ff);
  --_good: var(--tp-color-good, #3fb950);
  --_warn: var(--tp-color-warn, #d29922);
  --_bad: var(--tp-color-bad, #f85149);
  --_approved: var(--tp-color-approved, #9da7b3);
  --_modified: var(--tp-color-modified, #bc8cff);
  --_committed: var(--tp-color-committed, #e3b341);
  --_accrued: var(--tp-color-accrued, #58a6ff);
  --_exercised: var(--tp-color-exercised, #39c5cf);
  --_paid: var(--tp-color-paid, #3fb950);
  --_ministered: var(--tp-color-ministered, #f0883e);
  --_skeleton: var(--tp-color-skeleton, #2d333b);
`;

export const tokens = css`
  :host {
    --_text: var(--tp-color-text, #1f2328);
    --_muted: var(--tp-color-muted, #57606a);
    --_bg: var(--tp-color-bg, #ffffff);
    --_surface: var(--tp-color-surface, #f6f8fa);
    --_border: var(--tp-color-border, #c9d1d9);
    --_accent: var(--tp-color-accent, #0b5cad);
    --_link: var(--tp-color-link, #0b5cad);
    --_focus: var(--tp-color-focus, #0969da);
    --_good: var(--tp-color-good, #1a7f37);
    --_warn: var(--tp-color-warn, #9a6700);
    --_bad: var(--tp-color-bad, #cf222e);
    --_approved: var(--tp-color-approved, #6e7781);
    --_modified: var(--tp-color-modified, #8250df);
    --_committed: var(--tp-color-committed, #bf8700);
    --_accrued: var(--tp-color-accrued, #0969da);
    --_exercised: var(--tp-color-exercised, #1b7c83);
    --_paid: var(--tp-color-paid, #1a7f37);
    --_ministered: var(--tp-color-ministered, #953800);
    --_skeleton: var(--tp-color-skeleton, #e6e9ed);
    --_radius: var(--tp-radius, 0.5rem);
    --_space: var(--tp-space, 1rem);
    --_font: var(--tp-font-family, inherit);
    --_size: var(--tp-font-size, 1rem);
    --_lh: var(--tp-line-height, 1.5);
    /* The type scale: every text of a widget is one of six sizes (these five and --_size), in two
       weights (normal and 700). All are computed from --tp-font-size, so a page that sets it scales
       every widget alike (the gauge used rem and ignored it) and nested text never compounds (the
       card had 22 sizes, down to 11.6px). */
    --_fs-xs: calc(var(--_size) * 0.8125);
    --_fs-sm: calc(var(--_size) * 0.875);
    --_fs-lg: calc(var(--_size) * 1.125);
    --_fs-xl: calc(var(--_size) * 1.25);
    --_fs-display: calc(var(--_size) * 2.25);
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${darkTokens}
    }
  }
`;

// ---------------------------------------------------------------------------
/**
 * Host and element basics of every tp-* element: block container with container queries, inherited
 * text reset, box-sizing, focus ring, buttons, visually-hidden text, reduced motion and forced colors.
 */

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
    /* break-word, not anywhere: a word too long for a whole line (a URL, a hostile token) is still
       cut, but words do not lower an element's min-content width, so flex and grid items give a
       label the room of its longest word instead of breaking it ("Presupuestaci|ón", issue 18). */
    overflow-wrap: break-word;
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
  /* While loading, a widget holds room for its content (20rem; a drawn widget is taller): the page
     shifts less when the data arrives, and fewer widgets count as on the first screen (first-screen.ts). */
  :host([state='loading']) {
    min-height: 20rem;
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

// ---------------------------------------------------------------------------
/** Styles of the shared views (status, skeleton, table, source line, term, notes, actions). */

export const viewStyles = css`
  .tp-status {
    padding: 0.5em 0;
  }
  .tp-status[data-kind='error'] {
    border-inline-start: 4px solid var(--_bad);
    padding-inline-start: 0.75em;
  }
  .tp-status[data-kind='stale'] {
    border-inline-start: 4px solid var(--_warn);
    padding-inline-start: 0.75em;
    margin-block-end: 0.75em;
    font-size: var(--_fs-sm);
  }
  .tp-skeleton {
    display: grid;
    gap: 0.6em;
  }
  /* A still placeholder: an infinite pulse on every skeleton cost about 110 ms before the numbers
     of a 20-widget page (npm run bench), for a few hundred milliseconds of movement. */
  .tp-skeleton span {
    display: block;
    height: 1em;
    border-radius: 0.25em;
    background: var(--_skeleton);
  }
  .tp-skeleton span:nth-child(1) { width: 55%; height: 1.4em; }
  .tp-skeleton span:nth-child(2) { width: 90%; }
  .tp-skeleton span:nth-child(3) { width: 75%; }
  /* A chart drawn for a wider container is clipped, not scrolled, until it is redrawn at the new
     width (the redraw waits for an idle main thread). */
  [part~='chart']:not([role='meter']) {
    max-width: 100%;
    overflow: hidden;
  }
  details > summary {
    cursor: pointer;
    color: var(--_link);
    width: fit-content;
    max-width: 100%;
  }
  .tp-disclosure {
    margin-block-start: 0.75em;
  }
  .tp-table-wrap {
    overflow-x: auto;
    max-width: 100%;
    margin-block-start: 0.5em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_fs-sm);
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25em;
  }
  th, td {
    border-bottom: 1px solid var(--_border);
    padding: 0.3em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  td.num, th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }
  .tp-source {
    margin-block-start: 0.75em;
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .tp-source > * + *::before {
    content: ' · ';
  }
  .tp-source a {
    color: var(--_link);
  }
  .tp-source details {
    display: inline;
  }
  .tp-source details[open] {
    display: block;
  }
  .tp-source details ul {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
  .tp-term {
    display: inline;
  }
  .tp-term-btn {
    display: inline;
    background: none;
    border: none;
    border-radius: 2px;
    padding: 0;
    margin: 0;
    min-height: 0;
    font: inherit;
    color: inherit;
    text-align: inherit;
    text-decoration: underline dotted;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
    cursor: help;
  }
  .tp-term-btn[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  .tp-term-def:not([hidden]) {
    display: block;
    margin: 0.35em 0;
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    font-size: var(--_fs-sm);
    font-weight: normal;
    color: var(--_text);
    text-transform: none;
  }
  .tp-notes ul {
    margin: 0.4em 0 0;
    padding-inline-start: 1.2em;
    font-size: var(--_fs-sm);
  }
  .tp-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  .tp-actions textarea {
    width: 100%;
    min-height: 5em;
    font-family: ui-monospace, monospace;
    font-size: var(--_fs-xs);
  }
  @media (forced-colors: active) {
    .tp-skeleton span {
      background: GrayText;
    }
  }
`;

/** Everything a widget needs: `static styles = [platformStyles, myStyles]`. */
export const platformStyles = [tokens, base, viewStyles, overdueNoticeStyles, feedbackStyles];

/**
 * Title and eyebrow of the widgets that draw a heading with a small label above it
 * (<tp-gender-breakdown>, <tp-sdg-alignment>, <tp-signals>): `static styles = [...platformStyles, headingStyles, styles]`.
 */
export const headingStyles = css`
  [part~='title'] {
    font-size: var(--_fs-lg);
    line-height: 1.3;
    margin-block-end: 0.5em;
  }
  .eyebrow {
    display: block;
    font-size: var(--_fs-xs);
    font-weight: normal;
    color: var(--_muted);
  }
`;
