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
    font-size: 0.9em;
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
    font-size: 1em;
    border: 1px solid var(--_border);
  }
  .sdg-name {
    font-weight: 600;
  }
  .sdg-meta {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .sdg-goal details summary {
    cursor: pointer;
  }
  .sdg-goal ol {
    padding-inline-start: 1.4em;
    font-size: 0.9em;
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
