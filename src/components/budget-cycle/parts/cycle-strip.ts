/**
 * The strip of the seven budget-cycle phases: an ordered list of buttons (or links), each named by
 * its phase, its status in words and its evidence. Status is also drawn as a shape (✓ ◐ ○ !) and
 * a colour, never colour alone. Tab reaches every phase; arrow keys, Home and End move between them.
 *
 * Compact: phase name and status word visible, the evidence only in the accessible name.
 * Exported so other widgets (the program card) can show the compact strip:
 *   static styles = [platformStyles, cycleStripStyles];
 *   ${renderCycleStrip(cycleView(feed, program), lang, { compact: true, href: (p) => `/programa#${p}` })}
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { CyclePhase, CycleView, PhaseStatus, PhaseView } from '../budget-cycle.model.js';
import { evidenceLine, phaseName, phaseNote, statusWord } from '../budget-cycle.messages.js';
import type { Lang } from '../../../i18n/types.js';
import { safeUrl } from '../../../platform/safe-url.js';
import { cycleMsg } from '../budget-cycle.messages.js';

export interface CycleStripOptions {
  /** Short form (program card, 280 px): phase name and status word; the evidence stays in the accessible name. */
  compact?: boolean;
  /** The phase whose detail is shown (aria-pressed). */
  selected?: CyclePhase;
  /** Called when a phase button is activated. Without it and without `href`, the items are plain text (nothing to operate). */
  onSelect?: (phase: CyclePhase) => void;
  /** Links instead of buttons: the URL of each phase (only safe URLs become links). */
  href?: (phase: CyclePhase, view: PhaseView) => string | undefined;
  /** Id of the element the buttons control (the detail panel). */
  controls?: string;
  /** Currency of the feed, for amounts in the evidence. */
  currency?: string;
}

export const STATUS_ICON: Record<PhaseStatus, string> = {
  complete: '✓',
  partial: '◐',
  missing: '○',
  attention: '!',
};

function onKeydown(ev: KeyboardEvent): void {
  const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(ev.key)) return;
  const list = ev.currentTarget as HTMLElement;
  const items = [...list.querySelectorAll<HTMLElement>('a.tp-phase, button.tp-phase')];
  const at = items.indexOf(ev.target as HTMLElement);
  if (at < 0) return;
  ev.preventDefault();
  const next =
    ev.key === 'Home' ? 0 : ev.key === 'End' ? items.length - 1 : ev.key === 'ArrowRight' || ev.key === 'ArrowDown' ? at + 1 : at - 1;
  items[(next + items.length) % items.length]?.focus();
}

function itemContent(v: PhaseView, lang: Lang, compact: boolean, currency: string): TemplateResult {
  const note = compact ? undefined : phaseNote(v, lang, currency);
  return html`<span class="tp-phase-head">
      <span class="tp-phase-icon" aria-hidden="true">${STATUS_ICON[v.status]}</span>
      <span class="tp-phase-name">${phaseName(v.phase, lang)}</span>
    </span>
    <span class="tp-phase-status">${statusWord(v.status, lang)}</span>
    <span class="tp-phase-evidence ${compact ? 'visually-hidden' : ''}">${evidenceLine(v, lang, currency)}</span>
    ${note ? html`<span class="tp-phase-note">${note}</span>` : nothing}`;
}

/** The strip: `<ol part="strip">` of seven phases. */
export function renderCycleStrip(view: CycleView, lang: Lang, options: CycleStripOptions = {}): TemplateResult {
  const compact = !!options.compact;
  const currency = options.currency ?? 'MXN';
  return html`<ol part="strip" class="tp-strip ${compact ? 'compact' : ''}" lang=${lang} aria-label=${cycleMsg(lang, 'ui.strip')} @keydown=${onKeydown}>
    ${view.phases.map((v) => {
      const url = options.href ? safeUrl(options.href(v.phase, v)) : undefined;
      const content = itemContent(v, lang, compact, currency);
      const parts = `phase phase-${v.status}`;
      return html`<li class="tp-phase-item" data-phase=${v.phase} data-status=${v.status}>
        ${
          url
            ? html`<a class="tp-phase" part=${parts} href=${url} data-phase=${v.phase}>${content}</a>`
            : !options.onSelect
              ? html`<span class="tp-phase" part=${parts} data-phase=${v.phase}>${content}</span>`
              : html`<button
              type="button"
              class="tp-phase"
              part=${parts}
              data-phase=${v.phase}
              aria-pressed=${options.selected === v.phase ? 'true' : 'false'}
              aria-controls=${options.controls ?? nothing}
              @click=${() => options.onSelect?.(v.phase)}
            >
              ${content}
            </button>`
        }
      </li>`;
    })}
  </ol>`;
}

/*
 * No phase name breaks inside a word (issue 18). An `overflow-wrap: anywhere` (the platform's, until then) let
 * the grid squeeze a column below its longest word ("Presupuestaci|ón"), so the strip:
 *  - keeps words whole (`overflow-wrap: break-word` only cuts a word that cannot fit a row of its own,
 *    e.g. a 280 px column at 200% text zoom, and `hyphens: auto` with the strip's `lang` marks that
 *    cut with a hyphen where the browser has a dictionary);
 *  - reflows by the width of its container, in em so that text zoom moves the breakpoints too:
 *    one phase per row, then 4 + 3, then all 7 in a row. A phase needs about 9.6em for its icon and
 *    its longest word ("Presupuestación", "Accountability") in DejaVu Sans, the widest common fallback;
 *  - lets the icon go above the name rather than squeeze it.
 */
export const cycleStripStyles = css`
  .tp-strip {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    counter-reset: tp-phase;
    overflow-wrap: break-word;
  }
  .tp-phase-item {
    display: flex;
    min-width: 0;
  }
  .tp-phase {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.2em;
    width: 100%;
    min-width: 0;
    min-height: 2.75em;
    text-align: start;
    text-decoration: none;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 0.3em solid var(--_status, var(--_border));
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4em 0.5em;
    font-size: var(--_fs-sm);
  }
  .tp-phase[aria-pressed='true'] {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
    background: var(--_bg);
  }
  .tp-phase:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .tp-phase-item[data-status='complete'] { --_status: var(--_good); }
  .tp-phase-item[data-status='partial'] { --_status: var(--_warn); }
  .tp-phase-item[data-status='missing'] { --_status: var(--_border); }
  .tp-phase-item[data-status='attention'] { --_status: var(--_bad); }
  .tp-phase-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1em 0.35em;
    align-items: baseline;
    max-width: 100%;
    font-weight: 700;
  }
  .tp-phase-name {
    min-width: 0;
    hyphens: auto;
  }
  .tp-phase-icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.3em;
    block-size: 1.3em;
    border-radius: 50%;
    font-size: var(--_fs-sm);
    line-height: 1;
    color: var(--_bg);
    background: var(--_status, var(--_muted));
    flex: none;
  }
  .tp-phase-item[data-status='missing'] .tp-phase-icon {
    color: var(--_muted);
    background: transparent;
    border: 1px dashed var(--_muted);
  }
  .tp-phase-status {
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .tp-phase-evidence,
  .tp-phase-note {
    font-size: var(--_fs-sm);
  }
  .tp-phase-note {
    color: var(--_muted);
  }
  .tp-strip.compact .tp-phase {
    min-height: 2.25em;
    flex-direction: row;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
  }
  @container (min-width: 24em) {
    .tp-strip.compact {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 45em) {
    .tp-strip,
    .tp-strip.compact {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
    .tp-strip:not(.compact) .tp-phase {
      border-inline-start-width: 1px;
      border-block-start: 0.3em solid var(--_status, var(--_border));
    }
  }
  @container (min-width: 72em) {
    .tp-strip,
    .tp-strip.compact {
      grid-template-columns: repeat(7, minmax(0, 1fr));
    }
    /* Seven narrow columns: every icon above its name and the status word below, so
       "Presupuestación" is not the odd one out. */
    .tp-strip .tp-phase-head,
    .tp-strip.compact .tp-phase {
      flex-direction: column;
      align-items: flex-start;
    }
  }
  @media (forced-colors: active) {
    .tp-phase {
      border-color: ButtonText;
    }
    .tp-phase-icon {
      forced-color-adjust: none;
      color: Canvas;
      background: CanvasText;
    }
    .tp-phase[aria-pressed='true'] {
      outline-color: Highlight;
    }
  }
`;
