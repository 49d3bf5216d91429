import { css } from 'lit';

/** Styles of <tp-program-explorer>; tokens and shared views come from src/shared/styles.ts. */
export const explorerStyles = css`
  :host {
    --_row-gap: var(--tp-explorer-row-gap, 0.5rem);
    --_bar-fill: var(--tp-explorer-bar-fill, var(--_accent));
  }
  .title {
    font-size: var(--_fs-xl);
    font-weight: 700;
    line-height: 1.25;
    margin-block-end: 0.5em;
  }
  .controls {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.75em 1em;
    align-items: end;
    padding: 0.75em;
    background: var(--_surface);
    border-radius: calc(var(--_radius) / 2);
  }
  .field {
    display: grid;
    gap: 0.2em;
    min-width: 0;
  }
  .field.search {
    grid-column: 1 / -1;
  }
  .field label {
    font-size: var(--_fs-sm);
    font-weight: 700;
  }
  .field.check {
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: 0.5em;
    grid-column: 1 / -1;
  }
  .field.check label {
    font-weight: normal;
  }
  .hint {
    font-size: var(--_fs-xs);
    color: var(--_muted);
  }
  input[type='search'],
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.35em 0.5em;
    min-height: 2.25em;
    width: 100%;
    min-width: 0;
    max-width: 100%;
  }
  input[type='checkbox'] {
    width: 1.15em;
    height: 1.15em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .count {
    margin-block: 0.75em 0.5em;
    font-weight: 700;
  }
  .count:focus {
    outline: none;
  }
  .count:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_row-gap);
  }
  .row {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.6em 0.75em;
    display: grid;
    gap: 0.35em;
    min-width: 0;
  }
  .row-title {
    font-weight: 700;
    line-height: 1.3;
  }
  .row-title a,
  .choose {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .choose {
    background: none;
    border: none;
    padding: 0;
    min-height: 0;
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .row-meta {
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .row-meta .sep {
    padding-inline: 0.35em;
  }
  .key {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }
  .tag {
    border: 1px solid currentColor;
    border-radius: 1em;
    padding: 0 0.5em;
    white-space: nowrap;
  }
  .tag.signals .flag {
    inline-size: 0.9em;
    block-size: 0.9em;
    vertical-align: -0.1em;
    margin-inline-end: 0.3em;
  }
  .row-figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr));
    gap: 0.25em 1em;
    margin: 0;
  }
  .row-figures dt {
    font-size: var(--_fs-xs);
    color: var(--_muted);
  }
  .row-figures dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
  }
  /* An SVG bar (width as an attribute, so no inline style under a strict CSP). */
  .bar {
    display: inline-block;
    width: 4em;
    height: 0.6em;
    background: var(--_surface);
    outline: 1px solid var(--_border);
    border-radius: 0.3em;
  }
  .fill {
    fill: var(--_bar-fill);
  }
  td.key {
    white-space: nowrap;
  }
  th[scope='row'] {
    font-weight: normal;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-start: 0.75em;
  }
  .pager button[disabled] {
    opacity: 0.55;
    cursor: default;
  }
  @media (forced-colors: active) {
    .fill {
      fill: CanvasText;
    }
  }
`;
