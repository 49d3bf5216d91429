/**
 * The first screen first. When a page of many widgets gets its feed, the widgets the reader can
 * see draw at once; the ones below (or above) the viewport draw in the task after the next frame,
 * all together. The reader sees the first screen one frame after the data arrives instead of after
 * every widget on the page has been built and laid out; the others are ready a frame later and no
 * later than that (nothing waits for scrolling).
 *
 * Not `content-visibility: auto` on the hosts, which would also skip the layout of the widgets off
 * screen: in Chromium their content then leaves the accessibility tree (a screen reader finds the
 * headings of the widgets on screen only), so every widget is laid out.
 *
 * "On screen" is judged by where a widget really is, not by its loading placeholder: the widgets that
 * were on screen while loading draw one after the other in document order, and each looks again at
 * where it is once those above it have drawn (that layout is the first frame's, done a little
 * earlier). A card that grew to fill the screen pushes the next widgets below it, and those wait for
 * the frame too: on the phone profile the first widget filled the screen and the two after it were
 * drawn for nothing before the first paint (issue 20).
 *
 * One shared IntersectionObserver watches the hosts that are still loading for the first time. When
 * the data arrives before it has reported on every waiting widget (the CDN entry registers a page's
 * elements together, and the feed is often in by then), where those widgets are is read at once, in
 * one layout of their loading placeholders. (Drawing them all at once instead put the phone's first
 * paint after all twenty widgets: 660 ms later on the bench's phone profile, issue 20.) A widget whose
 * data is there at its first update waits for that update to be done before asking
 * (`firstScreenPending`, feed-consumer.ts): a host with no placeholder yet is 0 px tall, and at the
 * top of a page without margin every such host read as off screen. The split only
 * holds while the page draws its first screen: a widget that comes later (a card the reader opened)
 * draws at once, wherever it is.
 */

const offScreen = new WeakSet<Element>();
/** Watched hosts the observer has not reported on yet. */
const unreported = new Set<Element>();
let observer: IntersectionObserver | undefined;
/** True once the page has drawn its first screen (a frame after the first widget drew its data). */
let pageDrawn = false;

function getObserver(): IntersectionObserver | undefined {
  if (!observer && typeof IntersectionObserver === 'function') {
    observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) offScreen.delete(e.target);
        else offScreen.add(e.target);
        unreported.delete(e.target);
      }
    });
  }
  return observer;
}

/** Starts watching a host that has not drawn its data yet. */
export function watchFirstScreen(host: Element): void {
  const o = pageDrawn ? undefined : getObserver();
  if (!o) return;
  unreported.add(host);
  undrawn.add(host);
  o.observe(host);
}

/** Stops watching (the host drew its data, or left the page). */
export function unwatchFirstScreen(host: Element): void {
  observer?.unobserve(host);
  offScreen.delete(host);
  unreported.delete(host);
}

/** Forgets that the page drew its first screen (tests: each scenario starts as a fresh page). */
export function resetFirstScreen(): void {
  pageDrawn = false;
  undrawn.clear();
  turns.clear();
}

const hidden = (): boolean => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/** A widget drew its data: a frame later, the page's first screen is drawn and nobody waits any more. */
export function drewFirstData(): void {
  if (pageDrawn) return;
  void afterNextFrame().then(() => {
    pageDrawn = true;
    observer?.disconnect();
    unreported.clear();
    undrawn.clear();
  });
}

let later: Promise<void> | undefined;

/**
 * Resolves in a task after the next frame, one promise for every caller, so the off-screen widgets
 * draw together in one task after the first screen has been painted. A page that runs no frames (a
 * background tab, an occluded window) still draws them: after a timer, one second at most.
 */
function afterNextFrame(): Promise<void> {
  later ??= new Promise<void>((resolve) => {
    let settled = false;
    const done = (): void => {
      if (settled) return;
      settled = true;
      later = undefined;
      resolve();
    };
    if (hidden() || typeof requestAnimationFrame !== 'function') {
      setTimeout(done, 0);
      return;
    }
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 1000);
  });
  return later;
}

function abortable(p: Promise<void>, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    void p.then(() => {
      signal.removeEventListener('abort', onAbort);
      if (!signal.aborted) resolve();
    });
  });
}

/** True while the page has not drawn its first screen (widgets still take turns). */
export function firstScreenPending(): boolean {
  return !pageDrawn && observer !== undefined;
}

/**
 * While the page draws its first screen, waits until `host` may draw: in the task after the next frame
 * when it is off screen (where the observer has not reported yet, read now), else not at all
 * (undefined). Rejects when `signal` aborts.
 */
export function firstScreenDrawn(host: Element, signal: AbortSignal): Promise<void> | undefined {
  if (pageDrawn) return undefined;
  reportNow();
  if (!offScreen.has(host)) return undefined;
  return abortable(afterNextFrame(), signal);
}

/**
 * Hosts watched while loading whose first draw is not done: a widget on screen waits for those above
 * it. Each maps to a promise that settles when its draw is done, once it has taken its turn.
 */
const undrawn = new Set<Element>();
const turns = new Map<Element, { done: Promise<void>; release: () => void }>();

function inViewport(host: Element): boolean {
  const r = host.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
}

/** Reads where the waiting hosts the observer has not reported on yet are (one layout for them all). */
function reportNow(): void {
  if (!unreported.size) return;
  const now = [...unreported];
  unreported.clear();
  for (const h of now) {
    if (inViewport(h)) offScreen.delete(h);
    else offScreen.add(h);
  }
}

const above = (a: Element, b: Element): boolean => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
const after = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * While the page draws its first screen, an on-screen widget whose data is ready takes its turn, in
 * document order: it waits until the on-screen widgets above it have drawn, then draws if it is still
 * on screen, or waits for the frame like the others if they pushed it off screen. Undefined when it
 * may draw at once (nothing above it waits). The consumer calls `drewOnScreen(host, updated)` when its
 * draw is done. A widget above that has not got its data in this task (another feed, still loading) is
 * not waited for, and nobody waits more than a second.
 */
export function onScreenTurn(host: Element, signal: AbortSignal): Promise<void> | undefined {
  // Without an IntersectionObserver (Node) nothing is watched, so `before` below is empty.
  if (pageDrawn) return undefined;
  reportNow();
  turns.get(host)?.release(); // a second turn of the same widget (its load restarted) ends the first
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  turns.set(host, { done, release });
  const before = [...undrawn].filter((h) => h !== host && !offScreen.has(h) && above(h, host));
  if (!before.length) return undefined;
  const wait = async (): Promise<void> => {
    // The widgets above get their data in the same task when they share the feed: let them take theirs.
    if (before.some((h) => !turns.has(h))) await after(0);
    const drawing = before.flatMap((h) => (turns.has(h) ? [turns.get(h)!.done] : []));
    await Promise.race([Promise.all(drawing), after(1000)]);
    if (!pageDrawn && !inViewport(host)) await afterNextFrame();
  };
  return abortable(wait(), signal);
}

/**
 * The host's first draw is done (`updated` settles when it is rendered), or it left the page: the
 * widgets below it may look at where they are.
 */
export function drewOnScreen(host: Element, updated?: Promise<unknown>): void {
  const settle = (): void => {
    undrawn.delete(host);
    const turn = turns.get(host);
    turns.delete(host);
    turn?.release();
  };
  if (updated) void updated.then(settle, settle);
  else settle();
}
