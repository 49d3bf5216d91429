/**
 * A glossary term as a disclosure: a button that opens the definition on click, Enter or
 * Space, closes with Esc (focus returns to the button) or a second press. Nothing hover-only.
 * Phrasing content, so it can sit inside a sentence, a heading or a <dt>.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { glossaryEntry } from '../../i18n/registry.js';
import { whenOpen } from './when-open.js';
import type { Lang } from '../../i18n/types.js';

function parts(ev: Event): { button: HTMLButtonElement; def: HTMLElement } | undefined {
  const root = (ev.currentTarget as HTMLElement).closest('.tp-term');
  const button = root?.querySelector<HTMLButtonElement>(':scope > button');
  const def = root?.querySelector<HTMLElement>(':scope > .tp-term-def');
  return button && def ? { button, def } : undefined;
}

function setOpen(p: { button: HTMLButtonElement; def: HTMLElement }, open: boolean): void {
  p.button.setAttribute('aria-expanded', String(open));
  p.def.hidden = !open;
  // The definition is built on first opening (whenOpen): a page of 20 widgets has about 150 terms.
  if (open) p.def.dispatchEvent(new Event('toggle'));
}

function toggle(ev: Event): void {
  const p = parts(ev);
  if (p) setOpen(p, p.button.getAttribute('aria-expanded') !== 'true');
}

function onKeydown(ev: KeyboardEvent): void {
  if (ev.key !== 'Escape') return;
  const p = parts(ev);
  if (!p || p.def.hidden) return;
  ev.stopPropagation();
  setOpen(p, false);
  p.button.focus();
}

/** `glossaryTerm('accrued', lang)` → "Devengado" with its definition; `label` replaces the visible text. */
export function glossaryTerm(id: string, lang: Lang, label?: unknown): TemplateResult {
  const entry = glossaryEntry(lang, id);
  if (!entry) return html`${label ?? id}`;
  return html`<span class="tp-term" data-term=${id} @keydown=${onKeydown}
    ><button type="button" class="tp-term-btn" part="term" aria-expanded="false" @click=${toggle}>${label ?? entry.term}</button
    ><span class="tp-term-def" role="note" hidden>${whenOpen(() => html`<strong>${entry.term}</strong>: ${entry.definition}`)}</span
    ></span
  >`;
}
