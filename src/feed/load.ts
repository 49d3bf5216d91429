/**
 * The only I/O of the feed layer: fetch with one in-flight promise per absolute URL, a timeout,
 * retries with backoff, Content-Type and size checks, and the last good copy per URL (stale on failure).
 * CSV and Fiscal Data Package URLs go through the adapters, imported lazily so the CDN entry stays small.
 */
import { findProgram, normalizeKey } from './select.js';
import type { ProgramLookup } from './select.js';
import { isShardIndex, shardProgramUrl } from './shard.js';
import { makeProblem, problemsReport, showValue } from './problems.js';
import { validateFeed, parseFeedText } from './validate.js';
import type { ValidationResult } from './validate.js';
import type { Feed, Problem, Program } from './types.js';
import type { AdapterResult } from './adapters/types.js';
import { absoluteUrl, formatOf, requestInit, takePrefetched } from './request.js';

export { absoluteUrl, formatOf } from './request.js';

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

export interface LoadOptions {
  signal?: AbortSignal;
  /** Per attempt; default 10 000 ms. */
  timeoutMs?: number;
  /** Retries after the first attempt; default 2. */
  retries?: number;
  /** Fetch again even when a good copy is cached; on failure the cached copy comes back as stale. */
  refresh?: boolean;
  fetch?: typeof fetch;
}

/** A load that failed. `code` is stable (e.g. "http", "timeout", "not-json"); `problem` has both languages. */
export class FeedError extends Error {
  problem: Problem;
  code: string;
  status?: number;
  constructor(problem: Problem, status?: number) {
    super(problem.message.es);
    this.name = 'FeedError';
    this.problem = problem;
    this.code = String(problem.kind);
    if (status !== undefined) this.status = status;
  }
}

export const MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 10_000;
const RETRY_AFTER_CAP_MS = 5_000;
const BACKOFF_BASE_MS = 250;

const inflight = new Map<string, Promise<LoadedFeed>>();
const lastGood = new Map<string, LoadedFeed>();
const warned = new Set<string>();
const programFiles = new Map<string, Promise<Program>>();

/** Forgets every cached feed (tests). */
export function clearFeedCache(): void {
  inflight.clear();
  lastGood.clear();
  warned.clear();
  programFiles.clear();
}

function fail(code: string, es: string, en: string, init: { found?: string; expected?: string; path?: string } = {}, status?: number): FeedError {
  return new FeedError(makeProblem(code, 'fatal', init, es, en), status);
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
    return Promise.reject(fail('bad-url', 'La dirección de los datos no es válida.', 'The data address is not valid.', { found: showValue(url) }));
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
        console.warn(problemsReport(abs, loaded.problems));
      }
      return loaded;
    } catch (e) {
      const prev = lastGood.get(abs);
      if (prev && !controller.signal.aborted) {
        const reason = e instanceof FeedError ? e.problem : networkError(e).problem;
        return { ...prev, stale: true, staleReason: reason };
      }
      throw e;
    } finally {
      state.forget();
    }
  })();
  sharedState.set(p, state);
  return p;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The load was aborted.', 'AbortError');
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

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

function anySignal(signals: AbortSignal[]): AbortSignal {
  const A = AbortSignal as typeof AbortSignal & { any?: (s: AbortSignal[]) => AbortSignal };
  if (A.any) return A.any(signals);
  const c = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      c.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => c.abort(s.reason), { once: true });
  }
  return c.signal;
}

function timeoutSignal(ms: number): AbortSignal {
  if (typeof AbortSignal.timeout === 'function') return AbortSignal.timeout(ms);
  const c = new AbortController();
  setTimeout(() => c.abort(new DOMException('timeout', 'TimeoutError')), ms);
  return c.signal;
}

/** Retry-After in ms (seconds or HTTP date), capped; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const s = value.trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(s)) ms = Number(s) * 1000;
  else {
    // An HTTP-date names a weekday and a month ("Tue, 01 Oct 2024 00:00:02 GMT").
    const t = /[a-z]/i.test(s) ? Date.parse(s) : NaN;
    if (Number.isNaN(t)) return undefined;
    ms = t - now;
  }
  return Math.min(Math.max(0, ms), RETRY_AFTER_CAP_MS);
}

const RETRYABLE = (status: number) => status === 408 || status === 429 || status >= 500;

function networkError(e: unknown): FeedError {
  return fail('network', 'No se pudo conectar con el servidor de datos.', 'Could not reach the data server.', {
    found: showValue(String((e as Error)?.message ?? e), 80),
  });
}

function timeoutError(ms: number): FeedError {
  return fail('timeout', `El servidor de datos no respondió en ${Math.round(ms / 1000)} s.`, `The data server did not answer within ${Math.round(ms / 1000)} s.`);
}

function httpError(status: number, url: string): FeedError {
  const file = showValue(new URL(url).pathname.split('/').pop() || url, 60);
  if (status === 404 || status === 410) {
    return fail('http', `No se encontró el archivo de datos ${file} (HTTP ${status}).`, `The data file ${file} was not found (HTTP ${status}).`, {}, status);
  }
  if (status >= 500) {
    return fail('http', `El servidor de datos tuvo un error (HTTP ${status}).`, `The data server had an error (HTTP ${status}).`, {}, status);
  }
  return fail('http', `El servidor de datos rechazó la solicitud (HTTP ${status}).`, `The data server refused the request (HTTP ${status}).`, {}, status);
}

/** Fetches bytes with timeout, retries and size limit. */
async function fetchBytes(
  url: string,
  opts: LoadOptions,
  signal: AbortSignal,
  kind: 'json' | 'csv',
): Promise<{ bytes: Uint8Array; contentType: string }> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = Math.max(0, opts.retries ?? 2);
  for (let attempt = 0; ; attempt++) {
    const timeout = timeoutSignal(timeoutMs);
    const s = anySignal([signal, timeout]);
    let retryWait: number | undefined;
    let lastError: FeedError;
    try {
      // The CDN entry may have started this request already (request.ts).
      const early = attempt === 0 && !opts.fetch && kind === 'json' ? takePrefetched(url, s) : undefined;
      const res = await (early ?? doFetch(url, requestInit(kind, s)));
      if (!res.ok) {
        const err = httpError(res.status, url);
        if (!RETRYABLE(res.status) || attempt >= retries) throw err;
        retryWait = retryAfterMs(res.headers.get('Retry-After'));
        lastError = err;
        void res.body?.cancel().catch(() => {});
      } else {
        const contentType = checkContentType(res.headers.get('Content-Type'), kind);
        const bytes = await readLimited(res, s);
        return { bytes, contentType };
      }
    } catch (e) {
      if (e instanceof FeedError) throw e;
      if (signal.aborted) throw abortReason(signal);
      if (timeout.aborted) throw timeoutError(timeoutMs);
      lastError = networkError(e);
      if (attempt >= retries) throw lastError;
    }
    const backoff = BACKOFF_BASE_MS * 2 ** attempt;
    const jitter = Math.random() * backoff;
    await sleep(retryWait ?? backoff + jitter, signal);
  }
}

function checkContentType(header: string | null, kind: 'json' | 'csv'): string {
  const ct = (header ?? '').toLowerCase().split(';')[0]!.trim();
  if (ct === 'text/html' || ct === 'application/xhtml+xml') {
    throw fail('wrong-type',
      'El servidor devolvió una página HTML en lugar de datos (¿la dirección es correcta?).',
      'The server returned an HTML page instead of data (is the address right?).',
      { expected: kind === 'json' ? 'application/json' : 'text/csv', found: ct });
  }
  const ok =
    ct === '' || ct === 'text/plain' || ct === 'application/octet-stream' ||
    (kind === 'json' ? /(^|\+|\/)json$/.test(ct) : /csv|excel|tab-separated/.test(ct));
  if (!ok) {
    throw fail('wrong-type',
      `El servidor devolvió ${ct}, que no es ${kind === 'json' ? 'JSON' : 'CSV'}.`,
      `The server returned ${ct}, which is not ${kind === 'json' ? 'JSON' : 'CSV'}.`,
      { expected: kind === 'json' ? 'application/json' : 'text/csv', found: ct });
  }
  return ct;
}

function tooLarge(n: number): FeedError {
  return fail('too-large',
    `El archivo de datos es demasiado grande (${(n / 1048576).toFixed(1)} MB; máximo 50 MB). Publíquelo dividido con "tp-feed shard".`,
    `The data file is too large (${(n / 1048576).toFixed(1)} MB; at most 50 MB). Publish it split with "tp-feed shard".`);
}

async function readLimited(res: Response, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(res.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > MAX_BYTES) {
    void res.body?.cancel().catch(() => {});
    throw tooLarge(declared);
  }
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  if (res.headers.get('Content-Length') !== null && typeof res.blob === 'function') {
    // A declared size: read in one piece. Chromium hands over a blob far faster than a stream of
    // chunks (a 4 MB feed: ~90 ms instead of ~230 ms). A compressed body's real size is only known
    // after decompression, so it is checked again here.
    const blob = await res.blob();
    if (blob.size > MAX_BYTES) throw tooLarge(blob.size);
    return new Uint8Array(await blob.arrayBuffer());
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    if (signal.aborted) {
      void reader.cancel().catch(() => {});
      throw abortReason(signal);
    }
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BYTES) {
      void reader.cancel().catch(() => {});
      throw tooLarge(total);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
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
  return new FeedError(makeProblem('unknown-layout', 'fatal', { found: seen, expected: known },
    `El CSV ${t.file} no tiene un formato conocido. Encabezado leído (${t.encoding}): ${seen}. Formatos conocidos: ${known}.`,
    `The CSV ${t.file} is not a layout we know. Header read (${t.encoding}): ${seen}. Known layouts: ${known}.`));
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
    throw fail('not-json', 'El datapackage.json no es JSON válido.', 'The datapackage.json is not valid JSON.');
  }
  const fdp = await import('./adapters/fdp.js').catch(() => undefined);
  if (!fdp?.isFiscalDataPackage || !fdp.fdpAdapter) {
    throw fail('unsupported-format',
      'Los Fiscal Data Packages (datapackage.json) aún no se pueden leer en el navegador. Conviértalo con "tp-feed convert".',
      'Fiscal Data Packages (datapackage.json) are not supported in the browser yet. Convert it with "tp-feed convert".');
  }
  if (!fdp.isFiscalDataPackage(descriptor)) {
    throw fail('unsupported-format', 'El datapackage.json no es un Fiscal Data Package (falta su modelo).', 'The datapackage.json is not a Fiscal Data Package (its model is missing).');
  }
  const res = (descriptor.resources ?? []).find((r) => {
    const p = Array.isArray(r?.path) ? r.path[0] : r?.path;
    return typeof p === 'string' && /\.csv$/i.test(p);
  });
  const path = res && (Array.isArray(res.path) ? res.path[0] : res.path);
  if (!res || typeof path !== 'string') throw fail('unsupported-format', 'El datapackage.json no enlaza ningún CSV.', 'The datapackage.json links no CSV.');
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
  const program = await waitFor(p, opts.signal);
  return { status: 'found', program, index: lookup.index };
}

async function loadProgramFile(url: string, index: Feed, key: string): Promise<Program> {
  const controller = new AbortController();
  const { bytes } = await fetchBytes(url, {}, controller.signal, 'json');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch {
    throw fail('not-json', 'El archivo del programa no es JSON válido.', 'The program file is not valid JSON.', { path: url });
  }
  const { shard: _shard, programs: _programs, ...header } = index;
  const r = validateFeed({ ...header, programs: [raw] });
  if (!r.ok) throw new FeedError(r.problem);
  const program = r.feed.programs[0];
  if (!program) {
    throw new FeedError(r.problems[0] ?? makeProblem('invalid-record', 'fatal', { path: url }, 'El archivo del programa no es válido.', 'The program file is not valid.'));
  }
  if (normalizeKey(program.key) !== normalizeKey(key)) {
    throw fail('shard-mismatch',
      `El archivo del programa ${key} contiene otro programa (${program.key}).`,
      `The file of program ${key} holds another program (${program.key}).`,
      { path: url, expected: key, found: showValue(program.key) });
  }
  if (r.problems.length && !warned.has(url)) {
    warned.add(url);
    console.warn(problemsReport(url, r.problems));
  }
  return program;
}
