import { css } from 'lit';

/** Styles of <tp-program-card>; the shared tokens and views come from src/shared/styles.ts. */
export const cardStyles = css`
  :host {
    --_bar-track: var(--tp-card-bar-track, var(--_surface));
    --_bar-fill: var(--tp-card-bar-fill, var(--_accent));
  }
  .head {
    display: grid;
    gap: 0.15em;
  }
  .key {
    font-size: var(--_fs-xs);
    font-weight: 700;
    letter-spacing: 0.03em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .title {
    font-size: var(--_fs-xl);
    font-weight: 700;
    line-height: 1.25;
  }
  .meta {
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .meta .sep {
    padding-inline: 0.25em;
  }
  .summary {
    margin-block: 0.75em;
    font-size: var(--_size);
  }
  .subhead {
    font-size: var(--_fs-sm);
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  section + section,
  .objective + .cols,
  .cols + section {
    margin-block-start: 1em;
  }
  .money-box + .indicator {
    margin-block-start: 1em;
  }
  .objective p.clamped {
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .link-button {
    background: none;
    border: none;
    padding: 0;
    min-height: 0;
    color: var(--_link);
    text-decoration: underline;
    margin-block-start: 0.25em;
  }
  .money {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.5em;
    margin: 0;
  }
  .money > div {
    min-width: 0;
  }
  .money dt {
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .money dd {
    margin: 0;
    font-size: var(--_fs-lg);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .change {
    display: block;
    font-size: var(--_fs-xs);
    font-weight: normal;
    color: var(--_muted);
  }
  .execution {
    margin-block-start: 0.75em;
  }
  .execution .label {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    font-size: var(--_fs-sm);
  }
  .execution .rate {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .bar {
    position: relative;
    height: 0.75em;
    margin-block: 0.35em;
    border-radius: 999px;
    background: var(--_bar-track);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .bar .fill {
    display: block;
    height: 100%;
    width: var(--_fill, 0%);
    background: var(--_bar-fill);
    border-radius: inherit;
  }
  .light {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 700;
  }
  .dot {
    flex: none;
    width: 0.9em;
    height: 0.9em;
    border-radius: 50%;
    border: 2px solid var(--_text);
  }
  [data-light='green'] .dot { background: var(--_good); }
  [data-light='yellow'] .dot { background: var(--_warn); border-radius: 2px; }
  [data-light='red'] .dot { background: var(--_bad); border-radius: 0; transform: rotate(45deg) scale(0.85); }
  .ind-name {
    margin-block: 0.15em 0.35em;
  }
  .ind-values {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.35em 0 0;
    font-size: var(--_fs-sm);
  }
  .ind-values div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.35em;
    min-width: 0;
  }
  .ind-values dt {
    white-space: nowrap;
  }
  .ind-values dd {
    margin: 0;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .badge {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    max-width: 100%;
    padding: 0.2em 0.6em;
    border-radius: 0.9em;
    border: 1px solid var(--_border);
    background: var(--_surface);
    font-size: var(--_fs-sm);
  }
  /* Text badges read as one sentence: the term and its colon stay together ("Población atendida: …"),
     wrapping between words, not as flex items with a gap. */
  .badge.gender,
  .badge.served {
    display: inline-block;
  }
  .sdg {
    background: var(--_sdg-bg);
    color: var(--_sdg-fg);
    border-color: var(--_sdg-bg);
  }
  .sdg[data-contribution='indirect'] {
    background: var(--_bg);
    color: var(--_text);
    border: 2px dashed var(--_sdg-bg);
  }
  .sdg .num {
    font-weight: 700;
  }
  .sdg .kind {
    white-space: nowrap;
    font-size: var(--_fs-sm);
  }
  .program-link {
    display: inline-block;
    margin-block-start: 0.75em;
    font-weight: 700;
  }
  @container (min-width: 520px) {
    .money {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .title {
      font-size: var(--_fs-xl);
    }
  }
  @container (min-width: 860px) {
    .cols {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 1.5em;
    }
    .cols > .money-box + .indicator {
      margin-block-start: 0;
    }
  }
  :host([variant='compact']) [part~='base'] {
    padding: calc(var(--_space) * 0.75);
  }
  :host([variant='compact']) .title {
    font-size: var(--_size);
  }
  :host([variant='compact']) .tp-overdue {
    margin-block: 0.4em 0;
  }
  :host([variant='compact']) .summary {
    font-size: var(--_fs-sm);
    margin-block: 0.5em;
  }
  /* Points to review: a flag icon beside the words (the text carries the meaning, not the colour). */
  .signals {
    margin-block: 0.5em;
    font-weight: 700;
  }
  .signals .flag {
    inline-size: 1em;
    block-size: 1em;
    vertical-align: -0.15em;
    margin-inline-end: 0.35em;
    flex: none;
  }
  .signals ul {
    margin-block: 0.4em;
    padding-inline-start: 1.25em;
    font-weight: 400;
  }
  .signals .muted {
    font-weight: 400;
  }
  @media (forced-colors: active) {
    .bar .fill,
    .dot {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .sdg {
      border: 1px solid CanvasText;
    }
  }
`;
