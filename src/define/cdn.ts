/**
 * The CDN entry (`dist/cdn/tp-widgets.js`): one `<script type="module">` registers every element.
 *
 * It stays small by registering each element when its tag first appears: the entry watches the
 * document and imports that element's chunk, which defines it; elements already in the page are
 * upgraded then, with everything set on them before; the elements found together are registered
 * together, when the last of their chunks has run (define-once.ts). At the same time it starts the
 * feed requests the page declares, so the data is on its way while the code arrives, and the shared
 * platform chunk is requested alongside the first element chunk rather than after it.
 *
 * Elements inside another component's shadow root are not seen by the document's observer: call
 * `discover(shadowRoot)` for them (or import `define/<name>.js` / `define/all.js` from npm). A
 * framework that renders elements before their code has arrived should `await define(...)` first.
 * Loading this script twice is harmless: tags already defined are skipped.
 */
import { prefetchDeclared } from '../feed/request.js';
import { holdDefinitions } from '../platform/define-once.js';

export { registerLocalePack } from '../i18n/registry.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'tp-feed': () => import('./feed.js'),
  'tp-program-card': () => import('./program-card.js'),
  'tp-spending-flow': () => import('./spending-flow.js'),
  'tp-indicator-gauge': () => import('./indicator-gauge.js'),
  'tp-gender-breakdown': () => import('./gender-breakdown.js'),
  'tp-sdg-alignment': () => import('./sdg-alignment.js'),
  'tp-budget-cycle': () => import('./budget-cycle.js'),
  'tp-program-explorer': () => import('./program-explorer.js'),
  'tp-signals': () => import('./signals.js'),
};
const TAGS = Object.keys(loaders);
const SELECTOR = TAGS.join(',');
const requested = new Map<string, Promise<void>>();
/** The longest a batch of elements waits for its slowest chunk before those that arrived are registered. */
const HOLD_MAX_MS = 3000;
let platform: Promise<unknown> | undefined;

function load(tag: string): Promise<void> {
  let p = requested.get(tag);
  if (!p) {
    // The base every element shares, fetched in parallel with the element's own chunk.
    platform ??= import('../platform/tp-element.js').catch(() => {});
    p = loaders[tag]!().then(
      () => {},
      (e: unknown) => {
        requested.delete(tag); // a later discover() may try again
        console.error(`tp-widgets: the code of <${tag}> could not be loaded.`, e);
      },
    );
    requested.set(tag, p);
  }
  return p;
}

/**
 * Loads the chunks of those of `tags` not yet registered and registers the widgets together once
 * they have all run (or after HOLD_MAX_MS: then each of the rest is registered when its chunk
 * arrives). `<tp-feed>` is not held: registered as soon as its chunk has run, it reads and checks
 * the feed while the widgets' code still arrives.
 */
function loadTogether(all: string[]): Promise<void> {
  const tags = all.filter((t) => !customElements.get(t));
  if (!tags.length) return Promise.resolve();
  const release = holdDefinitions(
    tags.filter((t) => t !== 'tp-feed'),
    HOLD_MAX_MS,
  );
  return Promise.all(tags.map(load)).then(release);
}

/**
 * Registers these elements now (every element when none is named), without waiting to see their
 * tags. For frameworks: React and Vue decide between setting a property and an attribute when they
 * first render an element, so `await define('tp-program-explorer')` before the first render lets
 * `pageSize={5}` reach the property.
 */
export function define(...tags: string[]): Promise<void> {
  for (const t of tags) if (!loaders[t]) console.warn(`tp-widgets: define(): <${t}> is not an element of this library.`);
  return loadTogether((tags.length ? tags : TAGS).filter((t) => loaders[t]));
}

/**
 * Registers every tp-* element found in `root` (a document, element or shadow root) and starts the
 * feed requests declared there. Resolves when their code has arrived and they are defined (all in
 * one task, unless a chunk took longer than HOLD_MAX_MS).
 */
export function discover(root: ParentNode = document): Promise<void> {
  prefetchDeclared(root, TAGS);
  const tags = new Set<string>();
  if (root instanceof Element && loaders[root.localName]) tags.add(root.localName);
  for (const el of root.querySelectorAll(SELECTOR)) tags.add(el.localName);
  // <tp-feed> first: its request goes out before the widgets'.
  return loadTogether([...tags].sort((a, b) => Number(b === 'tp-feed') - Number(a === 'tp-feed')));
}

function start(): void {
  void discover(document);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes)
        if (node instanceof Element && (node.localName.startsWith('tp-') || node.firstElementChild)) void discover(node);
    }
    // Nothing left to register: stop watching the host page.
    if (TAGS.every((t) => customElements.get(t))) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') start();
