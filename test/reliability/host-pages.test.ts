/**
 * Issue 11, part 4: hostile host pages. The CDN bundle (dist/cdn/tp-widgets.js, built by `npm test`
 * before the browser run) loaded twice; elements in the page (and properties set) before the script
 * loads; elements moved and removed mid-load; 100 mount/unmount cycles per widget (no live Vega view,
 * no growing global listeners or observers); `lang` and `program` changed rapidly (the last wins, no
 * stale render arrives).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/load.js';
import { liveChartViews } from '../../src/platform/charts/chart-controller.js';
import type { TpFeed } from '../../src/components/feed-provider/feed-provider.js';
import { baseFeed } from '../fixtures/hostile/corpus.js';
import { WIDGETS, widget, allWidgets, settled, putFeed, uid, ErrorTrap, readableText, frames, SETTLED } from './harness.js';
import type { TpEl } from './harness.js';

export const hostTally = { cycles: 0, pages: 0 };

async function frame(url: string): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.width = '800px';
  f.style.height = '600px';
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  f.src = url;
  document.body.append(f);
  await loaded;
  return f;
}

type FrameWin = Window & { __errors?: string[]; customElements: CustomElementRegistry };

async function cdnPresent(): Promise<boolean> {
  const r = await fetch('/dist/cdn/tp-widgets.js', { method: 'HEAD' });
  return r.ok;
}

describe('hostile host pages', function () {
  this.timeout(90000);
  let src = '';
  before(async () => {
    src = await putFeed(uid('host'), 'base.json', JSON.stringify(baseFeed()));
  });
  afterEach(() => clearFeedCache());
  after(() => console.log(`[reliability] host pages: ${hostTally.pages} hostile page scenarios, ${hostTally.cycles} mount/unmount cycles`));

  it('the CDN script loaded twice (same URL, and a second copy under another URL) defines each tag once and works', async () => {
    expect(await cdnPresent(), 'dist/cdn/tp-widgets.js is built by `npm test` before the browser run').to.equal(true);
    const f = await frame(`/__rel/host/twice.html?feed=${encodeURIComponent(src)}`);
    try {
      const win = f.contentWindow as FrameWin;
      const els = () => [...f.contentDocument!.querySelectorAll<TpEl>('body > *')];
      await waitUntil(
        () => els().length === WIDGETS.length && els().every((e) => SETTLED.has(e.getAttribute('state') ?? '')),
        'widgets did not settle in the page',
        { timeout: 20000 },
      );
      expect(els().map((e) => e.getAttribute('state'))).to.deep.equal(WIDGETS.map(() => 'ready'));
      for (const w of WIDGETS) expect(win.customElements.get(w.tag), w.tag).to.be.a('function');
      // The page's own error log (installed before any script): the second copy must not throw on define.
      expect(win.__errors ?? ['probe missing']).to.deep.equal([]);
      hostTally.pages++;
    } finally {
      f.remove();
    }
  });

  it('elements in the page before the script, properties set before upgrade, then the script: all upgrade', async () => {
    expect(await cdnPresent()).to.equal(true);
    const f = await frame(`/__rel/host/late.html?feed=${encodeURIComponent(src)}`);
    try {
      const doc = f.contentDocument!;
      const win = f.contentWindow as FrameWin;
      // A framework sets properties on not-yet-defined elements.
      const early = doc.createElement('tp-program-card') as TpEl & { program?: string; src?: string };
      early.src = src;
      early.program = 'S002';
      doc.body.append(early);
      expect(win.customElements.get('tp-program-card')).to.equal(undefined);
      const s = doc.createElement('script');
      s.type = 'module';
      s.src = '/dist/cdn/tp-widgets.js';
      doc.head.append(s);
      const els = () => [...doc.querySelectorAll<TpEl>('body > *')];
      await waitUntil(() => els().every((e) => SETTLED.has(e.getAttribute('state') ?? '')), 'late widgets did not upgrade and settle', {
        timeout: 20000,
      });
      expect(els().map((e) => `${e.localName}=${e.getAttribute('state')}`)).to.deep.equal([
        ...WIDGETS.map((w) => `${w.tag}=ready`),
        'tp-program-card=ready',
      ]);
      // The property set before upgrade was kept: the card shows S002, not an error about a missing program.
      expect(readableText(early)).to.contain(baseFeed().programs[1]!.name);
      expect(win.__errors).to.deep.equal([]);
      hostTally.pages++;
    } finally {
      f.remove();
    }
  });

  it('CDN entry: the elements asked for together are registered together, in one task, when the last chunk has run', async () => {
    expect(await cdnPresent()).to.equal(true);
    const f = await frame('/__rel/host/blank.html');
    try {
      const doc = f.contentDocument!;
      const win = f.contentWindow as FrameWin & {
        __cdn?: { define: (...t: string[]) => Promise<void> };
        MessageChannel: typeof MessageChannel;
      };
      // A task counter (a message bounced between two ports: one turn per task) and a log of
      // registrations with the turn each happened in.
      let turn = 0;
      let ticking = true;
      const ch = new win.MessageChannel();
      ch.port1.onmessage = () => {
        turn++;
        if (ticking) ch.port2.postMessage(0);
      };
      ch.port2.postMessage(0);
      const log: [string, number][] = [];
      const define = win.customElements.define.bind(win.customElements);
      win.customElements.define = (name: string, ctor: CustomElementConstructor, opts?: ElementDefinitionOptions) => {
        log.push([name, turn]);
        define(name, ctor, opts);
      };
      const s = doc.createElement('script');
      s.type = 'module';
      // The CDN build, with one element's chunk held back 600 ms: the others arrive long before it.
      s.textContent = "import { define } from '/__rel/slowcdn/600/sdg-alignment/tp-widgets.js'; window.__cdn = { define };";
      doc.head.append(s);
      await waitUntil(() => win.__cdn, 'the CDN entry did not load', { timeout: 20000 });
      const tags = ['tp-spending-flow', 'tp-program-card', 'tp-indicator-gauge', 'tp-gender-breakdown', 'tp-sdg-alignment'];
      await win.__cdn!.define(...tags);
      ticking = false;
      // All registered when define() resolves, in the order their chunks ran, in one task.
      expect(tags.filter((t) => !win.customElements.get(t))).to.deep.equal([]);
      expect(log.map(([t]) => t).sort()).to.deep.equal([...tags].sort());
      expect(new Set(log.map(([, k]) => k)).size, `tasks: ${JSON.stringify(log)}`).to.equal(1);
      expect(turn, 'the task counter ran').to.be.greaterThan(10);
      hostTally.pages++;
    } finally {
      f.remove();
    }
  });

  it('CDN entry: <tp-feed> is not held with the widgets; when the data is in before they upgrade, the one on screen still draws first and those far below a frame later', async () => {
    expect(await cdnPresent()).to.equal(true);
    const f = await frame('/__rel/host/blank.html');
    try {
      const doc = f.contentDocument!;
      const win = f.contentWindow as FrameWin & typeof globalThis;
      let frameNo = 0;
      let ticking = true;
      const tick = () =>
        win.requestAnimationFrame(() => {
          frameNo++;
          if (ticking) tick();
        });
      tick();
      const registered: [string, number][] = [];
      const define = win.customElements.define.bind(win.customElements);
      win.customElements.define = (name: string, ctor: CustomElementConstructor, opts?: ElementDefinitionOptions) => {
        registered.push([name, performance.now()]);
        define(name, ctor, opts);
      };
      // The bench's 20-widget article (bench/pages/many.html): four kinds of widget one under the other,
      // two of them for a whole annex, twenty loading placeholders of 20rem in a 600 px frame.
      const feed = doc.createElement('tp-feed');
      feed.setAttribute('src', '/demo/data/sample-feed.json');
      const page =
        'flow E001, card E001, gauge E001, gender E001, flow E002, card E002, gauge E002, gender S010, flow S010, card S010, gauge S010, gender E030, flow E040, card E040, gauge E015, gender annex=gender, flow E050, card S020, gauge S020, gender annex=indigenous';
      const tags: Record<string, string> = {
        flow: 'tp-spending-flow',
        card: 'tp-program-card',
        gauge: 'tp-indicator-gauge',
        gender: 'tp-gender-breakdown',
      };
      const widgets = page.split(', ').map((item) => {
        const [kind, what] = item.split(' ') as [string, string];
        const w = doc.createElement(tags[kind]!);
        const [name, value] = what.includes('=') ? what.split('=') : ['program', what];
        w.setAttribute(name!, value!);
        return w;
      });
      feed.append(...widgets);
      // As on the bench's page: no body margin, so the first host starts at the very top (read as 0 px
      // tall hosts, they were all "off screen" there, and all drew after the first frame).
      doc.body.style.margin = '0';
      doc.body.append(feed);
      const drewAt = new Map<Element, number>();
      const order: Element[] = [];
      doc.addEventListener(
        'tp-load',
        (e) => {
          if (e.target === feed) return;
          drewAt.set(e.target as Element, frameNo);
          order.push(e.target as Element);
        },
        true,
      );
      const s = doc.createElement('script');
      s.type = 'module';
      // The widgets' code is held back 600 ms (one element's chunk is slow); the feed's is not.
      s.src = '/__rel/slowcdn/600/spending-flow/tp-widgets.js';
      doc.head.append(s);
      await waitUntil(() => widgets.every((w) => SETTLED.has(w.getAttribute('state') ?? '')), 'widgets did not settle', { timeout: 20000 });
      ticking = false;
      expect(widgets.map((w) => w.getAttribute('state'))).to.deep.equal(widgets.map(() => 'ready'));
      // <tp-feed> was registered long before the widgets, and had its data when they were.
      const at = Object.fromEntries(registered);
      expect(at['tp-feed'], JSON.stringify(registered)).to.be.below(at['tp-spending-flow']! - 300);
      // The first widget draws first; the last four (their placeholders far below) a frame or more later.
      // Compared by name: an element of the frame in a failed assertion cannot be reported once the frame is gone.
      const name = (w: Element | undefined) => `${w?.localName} ${w?.getAttribute('program') ?? w?.getAttribute('annex')}`;
      expect(name(order[0]), 'the first to draw').to.equal(name(widgets[0]));
      const first = drewAt.get(widgets[0]!)!;
      for (const w of widgets.slice(-4)) expect(drewAt.get(w)!, `${w.localName} ${w.getAttribute('program')}`).to.be.greaterThan(first);
      hostTally.pages++;
    } finally {
      f.remove();
    }
  });

  it('CDN entry: tags added later are registered; a shadow root needs discover(); define() registers ahead', async () => {
    expect(await cdnPresent()).to.equal(true);
    const f = await frame('/__rel/host/blank.html');
    try {
      const doc = f.contentDocument!;
      const win = f.contentWindow as FrameWin & {
        __cdn?: { define: (...t: string[]) => Promise<void>; discover: (r: ParentNode) => Promise<void> };
      };
      const s = doc.createElement('script');
      s.type = 'module';
      s.textContent = "import { define, discover } from '/dist/cdn/tp-widgets.js'; window.__cdn = { define, discover };";
      doc.head.append(s);
      await waitUntil(() => win.__cdn, 'the CDN entry did not load', { timeout: 20000 });
      // Not in the page: not registered (nothing fetched for it).
      // (Booleans in the assertions: a failing expect() on a class from another window is slow to print.)
      expect(!!win.customElements.get('tp-budget-cycle')).to.equal(false);
      // Added later to the page: the entry's observer registers it.
      const later = doc.createElement('tp-budget-cycle') as TpEl & { src?: string; program?: string };
      later.src = src;
      later.program = 'E001';
      doc.body.append(later);
      await waitUntil(() => SETTLED.has(later.getAttribute('state') ?? ''), 'a tag added later was not registered', { timeout: 20000 });
      // Inside another component's shadow root: out of sight until discover(root).
      const host = doc.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      const hidden = doc.createElement('tp-sdg-alignment') as TpEl;
      hidden.setAttribute('src', src);
      root.append(hidden);
      doc.body.append(host);
      await new Promise((r) => setTimeout(r, 300));
      expect(!!win.customElements.get('tp-sdg-alignment')).to.equal(false);
      await win.__cdn!.discover(root);
      expect(!!win.customElements.get('tp-sdg-alignment')).to.equal(true);
      await waitUntil(() => SETTLED.has(hidden.getAttribute('state') ?? ''), 'the discovered element did not settle', { timeout: 20000 });
      // define(): registered before any tag exists (for frameworks).
      await win.__cdn!.define('tp-program-explorer');
      expect(!!win.customElements.get('tp-program-explorer')).to.equal(true);
      expect(win.__errors).to.deep.equal([]);
      hostTally.pages++;
    } finally {
      f.remove();
    }
  });

  it('widgets moved to another container mid-load end ready; removed mid-load they fire nothing and resume when put back', async () => {
    const trap = new ErrorTrap().install();
    const slow = `/__fault/${uid()}/slow.json?ms=400`;
    const a = document.createElement('div');
    const b = document.createElement('section');
    b.lang = 'en';
    document.body.append(a, b);
    try {
      const moved = allWidgets(slow, 'E001');
      const removed = allWidgets(slow, 'E001');
      const feed = document.createElement('tp-feed') as TpFeed;
      feed.setAttribute('src', `/__fault/${uid()}/slow.json?ms=400`);
      const inner = allWidgets(undefined, 'E001');
      feed.append(...inner);
      a.append(...moved, ...removed, feed);
      const events: string[] = [];
      for (const el of removed) for (const t of ['tp-load', 'tp-error']) el.addEventListener(t, () => events.push(`${el.localName} ${t}`));
      await frames(2);
      expect(moved.every((e) => e.getAttribute('state') === 'loading')).to.equal(true);
      // Mid-load: move one set (and the tp-feed with its children) into an English container, remove the other.
      b.append(...moved, feed);
      for (const el of removed) el.remove();
      await settled([...moved, ...inner], 15000, 'moved widgets');
      // The small fault feed has no indicators, annexes or cycle data: those widgets are "empty", never in error.
      for (const e of [...moved, ...inner]) expect(e.getAttribute('state'), e.localName).to.be.oneOf(['ready', 'empty']);
      expect(moved[0]!.getAttribute('state')).to.equal('ready');
      // The move into lang="en" took effect: the card speaks English.
      expect(readableText(moved[0]!)).to.match(/Approved|approved/);
      expect(events, 'removed widgets fire no tp-load/tp-error while out of the page').to.deep.equal([]);
      a.append(...removed);
      await settled(removed, 15000, 'reinserted widgets');
      for (const el of removed) expect(el.getAttribute('state'), el.localName).to.not.equal('error');
      expect(trap.errors).to.deep.equal([]);
      hostTally.pages++;
    } finally {
      a.remove();
      b.remove();
      trap.uninstall();
    }
  });

  for (const w of WIDGETS) {
    it(`${w.tag}: 100 mount/unmount cycles leave no live Vega view and no growing listeners or observers`, async () => {
      const trap = new ErrorTrap().install();
      const track = trackGlobals();
      const box = document.createElement('div');
      box.style.width = '640px';
      document.body.append(box);
      let after10 = '';
      try {
        for (let i = 1; i <= 100; i++) {
          const el = widget(w.tag, {
            src,
            ...(w.program ? { program: 'E001' } : {}),
            ...w.attrs,
            lang: i % 2 ? 'es' : 'en',
            theme: i % 3 ? 'auto' : 'dark',
          });
          box.append(el);
          // Some cycles end while loading or while the chart is being drawn, others once ready.
          if (i % 3 !== 0) await settled([el]);
          if (i % 5 === 0) await frames(3);
          el.remove();
          hostTally.cycles++;
          if (i === 10) {
            await frames(3);
            after10 = track.snapshot();
          }
        }
        // Charts whose render was in flight at removal must finalize themselves.
        await waitUntil(() => liveChartViews() === 0, `live Vega views after 100 cycles: ${liveChartViews()}`, { timeout: 5000 });
        await frames(3);
        expect(track.snapshot(), 'global listeners/observers after 100 cycles vs after 10').to.equal(after10);
        expect(trap.errors).to.deep.equal([]);
      } finally {
        track.restore();
        trap.uninstall();
        box.remove();
      }
    });
  }

  it('lang and program changed rapidly: only the last wins, no stale render arrives', async () => {
    const trap = new ErrorTrap().install();
    // A sharded feed: each program is its own (delayed by the network) file, so answers can arrive out of order.
    const id = uid('race');
    const shard = `/__fault/${id}/shard/index.json`;
    const els = [
      widget('tp-program-card', { src: shard, program: 'E001' }),
      widget('tp-indicator-gauge', { src: shard, program: 'E001' }),
      widget('tp-spending-flow', { src: shard, program: 'E001' }),
    ];
    const loads: string[][] = els.map(() => []);
    els.forEach((el, k) =>
      el.addEventListener('tp-load', (e) => loads[k]!.push((e as CustomEvent<{ program?: string }>).detail.program ?? '')),
    );
    document.body.append(...els);
    try {
      await settled(els);
      const seq = ['E002', 'E003', 'E001', 'E003', 'E002', 'E001', 'E003'];
      for (const [i, key] of seq.entries()) {
        for (const el of els) {
          el.setAttribute('program', key);
          el.setAttribute('lang', i % 2 ? 'en' : 'es');
        }
        if (i % 2) await Promise.resolve();
        else await new Promise((r) => setTimeout(r, i * 3));
      }
      for (const el of els) el.setAttribute('lang', 'en');
      await settled(els);
      // Every program file the race asked for has been answered; then give late answers a chance to land.
      await waitUntil(async () => {
        const c = (await (await fetch(`/__fault/${id}/count`)).json()) as Record<string, number>;
        return ['E001', 'E002', 'E003'].every((k) => (c[`shard/programs/${k}.json`] ?? 0) >= 1);
      }, 'program files not all requested');
      await frames(5);
      for (const [k, el] of els.entries()) {
        expect(el.getAttribute('state'), el.localName).to.equal('ready');
        const text = readableText(el);
        expect(text, el.localName).to.contain('E003');
        expect(text, el.localName).to.not.contain('Programa de prueba E002');
        expect(text, el.localName).to.not.contain('Programa de prueba E001');
        expect(loads[k]!.at(-1), `${el.localName}: the last tp-load`).to.equal('E003');
        // The English UI is on screen, not a Spanish render that arrived late.
        expect(el.shadowRoot!.querySelector('[part~="base"]')!.textContent).to.not.match(/Ver tabla de datos|Fuente:/);
      }
      expect(trap.errors).to.deep.equal([]);
      hostTally.pages++;
    } finally {
      for (const el of els) el.remove();
      trap.uninstall();
    }
  });
});

/** Counts listeners on window/document/media queries and connected observers, by patching their prototypes. */
function trackGlobals(): { snapshot: () => string; restore: () => void } {
  const listeners = new Map<string, number>();
  const keyOf = (t: EventTarget): string | undefined =>
    t === window
      ? 'window'
      : t === document
        ? 'document'
        : t instanceof MediaQueryList
          ? `media ${t.media}`
          : t === document.documentElement
            ? 'html'
            : undefined;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const seen = new WeakMap<EventTarget, Set<unknown>>();
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    fn: EventListenerOrEventListenerObject | null,
    o?: boolean | AddEventListenerOptions,
  ) {
    const k = keyOf(this);
    if (k && fn) {
      const s = seen.get(this) ?? new Set();
      seen.set(this, s);
      const id = `${type}|${typeof o === 'boolean' ? o : !!o?.capture}`;
      const tag = { fn, id };
      if (![...s].some((x) => (x as typeof tag).fn === fn && (x as typeof tag).id === id)) {
        s.add(tag);
        listeners.set(`${k} ${type}`, (listeners.get(`${k} ${type}`) ?? 0) + 1);
      }
    }
    return add.call(this, type, fn, o);
  } as typeof add;
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    fn: EventListenerOrEventListenerObject | null,
    o?: boolean | EventListenerOptions,
  ) {
    const k = keyOf(this);
    const s = seen.get(this);
    if (k && fn && s) {
      const id = `${type}|${typeof o === 'boolean' ? o : !!o?.capture}`;
      for (const x of s) {
        const t = x as { fn: unknown; id: string };
        if (t.fn === fn && t.id === id) {
          s.delete(x);
          listeners.set(`${k} ${type}`, (listeners.get(`${k} ${type}`) ?? 1) - 1);
        }
      }
    }
    return remove.call(this, type, fn, o);
  } as typeof remove;
  const active = new Map<string, Set<object>>();
  const patches: (() => void)[] = [];
  for (const [name, C] of [
    ['MutationObserver', MutationObserver],
    ['ResizeObserver', ResizeObserver],
    ['IntersectionObserver', IntersectionObserver],
  ] as const) {
    const set = new Set<object>();
    active.set(name, set);
    const proto = C.prototype as { observe: (...a: unknown[]) => void; disconnect: () => void };
    const observe = proto.observe;
    const disconnect = proto.disconnect;
    proto.observe = function (this: object, ...a: unknown[]) {
      set.add(this);
      return observe.apply(this, a);
    };
    proto.disconnect = function (this: object) {
      set.delete(this);
      return disconnect.call(this);
    };
    patches.push(() => {
      proto.observe = observe;
      proto.disconnect = disconnect;
    });
  }
  return {
    snapshot: () =>
      JSON.stringify({
        listeners: Object.fromEntries([...listeners].filter(([, n]) => n > 0).sort()),
        observers: Object.fromEntries([...active].map(([k, s]) => [k, s.size])),
      }),
    restore: () => {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
      for (const p of patches) p();
    },
  };
}
