/** Data notes: the count of data problems with a disclosure listing them (first `max`), in plain words (problemNote: no field paths; the developer wording with the location stays in tp-error details and the console report). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { problemNote } from '../../feed/problems.js';
import type { Problem } from '../../feed/types.js';
import { translate } from '../../i18n/registry.js';
import type { Lang } from '../../i18n/types.js';

export function dataNotes(problems: readonly Problem[], lang: Lang, max = 20): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`<details class="tp-disclosure tp-notes" part="notes">
    <summary>${translate(lang, 'dataNotes', problems.length)}</summary>
    <ul>
      ${problems.slice(0, max).map((p) => html`<li data-kind=${p.kind}>${problemNote(p, lang)}</li>`)}
      ${problems.length > max ? html`<li>…</li>` : nothing}
    </ul>
  </details>`;
}
