/**
 * The program explorer's view: search, filters, sort and pages over a feed. Pure: no DOM, no Lit.
 * The index is built once per feed (cached), so each keystroke only scans precomputed strings.
 * Each row carries its signal count ("puntos a revisar"): computed once per feed by the engine on a
 * full feed, read from the index rows on a shard index (`programSignalCounts`).
 */
import { executionRate } from '../../feed/select.js';
import { programSignalCounts } from '../../signals/engine.js';
import { foldText as fold } from '../../feed/adapters/text-fold.js';
import type { Feed, Program } from '../../feed/types.js';

export type SortKey = 'approved' | 'modified' | 'rate' | 'signals' | 'name';
export type RateBand = '' | 'none' | 'lt50' | '50-90' | 'gte90';

export interface ExplorerQuery {
  q: string;
  ramo: string;
  modality: string;
  /** SDG goal number as text, '' for any. */
  sdg: string;
  /** Only programs tagged in the gender annex. */
  gender: boolean;
  /** Only programs with at least one point to review. */
  signals: boolean;
  band: RateBand;
  sort: SortKey;
  dir: 'asc' | 'desc';
  /** 1-based page. */
  page: number;
}

export const DEFAULT_QUERY: ExplorerQuery = {
  q: '',
  ramo: '',
  modality: '',
  sdg: '',
  gender: false,
  signals: false,
  band: '',
  sort: 'approved',
  dir: 'desc',
  page: 1,
};

export interface ExplorerRow {
  key: string;
  name: string;
  ramo?: string;
  ramoName?: string;
  unitName?: string;
  modality?: string;
  modalityName?: string;
  approved?: number;
  modified?: number;
  /** Execution rate (ratio) or undefined when not computable. */
  rate?: number;
  rateMoment?: string;
  sdg: number[];
  gender: boolean;
  /** How many points to review the program has; undefined when unknown (a shard row without a count). */
  signals?: number;
}

interface IndexEntry {
  row: ExplorerRow;
  haystack: string;
}

export interface ExplorerIndex {
  entries: IndexEntry[];
  ramos: { id: string; name: string }[];
  modalities: { id: string; name: string }[];
  goals: number[];
  /** How many programs are tagged in the gender annex (the gender filter is offered only when > 0). */
  genderCount: number;
  /** How many programs have at least one point to review (the filter is offered only when > 0). */
  signalsCount: number;
}

const finite = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function toRow(p: Program, moments: readonly string[], signals: number | undefined): ExplorerRow {
  const rate = executionRate(p, moments);
  const row: ExplorerRow = {
    key: p.key,
    name: p.name,
    ramo: p.ramo?.id,
    ramoName: p.ramo?.name,
    unitName: p.unit?.name,
    modality: p.modality?.id,
    modalityName: p.modality?.name,
    approved: finite(p.amounts?.approved),
    modified: finite(p.amounts?.modified),
    rate: rate?.rate,
    rateMoment: rate?.moment,
    sdg: [...new Set((p.sdg ?? []).map((s) => s.goal))].sort((a, b) => a - b),
    gender: (p.crossCutting ?? []).some((c) => c.annex === 'gender'),
  };
  if (signals !== undefined) row.signals = signals;
  return row;
}

const cache = new WeakMap<object, ExplorerIndex>();

/** Builds (or returns the cached) search index for a feed. */
export function buildIndex(feed: Pick<Feed, 'programs' | 'moments'> & Partial<Feed>): ExplorerIndex {
  const hit = cache.get(feed);
  if (hit) return hit;
  const counts = programSignalCounts(feed as Feed);
  const ramos = new Map<string, string>();
  const modalities = new Map<string, string>();
  const goals = new Set<number>();
  const entries = (feed.programs ?? []).map((p) => {
    const row = toRow(p, feed.moments ?? [], counts.get(p.key));
    if (row.ramo) ramos.set(row.ramo, row.ramoName ?? row.ramo);
    if (row.modality) modalities.set(row.modality, row.modalityName ?? row.modality);
    row.sdg.forEach((g) => goals.add(g));
    const keyForms = `${row.key} ${row.key.replace(/[\s-]/g, '')}`;
    return { row, haystack: fold(`${keyForms} ${row.name} ${row.ramoName ?? ''} ${row.unitName ?? ''}`) };
  });
  const byName = (a: { id: string; name: string }, b: { id: string; name: string }) => a.id.localeCompare(b.id, 'es', { numeric: true });
  const index: ExplorerIndex = {
    entries,
    ramos: [...ramos].map(([id, name]) => ({ id, name })).sort(byName),
    modalities: [...modalities].map(([id, name]) => ({ id, name })).sort(byName),
    goals: [...goals].sort((a, b) => a - b),
    genderCount: entries.filter((e) => e.row.gender).length,
    signalsCount: entries.filter((e) => (e.row.signals ?? 0) > 0).length,
  };
  cache.set(feed, index);
  return index;
}

export function inBand(rate: number | undefined, band: RateBand): boolean {
  switch (band) {
    case '':
      return true;
    case 'none':
      return rate === undefined;
    case 'lt50':
      return rate !== undefined && rate < 0.5;
    case '50-90':
      return rate !== undefined && rate >= 0.5 && rate < 0.9;
    case 'gte90':
      return rate !== undefined && rate >= 0.9;
  }
}

const collator = new Intl.Collator('es', { sensitivity: 'base', numeric: true });

/**
 * Sort value; programs without the value always go last, whatever the direction. Equal values keep
 * the feed's order (the sort is stable), e.g. programs with the same number of points to review.
 */
function compare(a: ExplorerRow, b: ExplorerRow, sort: SortKey, dir: 'asc' | 'desc'): number {
  if (sort === 'name') {
    const c = collator.compare(a.name, b.name);
    return dir === 'asc' ? c : -c;
  }
  const va = sort === 'rate' ? a.rate : a[sort];
  const vb = sort === 'rate' ? b.rate : b[sort];
  if (va === undefined && vb === undefined) return collator.compare(a.key, b.key);
  if (va === undefined) return 1;
  if (vb === undefined) return -1;
  return dir === 'asc' ? va - vb : vb - va;
}

export interface ExplorerResult {
  rows: ExplorerRow[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
}

/** Filters, sorts and pages the index. Every search word must appear (accent-insensitive). */
export function queryIndex(index: ExplorerIndex, query: ExplorerQuery, pageSize = 20): ExplorerResult {
  const words = fold(query.q).split(' ').filter(Boolean);
  const goal = query.sdg ? Number(query.sdg) : undefined;
  const rows: ExplorerRow[] = [];
  for (const { row, haystack } of index.entries) {
    if (query.ramo && row.ramo !== query.ramo) continue;
    if (query.modality && row.modality !== query.modality) continue;
    if (goal !== undefined && !row.sdg.includes(goal)) continue;
    if (query.gender && !row.gender) continue;
    if (query.signals && !(row.signals !== undefined && row.signals > 0)) continue;
    if (!inBand(row.rate, query.band)) continue;
    if (words.length && !words.every((w) => haystack.includes(w))) continue;
    rows.push(row);
  }
  rows.sort((a, b) => compare(a, b, query.sort, query.dir));
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(Math.max(1, Math.floor(query.page) || 1), pages);
  return { rows: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length, page, pages, pageSize };
}

const SORTS: SortKey[] = ['approved', 'modified', 'rate', 'signals', 'name'];
const BANDS: RateBand[] = ['', 'none', 'lt50', '50-90', 'gte90'];

/** Reads a query from a URL query string; unknown or hostile values fall back to defaults. */
export function queryFromSearch(search: string): ExplorerQuery {
  const p = new URLSearchParams(search);
  const get = (k: string) => (p.get(k) ?? '').slice(0, 200);
  const sort = get('sort') as SortKey;
  const band = get('band') as RateBand;
  const sdg = get('ods');
  const page = Number(get('page'));
  return {
    q: get('q'),
    ramo: get('ramo'),
    modality: get('mod'),
    sdg: /^(?:[1-9]|1[0-7])$/.test(sdg) ? sdg : '',
    gender: get('genero') === '1',
    signals: get('puntos') === '1',
    band: BANDS.includes(band) ? band : '',
    sort: SORTS.includes(sort) ? sort : DEFAULT_QUERY.sort,
    dir: get('dir') === 'asc' ? 'asc' : get('dir') === 'desc' ? 'desc' : DEFAULT_QUERY.dir,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Writes the non-default parts of a query into `params` (other parameters of the page are kept). */
export function queryToSearch(query: ExplorerQuery, base = ''): string {
  const p = new URLSearchParams(base);
  const set = (k: string, v: string, dflt: string) => (v && v !== dflt ? p.set(k, v) : p.delete(k));
  set('q', query.q.trim(), '');
  set('ramo', query.ramo, '');
  set('mod', query.modality, '');
  set('ods', query.sdg, '');
  set('genero', query.gender ? '1' : '', '');
  set('puntos', query.signals ? '1' : '', '');
  set('band', query.band, '');
  set('sort', query.sort, DEFAULT_QUERY.sort);
  set('dir', query.dir, DEFAULT_QUERY.dir);
  set('page', String(query.page), '1');
  const s = p.toString();
  return s ? `?${s}` : '';
}
