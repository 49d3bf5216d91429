/**
 * The overdue-data notice every widget can show: one compact line, "! Datos atrasados: debieron
 * actualizarse el 30 oct 2024", that opens (a native disclosure, keyboard-operable) to the full date
 * and what it means. Announced politely (role=status), marked by an icon and words, not colour alone.
 *
 * FeedConsumer.render() puts it above every widget's ready view (its styles are in platformStyles),
 * computed with the element's `today` attribute or the reader's date; a widget that places it itself
 * (the compact program card, below its title) asks FeedConsumer.render() for `overdue: 'none'`.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { OverdueNotice } from '../../feed/overdue.js';
import { overdueDetails, overdueLine } from '../overdue.messages.js';
import type { Lang } from '../../i18n/types.js';

/** Today's calendar date in the reader's time zone, ISO (for `overdueNotice(feed, today)`). */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The notice, or nothing when the data is not overdue. Part: `status overdue`. */
export function renderOverdueNotice(notice: Pick<OverdueNotice, 'due'> | null | undefined, lang: Lang): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  return html`<div part="status overdue" class="tp-overdue" role="status" data-due=${notice.due}>
    <details class="tp-overdue-more">
      <summary><span class="tp-overdue-icon" aria-hidden="true">!</span><span class="tp-overdue-line">${overdueLine(notice, lang)}</span></summary>
      <p class="tp-overdue-details">${overdueDetails(notice, lang)}</p>
    </details>
  </div>`;
}

export const overdueNoticeStyles = css`
  .tp-overdue {
    border-inline-start: 4px solid var(--_warn, #9a6700);
    padding: 0.15em 0 0.15em 0.6em;
    margin-block-end: 0.75em;
    font-size: var(--_fs-sm);
  }
  .tp-overdue-more > summary {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    width: auto;
    color: var(--_text);
    list-style: none;
  }
  .tp-overdue-more > summary::-webkit-details-marker {
    display: none;
  }
  /* The disclosure triangle, after the words: the icon keeps the start of the line. */
  .tp-overdue-more > summary::after {
    content: '▸' / '';
    flex: none;
    color: var(--_muted);
  }
  .tp-overdue-more[open] > summary::after {
    content: '▾' / '';
  }
  .tp-overdue-line {
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }
  .tp-overdue-details {
    margin-block-start: 0.35em;
    color: var(--_muted);
  }
  .tp-overdue-icon {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.3em;
    block-size: 1.3em;
    border-radius: 50%;
    font-weight: 700;
    line-height: 1;
    color: var(--_bg, #fff);
    background: var(--_warn, #9a6700);
  }
  @media (forced-colors: active) {
    .tp-overdue {
      border-color: CanvasText;
    }
    .tp-overdue-icon {
      forced-color-adjust: none;
      color: Canvas;
      background: CanvasText;
    }
  }
`;
