import { css } from 'lit';

/**
 * Styles of <tp-indicator-gauge>. Defaults live on :host; pages override the --tp-* tokens.
 * The traffic-light colours are never the only signal: each light also has an icon shape and a word.
 */
export const indicatorGaugeStyles = css`
  :host {
    --tp-gauge-green: var(--tp-color-good, #1a7f37);
    --tp-gauge-yellow: var(--tp-color-warn, #9a6700);
    --tp-gauge-red: var(--tp-color-bad, #c62828);
    --tp-gauge-track-color: var(--tp-color-track, #d0d7de);
    --tp-gauge-tick-color: var(--tp-color-text, #1f2328);
    --tp-gauge-size: 8.5rem;
    --tp-gauge-size-large: 16rem;
    --_muted: var(--tp-color-muted, #57606a);
    --_border: var(--tp-color-border, #d0d7de);
  }
  :host([theme='dark']) {
    --tp-gauge-green: var(--tp-color-good, #3fb950);
    --tp-gauge-yellow: var(--tp-color-warn, #d29922);
    --tp-gauge-red: var(--tp-color-bad, #ff7b72);
    --tp-gauge-track-color: var(--tp-color-track, #30363d);
    --tp-gauge-tick-color: var(--tp-color-text, #e6edf3);
    --_muted: var(--tp-color-muted, #9198a1);
    --_border: var(--tp-color-border, #30363d);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --tp-gauge-green: var(--tp-color-good, #3fb950);
      --tp-gauge-yellow: var(--tp-color-warn, #d29922);
      --tp-gauge-red: var(--tp-color-bad, #ff7b72);
      --tp-gauge-track-color: var(--tp-color-track, #30363d);
      --tp-gauge-tick-color: var(--tp-color-text, #e6edf3);
      --_muted: var(--tp-color-muted, #9198a1);
      --_border: var(--tp-color-border, #30363d);
    }
  }

  .levels,
  .indicators {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .level {
    margin-block: 1rem;
  }
  .level-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    padding-block-end: 0.25rem;
  }
  .level-head h3,
  .level-head h4 {
    margin: 0;
    font-size: 1rem;
  }
  .level-meaning {
    color: var(--_muted);
    font-size: 0.875rem;
    margin: 0.25rem 0 0;
  }
  .indicators {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: 0.75rem;
    margin-block-start: 0.75rem;
  }
  .indicator {
    border: 1px solid var(--_border);
    border-radius: var(--tp-radius, 0.5rem);
    padding: 0.75rem;
    min-width: 0;
  }
  .indicator h4,
  .indicator h5,
  .indicator .name {
    font-size: 0.9375rem;
    margin: 0 0 0.5rem;
    overflow-wrap: anywhere;
  }
  .gauge {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .dial {
    position: relative;
    inline-size: var(--tp-gauge-size);
    max-inline-size: 100%;
    flex: none;
  }
  :host([indicator]) .dial {
    inline-size: var(--tp-gauge-size-large);
  }
  .arc {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .arc path,
  .arc line {
    fill: none;
    stroke-width: 9;
  }
  .arc .track {
    stroke: var(--tp-gauge-track-color);
  }
  .arc .fill {
    stroke: var(--_muted);
  }
  .arc .light-green {
    stroke: var(--tp-gauge-green);
  }
  .arc .light-yellow {
    stroke: var(--tp-gauge-yellow);
  }
  .arc .light-red {
    stroke: var(--tp-gauge-red);
  }
  .arc .tick {
    stroke: var(--tp-gauge-tick-color);
    stroke-width: 2;
  }
  .arc .overflow {
    fill: var(--tp-gauge-tick-color);
    stroke: none;
  }
  .readout {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0;
    text-align: center;
    line-height: 1.1;
  }
  .big {
    font-size: 1.375rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  :host([indicator]) .big {
    font-size: 2.25rem;
  }
  .small {
    display: block;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .light {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-weight: 600;
  }
  .icon {
    flex: none;
  }
  .icon-green {
    fill: var(--tp-gauge-green);
  }
  .icon-yellow {
    fill: var(--tp-gauge-yellow);
  }
  .icon-red {
    fill: var(--tp-gauge-red);
  }
  .icon .mark {
    fill: none;
    stroke: var(--tp-color-bg, #fff);
    stroke-width: 1.8;
    stroke-linecap: round;
  }
  .pending {
    font-style: italic;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem 0.5rem;
    margin: 0.5rem 0 0;
    font-size: 0.875rem;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
    font-variant-numeric: tabular-nums;
  }
  .sentence {
    font-size: 0.875rem;
    margin: 0.5rem 0 0;
  }
  .history {
    margin-block-start: 0.5rem;
    min-block-size: 1px;
  }
  .toggle {
    font: inherit;
    margin-block: 0.5rem;
    padding: 0.4rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--tp-radius, 0.5rem);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .toggle:focus-visible {
    outline: 2px solid var(--tp-color-focus, #0969da);
    outline-offset: 2px;
  }
  .group-title {
    font-size: 1.0625rem;
    margin: 1rem 0 0;
  }
  @media (forced-colors: active) {
    .arc .fill,
    .arc .tick {
      stroke: CanvasText;
    }
    .arc .track {
      stroke: GrayText;
    }
    .icon {
      fill: CanvasText;
    }
    .icon .mark {
      stroke: Canvas;
    }
  }
`;
