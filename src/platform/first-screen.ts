/**
 * The first screen first. When a page of many widgets gets its feed, the widgets the reader can
 * see draw at once; the ones below (or above) the viewport draw in the task after the next frame,
 * all together. The reader sees the first screen one frame after the data arrives instead of after
 * every widget on the page has been built; the others are ready a frame later and no later than
 * that (nothing waits for scrolling). Off-screen widgets are cheap to lay out then, because a host
 * off screen skips its layout (`content-visibility: auto` in the base styles).
 *
 * One shared IntersectionObserver watches the hosts that are still loading for the first time.
 * A host it has not reported on yet (just added, or the feed came from memory) draws at once.
 */

const offScreen = new WeakSet<Element>();
let observer: IntersectionObserver | undefined;

function getObserver(): IntersectionObserver | undefined {
  if (!observer && typeof IntersectionObserver === 'function') {
    observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) offScreen.delete(e.target);
        else offScreen.add(e.target);
      }
    });
  }
  return observer;
}

/** Starts watching a host that has not drawn its data yet. */
export function watchFirstScreen(host: Element): void {
  getObserver()?.observe(host);
}

/** Stops watching (the host drew its data, or left the page). */
export function unwatchFirstScreen(host: Element): void {
  observer?.unobserve(host);
  offScreen.delete(host);
}

/** True when the observer last saw the host outside the viewport. */
export function isOffScreen(host: Element): boolean {
  return offScreen.has(host);
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
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    if (hidden || typeof requestAnimationFrame !== 'function') {
      setTimeout(done, 0);
      return;
    }
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 1000);
  });
  return later;
}

/** Waits for the first screen to be drawn when `host` is off screen; rejects when `signal` aborts. */
export function firstScreenDrawn(host: Element, signal: AbortSignal): Promise<void> | undefined {
  if (!isOffScreen(host)) return undefined;
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    void afterNextFrame().then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}
