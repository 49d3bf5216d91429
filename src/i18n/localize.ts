/**
 * Languages in the page: resolution, run-time packs and the `LocalizeController`.
 *
 * The language of an element is, in order: its own `lang` attribute; the closest ancestor
 * with `lang`, walking out through shadow roots; the document's `<html lang>`; else Spanish.
 * The controller re-renders its host when any of those `lang` attributes changes and when a
 * pack is registered, so two languages can share a page and switch live.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getTranslation, glossaryEntry, onLocalePacksChange, resolveLang, translate } from './registry.js';
import type { CoreStrings, GlossaryEntry, Translation } from './types.js';

/** The raw language tag that applies to `el` (see module comment), or '' when none is set. */
export function langTagOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const value = node.getAttribute('lang')?.trim();
    if (value) return value; // lang="" means "unknown": keep walking
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : node.parentElement;
  }
  return document.documentElement?.getAttribute('lang')?.trim() ?? '';
}

/** Resolves the language an element shows: 'es', 'en' or a registered pack. */
export function resolveElementLang(el: Element): string {
  return resolveLang(langTagOf(el));
}

/**
 * Keeps a Lit host in its language. Usage in a widget:
 *   private l10n = new LocalizeController(this);
 *   render() { return html`<p>${this.l10n.t('loading')}</p>`; }  // this.l10n.lang → 'es' | 'en' | pack
 */
export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observers: MutationObserver[] = [];
  private unsubscribe?: () => void;
  private current = 'es';

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** The resolved language: 'es', 'en' or a registered pack's tag. */
  get lang(): string {
    return this.current;
  }

  get translation(): Translation {
    return getTranslation(this.current);
  }

  /** A core UI string in the host's language. */
  t(key: keyof CoreStrings, ...args: unknown[]): string {
    return translate(this.current, key, ...args);
  }

  term(id: string): GlossaryEntry | undefined {
    return glossaryEntry(this.current, id);
  }

  hostConnected(): void {
    // Moved into another language's container while disconnected: re-render.
    this.refresh();
    this.observe();
    this.unsubscribe = onLocalePacksChange(() => this.refresh(true));
  }

  hostDisconnected(): void {
    for (const o of this.observers) o.disconnect();
    this.observers = [];
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Re-reads the language; re-renders when it changed (or always, with `force`). */
  refresh(force = false): void {
    const next = resolveElementLang(this.host);
    if (force || next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
  }

  private observe(): void {
    for (const o of this.observers) o.disconnect();
    this.observers = [];
    // One observer per root on the way out (shadow roots, then the document): a `lang`
    // change on any ancestor, or on the host itself, is seen.
    let root: Node = this.host.getRootNode();
    const seen = new Set<Node>();
    while (!seen.has(root)) {
      seen.add(root);
      const o = new MutationObserver(() => this.refresh());
      const target = root instanceof Document ? (root.documentElement ?? root) : root;
      o.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
      this.observers.push(o);
      if (root instanceof ShadowRoot) root = root.host.getRootNode();
      else break;
    }
  }
}
