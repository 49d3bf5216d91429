/** The data-table alternative of every widget: a real <table> behind "Ver tabla de datos". */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';
import { formatDate, formatMoneyExact, formatNumber, formatPercent } from '../../i18n/format.js';
import { translate } from '../../i18n/registry.js';
import type { Lang } from '../../i18n/types.js';
import type { CellValue, TableColumn, TableModel } from '../table-model.js';
import { whenOpen } from './when-open.js';

/** A cell as the reader sees it: absent values read "no reportado", never 0 or blank. */
export function formatCell(value: CellValue, column: TableColumn, lang: Lang): string {
  if (value === null || value === undefined || value === '') return translate(lang, 'notReported');
  if (typeof value === 'number') {
    switch (column.kind) {
      case 'money':
        return formatMoneyExact(value, lang);
      case 'percent':
        return formatPercent(value, lang);
      case 'text':
        return String(value);
      default:
        return formatNumber(value, lang);
    }
  }
  if (column.kind === 'date') return formatDate(value, lang);
  return value;
}

/** The bare table (no disclosure). The first column is the row header. */
export function tableView(model: TableModel, lang: Lang): TemplateResult {
  return html`<table>
    <caption>${model.caption}</caption>
    <thead>
      <tr>
        ${model.columns.map((c) => html`<th scope="col" class=${ifDefined(c.numeric ? 'num' : undefined)}>${c.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${model.rows.map(
        (row) => html`<tr>
          ${model.columns.map((c, i) =>
            i === 0
              ? html`<th scope="row">${formatCell(row[c.key], c, lang)}</th>`
              : html`<td class=${ifDefined(c.numeric ? 'num' : undefined)}>${formatCell(row[c.key], c, lang)}</td>`,
          )}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * "Ver tabla de datos" / "Show data table": a native disclosure (keyboard and screen reader for free)
 * holding every non-empty table, each in its own labelled, scrollable region. The tables are built
 * when the disclosure is opened (when-open.ts).
 */
export function tablesDisclosure(models: () => (TableModel | undefined)[], lang: Lang, options: { open?: boolean } = {}): TemplateResult {
  return html`<details class="tp-disclosure tp-data-table" ?open=${options.open ?? false}>
    <summary>${translate(lang, 'showTable')}</summary>
    ${whenOpen(() =>
      models()
        .filter((m): m is TableModel => !!m && m.rows.length > 0)
        .map(
          (m) =>
            html`<div class="tp-table-wrap" part="table" role="region" aria-label=${m.caption} tabindex="0">${tableView(m, lang)}</div>`,
        ),
    )}
  </details>`;
}

/** One table behind the disclosure (see `tablesDisclosure`). */
export function dataTable(model: TableModel | (() => TableModel), lang: Lang, options: { open?: boolean } = {}): TemplateResult {
  return tablesDisclosure(() => [typeof model === 'function' ? model() : model], lang, options);
}
