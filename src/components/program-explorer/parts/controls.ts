/**
 * The explorer's search and filter form: native, labelled controls only (keyboard and screen
 * reader for free). Filters with nothing to choose from (e.g. SDG in a feed without SDG) are left out.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ExplorerIndex, ExplorerQuery, RateBand, SortKey } from '../program-explorer.model.js';
import { sdgLabel, sdgName } from '../../../i18n/sdg-goals.js';
import type { Lang } from '../../../i18n/types.js';
import { explorerMsg as m } from '../program-explorer.messages.js';
import { formatNumber } from '../../../i18n/format.js';

export interface ControlsOptions {
  lang: Lang;
  /** Prefix for element ids (unique per explorer instance). */
  id: string;
  /** True when at least one program is tagged in the gender annex. */
  hasGender: boolean;
  change: (patch: Partial<ExplorerQuery>) => void;
  reset: () => void;
}

const idName = (x: { id: string; name: string }) => (x.name && x.name !== x.id ? `${x.id} ${x.name}` : x.id);

function select(id: string, label: string, value: string, options: Array<[string, string]>, onChange: (v: string) => void): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} .value=${live(value)} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select>
  </div>`;
}

export function controlsView(index: ExplorerIndex, q: ExplorerQuery, o: ControlsOptions): TemplateResult {
  const lang = o.lang;
  const id = (s: string) => `${o.id}-${s}`;
  const bands: Array<[RateBand, string]> = [
    ['', m(lang, 'any')],
    ['lt50', m(lang, 'bandLt50')],
    ['50-90', m(lang, 'band5090')],
    ['gte90', m(lang, 'bandGte90')],
    ['none', m(lang, 'bandNone')],
  ];
  const sorts: Array<[SortKey, string]> = [
    ['approved', m(lang, 'sortApproved')],
    ['modified', m(lang, 'sortModified')],
    ['rate', m(lang, 'sortRate')],
    // Offered when the feed's counts are known (a shard index made before counts were carried has none).
    ...(index.entries.some((e) => e.row.signals !== undefined) || q.sort === 'signals'
      ? ([['signals', m(lang, 'sortSignals')]] as Array<[SortKey, string]>)
      : []),
    ['name', m(lang, 'sortName')],
  ];
  const byName = q.sort === 'name';
  const dirs: Array<[string, string]> = [
    ['desc', m(lang, byName ? 'descName' : 'desc')],
    ['asc', m(lang, byName ? 'ascName' : 'asc')],
  ];
  // A value from the URL that this feed does not have stays selectable, so the select shows the truth.
  const withCurrent = (opts: Array<[string, string]>, v: string) =>
    v && !opts.some(([k]) => k === v) ? [...opts, [v, v] as [string, string]] : opts;
  return html`<form class="controls" part="controls" role="search" aria-label=${m(lang, 'filters')} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field search">
      <label for=${id('q')}>${m(lang, 'search')}</label>
      <input id=${id('q')} type="search" autocomplete="off" spellcheck="false" aria-describedby=${id('hint')}
        .value=${live(q.q)} @input=${(e: Event) => o.change({ q: (e.target as HTMLInputElement).value, page: 1 })} />
      <p class="hint" id=${id('hint')}>${m(lang, 'searchHint')}</p>
    </div>
    ${
      index.ramos.length > 1 || q.ramo
        ? select(
            id('ramo'),
            m(lang, 'ramo'),
            q.ramo,
            withCurrent([['', m(lang, 'any')], ...index.ramos.map((r) => [r.id, idName(r)] as [string, string])], q.ramo),
            (v) => o.change({ ramo: v, page: 1 }),
          )
        : nothing
    }
    ${
      index.modalities.length > 1 || q.modality
        ? select(
            id('mod'),
            m(lang, 'modality'),
            q.modality,
            withCurrent([['', m(lang, 'anyFem')], ...index.modalities.map((r) => [r.id, idName(r)] as [string, string])], q.modality),
            (v) => o.change({ modality: v, page: 1 }),
          )
        : nothing
    }
    ${
      index.goals.length || q.sdg
        ? select(
            id('sdg'),
            m(lang, 'sdg'),
            q.sdg,
            withCurrent(
              [
                ['', m(lang, 'any')],
                ...index.goals.map((g) => [String(g), `${sdgLabel(g, lang)}: ${sdgName(g, lang)}`] as [string, string]),
              ],
              q.sdg,
            ),
            (v) => o.change({ sdg: v, page: 1 }),
          )
        : nothing
    }
    ${select(id('band'), m(lang, 'band'), q.band, bands, (v) => o.change({ band: v as RateBand, page: 1 }))}
    ${select(id('sort'), m(lang, 'sort'), q.sort, sorts, (v) => o.change({ sort: v as SortKey, dir: v === 'name' ? 'asc' : 'desc', page: 1 }))}
    ${select(id('dir'), m(lang, 'dir'), q.dir, dirs, (v) => o.change({ dir: v === 'asc' ? 'asc' : 'desc', page: 1 }))}
    ${
      o.hasGender || q.gender
        ? html`<div class="field check">
          <input id=${id('gender')} type="checkbox" .checked=${live(q.gender)}
            @change=${(e: Event) => o.change({ gender: (e.target as HTMLInputElement).checked, page: 1 })} />
          <label for=${id('gender')}>${m(lang, 'gender')}</label>
        </div>`
        : nothing
    }
    ${
      index.signalsCount > 0 || q.signals
        ? html`<div class="field check">
          <input id=${id('signals')} type="checkbox" .checked=${live(q.signals)}
            @change=${(e: Event) => o.change({ signals: (e.target as HTMLInputElement).checked, page: 1 })} />
          <label for=${id('signals')}>${m(lang, 'signals', formatNumber(index.signalsCount, lang, 0))}</label>
        </div>`
        : nothing
    }
    <div class="field actions">
      <button type="button" class="reset" @click=${o.reset}>${m(lang, 'reset')}</button>
    </div>
  </form>`;
}
