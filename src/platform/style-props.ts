/**
 * `styleProps({...})`: sets inline style properties through the CSSOM (`el.style.setProperty`),
 * never through a `style="…"` attribute. Lit's `styleMap` writes the attribute on first render,
 * which a host page's `style-src 'self'` Content-Security-Policy blocks; CSSOM writes are allowed.
 *
 *   html`<span class="fill" ${styleProps({ '--_w': '42%' })}></span>`
 */
import { noChange, nothing } from 'lit';
import type { ElementPart } from 'lit';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() goes in an element position: <span ${styleProps({...})}>');
  }

  render(_props: StyleProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, raw] of Object.entries(props)) {
      if (raw === null || raw === undefined || raw === '') continue;
      const prop = name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      style.setProperty(prop, String(raw));
      next.add(prop);
    }
    for (const prop of this.previous) if (!next.has(prop)) style.removeProperty(prop);
    this.previous = next;
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
