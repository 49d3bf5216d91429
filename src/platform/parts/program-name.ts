/** A program's key and name, as a link when the page gives a (safe) href. */
import { html, type TemplateResult } from 'lit';

/** "20-S176 Pensión…", the key a link to the program's page when the page gives an href template. */
export function keyName(key: string, name: string, href: string | undefined): TemplateResult {
  return href ? html`<a href=${href}><strong>${key}</strong> ${name}</a>` : html`<strong>${key}</strong> ${name}`;
}
