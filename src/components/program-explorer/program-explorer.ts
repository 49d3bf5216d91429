import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { buildIndex, DEFAULT_QUERY, queryFromSearch, queryIndex, queryToSearch } from './program-explorer.model.js';
import type { ExplorerIndex, ExplorerQuery, ExplorerResult, ExplorerRow } from './program-explorer.model.js';
import { FeedConsumer } from '../../platform/feed-consumer.js';
import type { FeedData } from '../../platform/feed-consumer.js';
import { fillHrefTemplate } from '../../platform/safe-url.js';
import { platformStyles } from '../../platform/styles.js';
import { TpElement } from '../../platform/tp-element.js';
import { dataNotes } from '../../platform/parts/data-notes.js';
import { dataTable } from '../../platform/parts/data-table.js';
import { sourceLine } from '../../platform/parts/source-line.js';
import { controlsView } from './parts/controls.js';
import { countSentence, explorerMsg as m } from './program-explorer.messages.js';
import { explorerStyles } from './program-explorer.styles.js';
import { listView, resultsTable, tableRowsView } from './parts/results.js';

let instances = 0;

/**
 * The portal's index of every program: search by name or key (accent-insensitive), filters
 * (ramo, modality, SDG goal, gender-tagged, with points to review, execution-rate band), sort (also
 * by number of points to review), pages. Choosing a program follows `href-template` or fires
 * `tp-select`. The filter state lives in the page's query string (`q`, `ramo`, `mod`, `ods`,
 * `genero`, `puntos`, `band`, `sort`, `dir`, `page`) so a view can be shared and survives a reload.
 * Works with a shard index (only the index is fetched): SDG, gender and points to review come from
 * its rows (`tp-feed shard` counts each program's points to review on the whole feed).
 *
 * @summary Searchable, filterable index of every program of a feed.
 * @tagname tp-program-explorer
 *
 * @fires tp-select - The reader chose a program. Detail: `{ program }` (the key). Cancelable: `preventDefault()` stops the `href-template` link.
 * @fires tp-load - The index is on screen. Detail: `{ src }`.
 * @fires tp-error - The element shows its error state. Detail: `{ message, code }`.
 *
 * @csspart base - The explorer box.
 * @csspart title - The heading.
 * @csspart controls - The search and filter form.
 * @csspart count - The result count (announced politely).
 * @csspart results - The list of programs (view="list").
 * @csspart row - One program in the list.
 * @csspart program-link - The program's name (link or button).
 * @csspart value - Each amount.
 * @csspart table - The results table (view="table") and the data table.
 * @csspart pagination - Previous / next page.
 * @csspart source - The source line.
 * @csspart status - Loading, empty, error and stale messages.
 *
 * @cssprop --tp-explorer-row-gap - Space between result rows (default 0.5rem).
 * @cssprop --tp-explorer-bar-fill - Fill of the small execution bar (default: --tp-color-accent).
 */
export class TpProgramExplorer extends TpElement {
  static override styles = [...platformStyles, explorerStyles];

  /** `list` (default: light rows) or `table`. */
  @property({ reflect: true }) view: 'list' | 'table' = 'list';

  /** Programs per page (1–200, default 20). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Level of the explorer's heading (2–6); each program's name is one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** `query` (default): read and write the filters in the page's query string; `off`: keep them in the element only. */
  @property({ attribute: 'url-state' }) urlState: 'query' | 'off' = 'query';

  /** The current search, filters, sort and page. Setting it re-renders (and updates the URL). */
  @state() query: ExplorerQuery = { ...DEFAULT_QUERY };

  private readonly uid = `tpx${++instances}`;

  private readonly data = new FeedConsumer<ExplorerIndex>(this, {
    program: 'none',
    select: ({ feed }) => (feed.programs.length ? buildIndex(feed) : null),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlState !== 'off' && typeof location !== 'undefined') this.query = queryFromSearch(location.search);
  }

  /** The last result on screen (rows of the current page, total, pages). */
  get result(): ExplorerResult | undefined {
    const index = this.data.data?.view;
    return index ? queryIndex(index, this.query, this.size) : undefined;
  }

  private get size(): number {
    const n = Math.floor(Number(this.pageSize));
    return Number.isFinite(n) ? Math.min(200, Math.max(1, n)) : 20;
  }

  private change(patch: Partial<ExplorerQuery>): void {
    this.query = { ...this.query, ...patch };
    this.writeUrl();
  }

  private writeUrl(): void {
    if (this.urlState === 'off' || typeof history === 'undefined') return;
    const search = queryToSearch(this.query, location.search);
    const url = `${location.pathname}${search}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  }

  private choose(row: ExplorerRow, e: Event): void {
    const go = this.dispatchEvent(
      new CustomEvent('tp-select', { detail: { program: row.key }, bubbles: true, composed: true, cancelable: true }),
    );
    if (!go) e.preventDefault();
  }

  private goTo(page: number): void {
    this.change({ page });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="count"]')?.focus());
  }

  override render() {
    return this.data.render((d) => this.explorer(d), { label: m(this.l10n.lang, 'title') });
  }

  private explorer(d: FeedData<ExplorerIndex>) {
    const lang = this.l10n.lang;
    const index = d.view;
    const r = queryIndex(index, this.query, this.size);
    const level = Math.min(6, Math.max(2, Number.isInteger(this.headingLevel) ? this.headingLevel : 2));
    const opts = {
      lang,
      currency: d.feed.currency || 'MXN',
      headingLevel: Math.min(6, level + 1),
      href: (row: ExplorerRow) => fillHrefTemplate(this.hrefTemplate, { key: row.key, cycle: d.feed.cycle }),
      onChoose: (row: ExplorerRow, e: Event) => this.choose(row, e),
    };
    return html`
      <div class="title" part="title" role="heading" aria-level=${String(level)}>${m(lang, 'title')}</div>
      ${controlsView(index, this.query, {
        lang,
        id: this.uid,
        hasGender: index.genderCount > 0,
        change: (p) => this.change(p),
        reset: () => this.change({ ...DEFAULT_QUERY }),
      })}
      <p class="count" part="count" role="status" aria-live="polite" tabindex="-1">${countSentence(r, index.entries.length, this.query, lang)}</p>
      ${
        r.total === 0
          ? html`<p class="muted">${m(lang, 'noMatchHelp')}</p>`
          : this.view === 'table'
            ? tableRowsView(r.rows, opts)
            : html`${listView(r.rows, opts)}${dataTable(() => resultsTable(r.rows, lang), lang)}`
      }
      ${r.pages > 1 ? this.pager(r) : nothing}
      ${dataNotes(d.problems, lang)}
      ${sourceLine(d.feed, lang)}
    `;
  }

  private pager(r: ExplorerResult) {
    const lang = this.l10n.lang;
    return html`<nav class="pager" part="pagination" aria-label=${m(lang, 'pages')}>
      <button type="button" class="prev" ?disabled=${r.page <= 1} @click=${() => this.goTo(r.page - 1)}>${m(lang, 'prev')}</button>
      <span class="page">${m(lang, 'page', r.page, r.pages)}</span>
      <button type="button" class="next" ?disabled=${r.page >= r.pages} @click=${() => this.goTo(r.page + 1)}>${m(lang, 'next')}</button>
    </nav>`;
  }
}
