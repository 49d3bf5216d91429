import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/program-card.js';
import { defineOnce, holdDefinitions } from '../../src/platform/define-once.js';
import { TpProgramCard } from '../../src/components/program-card/program-card.js';

let n = 0;
const tag = () => `tp-hold-test-${++n}-${Math.random().toString(36).slice(2, 8)}`;
const cls = () => class extends HTMLElement {};

describe('defineOnce', () => {
  it('does not throw when a tag is registered twice, and keeps the first class', () => {
    const info = sinon.stub(console, 'info');
    try {
      expect(() => defineOnce('tp-program-card', TpProgramCard)).not.to.throw();
      expect(info.called).to.equal(false);
      expect(() => defineOnce('tp-program-card', class extends HTMLElement {})).not.to.throw();
      expect(info.calledOnce).to.equal(true);
      expect(customElements.get('tp-program-card')).to.equal(TpProgramCard);
    } finally {
      info.restore();
    }
  });
});

describe('holdDefinitions (the CDN entry registers the elements of a page together)', () => {
  it('holds registrations until released, then registers them in the order they came, in one task', () => {
    const [a, b] = [tag(), tag()];
    const [A, B] = [cls(), cls()];
    const order: string[] = [];
    const define = sinon.stub(customElements, 'define').callsFake(function (this: CustomElementRegistry, name, ctor, opts) {
      order.push(name);
      return define.wrappedMethod.call(this, name, ctor, opts);
    });
    try {
      const release = holdDefinitions([a, b], 10_000);
      defineOnce(a, A);
      defineOnce(b, B);
      expect(customElements.get(a)).to.equal(undefined);
      expect(customElements.get(b)).to.equal(undefined);
      release();
      expect(order).to.deep.equal([a, b]);
      expect(customElements.get(a)).to.equal(A);
      expect(customElements.get(b)).to.equal(B);
      release(); // a second call does nothing
      expect(order).to.deep.equal([a, b]);
      // No hold open: registered at once.
      const c = tag();
      defineOnce(c, cls());
      expect(customElements.get(c)).to.not.equal(undefined);
    } finally {
      define.restore();
    }
  });

  it('a release registers what another open hold is holding too; a later registration waits for that hold', () => {
    const [a, b] = [tag(), tag()];
    const first = holdDefinitions([a, b], 10_000);
    const second = holdDefinitions([b], 10_000);
    defineOnce(a, cls());
    first();
    expect(customElements.get(a), 'the first caller finds its element registered').to.not.equal(undefined);
    defineOnce(b, cls());
    expect(customElements.get(b), 'the second hold is still open').to.equal(undefined);
    second();
    expect(customElements.get(b)).to.not.equal(undefined);
  });

  it('a chunk that never arrives does not keep the others waiting: the hold ends after maxMs', async () => {
    const clock = sinon.useFakeTimers();
    try {
      const [a, b] = [tag(), tag()];
      holdDefinitions([a, b], 3000); // never released by its caller
      defineOnce(a, cls());
      clock.tick(2999);
      expect(customElements.get(a)).to.equal(undefined);
      clock.tick(1);
      expect(customElements.get(a)).to.not.equal(undefined);
      defineOnce(b, cls());
      expect(customElements.get(b), 'nothing held any more').to.not.equal(undefined);
    } finally {
      clock.restore();
    }
  });

  it('holds only the tags it names: another element registers at once while the hold is open', () => {
    const [a, feed] = [tag(), tag()];
    const release = holdDefinitions([a], 10_000);
    defineOnce(feed, cls());
    expect(customElements.get(feed), 'not named by the hold').to.not.equal(undefined);
    defineOnce(a, cls());
    expect(customElements.get(a)).to.equal(undefined);
    release();
    expect(customElements.get(a)).to.not.equal(undefined);
  });
});
