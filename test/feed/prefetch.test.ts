/**
 * The CDN entry's early feed request (src/feed/request.ts): the loader takes the prefetched response
 * instead of asking again, failures still go through its retries and messages, an abort reaches the
 * early request, and only JSON feeds the page declares are prefetched.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearFeedCache, loadFeed } from '../../src/feed/load.js';
import { FeedError } from '../../src/feed/fetch-bytes.js';
import { prefetchDeclared, prefetchFeed, takePrefetched, absoluteUrl, readAhead } from '../../src/feed/request.js';
import { problemMessage } from '../../src/feed/problem-wording.js';

const uid = () => `p${Math.random().toString(36).slice(2, 10)}`;
const url = (id: string, route: string) => `/__fault/${id}/${route}`;
const counts = async (id: string): Promise<Record<string, number>> => (await fetch(url(id, 'count'))).json();

describe('feed prefetch', () => {
  afterEach(() => clearFeedCache());

  it('the loader takes the early request: one request in all', async () => {
    const id = uid();
    prefetchFeed(url(id, 'ok.json'));
    prefetchFeed(url(id, 'ok.json')); // twice: still one
    const r = await loadFeed(url(id, 'ok.json'));
    expect(r.feed.programs.map((p) => p.key)).to.deep.equal(['E001', 'E002', 'E003']);
    expect(await counts(id)).to.deep.equal({ 'ok.json': 1 });
  });

  it('a prefetched body of declared size is read ahead and still validated', async () => {
    const id = uid();
    prefetchFeed(url(id, 'problems.json'));
    const r = await loadFeed(url(id, 'problems.json'));
    expect(r.problems.map((p) => p.kind).sort()).to.deep.equal(['invalid-field', 'unsafe-url']);
  });

  it('the loader uses the bytes read ahead: the body is not read a second time (no blob round trips)', async () => {
    const id = uid();
    prefetchFeed(url(id, 'ok.json'));
    const abs = absoluteUrl(url(id, 'ok.json'));
    const res = await takePrefetched(abs, new AbortController().signal)!;
    const bytes = readAhead(res);
    expect(bytes).to.be.instanceOf(Uint8Array);
    expect(JSON.parse(new TextDecoder().decode(bytes)).programs).to.have.length(3);
    expect(readAhead(new Response('{}'))).to.equal(undefined);
    // Through the loader: it never reads the body of a copy made from bytes read ahead.
    const id2 = uid();
    prefetchFeed(url(id2, 'ok.json'));
    const blob = Response.prototype.blob;
    const buffer = Response.prototype.arrayBuffer;
    let reads = 0;
    Response.prototype.blob = function (this: Response) {
      if (readAhead(this)) reads++;
      return blob.call(this);
    };
    Response.prototype.arrayBuffer = function (this: Response) {
      if (readAhead(this)) reads++;
      return buffer.call(this);
    };
    try {
      const r = await loadFeed(url(id2, 'ok.json'));
      expect(r.feed.programs).to.have.length(3);
      expect(reads).to.equal(0);
    } finally {
      Response.prototype.blob = blob;
      Response.prototype.arrayBuffer = buffer;
    }
    expect(await counts(id2)).to.deep.equal({ 'ok.json': 1 });
  });

  it('a prefetched failure goes through the retries (503 then the feed)', async () => {
    const id = uid();
    prefetchFeed(url(id, '503.json?fail=1&after=0'));
    const r = await loadFeed(url(id, '503.json?fail=1&after=0'));
    expect(r.feed.programs).to.have.length(3);
    expect(await counts(id)).to.deep.equal({ '503.json': 2 });
  });

  it("a prefetched 404 is the loader's clear error", async () => {
    const id = uid();
    prefetchFeed(url(id, '404.json'));
    try {
      await loadFeed(url(id, '404.json'));
      expect.fail('the load should fail');
    } catch (e) {
      expect(e).to.be.instanceOf(FeedError);
      expect(problemMessage((e as FeedError).problem, 'es')).to.contain('404');
    }
  });

  it('aborting the loader aborts the early request', async () => {
    const id = uid();
    prefetchFeed(url(id, 'slow.json?ms=3000'));
    const c = new AbortController();
    const p = loadFeed(url(id, 'slow.json?ms=3000'), { signal: c.signal });
    c.abort();
    try {
      await p;
      expect.fail('the load should be aborted');
    } catch (e) {
      expect((e as Error).name).to.equal('AbortError');
    }
  });

  it('is taken once; CSV and bad addresses are not prefetched', async () => {
    const id = uid();
    prefetchFeed(url(id, 'ok.json'));
    const signal = new AbortController().signal;
    const abs = absoluteUrl(url(id, 'ok.json'));
    const first = takePrefetched(abs, signal);
    expect(first).to.exist;
    expect(takePrefetched(abs, signal)).to.equal(undefined);
    await first;
    prefetchFeed(url(id, 'pef.csv'));
    expect(takePrefetched(absoluteUrl(url(id, 'pef.csv')), signal)).to.equal(undefined);
    expect(() => prefetchFeed('http://[::1')).to.not.throw();
  });

  it('prefetchDeclared: <tp-feed src> and widgets with their own src, nothing else', async () => {
    const id = uid();
    const root = await fixture(html`<div>
      <tp-feed src=${url(id, 'ok.json?programs=1')}></tp-feed>
      <tp-program-card src=${url(id, 'ok.json?programs=2')} program="E001"></tp-program-card>
      <img src=${url(id, 'ok.json?programs=3')} alt="" hidden />
    </div>`);
    prefetchDeclared(root, ['tp-feed', 'tp-program-card']);
    const got = [1, 2, 3].map((n) => takePrefetched(absoluteUrl(url(id, `ok.json?programs=${n}`)), new AbortController().signal));
    expect(got.map((g) => !!g)).to.deep.equal([true, true, false]);
    await Promise.all(got.filter(Boolean));
  });
});
