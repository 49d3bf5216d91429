/**
 * Per-widget actions: download the widget's data as CSV and JSON, and copy the embed code
 * (the CDN `<script type="module">` this page loaded + the element with its attributes).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { translate } from '../../i18n/registry.js';
import type { Lang } from '../../i18n/types.js';
import { cdnScriptUrl, embedCode } from '../embed.js';
import { fileName, toCsv, toJsonRows } from '../table-model.js';
import { whenOpen } from './when-open.js';
import type { TableModel } from '../table-model.js';

/** The embed snippet for `host` (its tag and current attributes). */
export function embedCodeFor(host: Element, src?: string): string {
  const attrs = [...host.attributes].map((a) => [a.name, a.value] as [string, string]);
  return embedCode(host.localName, attrs, cdnScriptUrl(import.meta.url), src);
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function say(box: Element | null | undefined, text: string): void {
  const out = box?.querySelector<HTMLElement>('.tp-action-status');
  if (out) out.textContent = text;
}

export interface ActionsInput {
  host: Element;
  table: TableModel;
  /** Base of the file names (program key). */
  name: string;
  /** Extra metadata for the JSON file (source, asOf…). */
  meta?: Record<string, unknown>;
  /** Feed URL to put in the embed code when the element has no `src` of its own. */
  src?: string;
}

export function actionsView(input: ActionsInput, lang: Lang): TemplateResult {
  const { table } = input;
  const csv = () => download(fileName(input.name, 'csv'), 'text/csv;charset=utf-8', `\uFEFF${toCsv(table)}`);
  const json = () =>
    download(
      fileName(input.name, 'json'),
      'application/json',
      JSON.stringify({ ...input.meta, caption: table.caption, columns: table.columns, rows: toJsonRows(table) }, null, 2),
    );
  const copy = async (ev: Event) => {
    // Read the DOM before any await: currentTarget is cleared after dispatch.
    const box = (ev.currentTarget as HTMLElement).closest('.tp-actions-box');
    const area = box?.querySelector<HTMLTextAreaElement>('textarea');
    const code = embedCodeFor(input.host, input.src);
    try {
      await navigator.clipboard.writeText(code);
      say(box, translate(lang, 'copied'));
    } catch {
      say(box, translate(lang, 'copyFailed'));
    }
    if (area) {
      area.value = code;
      area.hidden = false;
      area.select();
    }
  };
  return html`<details class="tp-disclosure tp-actions-box" part="actions">
    <summary>${translate(lang, 'actions')}</summary>
    ${whenOpen(
      () =>
        html`<div class="tp-actions">
            <button type="button" data-action="csv" @click=${csv}>${translate(lang, 'downloadCsv')}</button>
            <button type="button" data-action="json" @click=${json}>${translate(lang, 'downloadJson')}</button>
            <button type="button" data-action="embed" @click=${copy}>${translate(lang, 'copyEmbed')}</button>
          </div>
          <textarea readonly hidden aria-label=${translate(lang, 'embedCodeLabel')}></textarea>`,
    )}
    <p class="tp-action-status" role="status"></p>
  </details>`;
}
