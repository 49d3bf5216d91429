// The big-feed bench in the browser: load + validate time of generated feeds through the
// library's own loader, and the explorer's filter latency per keystroke (the real
// <tp-program-explorer> from the CDN bundle, typing words letter by letter). Bundled by run.mjs.
import { clearFeedCache, loadFeed } from '../src/feed/load.js';
import { foldText as fold } from '../src/feed/adapters/text-fold.js';
import { validateFeed } from '../src/feed/validate.js';

interface ExplorerEl extends HTMLElement {
  updateComplete: Promise<boolean>;
  state: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
};

async function loadValidate(
  url: string,
  runs: number,
): Promise<{ median: number; min: number; runs: number[]; programs: number; problems: number }> {
  const times: number[] = [];
  let programs = 0;
  let problems = 0;
  for (let i = 0; i <= runs; i++) {
    clearFeedCache();
    const t0 = performance.now();
    const loaded = await loadFeed(url, { refresh: true });
    const t = performance.now() - t0;
    if (i > 0) times.push(t); // the first is the warm-up
    programs = loaded.feed.programs.length;
    problems = loaded.problems.length;
  }
  return { median: median(times), min: Math.min(...times), runs: times, programs, problems };
}

async function explorer(url: string, rounds: number): Promise<{ p95: number; roundsP95: number[]; keystrokes: number }> {
  const el = document.createElement('tp-program-explorer') as ExplorerEl;
  el.setAttribute('src', url);
  el.setAttribute('url-state', 'off');
  document.body.append(el);
  const t0 = performance.now();
  while (el.state !== 'ready') {
    if (performance.now() - t0 > 60000) throw new Error(`explorer state ${el.state}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  const feed = (await loadFeed(url)).feed;
  const words = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => fold(feed.programs[Math.floor(f * feed.programs.length)]!.name).split(' ')[0]!);
  const type = async (value: string) => {
    const s = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    return performance.now() - s;
  };
  const roundsP95: number[] = [];
  let keystrokes = 0;
  for (let r = 0; r <= rounds; r++) {
    const times: number[] = [];
    for (const w of words) {
      for (let i = 1; i <= w.length; i++) times.push(await type(w.slice(0, i)));
      await type('');
    }
    if (r > 0) {
      roundsP95.push(p95(times));
      keystrokes += times.length;
    }
  }
  el.remove();
  return { p95: median(roundsP95), roundsP95, keystrokes };
}

/** Where load + validate time goes: fetch and read the bytes, decode, JSON.parse, validate (medians). */
async function phases(url: string, runs: number): Promise<Record<string, number>> {
  const rows: Record<string, number>[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { cache: 'no-cache' });
    const buf = await (await res.blob()).arrayBuffer(); // as the loader reads a body of declared size
    const t1 = performance.now();
    const text = new TextDecoder('utf-8').decode(buf);
    const t2 = performance.now();
    const data: unknown = JSON.parse(text);
    const t3 = performance.now();
    validateFeed(data);
    const t4 = performance.now();
    if (i > 0) rows.push({ fetch: t1 - t0, decode: t2 - t1, parse: t3 - t2, validate: t4 - t3 });
  }
  return Object.fromEntries(Object.keys(rows[0]!).map((k) => [k, median(rows.map((r) => r[k]!))]));
}

(window as unknown as { __big: unknown }).__big = { loadValidate, explorer, phases, validate: validateFeed };
