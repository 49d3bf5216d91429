/**
 * Contacts of the office in charge of a program ("Pregunta a la dependencia"): the checks for an e-mail
 * address and a contact page (shared by validation and the JSON Schema), and the contact a reader may
 * use for a program. Pure, no valibot, so widgets can use it without the validation code.
 */
import type { Contact, Program } from './types.js';

/**
 * A contact e-mail address: plain letters, digits and . _ + - before the @, a dotted host name after it,
 * at most 254 characters. Narrower than RFC 5322 on purpose: it becomes a mailto: link whose query
 * (subject, body) we write, so "?", "&", "%", quotes, spaces and line breaks are refused.
 */
export const CONTACT_EMAIL =
  /^(?=[\s\S]{3,254}$)[A-Za-z0-9._+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
/** A contact page: an absolute https: or http: URL with a host, no spaces or control characters. */
export const CONTACT_URL = /^[hH][tT][tT][pP][sS]?:\/\/[^\s/?#\u0000-\u001F\u007F][^\s\u0000-\u001F\u007F]*$/;

/**
 * Where to ask about a program: its own `contact`, else its unit's, keeping only an e-mail address and
 * a page that pass the checks above again (a feed built in code skips validation). Undefined when
 * neither has an e-mail address or a page.
 */
export function programContact(
  program: Pick<Program, 'contact' | 'unit'> | null | undefined,
): (Contact & { from: 'program' | 'unit' }) | undefined {
  for (const [from, c] of [
    ['program', program?.contact],
    ['unit', program?.unit?.contact],
  ] as const) {
    if (!c || typeof c !== 'object') continue;
    const out: Contact & { from: 'program' | 'unit' } = { from };
    if (typeof c.email === 'string' && CONTACT_EMAIL.test(c.email)) out.email = c.email;
    if (typeof c.url === 'string' && CONTACT_URL.test(c.url)) out.url = c.url;
    if (out.email === undefined && out.url === undefined) continue;
    if (typeof c.name === 'string' && c.name.trim()) out.name = c.name;
    return out;
  }
  return undefined;
}
