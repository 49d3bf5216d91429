/**
 * Styles of <tp-spending-flow>. Tokens come from shared/styles.ts (`--_*`); widget tokens:
 *   --tp-flow-bar-height (0.75rem)  --tp-flow-track-color (surface)
 */
import { css } from 'lit';

export const flowStyles = css`
  :host {
    --_bar-h: var(--tp-flow-bar-height, 0.75rem);
    --_track: var(--tp-flow-track-color, var(--_surface));
  }
  header {
    display: grid;
    gap: 0.25em;
    margin-block-end: 0.75em;
  }
  [part~='title'] {
    font-size: var(--_fs-lg);
    line-height: 1.3;
  }
  .key {
    color: var(--_muted);
    font-weight: normal;
  }
  [part~='summary'] {
    display: grid;
    gap: 0.4em;
    margin-block-end: 1em;
  }
  section + section {
    margin-block-start: 1.25em;
  }
  h3 {
    font-size: var(--_size);
    margin-block-end: 0.5em;
  }
  ol.ladder {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.6em;
  }
  .step {
    display: grid;
    grid-template-columns: minmax(7em, 1fr) auto;
    grid-template-areas: 'name value' 'bar bar' 'share share';
    column-gap: 0.75em;
    row-gap: 0.15em;
    align-items: baseline;
  }
  @container (min-width: 40rem) {
    .step {
      grid-template-columns: minmax(7em, 10em) minmax(8em, 10em) minmax(5em, 1fr) minmax(7em, 11em);
      grid-template-areas: 'name value bar share';
      align-items: center;
    }
  }
  .step .name {
    grid-area: name;
    font-weight: 700;
  }
  .step [part~='value'] {
    grid-area: value;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .step .bar {
    grid-area: bar;
    display: block;
    width: 100%;
    height: var(--_bar-h);
  }
  .step .share {
    grid-area: share;
    color: var(--_muted);
    font-size: var(--_fs-sm);
  }
  .bar .track {
    fill: var(--_track);
    stroke: var(--_border);
    stroke-width: 0.5;
  }
  .bar .fill {
    fill: var(--_accent);
  }
  .bar .missing {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 0.6;
    stroke-dasharray: 2 1.5;
  }
  .step[data-moment='approved'] .fill { fill: var(--_approved); }
  .step[data-moment='modified'] .fill { fill: var(--_modified); }
  .step[data-moment='ministered'] .fill { fill: var(--_ministered); }
  .step[data-moment='committed'] .fill { fill: var(--_committed); }
  .step[data-moment='accrued'] .fill { fill: var(--_accrued); }
  .step[data-moment='exercised'] .fill { fill: var(--_exercised); }
  .step[data-moment='paid'] .fill { fill: var(--_paid); }
  .step.not-reported [part~='value'] {
    font-style: italic;
    color: var(--_muted);
  }
  .step.broken .name::after {
    content: ' ⚠';
  }
  .change {
    font-size: var(--_fs-sm);
  }
  .split {
    display: grid;
    gap: 0.4em;
  }
  .split ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: var(--_fs-sm);
  }
  .split svg {
    width: 100%;
    height: 1.25rem;
    display: block;
  }
  .split rect {
    stroke: var(--_bg);
    stroke-width: 0.4;
  }
  .split .p0 { fill: var(--_paid); }
  .split .p1 { fill: var(--_accrued); }
  .split .p2 { fill: var(--_committed); }
  .split .p3 { fill: var(--_track); }
  .split rect.p3,
  .split .swatch rect {
    stroke: var(--_border);
    stroke-width: 0.5;
  }
  .split .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.3em;
    vertical-align: -0.05em;
  }
  .anomalies {
    border-inline-start: 4px solid var(--_warn);
    padding-inline-start: 0.75em;
  }
  .anomalies ul {
    padding-inline-start: 1.2em;
    display: grid;
    gap: 0.3em;
  }
  .anomalies .note {
    font-size: var(--_fs-sm);
    color: var(--_muted);
    margin-block-start: 0.3em;
  }
  [part~='chart'] {
    min-height: 200px;
    width: 100%;
  }
  .breakdown-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-end: 0.5em;
  }
  select {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.2em 0.4em;
    min-height: 2.25em;
    max-width: 100%;
  }
  ol.rows {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.35em;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.1em 0.75em;
    align-items: baseline;
  }
  .row .name {
    min-width: 0;
  }
  .row.zero .name {
    grid-column: 1 / -1;
    color: var(--_muted);
  }
  .row button.name {
    text-align: start;
    background: none;
    border: none;
    padding: 0;
    min-height: 0;
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
  .row .amounts {
    text-align: end;
    font-variant-numeric: tabular-nums;
    font-size: var(--_fs-sm);
  }
  .row svg {
    grid-column: 1 / -1;
    width: 100%;
    height: 0.8rem;
  }
  .row .base-bar {
    fill: var(--_modified);
    opacity: 0.35;
  }
  .row .progress-bar {
    fill: var(--_paid);
  }
  .row rect[data-moment='approved'] { fill: var(--_approved); }
  .row rect[data-moment='modified'] { fill: var(--_modified); }
  .row rect[data-moment='ministered'] { fill: var(--_ministered); }
  .row rect[data-moment='committed'] { fill: var(--_committed); }
  .row rect[data-moment='accrued'] { fill: var(--_accrued); }
  .row rect[data-moment='exercised'] { fill: var(--_exercised); }
  .row rect[data-moment='paid'] { fill: var(--_paid); }
  .notes-small {
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .bar .fill,
    .split rect,
    .row .progress-bar {
      fill: CanvasText;
    }
    .bar .track,
    .split .p3,
    .row .base-bar {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
