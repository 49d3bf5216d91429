/**
 * `whenOpen(() => content)`, placed inside a `<details>`: the content is built and rendered only
 * once the disclosure is opened (or when it starts open), then kept in step with later renders.
 * It also works inside any element that is shown by removing `hidden` and then dispatching a
 * `toggle` event on itself (a glossary term's definition).
 *
 * A closed disclosure shows nothing to anyone (screen readers skip it too), yet its data tables
 * were about half of a widget's DOM: on a page of 20 widgets they cost about a tenth of the time
 * to first numbers (`npm run bench`). Opening is instant: the `toggle` event renders the content
 * before the next frame.
 */
import { nothing } from 'lit';
import { AsyncDirective, directive, PartType } from 'lit/async-directive.js';
import type { ChildPart, PartInfo } from 'lit/directive.js';

const isOpen = (el: HTMLElement): boolean => (el instanceof HTMLDetailsElement ? el.open : !el.hidden);

class WhenOpen extends AsyncDirective {
  private details: HTMLElement | undefined;
  private content: (() => unknown) | undefined;
  private shown = false;

  private readonly onToggle = (): void => {
    if (this.details && isOpen(this.details) && !this.shown && this.content) {
      this.shown = true;
      this.setValue(this.content());
    }
  };

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('whenOpen() renders content inside a <details> element or a hidden element');
  }

  render(_content: () => unknown): unknown {
    return nothing;
  }

  override update(part: ChildPart, [content]: [() => unknown]): unknown {
    this.content = content;
    const details = part.parentNode as HTMLElement;
    if (details !== this.details) {
      this.details?.removeEventListener('toggle', this.onToggle);
      this.details = details;
      if (this.isConnected) details.addEventListener('toggle', this.onToggle);
    }
    if (isOpen(details)) this.shown = true;
    return this.shown ? content() : nothing;
  }

  protected override disconnected(): void {
    this.details?.removeEventListener('toggle', this.onToggle);
  }

  protected override reconnected(): void {
    this.details?.addEventListener('toggle', this.onToggle);
  }
}

export const whenOpen = directive(WhenOpen);
