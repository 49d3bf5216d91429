/**
 * Theming tokens of every tp-* element, with the light defaults and the dark palette (theme="dark",
 * or theme="auto" when the reader prefers dark).
 *
 * Tokens (set them on the element or any ancestor; all optional):
 *   --tp-font-family (inherit)  --tp-font-size (1rem)  --tp-line-height (1.5)
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
import { css } from 'lit';

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
