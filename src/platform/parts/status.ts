/** The status views: loading skeleton, error, empty, and the stale notice. Announced politely. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatDate } from '../../i18n/format.js';
import { translate } from '../../i18n/registry.js';
import type { Lang } from '../../i18n/types.js';

export type StatusInput =
  | { kind: 'loading' }
  | { kind: 'empty'; message?: string }
  | { kind: 'error'; message: string; code?: string }
  | { kind: 'stale'; asOf?: string };

export function statusView(s: StatusInput, lang: Lang): TemplateResult {
  switch (s.kind) {
    case 'loading':
      return html`<div part="status" class="tp-status" data-kind="loading" role="status">
        <span class="visually-hidden">${translate(lang, 'loading')}</span>
        <div class="tp-skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
      </div>`;
    case 'empty':
      return html`<div part="status" class="tp-status" data-kind="empty" role="status">
        <p>${s.message ?? translate(lang, 'empty')}</p>
      </div>`;
    case 'error':
      return html`<div part="status" class="tp-status" data-kind="error" role="alert" data-code=${s.code ?? nothing}>
        <p><strong>${translate(lang, 'errorTitle')}</strong></p>
        <p>${s.message}</p>
      </div>`;
    case 'stale': {
      const date = s.asOf ? formatDate(s.asOf, lang) : translate(lang, 'asOfUnknown');
      return html`<div part="status" class="tp-status" data-kind="stale" role="status">
        <p>${translate(lang, 'staleNotice', date)}</p>
      </div>`;
    }
  }
}
