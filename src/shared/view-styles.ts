/** Styles of the shared views (status, skeleton, table, source line, term, notes, actions). */
import { css } from 'lit';

export const viewStyles = css`
  .tp-status {
    padding: 0.5em 0;
  }
  .tp-status[data-kind='error'] {
    border-inline-start: 4px solid var(--_bad);
    padding-inline-start: 0.75em;
  }
  .tp-status[data-kind='stale'] {
    border-inline-start: 4px solid var(--_warn);
    padding-inline-start: 0.75em;
    margin-block-end: 0.75em;
    font-size: 0.9em;
  }
  .tp-skeleton {
    display: grid;
    gap: 0.6em;
  }
  /* A still placeholder: an infinite pulse on every skeleton cost about 110 ms before the numbers
     of a 20-widget page (npm run bench), for a few hundred milliseconds of movement. */
  .tp-skeleton span {
    display: block;
    height: 1em;
    border-radius: 0.25em;
    background: var(--_skeleton);
  }
  .tp-skeleton span:nth-child(1) { width: 55%; height: 1.4em; }
  .tp-skeleton span:nth-child(2) { width: 90%; }
  .tp-skeleton span:nth-child(3) { width: 75%; }
  /* A chart drawn for a wider container is clipped, not scrolled, until it is redrawn at the new
     width (the redraw waits for an idle main thread). */
  [part~='chart']:not([role='meter']) {
    max-width: 100%;
    overflow: hidden;
  }
  details > summary {
    cursor: pointer;
    color: var(--_link);
    width: fit-content;
    max-width: 100%;
  }
  .tp-disclosure {
    margin-block-start: 0.75em;
  }
  .tp-table-wrap {
    overflow-x: auto;
    max-width: 100%;
    margin-block-start: 0.5em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th, td {
    border-bottom: 1px solid var(--_border);
    padding: 0.3em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  td.num, th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }
  .tp-source {
    margin-block-start: 0.75em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .tp-source > * + *::before {
    content: ' · ';
  }
  .tp-source a {
    color: var(--_link);
  }
  .tp-term {
    display: inline;
  }
  .tp-term-btn {
    display: inline;
    background: none;
    border: none;
    border-radius: 2px;
    padding: 0;
    margin: 0;
    min-height: 0;
    font: inherit;
    color: inherit;
    text-align: inherit;
    text-decoration: underline dotted;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
    cursor: help;
  }
  .tp-term-btn[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  .tp-term-def:not([hidden]) {
    display: block;
    margin: 0.35em 0;
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    font-size: 0.9rem;
    font-weight: normal;
    color: var(--_text);
    text-transform: none;
  }
  .tp-notes ul {
    margin: 0.4em 0 0;
    padding-inline-start: 1.2em;
    font-size: 0.9em;
  }
  .tp-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  .tp-actions textarea {
    width: 100%;
    min-height: 5em;
    font-family: ui-monospace, monospace;
    font-size: 0.8em;
  }
  @media (forced-colors: active) {
    .tp-skeleton span {
      background: GrayText;
    }
  }
`;
