/**
 * Data notes: the count of data problems with a disclosure listing them (first `max`), in plain words
 * (problemNote: no field paths; the developer wording with the location stays in tp-error details and
 * the console report).
 *
 * The count comes from the core strings and renders at once. The notes' wording is a lazy chunk
 * (`loadProblemWording`): when it has already arrived the list renders at once too; otherwise the
 * list fills in when it arrives, without holding back the widget's ready state. If it cannot be
 * fetched (offline), each note is a short sentence that names the problem's code.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { loadProblemWording, problemNoteNow, problemWordingIfLoaded } from '../../feed/problems.js';
import type { Problem } from '../../feed/types.js';
import { translate } from '../../i18n/registry.js';
import type { Lang } from '../../i18n/types.js';

function items(problems: readonly Problem[], lang: Lang, max: number, note: (p: Problem, lang: Lang) => string): TemplateResult {
  return html`${problems.slice(0, max).map((p) => html`<li data-kind=${p.kind}>${note(p, lang)}</li>`)}${
    problems.length > max ? html`<li>…</li>` : nothing
  }`;
}

export function dataNotes(problems: readonly Problem[], lang: Lang, max = 20): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  const wording = problemWordingIfLoaded();
  const list = wording
    ? items(problems, lang, max, wording.problemNote)
    : until(
        loadProblemWording().then(
          (w) => items(problems, lang, max, w.problemNote),
          () => items(problems, lang, max, problemNoteNow),
        ),
        nothing,
      );
  return html`<details class="tp-disclosure tp-notes" part="notes">
    <summary>${translate(lang, 'dataNotes', problems.length)}</summary>
    <ul>
      ${list}
    </ul>
  </details>`;
}
