/** Data notes: the count of data problems with a disclosure listing them (first `max`). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { problemMessage } from '../../feed/problems.js';
import type { Problem } from '../../feed/types.js';
import { translate } from '../../i18n/registry.js';
import type { Lang } from '../../i18n/types.js';

export function dataNotes(problems: readonly Problem[], lang: Lang, max = 20): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`<details class="tp-disclosure tp-notes" part="notes">
    <summary>${translate(lang, 'dataNotes', problems.length)}</summary>
    <ul>
      ${problems.slice(0, max).map((p) => html`<li data-kind=${p.kind}>${problemMessage(p, lang)}</li>`)}
      ${problems.length > max ? html`<li>…</li>` : nothing}
    </ul>
  </details>`;
}
