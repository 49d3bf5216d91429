/**
 * Resolves when the main thread is idle, or after `maxMs` at most (`requestIdleCallback`; where there
 * is none, as in Node, in the next task). For work that must not come between the data and the
 * widgets that draw it: the console report of a feed's problems, a chart's Vega code.
 */
export function whenIdle(maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (ric) ric(() => resolve(), { timeout: maxMs });
    else setTimeout(resolve, 1);
  });
}
