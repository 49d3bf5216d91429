// Records when every [data-bench] element has state="ready" (or settled otherwise), each element's
// ready time, when the frames that show the first ready widget and all of them have been painted, and
// when the last Vega chart (svg.marks in a shadow root or in the page) appeared.
// "Painted": the end of the first frame after the state changed, style, layout and paint included. A
// long frame (over 50 ms) is a Long Animation Frame entry, whose end is exact; a shorter one ends
// within 50 ms of its animation-frame callback, which is taken instead. (A task queued from that
// callback would run after any task already queued, such as the widgets drawn after the first screen,
// and so would come too late.)
(() => {
  const b = (window.__bench = {
    ready: null,
    settled: null,
    painted: null,
    firstPainted: null,
    readyAt: {},
    states: {},
    lastChart: null,
    charts: 0,
  });
  const frames = [];
  if (PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame'))
    new PerformanceObserver((l) => frames.push(...l.getEntries())).observe({ type: 'long-animation-frame', buffered: true });
  // The frame that starts at `start` (an animation-frame callback's time): its end once known.
  const frameEnd = (start) => {
    const f = frames.find((e) => e.renderStart > 0 && Math.abs(e.renderStart - start) < 4);
    return f ? f.startTime + f.duration : start;
  };
  // Sets `key` to the frame's start at once (read it again a little later: Long Animation Frame
  // entries arrive after their frame, and the getter then gives the frame's end).
  const afterPaint = (key) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      Object.defineProperty(b, key, { get: () => frameEnd(start), enumerable: true, configurable: true });
    });
  const els = () => [...document.querySelectorAll('[data-bench]')];
  const check = () => {
    const t = performance.now();
    const list = els();
    list.forEach((e, i) => {
      const s = e.getAttribute('state');
      b.states[i] = s;
      if (s === 'ready' && !(i in b.readyAt)) {
        b.readyAt[i] = t;
        if (b.firstPainted === null) {
          b.firstPainted = false;
          afterPaint('firstPainted');
        }
      }
    });
    if (b.settled === null && list.length && list.every((e) => e.getAttribute('state') && e.getAttribute('state') !== 'loading')) {
      b.settled = t;
      if (list.every((e) => e.getAttribute('state') === 'ready')) b.ready = t;
      afterPaint('painted');
    }
  };
  new MutationObserver(check).observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['state'] });
  document.addEventListener('DOMContentLoaded', check);
  const countCharts = () => {
    let n = document.querySelectorAll('svg.marks').length;
    for (const e of els()) n += e.shadowRoot?.querySelectorAll('svg.marks').length ?? 0;
    return n;
  };
  // Charts are drawn after the widgets are ready (when the main thread is idle), so the per-frame
  // count starts then: before, walking 20 shadow roots every frame took main-thread time from the
  // page being measured (about 80 ms of a phone first visit).
  const tick = () => {
    const n = countCharts();
    if (n !== b.charts) {
      b.charts = n;
      b.lastChart = performance.now();
    }
    requestAnimationFrame(tick);
  };
  const start = () => (b.settled === null ? setTimeout(start, 50) : requestAnimationFrame(tick));
  start();
})();
