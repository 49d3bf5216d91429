/**
 * Shared helpers of the reliability suite (browser): mounting every widget on one feed, waiting
 * until each settles, and the checks every case makes (no script ran, no unsafe link, no
 * "NaN"/"undefined"/"null"/"[object Object]" on screen, no uncaught error).
 */
import { waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';

export const uid = (p = 'r') => `${p}${Math.random().toString(36).slice(2, 10)}`;

/** Every widget, with the attributes it needs besides `src` and `program`. */
export const WIDGETS: { tag: string; attrs?: Record<string, string>; program: boolean }[] = [
  { tag: 'tp-program-card', program: true },
  { tag: 'tp-spending-flow', program: true },
  { tag: 'tp-indicator-gauge', program: true },
  { tag: 'tp-gender-breakdown', program: true },
  { tag: 'tp-sdg-alignment', program: true },
  { tag: 'tp-budget-cycle', program: true, attrs: { today: '2024-10-15' } },
  { tag: 'tp-program-explorer', program: false, attrs: { 'url-state': 'off' } },
  { tag: 'tp-signals', program: false },
];

export type TpEl = HTMLElement & { state?: string; updateComplete?: Promise<unknown> };

export function widget(tag: string, attrs: Record<string, string | undefined>): TpEl {
  const el = document.createElement(tag) as TpEl;
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  return el;
}

/** Every widget on `src` (own `src` attribute), in a fresh container. */
export function allWidgets(src: string | undefined, program: string, extra: Record<string, string> = {}): TpEl[] {
  return WIDGETS.map((w) => widget(w.tag, { ...(src ? { src } : {}), ...(w.program ? { program } : {}), ...w.attrs, ...extra }));
}

export const SETTLED = new Set(['ready', 'empty', 'error', 'stale']);

export async function settled(els: TpEl[], timeout = 15000, what = 'widgets'): Promise<void> {
  await waitUntil(
    () => els.every((e) => SETTLED.has(e.getAttribute('state') ?? '')),
    `${what} did not settle: ${els.map((e) => `${e.localName}=${e.getAttribute('state')}`).join(', ')}`,
    { timeout, interval: 20 },
  );
  await Promise.all(els.map((e) => e.updateComplete));
}

/** Every node under `root`, through open shadow roots. */
export function* deepElements(root: Node): Generator<Element> {
  // nodeType, not instanceof: elements of an iframe belong to another realm.
  const isEl = (n: Node): n is Element => n.nodeType === 1;
  const kids = isEl(root) && root.shadowRoot ? [root.shadowRoot, ...root.childNodes] : [...root.childNodes];
  if (isEl(root)) yield root;
  for (const k of kids) if (isEl(k) || k.nodeType === 11) yield* deepElements(k);
}

const DANGEROUS_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'img', 'foreignobject', 'base', 'meta', 'link']);
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'data', 'poster'];

/** Problems of markup: script-capable elements, on* handlers, javascript:/data: URLs anywhere in the tree. */
export function unsafeMarkup(root: Element): string[] {
  const out: string[] = [];
  for (const el of deepElements(root)) {
    if (el === root) continue;
    const tag = el.localName;
    // Widgets draw no <img>/<script>/<iframe>; Vega draws SVG only.
    if (DANGEROUS_TAGS.has(tag)) out.push(`<${tag}> in ${root.localName}`);
    for (const a of [...el.attributes]) {
      if (/^on/i.test(a.name)) out.push(`${a.name} on <${tag}> in ${root.localName}`);
      if (URL_ATTRS.includes(a.name.toLowerCase()) || a.name === 'href') {
        const v = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (/^(javascript|data|vbscript):/.test(v)) out.push(`${a.name}="${a.value.slice(0, 40)}" on <${tag}> in ${root.localName}`);
      }
    }
    if (el instanceof HTMLAnchorElement && el.href) {
      const proto = el.protocol;
      if (!['http:', 'https:', 'mailto:'].includes(proto))
        out.push(`link to ${proto} in ${root.localName}: ${el.getAttribute('href')?.slice(0, 40)}`);
    }
  }
  return out;
}

/** Text a reader can get to (text nodes and accessible names), without style and script content. */
export function readableText(root: Element): string {
  const parts: string[] = [];
  for (const el of deepElements(root)) {
    if (el.localName === 'style' || el.localName === 'script') continue;
    for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    for (const a of ['aria-label', 'title', 'alt', 'aria-description', 'placeholder']) {
      const v = el.getAttribute(a);
      if (v) parts.push(v);
    }
  }
  return parts.join(' ');
}

/** Words that mean a value leaked through formatting. `payloadWords` are allowed when the data itself says them. */
export function leakedWords(text: string): string[] {
  const out: string[] = [];
  // Values quoted from the file in a data note ("found \"…\"") are the data's own words, not a formatting leak.
  text = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  for (const re of [
    /\bNaN\b/g,
    /\bundefined\b/g,
    /\bnull\b/g,
    /\[object \w+\]/g,
    /\bInfinity\b/g,
    /(^|[^\w.,])-\$?0(?:[.,]0+)?(?![\d.,])/g,
  ]) {
    const m = text.match(re);
    if (m) out.push(...m.map((s) => s.trim()));
  }
  return out;
}

/** Collects uncaught errors and unhandled rejections while it is installed. */
export class ErrorTrap {
  errors: string[] = [];
  private onError = (e: ErrorEvent) => this.errors.push(`error: ${e.message}`);
  private onRejection = (e: PromiseRejectionEvent) =>
    this.errors.push(`unhandled rejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
  install(): this {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    return this;
  }
  uninstall(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }
}

/** The tripwire every payload would set. */
export const pwned = () => (window as unknown as { __tpPwned?: unknown }).__tpPwned;

/** The status text of a widget in the error state. */
export function errorText(el: Element): string {
  const s = el.shadowRoot?.querySelector('[data-kind="error"]');
  return (s?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Uploads a raw feed text to the test server; returns its URL. */
export async function putFeed(run: string, name: string, body: string | Blob): Promise<string> {
  const r = await fetch(`/__rel/put/${run}/${name}`, { method: 'PUT', body });
  if (r.status !== 204) throw new Error(`upload of ${name} failed: ${r.status}`);
  return `/__rel/feed/${run}/${name}`;
}

/** Lets queued tasks (error events, violation reports) arrive. */
export const nextTask = () => new Promise((r) => setTimeout(r, 0));
export const frames = (n = 2) =>
  new Promise<void>((r) => {
    const step = (k: number) => (k <= 0 ? r() : requestAnimationFrame(() => step(k - 1)));
    step(n);
  });
