/**
 * The HTTP request of a feed, shared by the loader and the CDN entry's early start.
 *
 * The CDN entry is small and arrives first; the elements' code follows in chunks. So that the
 * feed does not wait for those chunks, the entry starts the feed request at once
 * (`prefetchFeed`) and the loader takes that response for its first attempt (`takePrefetched`).
 * Both send exactly the same request.
 */
export type Kind = 'json' | 'csv';
export type Format = 'json' | 'csv' | 'datapackage';

export function absoluteUrl(url: string): string {
  const base = typeof document !== 'undefined' ? document.baseURI : typeof location !== 'undefined' ? location.href : undefined;
  return new URL(url, base).href;
}

export function formatOf(url: string): Format {
  const path = new URL(url).pathname.toLowerCase();
  if (path.endsWith('datapackage.json')) return 'datapackage';
  if (path.endsWith('.csv')) return 'csv';
  return 'json';
}

/** The fetch options of every feed request (no HTTP cache reuse without revalidation). */
export function requestInit(kind: Kind, signal?: AbortSignal): RequestInit {
  return {
    ...(signal ? { signal } : {}),
    cache: 'no-cache',
    credentials: 'same-origin',
    headers: { Accept: kind === 'json' ? 'application/json, */*;q=0.5' : 'text/csv, text/plain;q=0.9, */*;q=0.5' },
  };
}

interface Prefetched {
  response: Promise<Response>;
  controller: AbortController;
}
const prefetched = new Map<string, Prefetched>();
/**
 * The bytes of each response whose body was read ahead. The loader takes them from here instead of
 * reading the rebuilt response's body again: in Chromium that goes through a blob, two round trips to
 * the browser process between the page's other tasks (80–100 ms of a 20-widget page's first visit,
 * right on the path to the first numbers).
 */
const preRead = new WeakMap<Response, Uint8Array>();

/** The body of a response the early start read ahead (undefined for any other response). */
export function readAhead(res: Response): Uint8Array | undefined {
  return preRead.get(res);
}
/** Bodies up to this declared size are read ahead (bigger ones stream through the loader's checks). */
const PRE_READ_MAX = 8 * 1024 * 1024;
/** A response nobody took is dropped after this long (the element may have been removed). */
const KEEP_MS = 30_000;

/** Starts the request of a JSON feed now; the loader's first attempt takes it. Never throws. */
export function prefetchFeed(url: string): void {
  let abs: string;
  try {
    abs = absoluteUrl(url);
    if (formatOf(abs) !== 'json' || prefetched.has(abs) || typeof fetch !== 'function') return;
  } catch {
    return; // the loader reports the bad address
  }
  const controller = new AbortController();
  // The body is read as soon as it arrives, while the page is still waiting for the elements'
  // code, so the loader finds the bytes in memory instead of reading them between other tasks.
  const response = fetch(abs, requestInit('json', controller.signal)).then(async (res) => {
    const declared = Number(res.headers.get('Content-Length') ?? NaN);
    if (!res.ok || !res.body || !(declared >= 0 && declared <= PRE_READ_MAX)) return res;
    const body = new Uint8Array(await res.arrayBuffer());
    const copy = new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
    preRead.set(copy, body);
    return copy;
  });
  response.catch(() => {}); // a failure is the loader's to report, when it takes the response
  prefetched.set(abs, { response, controller });
  setTimeout(() => {
    if (prefetched.get(abs)?.response === response) {
      prefetched.delete(abs);
      controller.abort();
    }
  }, KEEP_MS);
}

/** The prefetched response for `abs`, once; `signal` aborting aborts it. */
export function takePrefetched(abs: string, signal: AbortSignal): Promise<Response> | undefined {
  const p = prefetched.get(abs);
  if (!p) return undefined;
  prefetched.delete(abs);
  if (signal.aborted) p.controller.abort(signal.reason);
  else signal.addEventListener('abort', () => p.controller.abort(signal.reason), { once: true });
  return p.response;
}

/** Starts the feed requests a page declares: `src` on any of `tags` (`<tp-feed>` and the widgets). */
export function prefetchDeclared(root: ParentNode, tags: readonly string[]): void {
  if (!tags.length) return;
  for (const el of root.querySelectorAll(tags.map((t) => `${t}[src]`).join(','))) {
    const src = el.getAttribute('src');
    if (src) prefetchFeed(src);
  }
}
