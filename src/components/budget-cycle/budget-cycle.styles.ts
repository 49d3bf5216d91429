import { css } from 'lit';

export const styles = css`
  [part~='title'] {
    font-size: var(--_fs-lg);
    line-height: 1.3;
    margin-block-end: 0.75em;
  }
  .tp-key {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    font-weight: 700;
  }
  .tp-summary {
    margin-block-start: 0.75em;
    max-width: 70ch;
  }
  .terms {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    font-size: var(--_fs-sm);
    margin-block: 0.25em 0;
  }
  .tp-detail {
    margin-block-start: 0.75em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    display: grid;
    gap: 0.4em;
  }
  .tp-detail h3 {
    font-size: var(--_size);
    margin: 0;
  }
  .tp-detail-status {
    display: flex;
    gap: 0.4em;
    align-items: center;
    font-weight: 700;
  }
  .tp-detail-status .tp-phase-icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.3em;
    block-size: 1.3em;
    border-radius: 50%;
    font-size: var(--_fs-sm);
    color: var(--_bg);
    background: var(--_muted);
  }
  .tp-detail-status[data-status='complete'] .tp-phase-icon { background: var(--_good); }
  .tp-detail-status[data-status='partial'] .tp-phase-icon { background: var(--_warn); }
  .tp-detail-status[data-status='attention'] .tp-phase-icon { background: var(--_bad); }
  .tp-detail-note {
    color: var(--_muted);
  }
  .tp-detail-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  .tp-detail-links:empty {
    display: none;
  }
  .tp-docs {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .tp-more .tp-table-wrap + .tp-table-wrap {
    margin-block-start: 1em;
  }
  /* Long texts (ASM commitments) wrap at word boundaries; narrow columns keep their words whole and
     the table scrolls inside its focusable region instead. */
  .tp-more table,
  .tp-detail table {
    overflow-wrap: normal;
    min-width: 36em;
  }
  .tp-more th,
  .tp-more td,
  .tp-detail th,
  .tp-detail td {
    min-width: 6ch;
  }
  :host([compact]) [part~='title'] {
    font-size: var(--_size);
  }
  @media (forced-colors: active) {
    .tp-detail-status .tp-phase-icon {
      forced-color-adjust: none;
      color: Canvas;
      background: CanvasText;
    }
  }
`;
