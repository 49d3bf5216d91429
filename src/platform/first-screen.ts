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
 * One shared IntersectionObserver watches the hosts that are still loading for the first time. The
 * split only happens when the reader has been looking at loading widgets: when the data arrives before
 * the observer has reported on every waiting widget (the code and the feed came in the same moment,
 * as on a fast connection), every widget draws at once, since a frame in between would only delay
 * the last ones. It also only holds while the page draws its first screen: a widget that comes later
 * (a card the reader opened) draws at once, wherever it is.
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
}

const hidden = (): boolean => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/** A widget drew its data: a frame later, the page's first screen is drawn and nobody waits any more. */
export function drewFirstData(): void {
  if (pageDrawn) return;
  void afterNextFrame().then(() => {
    pageDrawn = true;
    observer?.disconnect();
    unreported.clear();
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

/**
 * While the page draws its first screen, waits until `host` may draw: in the task after the next frame
 * when it is off screen (and the observer has reported on every waiting widget), else not at all
 * (undefined). Rejects when `signal` aborts.
 */
export function firstScreenDrawn(host: Element, signal: AbortSignal): Promise<void> | undefined {
  if (pageDrawn || unreported.size > 0 || !offScreen.has(host)) return undefined;
  return abortable(afterNextFrame(), signal);
}
