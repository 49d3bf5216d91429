import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/placeholder.js';
import { defineOnce } from '../../src/shared/define-once.js';
import { TpPlaceholder } from '../../src/components/placeholder/placeholder.js';

describe('defineOnce', () => {
  it('does not throw when a tag is registered twice', () => {
    expect(() => defineOnce('tp-placeholder', TpPlaceholder)).not.to.throw();
    expect(() => defineOnce('tp-placeholder', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('tp-placeholder')).to.equal(TpPlaceholder);
  });
  it('renders and is accessible', async () => {
    const el = await fixture<TpPlaceholder>(html`<tp-placeholder label="hola"></tp-placeholder>`);
    expect(el.shadowRoot!.querySelector('[part=base]')!.textContent).to.equal('hola');
    await expect(el).to.be.accessible();
  });
});
