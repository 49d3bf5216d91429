import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * Temporary element that proves the build → CDN → demo chain. Removed when the widgets land.
 * @summary Placeholder.
 * @csspart base - The wrapper.
 */
export class TpPlaceholder extends LitElement {
  static override styles = css`:host { display: block; }`;
  /** Text to show. */
  @property() label = 'tp-widgets';
  override render() {
    return html`<p part="base">${this.label}</p>`;
  }
}
