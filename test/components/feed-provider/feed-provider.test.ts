import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ContextConsumer } from '@lit/context';
import '../../../src/define/feed.js';
import type { TpFeed } from '../../../src/components/feed-provider/feed-provider.js';
import type { TpErrorDetail, TpLoadDetail } from '../../../src/platform/events.js';
import { feedContext } from '../../../src/feed/context.js';
import type { FeedContextValue } from '../../../src/feed/context.js';
import { clearFeedCache } from '../../../src/feed/load.js';
import { problemMessage } from '../../../src/feed/problem-wording.js';

/** A test-only consumer: shows what the provider gives it. */
class TestFeedConsumer extends LitElement {
  ctx = new ContextConsumer(this, { context: feedContext, subscribe: true });
  get value(): FeedContextValue | undefined {
    return this.ctx.value;
  }
  override render() {
    const v = this.ctx.value;
    return litHtml`<p>${v ? `${v.state}: ${v.loaded?.feed.programs.length ?? 0} programas` : 'sin datos'}</p>`;
  }
}
customElements.define('test-feed-consumer', TestFeedConsumer);

/** A test-only consumer that renders the feed's strings the way widgets do: Lit text bindings. */
class TestFeedNames extends LitElement {
  ctx = new ContextConsumer(this, { context: feedContext, subscribe: true });
  override render() {
    const f = this.ctx.value?.loaded?.feed;
    if (!f) return litHtml`<p>sin datos</p>`;
    return litHtml`<p>${f.publisher.name}</p>
      <ul>${f.programs.map((p) => litHtml`<li>${p.name} ${p.objective ?? ''} ${(p.links ?? []).map((l) => litHtml`<a href=${l.url}>${l.title}</a>`)}</li>`)}</ul>`;
  }
}
customElements.define('test-feed-names', TestFeedNames);

const uid = () => `c${Math.random().toString(36).slice(2, 10)}`;
const counts = async (id: string): Promise<Record<string, number>> => (await fetch(`/__fault/${id}/count`)).json();

describe('<tp-feed>', () => {
  afterEach(() => clearFeedCache());

  it('shares ONE request among 20 consumers and reflects state', async () => {
    const id = uid();
    const src = `/__fault/${id}/slow.json?ms=200`;
    const el = await fixture<TpFeed>(html`<tp-feed src=${src}>
      ${Array.from({ length: 20 }, () => html`<test-feed-consumer></test-feed-consumer>`)}
    </tp-feed>`);
    const loaded = oneEvent(el, 'tp-load');
    expect(el.getAttribute('state')).to.equal('loading');
    await expect(el).to.be.accessible();
    const ev = (await loaded) as CustomEvent<TpLoadDetail>;
    expect(ev.detail).to.deep.equal({ src: new URL(src, location.href).href, programs: 3 });
    expect(ev.bubbles && ev.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    const consumers = [...el.querySelectorAll<TestFeedConsumer>('test-feed-consumer')];
    expect(consumers).to.have.length(20);
    for (const c of consumers) {
      expect(c.value?.state).to.equal('ready');
      expect(c.value?.loaded?.feed.programs).to.have.length(3);
    }
    await Promise.all(consumers.map((c) => c.updateComplete));
    expect(consumers[19]!.shadowRoot!.textContent).to.contain('ready: 3 programas');
    expect(await counts(id)).to.deep.equal({ 'slow.json': 1 });
    await expect(el).to.be.accessible();
  });

  it('gives the feed to consumers added later, without another request', async () => {
    const id = uid();
    const el = await fixture<TpFeed>(html`<tp-feed src=${`/__fault/${id}/ok.json`}><div></div></tp-feed>`);
    await waitUntil(() => el.state === 'ready');
    const late = document.createElement('test-feed-consumer') as TestFeedConsumer;
    el.querySelector('div')!.append(late);
    await late.updateComplete;
    expect(late.value?.state).to.equal('ready');
    expect(late.value?.loaded?.feed.programs).to.have.length(3);
    expect(await counts(id)).to.deep.equal({ 'ok.json': 1 });
    await expect(el).to.be.accessible();
  });

  it('two <tp-feed> with the same src share one request', async () => {
    const id = uid();
    const src = `/__fault/${id}/slow.json?ms=150`;
    const wrap = await fixture(html`<div><tp-feed src=${src}></tp-feed><tp-feed src=${src}></tp-feed></div>`);
    const feeds = [...wrap.querySelectorAll<TpFeed>('tp-feed')];
    await waitUntil(() => feeds.every((f) => f.state === 'ready'));
    expect(await counts(id)).to.deep.equal({ 'slow.json': 1 });
    for (const f of feeds) await expect(f).to.be.accessible();
  });

  it('error: fires tp-error with a message and code, reflects state, informs consumers', async () => {
    const id = uid();
    const el = await fixture<TpFeed>(html`<tp-feed><test-feed-consumer></test-feed-consumer></tp-feed>`);
    const failed = oneEvent(el, 'tp-error');
    el.src = `/__fault/${id}/404.json`;
    const ev = (await failed) as CustomEvent<TpErrorDetail>;
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('error');
    expect(ev.detail.code).to.equal('http');
    expect(ev.detail.message).to.contain('No se encontró');
    expect(ev.bubbles && ev.composed).to.equal(true);
    const c = el.querySelector<TestFeedConsumer>('test-feed-consumer')!;
    expect(c.value?.state).to.equal('error');
    expect(c.value?.error?.kind).to.equal('http');
    expect(problemMessage(el.error!, 'en')).to.contain('404');
    await expect(el).to.be.accessible();
  });

  it('tp-error message follows the closest [lang]', async () => {
    const wrap = await fixture(html`<div lang="en"><tp-feed></tp-feed></div>`);
    const el = wrap.querySelector<TpFeed>('tp-feed')!;
    setTimeout(() => (el.src = `/__fault/${uid()}/html.json`));
    const ev = (await oneEvent(el, 'tp-error')) as CustomEvent<TpErrorDetail>;
    expect(ev.detail.code).to.equal('wrong-type');
    expect(ev.detail.message).to.contain('HTML page');
    await expect(el).to.be.accessible();
  });

  it('stale: a failed reload keeps the last good copy and says so', async () => {
    const id = uid();
    const el = await fixture<TpFeed>(html`<tp-feed src=${`/__fault/${id}/once.json`}><test-feed-consumer></test-feed-consumer></tp-feed>`);
    await waitUntil(() => el.state === 'ready');
    await el.reload();
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('stale');
    const c = el.querySelector<TestFeedConsumer>('test-feed-consumer')!;
    expect(c.value?.state).to.equal('stale');
    expect(c.value?.loaded?.stale).to.equal(true);
    expect(c.value?.loaded?.feed.programs).to.have.length(3);
    expect(c.value?.loaded?.staleReason?.kind).to.equal('http');
    await expect(el).to.be.accessible();
  });

  it('loads again when src changes, once per src', async () => {
    const a = uid();
    const b = uid();
    const el = await fixture<TpFeed>(html`<tp-feed src=${`/__fault/${a}/ok.json`}></tp-feed>`);
    await waitUntil(() => el.state === 'ready');
    el.src = `/__fault/${b}/ok.json?programs=5`;
    const ev = (await oneEvent(el, 'tp-load')) as CustomEvent<TpLoadDetail>;
    expect(ev.detail.programs).to.equal(5);
    el.requestUpdate();
    await el.updateComplete;
    expect(await counts(a)).to.deep.equal({ 'ok.json': 1 });
    expect(await counts(b)).to.deep.equal({ 'ok.json': 1 });
    await expect(el).to.be.accessible();
  });

  it('removed while loading, then put back: loads again and becomes ready', async () => {
    const id = uid();
    const wrap = await fixture(html`<div><tp-feed src=${`/__fault/${id}/slow.json?ms=400`}></tp-feed></div>`);
    const el = wrap.querySelector<TpFeed>('tp-feed')!;
    expect(el.state).to.equal('loading');
    el.remove();
    await new Promise((r) => requestAnimationFrame(r));
    const loaded = oneEvent(el, 'tp-load');
    wrap.append(el);
    await loaded;
    expect(el.getAttribute('state')).to.equal('ready');
    expect((await counts(id))['slow.json']).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('without src: no state, no request, consumers get nothing', async () => {
    const el = await fixture<TpFeed>(html`<tp-feed><test-feed-consumer></test-feed-consumer></tp-feed>`);
    expect(el.hasAttribute('state')).to.equal(false);
    expect(el.querySelector<TestFeedConsumer>('test-feed-consumer')!.value).to.equal(undefined);
    expect(getComputedStyle(el).display).to.equal('contents');
    await expect(el).to.be.accessible();
  });

  it('script, HTML and javascript: strings in the feed never run when consumers render them', async () => {
    const el = await fixture<TpFeed>(html`<tp-feed src=${`/__fault/${uid()}/hostile.json`}><test-feed-names></test-feed-names></tp-feed>`);
    await waitUntil(() => el.state === 'ready');
    const names = el.querySelector<TestFeedNames>('test-feed-names')!;
    await names.updateComplete;
    const root = names.shadowRoot!;
    expect(root.textContent).to.contain('<script>window.__tpPwned=2</script>');
    expect(root.querySelectorAll('script, img, svg, b').length).to.equal(0);
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org']);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __tpPwned?: number }).__tpPwned).to.equal(undefined);
    expect(el.loaded!.problems.map((p) => p.kind)).to.deep.equal(['unsafe-url']);
    await expect(el).to.be.accessible();
  });

  it('hostile strings from the feed are never parsed as HTML', async () => {
    const el = await fixture<TpFeed>(html`<tp-feed src=${`/__fault/${uid()}/problems.json`}></tp-feed>`);
    await waitUntil(() => el.state === 'ready');
    expect(el.loaded!.problems.map((p) => p.kind).sort()).to.deep.equal(['invalid-field', 'unsafe-url']);
    expect(el.loaded!.feed.programs[1]!.links).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
