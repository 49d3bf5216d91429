import { css } from 'lit';

/**
 * Styles of <tp-indicator-gauge>. Defaults live on :host; pages override the --tp-* tokens.
 * The traffic-light colours are never the only signal: each light also has an icon shape and a word.
 */
export const indicatorGaugeStyles = css`
  :host {
    /* Private names read the public tokens (set on the element or any ancestor), then the theme. */
    --_g-green: var(--tp-gauge-green, var(--_good));
    --_g-yellow: var(--tp-gauge-yellow, var(--_warn));
    --_g-red: var(--tp-gauge-red, var(--_bad));
    --_g-track: var(--tp-gauge-track-color, var(--_border));
    --_g-tick: var(--tp-gauge-tick-color, var(--_text));
    --_g-size: var(--tp-gauge-size, 8.5rem);
    --_g-size-large: var(--tp-gauge-size-large, 16rem);
  }

  [part~='title'] {
    font-size: var(--_fs-xl);
    line-height: 1.3;
    margin-block-end: 0.5rem;
  }
  .eyebrow {
    display: block;
    font-size: var(--_fs-xs);
    font-weight: 700;
    color: var(--_muted);
  }
  [part~='summary'] {
    margin-block: 0.5rem;
  }
  .terms {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    font-size: var(--_fs-sm);
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
    font-size: var(--_size);
  }
  .level-meaning {
    color: var(--_muted);
    font-size: var(--_fs-sm);
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
    border-radius: var(--_radius);
    padding: 0.75rem;
    min-width: 0;
  }
  .indicator h4,
  .indicator h5,
  .indicator .name {
    font-size: var(--_fs-sm);
    margin: 0 0 0.5rem;
    overflow-wrap: break-word;
  }
  .gauge {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .dial {
    position: relative;
    inline-size: var(--_g-size);
    max-inline-size: 100%;
    flex: none;
  }
  :host([indicator]) .dial {
    inline-size: var(--_g-size-large);
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
    stroke: var(--_g-track);
  }
  .arc .fill {
    stroke: var(--_muted);
  }
  .arc .light-green {
    stroke: var(--_g-green);
  }
  .arc .light-yellow {
    stroke: var(--_g-yellow);
  }
  .arc .light-red {
    stroke: var(--_g-red);
  }
  .arc .tick {
    stroke: var(--_g-tick);
    stroke-width: 2;
  }
  .arc .overflow {
    fill: var(--_g-tick);
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
    font-size: var(--_fs-xl);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  :host([indicator]) .big {
    font-size: var(--_fs-display);
  }
  .small {
    display: block;
    font-size: var(--_fs-xs);
    color: var(--_muted);
  }
  .light {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-weight: 700;
  }
  .icon {
    flex: none;
  }
  .icon-green {
    fill: var(--_g-green);
  }
  .icon-yellow {
    fill: var(--_g-yellow);
  }
  .icon-red {
    fill: var(--_g-red);
  }
  .icon .mark {
    fill: none;
    stroke: var(--_bg);
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
    font-size: var(--_fs-sm);
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: break-word;
    font-variant-numeric: tabular-nums;
  }
  .sentence {
    font-size: var(--_fs-sm);
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
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .toggle:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .group-title {
    font-size: var(--_size);
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
