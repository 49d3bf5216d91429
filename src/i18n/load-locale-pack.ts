/**
 * Loading locale packs by URL: `<tp-feed locale-pack="/packs/yua.json" lang="yua">`, or the same
 * attribute on any widget. The pack is fetched once per URL, validated (locale-pack.ts) and
 * registered with `registerLocalePack`; widgets in that language re-render when it arrives.
 * An element without a `lang` attribute of its own then shows the pack's language (see
 * LocalePackController); a `lang` the page wrote on it still wins.
 *
 * A pack that cannot be fetched, is not JSON or has the wrong shape is not registered: the
 * page keeps Spanish, and one console note per URL says why. Nothing is thrown.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localePackUrl, MAX_PACK_CHARS, parseLocalePack } from './locale-pack.js';
import { registerLocalePack } from './registry.js';

export type LocalePackLoad = { ok: true; lang: string; url: string } | { ok: false; url: string; message: string };

const loads = new Map<string, Promise<LocalePackLoad>>();

/**
 * Fetches, validates and registers the pack at `url` (relative URLs resolve against the page).
 * Resolves, never rejects; the same URL is fetched once per page.
 */
export function loadLocalePack(url: string): Promise<LocalePackLoad> {
  const base = typeof document !== 'undefined' ? document.baseURI : 'http://localhost/';
  const abs = localePackUrl(url, base);
  const key = abs ?? `refused:${url}`;
  let load = loads.get(key);
  if (!load) {
    load = abs ? fetchPack(abs) : Promise.resolve(fail(url, 'only http:, https: and relative URLs are loaded'));
    loads.set(key, load);
  }
  return load;
}

async function fetchPack(url: string): Promise<LocalePackLoad> {
  let body: string;
  try {
    const res = await fetch(url, { credentials: 'same-origin' });
    if (!res.ok) return fail(url, `HTTP ${res.status}`);
    body = await res.text();
  } catch (e) {
    return fail(url, e instanceof Error ? e.message : String(e));
  }
  if (body.length > MAX_PACK_CHARS) return fail(url, `larger than ${MAX_PACK_CHARS} characters`);
  const parsed = parseLocalePack(body);
  if (!parsed.ok)
    return fail(url, parsed.problems.slice(0, 5).join(' ') + (parsed.problems.length > 5 ? ` (+${parsed.problems.length - 5} more)` : ''));
  try {
    registerLocalePack(parsed.pack);
  } catch (e) {
    return fail(url, e instanceof Error ? e.message : String(e));
  }
  return { ok: true, lang: parsed.pack.lang.toLowerCase(), url };
}

function fail(url: string, message: string): LocalePackLoad {
  console.warn(`tp-widgets: locale pack ${url} was not loaded (${message}); showing Spanish instead.`);
  return { ok: false, url, message };
}

/**
 * Loads the pack named by the host's `locale-pack` attribute whenever it changes. When the pack
 * is registered and the host has no `lang` attribute of its own, the host takes the pack's
 * language (`lang="yua"`), so `<tp-feed locale-pack="/packs/yua.json">` alone shows it; a `lang`
 * the page wrote wins. A broken pack changes nothing.
 * Usage: `protected packLoader = new LocalePackController(this, () => this.localePack);`
 */
export class LocalePackController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly url: () => string | null | undefined;
  private last?: string;
  /** The `lang` this controller wrote on the host, if any. */
  private written?: string;

  constructor(host: ReactiveControllerHost & HTMLElement, url: () => string | null | undefined) {
    this.host = host;
    this.url = url;
    host.addController(this);
  }

  hostUpdate(): void {
    const url = this.url()?.trim() || undefined;
    if (url === this.last) return;
    this.last = url;
    if (!url) return;
    void loadLocalePack(url).then((result) => {
      if (!result.ok || this.last !== url) return;
      const current = this.host.getAttribute('lang');
      if (current === null || (current === this.written && current !== result.lang)) {
        this.written = result.lang;
        this.host.setAttribute('lang', result.lang);
      }
    });
  }
}
