/**
 * Registers a custom element once. A CMS may load the script twice; the second
 * registration is skipped instead of throwing. A different class under the same
 * tag (another copy or version of the library) is reported once on the console.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor) {
    console.info(`tp-widgets: <${tag}> is already defined by another copy of the library; keeping the first one.`);
  }
}
