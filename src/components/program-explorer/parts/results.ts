/**
 * The explorer's results: light rows drawn by the explorer itself (no card element per row, so no
 * task per program), or table rows. Each program's name is a link (href-template) or a button.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { truncateRatio } from '../../program-card/program-card.model.js';
import type { ExplorerRow } from '../program-explorer.model.js';
import { formatMoney, formatNumber, formatPercent } from '../../../i18n/format.js';
import { translate } from '../../../i18n/registry.js';
import { momentName } from '../../program-card/program-card.messages.js';
import type { Lang } from '../../../i18n/types.js';
import type { TableModel } from '../../../platform/table-model.js';
import { explorerMsg as m } from '../program-explorer.messages.js';
import { signalCountText } from '../../../signals/describe.js';
import { signalsMsg } from '../../../signals/messages.js';

export interface ResultsOptions {
  lang: Lang;
  currency: string;
  /** The program's link, or undefined (then a button firing tp-select). */
  href: (row: ExplorerRow) => string | undefined;
  onChoose: (row: ExplorerRow, e: Event) => void;
  headingLevel: number;
}

const money = (v: number | undefined, o: ResultsOptions) =>
  v === undefined ? translate(o.lang, 'notReported') : formatMoney(v, o.lang, { currency: o.currency });

function rateText(row: ExplorerRow, lang: Lang): string {
  if (row.rate === undefined) return m(lang, 'noRate');
  return `${formatPercent(truncateRatio(row.rate), lang)} (${momentName(row.rateMoment ?? '', lang).toLowerCase()})`;
}

function chooser(row: ExplorerRow, o: ResultsOptions): TemplateResult {
  const href = o.href(row);
  return href
    ? html`<a part="program-link" href=${href} data-key=${row.key} @click=${(e: Event) => o.onChoose(row, e)}>${row.name}</a>`
    : html`<button type="button" part="program-link" class="choose" data-key=${row.key} @click=${(e: Event) => o.onChoose(row, e)}>
        ${row.name}
      </button>`;
}

/** Compact rows: name, key and ramo, approved, modified and execution with a bar (text beside it). */
export function listView(rows: ExplorerRow[], o: ResultsOptions): TemplateResult {
  const lang = o.lang;
  return html`<ul class="rows" part="results" aria-label=${m(lang, 'results')}>
    ${rows.map((r) => {
      const fill = r.rate === undefined ? 0 : Math.max(0, Math.min(100, truncateRatio(r.rate) * 100));
      return html`<li class="row" part="row" data-key=${r.key}>
        <div class="row-head">
          <div class="row-title" role="heading" aria-level=${String(o.headingLevel)}>${chooser(r, o)}</div>
          <p class="row-meta">
            <span class="key">${r.key}</span>${r.ramoName ? html`<span class="sep" aria-hidden="true">·</span><span>${r.ramoName}</span>` : nothing}
            ${r.gender ? html`<span class="sep" aria-hidden="true">·</span><span class="tag">${m(lang, 'gendered')}</span>` : nothing}
            ${
              r.signals
                ? html`<span class="sep" aria-hidden="true">·</span><span class="tag signals" data-signals=${r.signals}
                    ><svg class="flag" aria-hidden="true" viewBox="0 0 16 16"><path d="M3 1v14M3 2h9l-2 3 2 3H3" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"></path></svg
                    >${signalCountText(r.signals, lang)}</span
                  >`
                : nothing
            }
          </p>
        </div>
        <dl class="row-figures">
          <div><dt>${m(lang, 'approved')}</dt><dd part="value">${money(r.approved, o)}</dd></div>
          <div><dt>${m(lang, 'modified')}</dt><dd part="value">${money(r.modified, o)}</dd></div>
          <div class="rate">
            <dt>${m(lang, 'rate')}</dt>
            <dd part="value">
              ${r.rate !== undefined ? html`<svg class="bar" aria-hidden="true" viewBox="0 0 100 10" preserveAspectRatio="none"><rect class="fill" width=${fill} height="10"></rect></svg>` : nothing}
              <span>${rateText(r, lang)}</span>
            </dd>
          </div>
        </dl>
      </li>`;
    })}
  </ul>`;
}

/** The same rows as a table (view="table"). */
export function tableRowsView(rows: ExplorerRow[], o: ResultsOptions): TemplateResult {
  const lang = o.lang;
  return html`<div class="tp-table-wrap" part="table" role="region" aria-label=${m(lang, 'tableCaption')} tabindex="0">
    <table>
      <caption>${m(lang, 'tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${m(lang, 'program')}</th>
          <th scope="col">${m(lang, 'key')}</th>
          <th scope="col">${m(lang, 'ramo')}</th>
          <th scope="col" class="num">${m(lang, 'approved')}</th>
          <th scope="col" class="num">${m(lang, 'modified')}</th>
          <th scope="col" class="num">${m(lang, 'rate')}</th>
          <th scope="col" class="num">${signalsMsg(lang, 'title')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr data-key=${r.key}>
            <th scope="row">${chooser(r, o)}</th>
            <td class="key">${r.key}</td>
            <td>${r.ramoName ?? translate(lang, 'notReported')}</td>
            <td class="num">${money(r.approved, o)}</td>
            <td class="num">${money(r.modified, o)}</td>
            <td class="num">${rateText(r, lang)}</td>
            <td class="num" data-signals=${r.signals ?? ''}>${r.signals === undefined ? translate(lang, 'notReported') : formatNumber(r.signals, lang, 0)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The page's rows as a TableModel (raw values, for CSV/JSON). */
export function resultsTable(rows: ExplorerRow[], lang: Lang): TableModel {
  return {
    caption: m(lang, 'tableCaption'),
    columns: [
      { key: 'name', label: m(lang, 'program') },
      { key: 'key', label: m(lang, 'key') },
      { key: 'ramo', label: m(lang, 'ramo') },
      { key: 'approved', label: m(lang, 'approved'), numeric: true, kind: 'money' },
      { key: 'modified', label: m(lang, 'modified'), numeric: true, kind: 'money' },
      { key: 'rate', label: m(lang, 'rate'), numeric: true, kind: 'percent' },
      { key: 'signals', label: signalsMsg(lang, 'title'), numeric: true, kind: 'number' },
    ],
    rows: rows.map((r) => ({
      name: r.name,
      key: r.key,
      ramo: r.ramoName ?? null,
      approved: r.approved ?? null,
      modified: r.modified ?? null,
      rate: r.rate ?? null,
      signals: r.signals ?? null,
    })),
  };
}
