import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/program-card.js';
import { defineOnce } from '../../src/platform/define-once.js';
import { TpProgramCard } from '../../src/components/program-card/program-card.js';

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
