/**
 * loadFeed against the local fault server (test/server/faults.mjs). Every test uses its own id, so
 * URLs (and request counts) never collide, and each test can count the requests it caused.
 */
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { loadFeed, resolveProgram, clearFeedCache } from '../../src/feed/load.js';
import { FeedError, MAX_BYTES } from '../../src/feed/fetch-bytes.js';
import { findProgram } from '../../src/feed/select.js';
import { problemMessage } from '../../src/feed/problem-wording.js';

const uid = () => `t${Math.random().toString(36).slice(2, 10)}`;
const url = (id: string, route: string) => `/__fault/${id}/${route}`;
const counts = async (id: string): Promise<Record<string, number>> => (await fetch(url(id, 'count'))).json();

async function failure(p: Promise<unknown>): Promise<FeedError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(FeedError);
    return e as FeedError;
  }
  throw new Error('expected the load to fail');
}

describe('loadFeed', () => {
  afterEach(() => {
    sinon.restore();
    clearFeedCache();
  });

  it('loads and validates a feed', async () => {
    const id = uid();
    const r = await loadFeed(url(id, 'ok.json'));
    expect(r.format).to.equal('json');
    expect(r.stale).to.equal(false);
    expect(r.url).to.equal(new URL(url(id, 'ok.json'), location.href).href);
    expect(r.feed.programs.map((p) => p.key)).to.deep.equal(['E001', 'E002', 'E003']);
    expect(r.problems).to.deep.equal([]);
    expect(await counts(id)).to.deep.equal({ 'ok.json': 1 });
  });

  it('shares one request among concurrent callers, relative or absolute URL', async () => {
    const id = uid();
    const rel = url(id, 'slow.json?ms=200');
    const abs = new URL(rel, location.href).href;
    const all = await Promise.all([loadFeed(rel), loadFeed(abs), loadFeed(rel), loadFeed(`.${rel.slice(0)}`.replace('./', '/'))]);
    expect(new Set(all).size).to.equal(1);
    expect(await counts(id)).to.deep.equal({ 'slow.json': 1 });
  });

  it('keeps the loaded copy for later callers; refresh fetches again', async () => {
    const id = uid();
    const a = await loadFeed(url(id, 'ok.json'));
    const b = await loadFeed(url(id, 'ok.json'));
    expect(b).to.equal(a);
    expect(await counts(id)).to.deep.equal({ 'ok.json': 1 });
    const c = await loadFeed(url(id, 'ok.json'), { refresh: true });
    expect(c).not.to.equal(a);
    expect(c.stale).to.equal(false);
    expect(await counts(id)).to.deep.equal({ 'ok.json': 2 });
  });

  it('404: fails at once with a clear message, no retry', async () => {
    const id = uid();
    const e = await failure(loadFeed(url(id, '404.json')));
    expect(e.code).to.equal('http');
    expect(e.status).to.equal(404);
    expect(problemMessage(e.problem, 'es')).to.contain('No se encontró');
    expect(problemMessage(e.problem, 'en')).to.contain('not found');
    expect(await counts(id)).to.deep.equal({ '404.json': 1 });
  });

  it('500: retries twice with backoff, then fails', async () => {
    const id = uid();
    const e = await failure(loadFeed(url(id, '500.json')));
    expect(e.status).to.equal(500);
    expect(problemMessage(e.problem, 'en')).to.contain('HTTP 500');
    expect(await counts(id)).to.deep.equal({ '500.json': 3 });
  });

  it('recovers after two failures', async () => {
    const id = uid();
    const r = await loadFeed(url(id, 'flaky.json?fail=2'));
    expect(r.feed.programs).to.have.length(3);
    expect(await counts(id)).to.deep.equal({ 'flaky.json': 3 });
  });

  it('gives up after three failures when retries are exhausted', async () => {
    const id = uid();
    await failure(loadFeed(url(id, 'flaky.json?fail=3')));
    expect(await counts(id)).to.deep.equal({ 'flaky.json': 3 });
  });

  for (const [route, status] of [
    ['503.json', 503],
    ['429.json', 429],
  ] as const) {
    it(`${status} with Retry-After: 1 waits about a second, then succeeds`, async () => {
      const id = uid();
      const t0 = performance.now();
      const r = await loadFeed(url(id, route));
      const ms = performance.now() - t0;
      expect(r.feed.programs).to.have.length(3);
      expect(ms).to.be.greaterThan(900);
      expect(await counts(id)).to.deep.equal({ [route]: 2 });
    });
  }

  it('Retry-After is capped so a load settles in time', async () => {
    const id = uid();
    const t0 = performance.now();
    const r = await loadFeed(url(id, '503.json?after=3600'));
    expect(r.feed.programs).to.have.length(3);
    expect(performance.now() - t0).to.be.lessThan(12000);
  });

  it('times out (no retry: a slow server stays slow)', async () => {
    const id = uid();
    const t0 = performance.now();
    const e = await failure(loadFeed(url(id, 'timeout.json'), { timeoutMs: 300 }));
    expect(e.code).to.equal('timeout');
    expect(performance.now() - t0).to.be.lessThan(3000);
    expect(await counts(id)).to.deep.equal({ 'timeout.json': 1 });
  });

  it('a truncated body (connection dropped) is a network error after retries', async () => {
    const id = uid();
    const e = await failure(loadFeed(url(id, 'truncated.json')));
    expect(e.code).to.equal('network');
    expect(await counts(id)).to.deep.equal({ 'truncated.json': 3 });
  });

  it('a JSON body cut in half is "not JSON"', async () => {
    const e = await failure(loadFeed(url(uid(), 'cut.json')));
    expect(e.code).to.equal('not-json');
  });

  it('an HTML page is refused by Content-Type with a clear message', async () => {
    const e = await failure(loadFeed(url(uid(), 'html.json')));
    expect(e.code).to.equal('wrong-type');
    expect(problemMessage(e.problem, 'es')).to.contain('HTML');
    expect(e.problem.params?.found).to.equal('text/html');
  });

  it('refuses a body over 50 MB before reading it', async () => {
    expect(MAX_BYTES).to.equal(50 * 1024 * 1024);
    const t0 = performance.now();
    const e = await failure(loadFeed(url(uid(), 'big.json')));
    expect(e.code).to.equal('too-large');
    expect(problemMessage(e.problem, 'en')).to.contain('60.0 MB');
    expect(performance.now() - t0).to.be.lessThan(3000);
  });

  it('stops reading a body without Content-Length at 50 MB', async () => {
    const e = await failure(loadFeed(url(uid(), 'chunked-big.json')));
    expect(e.code).to.equal('too-large');
    expect(problemMessage(e.problem, 'en')).to.match(/\(5\d\.\d MB/);
  });

  it('refuses a small compressed body that inflates past 50 MB', async () => {
    const e = await failure(loadFeed(url(uid(), 'gzip-bomb.json')));
    expect(e.code).to.equal('too-large');
    expect(problemMessage(e.problem, 'en')).to.contain('60.0 MB');
  });

  it('accepts a BOM', async () => {
    const r = await loadFeed(url(uid(), 'bom.json'));
    expect(r.feed.programs).to.have.length(3);
  });

  it('keeps record-level problems, warns once per URL in both languages', async () => {
    const warn = sinon.stub(console, 'warn');
    const id = uid();
    const r = await loadFeed(url(id, 'problems.json'));
    expect(r.problems.map((p) => p.kind).sort()).to.deep.equal(['invalid-field', 'unsafe-url']);
    expect(r.feed.programs[1]!.links).to.deep.equal([]);
    await loadFeed(url(id, 'problems.json'), { refresh: true });
    // The report is written when the page is idle (after the widgets draw), once per URL.
    await waitUntil(() => warn.callCount > 0, 'no console report', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(warn.callCount).to.equal(1);
    const text = String(warn.firstCall.args[0]);
    expect(text).to.contain('problema(s)');
    expect(text).to.contain('data problem(s)');
  });

  it('a failed refresh returns the last good copy as stale, with the reason', async () => {
    const id = uid();
    const good = await loadFeed(url(id, 'once.json'));
    const r = await loadFeed(url(id, 'once.json'), { refresh: true, retries: 0 });
    expect(r.stale).to.equal(true);
    expect(r.feed).to.equal(good.feed);
    expect(r.staleReason!.kind).to.equal('http');
    expect(problemMessage(r.staleReason!, 'en')).to.contain('500');
    expect(await counts(id)).to.deep.equal({ 'once.json': 2 });
  });

  it("one caller's abort does not abort the shared request for others", async () => {
    const id = uid();
    const c = new AbortController();
    const a = loadFeed(url(id, 'slow.json?ms=300'), { signal: c.signal });
    const b = loadFeed(url(id, 'slow.json?ms=300'));
    c.abort();
    let aborted: unknown;
    try {
      await a;
    } catch (e) {
      aborted = e;
    }
    expect((aborted as DOMException).name).to.equal('AbortError');
    const r = await b;
    expect(r.feed.programs).to.have.length(3);
    expect(await counts(id)).to.deep.equal({ 'slow.json': 1 });
  });

  it('when every caller aborts, the request stops and a later call starts afresh', async () => {
    const id = uid();
    const c = new AbortController();
    const a = loadFeed(url(id, 'slow.json?ms=1500'), { signal: c.signal });
    // Abort only once the server has the first request, so the count below does not depend on timing.
    await waitUntil(async () => ((await counts(id))['slow.json'] ?? 0) === 1, 'first request never arrived', { timeout: 10000 });
    c.abort();
    await a.catch(() => {});
    const r = await loadFeed(url(id, 'slow.json?ms=1500'));
    expect(r.stale).to.equal(false);
    expect((await counts(id))['slow.json']).to.equal(2);
  });

  it('an already-aborted signal rejects without a request', async () => {
    const id = uid();
    const c = new AbortController();
    c.abort();
    let err: unknown;
    await loadFeed(url(id, 'ok.json'), { signal: c.signal }).catch((e) => (err = e));
    expect((err as DOMException).name).to.equal('AbortError');
    expect(await counts(id)).to.deep.equal({});
  });

  it('a CSV of an unknown layout names the header it read and the encoding', async () => {
    const e = await failure(loadFeed(url(uid(), 'unknown.csv')));
    expect(e.code).to.equal('unknown-layout');
    expect(problemMessage(e.problem, 'es')).to.contain('Año, Descripción, Importe');
    expect(problemMessage(e.problem, 'es')).to.contain('windows-1252');
    expect(problemMessage(e.problem, 'en')).to.contain('not a layout we know');
  });

  it('a CSV of a known layout loads through its adapter, amounts to the cent', async () => {
    const r = await loadFeed(url(uid(), 'pef.csv'));
    expect(r.format).to.equal('csv');
    expect(r.encoding).to.equal('utf-8');
    const s176 = findProgram(r.feed, 'S176');
    expect(s176.status).to.equal('found');
    if (s176.status === 'found') expect(s176.program.amounts.approved).to.equal(2000);
    const e23 = findProgram(r.feed, '12-E023');
    expect(e23.status === 'found' && e23.program.amounts.approved).to.equal(250);
  });

  it('a Fiscal Data Package loads its CSV through the fdp adapter', async () => {
    const r = await loadFeed(url(uid(), 'fdp/datapackage.json'));
    expect(r.format).to.equal('datapackage');
    const s176 = findProgram(r.feed, 's 176');
    expect(s176.status === 'found' && s176.program.amounts.approved).to.equal(2000);
  });

  it('a datapackage.json without a model, or whose CSV the model does not describe, is a clear error', async () => {
    const a = await failure(loadFeed(url(uid(), 'datapackage.json')));
    expect(a.code).to.equal('unsupported-format');
    expect(problemMessage(a.problem, 'en')).to.contain('not a Fiscal Data Package');
    const b = await failure(loadFeed(url(uid(), 'fdp-bad/datapackage.json')));
    expect(b.code).to.equal('unknown-layout');
    expect(problemMessage(b.problem, 'es')).to.contain('Año, Descripción, Importe');
  });

  it('sharded feed: the index first, then only the program file asked for, once', async () => {
    const id = uid();
    const loaded = await loadFeed(url(id, 'shard/index.json'));
    expect(loaded.format).to.equal('shard');
    const r = await resolveProgram(loaded, 'e 002');
    expect(r.status).to.equal('found');
    if (r.status !== 'found') return;
    expect(r.program.key).to.equal('E002');
    expect(r.program.indicators).to.have.length(1);
    await resolveProgram(loaded, 'E002');
    const unknown = await resolveProgram(loaded, 'E999');
    expect(unknown.status).to.equal('unknown');
    expect(await counts(id)).to.deep.equal({ 'shard/index.json': 1, 'shard/programs/E002.json': 1 });
  });

  it('sharded feed: a program file holding another program, or cut JSON, is a clear error', async () => {
    const id = uid();
    const loaded = await loadFeed(url(id, 'shard-bad/index.json'));
    const a = await failure(resolveProgram(loaded, 'E001'));
    expect(a.code).to.equal('shard-mismatch');
    expect(problemMessage(a.problem, 'en')).to.contain('X999');
    const b = await failure(resolveProgram(loaded, 'E002'));
    expect(b.code).to.equal('not-json');
    // A failed program file is not cached: asking again fetches again.
    await failure(resolveProgram(loaded, 'E002'));
    expect((await counts(id))['shard-bad/programs/E002.json']).to.equal(2);
  });

  it('a bad URL is a clear error, not an exception', async () => {
    const e = await failure(loadFeed('http://[::1'));
    expect(e.code).to.equal('bad-url');
  });
});
