/**
 * The only I/O of the feed layer: fetch with one in-flight promise per absolute URL, a timeout,
 * retries with backoff, Content-Type and size checks, and the last good copy per URL (stale on failure).
 * CSV and Fiscal Data Package URLs go through the adapters, imported lazily so the CDN entry stays small.
 */
import { findProgram, normalizeKey } from './select.js';
import type { ProgramLookup } from './select.js';
import { isShardIndex, shardProgramUrl } from './shard.js';
import { loadProblemWording, makeProblem, showValue } from './problems.js';
import { validateFeed, parseFeedText } from './validate.js';
import type { ValidationResult } from './validate.js';
import type { Feed, Problem, Program } from './types.js';
import type { AdapterResult } from './adapters/types.js';
import { absoluteUrl, formatOf } from './request.js';
import { whenIdle } from './idle.js';
import { abortReason, fail, FeedError, fetchBytes, networkError } from './fetch-bytes.js';
import type { FetchOptions } from './fetch-bytes.js';

export interface LoadedFeed {
  /** Absolute URL. */
  url: string;
  feed: Feed;
  problems: Problem[];
  /** True when a refresh failed and this is the last good copy. */
  stale: boolean;
  staleReason?: Problem;
  format: 'json' | 'csv' | 'datapackage' | 'shard';
  /** Text encoding used for CSV ("utf-8", "windows-1252", "cp850"). */
  encoding?: string;
  /** Date.now() when this copy arrived. */
  loadedAt: number;
}

export interface LoadOptions extends FetchOptions {
  signal?: AbortSignal;
  /** Fetch again even when a good copy is cached; on failure the cached copy comes back as stale. */
  refresh?: boolean;
}

const inflight = new Map<string, Promise<LoadedFeed>>();
const lastGood = new Map<string, LoadedFeed>();
const warned = new Set<string>();
const programFiles = new Map<string, Promise<Program>>();

/**
 * The console report of a feed's data problems, written when the page is idle (a long message costs
 * time in an open console or a test browser that records it, and its wording is a lazy chunk in the
 * CDN build: neither should come between the data and the widgets that draw it). Without the
 * wording (offline) there is no report: the problems are still in `LoadedFeed.problems` and in the
 * widgets' data notes.
 */
function warnLater(url: string, problems: Problem[]): void {
  void whenIdle(3000)
    .then(loadProblemWording)
    .then(
      (w) => console.warn(w.problemsReport(url, problems)),
      () => {},
    );
}

/**
 * Rejects with `e` once the wording of problems is loaded (or could not be), so a FeedError's
 * `message`, a widget's error state and `tp-error` read in full. Only failures wait for it.
 */
async function rejectWorded(e: unknown): Promise<never> {
  if (e instanceof FeedError) await loadProblemWording().catch(() => undefined);
  throw e;
}

/** Forgets every cached feed (tests). */
export function clearFeedCache(): void {
  inflight.clear();
  lastGood.clear();
  warned.clear();
  programFiles.clear();
}

/**
 * Loads, validates and caches a feed. Calls for the same absolute URL share one request; a caller's
 * `signal` only stops that caller waiting (the request is aborted when every waiting caller has aborted).
 */
export function loadFeed(url: string, opts: LoadOptions = {}): Promise<LoadedFeed> {
  let abs: string;
  try {
    abs = absoluteUrl(url);
  } catch {
    return rejectWorded(fail('bad-url', 'bad-url', { found: showValue(url) }));
  }
  if (opts.signal?.aborted) return Promise.reject(abortReason(opts.signal));
  const good = lastGood.get(abs);
  if (good && !opts.refresh && !inflight.has(abs)) return Promise.resolve(good);
  let shared = inflight.get(abs);
  if (!shared) {
    shared = startShared(abs, opts);
    inflight.set(abs, shared);
  }
  return waitFor(shared, opts.signal);
}

interface SharedState {
  controller: AbortController;
  waiting: number;
  /** Forgets this request (when every caller left) so the next call starts a new one. */
  forget: () => void;
}
const sharedState = new WeakMap<Promise<unknown>, SharedState>();

function startShared(abs: string, opts: LoadOptions): Promise<LoadedFeed> {
  const controller = new AbortController();
  const state: SharedState = { controller, waiting: 0, forget: () => inflight.get(abs) === p && inflight.delete(abs) };
  const p: Promise<LoadedFeed> = (async () => {
    try {
      const loaded = await fetchAndParse(abs, opts, controller.signal);
      lastGood.set(abs, loaded);
      if (loaded.problems.length && !warned.has(abs)) {
        warned.add(abs);
        warnLater(abs, loaded.problems);
      }
      return loaded;
    } catch (e) {
      const prev = lastGood.get(abs);
      if (prev && !controller.signal.aborted) {
        const reason = e instanceof FeedError ? e.problem : networkError(e).problem;
        return { ...prev, stale: true, staleReason: reason };
      }
      return rejectWorded(e);
    } finally {
      state.forget();
    }
  })();
  sharedState.set(p, state);
  return p;
}

function waitFor<T>(shared: Promise<T>, signal?: AbortSignal): Promise<T> {
  const state = sharedState.get(shared);
  if (!signal) {
    if (state) state.waiting++;
    return shared;
  }
  if (state) state.waiting++;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(abortReason(signal));
      if (state && --state.waiting <= 0) {
        state.forget();
        state.controller.abort(abortReason(signal));
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function fromValidation(r: ValidationResult): { feed: Feed; problems: Problem[] } {
  if (!r.ok) throw new FeedError(r.problem);
  return { feed: r.feed, problems: r.problems };
}

async function fetchAndParse(abs: string, opts: LoadOptions, signal: AbortSignal): Promise<LoadedFeed> {
  const format = formatOf(abs);
  if (format === 'csv') return loadCsv(abs, opts, signal);
  if (format === 'datapackage') return loadDatapackage(abs, opts, signal);
  const { bytes } = await fetchBytes(abs, opts, signal, 'json');
  const { feed, problems } = fromValidation(parseFeedText(new TextDecoder('utf-8').decode(bytes)));
  return { url: abs, feed, problems, stale: false, format: isShardIndex(feed) ? 'shard' : 'json', loadedAt: Date.now() };
}

interface CsvTable {
  header: string[];
  rows: string[][];
  encoding: string;
  file: string;
}

/** Fetches and decodes a CSV (UTF-8 fatal first, else Windows-1252/CP850) and splits it into rows. */
async function fetchCsv(abs: string, opts: LoadOptions, signal: AbortSignal, delimiter?: string): Promise<CsvTable> {
  const { bytes } = await fetchBytes(abs, opts, signal, 'csv');
  const { decodeBytes, parseCsvRows, uniqueHeaders } = await import('./csv.js');
  const decoded = decodeBytes(bytes);
  const rows = parseCsvRows(decoded.text, delimiter);
  const file = decodeURIComponent(new URL(abs).pathname.split('/').pop() || abs);
  return { header: uniqueHeaders(rows[0] ?? []), rows: rows.slice(1), encoding: decoded.encoding, file };
}

function unknownLayout(t: CsvTable, known: string): FeedError {
  const seen = showValue(t.header.join(', '), 160);
  return new FeedError(
    makeProblem('unknown-layout', 'csv-unknown-layout', 'fatal', {}, { file: t.file, encoding: t.encoding, header: seen, known }),
  );
}

/** One adapter result → a validated Feed v1 (through merge, like the tp-feed CLI). */
async function feedFromResult(abs: string, t: CsvTable, result: AdapterResult): Promise<{ feed: Feed; problems: Problem[] }> {
  const { mergeResults } = await import('./merge.js');
  const host = new URL(abs).hostname;
  const merged = mergeResults([result], {
    publisher: { name: host || t.file, url: new URL(abs).origin, jurisdiction: '' },
    ...(result.cycle !== undefined ? { cycle: result.cycle } : {}),
    sources: [{ title: t.file, url: abs }],
  });
  const { feed, problems } = fromValidation(validateFeed(merged.feed));
  return { feed, problems: [...merged.problems, ...problems] };
}

async function loadCsv(abs: string, opts: LoadOptions, signal: AbortSignal): Promise<LoadedFeed> {
  const [t, registry] = await Promise.all([fetchCsv(abs, opts, signal), import('./adapters/index.js')]);
  const adapter = registry.detectLayout(t.header);
  if (!adapter) throw unknownLayout(t, registry.adapters.map((a) => a.name).join(', ') || '—');
  const result = adapter.adapt({ header: t.header, rows: t.rows, file: t.file });
  const { feed, problems } = await feedFromResult(abs, t, result);
  return { url: abs, feed, problems, stale: false, format: 'csv', encoding: t.encoding, loadedAt: Date.now() };
}

/** A Fiscal Data Package: its descriptor, then its first CSV resource read through the fdp adapter. */
async function loadDatapackage(abs: string, opts: LoadOptions, signal: AbortSignal): Promise<LoadedFeed> {
  const { bytes } = await fetchBytes(abs, opts, signal, 'json');
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch {
    throw fail('not-json', 'datapackage-not-json');
  }
  const fdp = await import('./adapters/fdp.js').catch(() => undefined);
  if (!fdp?.isFiscalDataPackage || !fdp.fdpAdapter) {
    throw fail('unsupported-format', 'datapackage-unsupported');
  }
  if (!fdp.isFiscalDataPackage(descriptor)) {
    throw fail('unsupported-format', 'datapackage-no-model');
  }
  const res = (descriptor.resources ?? []).find((r) => {
    const p = Array.isArray(r?.path) ? r.path[0] : r?.path;
    return typeof p === 'string' && /\.csv$/i.test(p);
  });
  const path = res && (Array.isArray(res.path) ? res.path[0] : res.path);
  if (!res || typeof path !== 'string') throw fail('unsupported-format', 'datapackage-no-csv');
  const csvUrl = new URL(path, abs).href;
  const t = await fetchCsv(csvUrl, opts, signal, res.dialect?.delimiter);
  const adapter = fdp.fdpAdapter(descriptor);
  if (!adapter.detect(t.header)) throw unknownLayout(t, 'fdp');
  const result = adapter.adapt({ header: t.header, rows: t.rows, file: t.file });
  const { feed, problems } = await feedFromResult(csvUrl, t, result);
  return { url: abs, feed, problems, stale: false, format: 'datapackage', encoding: t.encoding, loadedAt: Date.now() };
}

/**
 * Looks a program up. For a shard index the full program file (programs/<file>.json) is fetched once
 * per page and validated; other formats are answered from the loaded feed.
 */
export async function resolveProgram(loaded: LoadedFeed, key: string, opts: { signal?: AbortSignal } = {}): Promise<ProgramLookup> {
  const lookup = findProgram(loaded.feed, key);
  if (lookup.status !== 'found' || loaded.format !== 'shard') return lookup;
  const url = shardProgramUrl(loaded.url, loaded.feed, lookup.program.key);
  let p = programFiles.get(url);
  if (!p) {
    p = loadProgramFile(url, loaded.feed, lookup.program.key);
    programFiles.set(url, p);
    p.catch(() => programFiles.delete(url));
  }
  const program = await waitFor(p, opts.signal).catch(rejectWorded);
  return { status: 'found', program, index: lookup.index };
}

async function loadProgramFile(url: string, index: Feed, key: string): Promise<Program> {
  const controller = new AbortController();
  const { bytes } = await fetchBytes(url, {}, controller.signal, 'json');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch {
    throw fail('not-json', 'program-file-not-json', {}, { path: url });
  }
  const { shard: _shard, programs: _programs, ...header } = index;
  const r = validateFeed({ ...header, programs: [raw] });
  if (!r.ok) throw new FeedError(r.problem);
  const program = r.feed.programs[0];
  if (!program) {
    throw new FeedError(r.problems[0] ?? makeProblem('invalid-record', 'program-file-invalid', 'fatal', { path: url }));
  }
  if (normalizeKey(program.key) !== normalizeKey(key)) {
    throw fail(
      'shard-mismatch',
      'program-file-mismatch',
      { requested: key, contained: program.key, expected: 'value', expectedValue: key, found: showValue(program.key) },
      { path: url },
    );
  }
  if (r.problems.length && !warned.has(url)) {
    warned.add(url);
    warnLater(url, r.problems);
  }
  return program;
}
