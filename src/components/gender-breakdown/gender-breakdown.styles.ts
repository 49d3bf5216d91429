import { css } from 'lit';

/**
 * Styles of <tp-gender-breakdown>.
 *
 * Bars tell the sexes apart by pattern as well as by colour: women = diagonal stripes,
 * men = dots, unspecified = cross-hatch; each bar also has its label and number as text.
 */
export const styles = css`
  :host {
    --_women: var(--tp-gender-women-color, #8250df);
    --_men: var(--tp-gender-men-color, #0969da);
    --_unspecified: var(--tp-gender-unspecified-color, #57606a);
    --_bar-bg: var(--tp-gender-track-color, var(--_surface));
  }
  :host([theme='dark']) {
    --_women: var(--tp-gender-women-color, #bc8cff);
    --_men: var(--tp-gender-men-color, #58a6ff);
    --_unspecified: var(--tp-gender-unspecified-color, #9da7b3);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      --_women: var(--tp-gender-women-color, #bc8cff);
      --_men: var(--tp-gender-men-color, #58a6ff);
      --_unspecified: var(--tp-gender-unspecified-color, #9da7b3);
    }
  }
  [part~='summary'] {
    display: grid;
    gap: 0.35em;
    margin-block-end: 0.75em;
  }
  section.block {
    margin-block: 1em;
  }
  section.block > h3 {
    font-size: var(--_size);
    margin-block-end: 0.4em;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11em, 1fr));
    gap: 0.75em;
    margin: 0 0 0.75em;
  }
  .figures > div {
    background: var(--_surface);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5em 0.75em;
  }
  .figures dt {
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .figures dd {
    margin: 0;
    font-size: var(--_fs-lg);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .figures dd .exact {
    display: block;
    font-size: var(--_fs-xs);
    font-weight: normal;
    color: var(--_muted);
  }
  .note {
    font-size: var(--_fs-sm);
    color: var(--_muted);
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.6em;
    margin-block: 0.75em;
  }
  .rationale {
    font-style: italic;
  }
  .populations {
    display: grid;
    gap: 0.75em;
  }
  .pop-title {
    font-size: var(--_fs-sm);
    margin-block-end: 0.25em;
  }
  .unit {
    font-weight: normal;
    color: var(--_muted);
  }
  ul.bars,
  ol.bars {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.3em;
  }
  .bar-row {
    display: grid;
    grid-template-columns: minmax(6.5em, 11em) minmax(3em, 1fr) max-content;
    align-items: center;
    gap: 0.5em;
  }
  .bar-row.missing {
    grid-template-columns: minmax(6.5em, 11em) 1fr;
    color: var(--_muted);
    font-size: var(--_fs-sm);
  }
  .bar-label {
    font-size: var(--_fs-sm);
  }
  .bar-value {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .bar-track {
    display: block;
    height: 1.1em;
    background: var(--_bar-bg);
    border-radius: 2px;
    overflow: hidden;
  }
  .bar {
    display: block;
    height: 100%;
    min-width: 0;
    background-color: var(--_accent);
    border: 1px solid var(--_text);
  }
  .bar[style*='width: 0%'] {
    border: 0;
  }
  .sex-women {
    background-color: var(--_women);
    background-image: repeating-linear-gradient(45deg, transparent 0 3px, rgb(255 255 255 / 0.55) 3px 5px);
  }
  .sex-men {
    background-color: var(--_men);
    background-image: radial-gradient(rgb(255 255 255 / 0.6) 1.2px, transparent 1.6px);
    background-size: 5px 5px;
  }
  .sex-unspecified {
    background-color: var(--_unspecified);
    background-image: repeating-linear-gradient(45deg, transparent 0 3px, rgb(255 255 255 / 0.5) 3px 4px),
      repeating-linear-gradient(-45deg, transparent 0 3px, rgb(255 255 255 / 0.5) 3px 4px);
  }
  .top .bar {
    background-color: var(--_accent);
  }
  .top .bar.other {
    background-color: var(--_muted);
    background-image: repeating-linear-gradient(90deg, transparent 0 4px, rgb(255 255 255 / 0.5) 4px 6px);
  }
  .top .bar-label {
    overflow-wrap: break-word;
  }
  .coverage {
    padding-inline-start: 1.2em;
    margin-block-start: 0.5em;
  }
  .terms {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: baseline;
    font-size: var(--_fs-sm);
    margin-block: 0.75em;
  }
  .categories {
    padding-inline-start: 1.2em;
  }
  @container (max-width: 360px) {
    .bar-row {
      grid-template-columns: 1fr max-content;
    }
    .bar-row .bar-track {
      grid-column: 1 / -1;
      grid-row: 2;
    }
    .figures {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .bar {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .bar-track {
      border: 1px solid CanvasText;
    }
  }
`;
