// Records when every [data-bench] element has state="ready" (or settled otherwise), each element's
// ready time, when the frames that show the first ready widget and all of them have been painted (the
// style, layout and paint after the state changes: a task queued from the next animation frame runs
// after that frame), and when the last Vega chart (svg.marks in a shadow root or in the page) appeared.
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
  const afterPaint = (f) => requestAnimationFrame(() => setTimeout(f));
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
          afterPaint(() => (b.firstPainted = performance.now()));
        }
      }
    });
    if (b.settled === null && list.length && list.every((e) => e.getAttribute('state') && e.getAttribute('state') !== 'loading')) {
      b.settled = t;
      if (list.every((e) => e.getAttribute('state') === 'ready')) b.ready = t;
      afterPaint(() => (b.painted = performance.now()));
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
