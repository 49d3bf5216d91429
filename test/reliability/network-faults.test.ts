/**
 * Issue 11, part 2: network faults seen THROUGH THE WIDGETS (load.test.ts covers loadFeed itself).
 * Every widget, in Spanish and in English, reads one faulty URL of the local test server
 * (test/server/faults.mjs and reliability.mjs on 127.0.0.1/localhost, plus a second Node server on
 * another port without CORS headers). Asserted: the state, the error code and message in both
 * languages, how many requests reached the server (retries), and the time to settle (≤ 12 s).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/load.js';
import type { TpFeed } from '../../src/components/feed-provider/feed-provider.js';
import { allWidgets, settled, errorText, uid, ErrorTrap, leakedWords, readableText, putFeed } from './harness.js';
import { baseFeed } from '../fixtures/hostile/corpus.js';
import type { TpEl } from './harness.js';

const SETTLE_MS = 12_000;
export const faultTally = { faults: 0, widgetRuns: 0 };

interface Expect {
  /** `loaded`: ready, or empty where the small fault feed has nothing for that widget. */
  state: 'error' | 'ready' | 'loaded';
  code?: string;
  es?: RegExp;
  en?: RegExp;
  /** Requests the server must have seen for the route (exact), or [min, max]. */
  requests: number | [number, number];
  /** Minimum time to settle (e.g. Retry-After honoured). */
  atLeastMs?: number;
}

async function counts(url: string): Promise<Record<string, number>> {
  return (await fetch(url)).json();
}

/** Mounts every widget twice (es, en) on `src`; returns when all settled, with the elapsed time. */
async function throughWidgets(
  src: string,
): Promise<{ es: TpEl[]; en: TpEl[]; ms: number; errors: { lang: string; message: string; code: string }[]; remove: () => void }> {
  const box = document.createElement('div');
  const es = allWidgets(src, 'E001', { lang: 'es' });
  const en = allWidgets(src, 'E001', { lang: 'en' });
  const errors: { lang: string; message: string; code: string }[] = [];
  box.addEventListener('tp-error', (e) => {
    const d = (e as CustomEvent<{ message: string; code: string }>).detail;
    errors.push({ lang: (e.target as HTMLElement).lang, ...d });
  });
  box.append(...es, ...en);
  const t0 = performance.now();
  document.body.append(box);
  await settled([...es, ...en], SETTLE_MS + 3000, src);
  return { es, en, ms: performance.now() - t0, errors, remove: () => box.remove() };
}

async function fault(name: string, src: string, countUrl: string, route: string, want: Expect): Promise<void> {
  const trap = new ErrorTrap().install();
  const r = await throughWidgets(src);
  try {
    expect(r.ms, `${name}: time to settle`).to.be.lessThan(SETTLE_MS);
    if (want.atLeastMs) expect(r.ms, `${name}: Retry-After honoured`).to.be.greaterThanOrEqual(want.atLeastMs);
    for (const [lang, els] of [
      ['es', r.es],
      ['en', r.en],
    ] as const) {
      for (const el of els) {
        faultTally.widgetRuns++;
        if (want.state === 'loaded') expect(el.getAttribute('state'), `${name}: ${el.localName} (${lang})`).to.be.oneOf(['ready', 'empty']);
        else expect(el.getAttribute('state'), `${name}: ${el.localName} (${lang})`).to.equal(want.state);
        expect(leakedWords(readableText(el)), `${name}: ${el.localName} (${lang})`).to.deep.equal([]);
        if (want.state !== 'error') continue;
        const status = el.shadowRoot!.querySelector('[data-kind="error"]')!;
        expect(status.getAttribute('data-code'), `${name}: ${el.localName} code`).to.equal(want.code);
        expect(status.getAttribute('role')).to.equal('alert');
        const msg = errorText(el);
        expect(msg, `${name}: ${el.localName} (${lang})`).to.match(lang === 'es' ? want.es! : want.en!);
        expect(msg).to.contain(lang === 'es' ? 'No se pudieron mostrar los datos' : 'The data could not be shown');
      }
    }
    if (want.state === 'error') {
      // tp-error fires once per widget, in the widget's language.
      expect(r.errors.length, `${name}: tp-error events`).to.equal(r.es.length + r.en.length);
      for (const e of r.errors) expect(e.message, `${name}: tp-error (${e.lang})`).to.match(e.lang === 'es' ? want.es! : want.en!);
    }
    const seen = (await counts(countUrl))[route] ?? 0;
    if (typeof want.requests === 'number') expect(seen, `${name}: requests (retries)`).to.equal(want.requests);
    else expect(seen, `${name}: requests (retries)`).to.be.within(want.requests[0], want.requests[1]);
    expect(trap.errors, `${name}: uncaught errors`).to.deep.equal([]);
    faultTally.faults++;
    console.log(
      `[reliability] fault ${name}: ${want.state}${want.code ? ` (${want.code})` : ''}, ${seen} request(s), settled in ${Math.round(r.ms)} ms`,
    );
  } finally {
    r.remove();
    trap.uninstall();
  }
}

const f = (id: string, route: string) => [`/__fault/${id}/${route}`, `/__fault/${id}/count`, route.split('?')[0]!] as const;
const rel = (id: string, route: string) => [`/__rel/${id}/${route}`, `/__rel/${id}/count`, route] as const;

describe('network faults through every widget (es and en)', function () {
  this.timeout(60000);
  afterEach(() => clearFeedCache());
  after(() => console.log(`[reliability] network faults: ${faultTally.faults} faults injected, ${faultTally.widgetRuns} widget runs`));

  it('a timeout and a 1 byte/s trickle each end in "error" after one 10 s attempt (not retried)', async () => {
    const a = uid('to');
    const b = uid('tr');
    const timeoutMsg = { es: /El servidor de datos no respondió en 10 s\./, en: /The data server did not answer within 10 s\./ };
    await Promise.all([
      fault('timeout', ...f(a, 'timeout.json'), { state: 'error', code: 'timeout', ...timeoutMsg, requests: 1, atLeastMs: 9500 }),
      fault('trickle 1 byte/s', ...rel(b, 'trickle.json'), {
        state: 'error',
        code: 'timeout',
        ...timeoutMsg,
        requests: 1,
        atLeastMs: 9500,
      }),
    ]);
  });

  it('404 is not retried', async () => {
    await fault('404', ...f(uid(), '404.json'), {
      state: 'error',
      code: 'http',
      requests: 1,
      es: /No se encontró el archivo de datos "404\.json" \(HTTP 404\)\./,
      en: /The data file "404\.json" was not found \(HTTP 404\)\./,
    });
  });

  it('500 is retried twice, then an error', async () => {
    await fault('500', ...f(uid(), '500.json'), {
      state: 'error',
      code: 'http',
      requests: 3,
      es: /El servidor de datos tuvo un error \(HTTP 500\)\./,
      en: /The data server had an error \(HTTP 500\)\./,
    });
  });

  it('503 with Retry-After: 1 waits the second it asks for, twice, then an error', async () => {
    await fault('503 Retry-After', ...f(uid(), '503.json?fail=9&after=1'), {
      state: 'error',
      code: 'http',
      requests: 3,
      atLeastMs: 2000,
      es: /El servidor de datos tuvo un error \(HTTP 503\)\./,
      en: /The data server had an error \(HTTP 503\)\./,
    });
  });

  it('503 with Retry-After once, then the feed: ready', async () => {
    await fault('503 then recovers', ...f(uid(), '503.json?fail=1&after=1'), { state: 'loaded', requests: 2, atLeastMs: 1000 });
  });

  it('a server that recovers after two failures: ready on the third request', async () => {
    const id = uid('fl');
    await putFeed(id, 'base.json', JSON.stringify(baseFeed()));
    await fault(
      'recovers after two 500s',
      ...(rel(id, 'seq/base.json?pattern=500,503,ok').map((x, i) => (i === 2 ? 'seq/base.json' : x)) as [string, string, string]),
      { state: 'ready', requests: 3 },
    );
  });

  it('a truncated body (connection dropped mid-body) is a network error, retried', async () => {
    await fault('truncated body', ...f(uid(), 'truncated.json'), {
      state: 'error',
      code: 'network',
      requests: 3,
      es: /No se pudo conectar con el servidor de datos(?:\.| \()/,
      en: /Could not reach the data server(?:\.| \()/,
    });
  });

  it('a complete response whose JSON is cut names the file as not valid JSON', async () => {
    await fault('cut JSON', ...f(uid(), 'cut.json'), {
      state: 'error',
      code: 'not-json',
      requests: 1,
      es: /El archivo no es JSON válido/,
      en: /The file is not valid JSON/,
    });
  });

  it('the wrong Content-Type (application/xml; text/html) is refused, not retried', async () => {
    await fault('application/xml', ...rel(uid(), 'xml.json'), {
      state: 'error',
      code: 'wrong-type',
      requests: 1,
      es: /El servidor devolvió application\/xml, que no es JSON(?:\.| \()/,
      en: /The server returned application\/xml, which is not JSON(?:\.| \()/,
    });
    await fault('text/html', ...f(uid(), 'html.json'), {
      state: 'error',
      code: 'wrong-type',
      requests: 1,
      es: /devolvió una página HTML en lugar de datos/,
      en: /returned an HTML page instead of data/,
    });
  });

  it('a redirect loop is a network error (the browser stops at 20 redirects; three attempts)', async () => {
    await fault('redirect loop', ...rel(uid(), 'loop.json'), {
      state: 'error',
      code: 'network',
      requests: [60, 66],
      es: /No se pudo conectar con el servidor de datos(?:\.| \()/,
      en: /Could not reach the data server(?:\.| \()/,
    });
  });

  it('a second origin without CORS headers is a network error (requests reached it)', async () => {
    const { origin } = (await (await fetch('/__rel/cors-origin')).json()) as { origin: string };
    expect(new URL(origin).port).to.not.equal(location.port);
    expect(new URL(origin).hostname).to.equal('127.0.0.1');
    const id = uid('cors');
    await fault('CORS failure', `${origin}/${id}/feed.json`, `/__rel/${id}/count`, 'cors/feed.json', {
      state: 'error',
      code: 'network',
      requests: 3,
      es: /No se pudo conectar con el servidor de datos(?:\.| \()/,
      en: /Could not reach the data server(?:\.| \()/,
    });
  });

  it('a failure after a first success: every widget in <tp-feed> turns "stale" with the old "datos al" date', async () => {
    const id = uid('st');
    await putFeed(id, 'base.json', JSON.stringify(baseFeed()));
    const feed = document.createElement('tp-feed') as TpFeed;
    feed.setAttribute('src', `/__rel/${id}/seq/base.json?pattern=ok,500`);
    const es = allWidgets(undefined, 'E001', { lang: 'es' });
    const en = allWidgets(undefined, 'E001', { lang: 'en' });
    feed.append(...es, ...en);
    document.body.append(feed);
    try {
      await settled([...es, ...en]);
      for (const el of [...es, ...en]) expect(el.getAttribute('state'), el.localName).to.equal('ready');
      const t0 = performance.now();
      await feed.reload();
      await waitUntil(() => [...es, ...en].every((el) => el.getAttribute('state') === 'stale'), 'widgets did not turn stale', {
        timeout: SETTLE_MS,
      });
      await Promise.all([...es, ...en].map((el) => el.updateComplete));
      const ms = performance.now() - t0;
      expect(ms).to.be.lessThan(SETTLE_MS);
      expect(feed.state).to.equal('stale');
      for (const el of es) {
        const notice = el.shadowRoot!.querySelector('[data-kind="stale"]');
        expect(notice?.textContent?.replace(/\s+/g, ' ').trim(), el.localName).to.equal(
          'No se pudo actualizar. Se muestra la última copia guardada, con datos al 30 de septiembre de 2024.',
        );
        expect(el.shadowRoot!.querySelector('[data-kind="error"]')).to.equal(null);
      }
      for (const el of en) {
        const notice = el.shadowRoot!.querySelector('[data-kind="stale"]');
        expect(notice?.textContent?.replace(/\s+/g, ' ').trim(), el.localName).to.equal(
          'Could not refresh. Showing the last saved copy, with data as of September 30, 2024.',
        );
      }
      // The old data is still on screen: the card still names its program.
      expect(readableText(es[0]!)).to.contain(baseFeed().programs[0]!.name);
      // One first load, then the refresh with its two retries.
      expect((await counts(`/__rel/${id}/count`))['seq/base.json']).to.equal(4);
      faultTally.faults++;
      faultTally.widgetRuns += es.length + en.length;
      console.log(`[reliability] fault stale after success: 4 request(s), stale in ${Math.round(ms)} ms`);
    } finally {
      feed.remove();
    }
  });
});
