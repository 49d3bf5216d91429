import { css } from 'lit';

/** Styles of <tp-sdg-alignment>: one badge per goal (number and name in text; the official colour is extra). */
export const styles = css`
  [part~='summary'] {
    display: grid;
    gap: 0.35em;
    margin-block-end: 0.75em;
  }
  .terms {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: baseline;
    font-size: var(--_fs-sm);
    margin-block: 0.75em;
  }
  .sdg-goals {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.5em;
  }
  .sdg-goal {
    display: grid;
    grid-template-columns: 3em 1fr;
    gap: 0.6em;
    align-items: start;
  }
  .sdg-badge {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2.6em;
    height: 2.6em;
    border-radius: 4px;
    font-weight: 700;
    font-size: var(--_size);
    border: 1px solid var(--_border);
  }
  .sdg-name {
    font-weight: 700;
  }
  .sdg-meta {
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .sdg-goal details summary {
    cursor: pointer;
  }
  .sdg-goal ol {
    padding-inline-start: 1.4em;
    font-size: var(--_fs-sm);
  }
  @media (forced-colors: active) {
    .sdg-badge {
      forced-color-adjust: none;
      background: Canvas !important;
      color: CanvasText !important;
      border-color: CanvasText;
    }
  }
`;
