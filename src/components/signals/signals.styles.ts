import { css } from 'lit';

/** Styles of <tp-signals>: groups by rule, each signal a short paragraph; levels in words (colour is extra). */
export const styles = css`
  [part~='disclaimer'] {
    font-size: var(--_fs-sm);
    border-inline-start: 3px solid var(--_muted);
    padding-inline-start: 0.6em;
    margin-block: 0.5em 0.75em;
  }
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: end;
    margin-block: 0.5em;
  }
  [part~='filters'] label {
    display: grid;
    gap: 0.2em;
    font-size: var(--_fs-sm);
    /* Long rule names with counts (real feeds) must not push a 320 px column wider. */
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  [part~='filters'] select {
    font: inherit;
    min-block-size: 44px;
    max-inline-size: 100%;
    min-inline-size: 0;
  }
  .groups {
    display: grid;
    gap: 1em;
    margin-block: 0.75em;
  }
  .group h3 {
    font-size: var(--_size);
    margin: 0 0 0.25em;
  }
  .level {
    font-size: var(--_fs-xs);
    font-weight: normal;
    border: 1px solid currentColor;
    border-radius: 0.3em;
    padding: 0 0.35em;
    margin-inline-start: 0.4em;
    white-space: nowrap;
  }
  .rule-text {
    font-size: var(--_fs-sm);
    color: var(--_muted);
    margin: 0 0 0.25em;
  }
  .group ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.2em;
    display: grid;
    gap: 0.35em;
  }
  .why {
    font-size: var(--_fs-sm);
  }
  .config-notes {
    font-size: var(--_fs-sm);
  }
`;
