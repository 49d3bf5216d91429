/**
 * "Pregunta a la dependencia": the links a reader may use to ask the office in charge of a program about a
 * figure or a signal. Pure: no DOM, no Lit.
 *
 * - The ask link is a `mailto:` to the contact's e-mail address, with a pre-filled subject and body naming the
 *   program, the figure or signal and the data date, each URL-encoded with encodeURIComponent (never raw), or
 *   else the contact's page. The contact is checked again (CONTACT_EMAIL, CONTACT_URL) and the result must pass
 *   safeUrl(), so a hostile contact value gives no link, never a script or an injected header.
 * - The request link goes to the public-information request system: the host's `request-url` when given, the
 *   Plataforma Nacional de Transparencia by default; an unsafe host value gives no request link.
 */
import { CONTACT_EMAIL, CONTACT_URL } from '../feed/contact.js';
import type { Contact } from '../feed/types.js';
import { formatDate, parseIsoDate } from '../i18n/format.js';
import type { Lang } from '../i18n/types.js';
import { askMsg } from './ask-office.messages.js';
import { safeUrl } from './safe-url.js';

/** The public-information request system used when the host gives no `request-url`. */
export const DEFAULT_REQUEST_URL = 'https://www.plataformadetransparencia.org.mx/';

export interface AskInput {
  /** The program's contact (programContact()), or undefined. */
  contact: Contact | null | undefined;
  program: { key: string; name?: string };
  /** The figure or the signal, in words ("Presupuesto aprobado: $1,234.00"). */
  topic?: string;
  /** The feed's data date, ISO. */
  asOf?: string | null;
  /** The host's `request-url` attribute; null or empty for the default. */
  requestUrl?: string | null;
  lang: Lang | null | undefined;
}

export interface AskLinks {
  /** The ask link, when the contact has a usable e-mail address or page. */
  ask?: { href: string; kind: 'email' | 'url'; name?: string };
  /** The request system link, unless the host's value is unsafe. */
  request?: string;
  /** The pre-filled subject and body (also used in the mailto: link). */
  subject: string;
  body: string;
}

/** The one-line text of a value the reader did not write: no line breaks or control characters, trimmed. */
function oneLine(s: string | undefined): string {
  return (s ?? '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The pre-filled subject and body of the question. */
export function askText(input: Pick<AskInput, 'program' | 'topic' | 'asOf' | 'lang'>): { subject: string; body: string } {
  const { lang } = input;
  const key = oneLine(input.program.key);
  const name = oneLine(input.program.name);
  const topic = oneLine(input.topic);
  const subject = askMsg(lang, 'subject', key, name).trim();
  const lines = [
    askMsg(lang, 'greeting'),
    '',
    askMsg(lang, 'about', key, name).replace(/\s+\./, '.'),
    ...(topic ? [askMsg(lang, 'topic', topic)] : []),
    parseIsoDate(input.asOf ?? undefined) ? askMsg(lang, 'asOf', formatDate(input.asOf, lang)) : askMsg(lang, 'noAsOf'),
    '',
    askMsg(lang, 'question'),
    '',
    '',
    askMsg(lang, 'thanks'),
  ];
  return { subject, body: lines.join('\r\n') };
}

/** The ask and request links of a program. */
export function askLinks(input: AskInput): AskLinks {
  const { subject, body } = askText(input);
  const out: AskLinks = { subject, body };
  const c = input.contact;
  const name = c && typeof c.name === 'string' && oneLine(c.name) ? oneLine(c.name) : undefined;
  if (c && typeof c.email === 'string' && CONTACT_EMAIL.test(c.email)) {
    const href = safeUrl(`mailto:${c.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`);
    if (href) out.ask = { href, kind: 'email', ...(name ? { name } : {}) };
  }
  if (!out.ask && c && typeof c.url === 'string' && CONTACT_URL.test(c.url)) {
    const href = safeUrl(c.url);
    if (href) out.ask = { href, kind: 'url', ...(name ? { name } : {}) };
  }
  const given = typeof input.requestUrl === 'string' ? input.requestUrl.trim() : '';
  const request = given ? safeUrl(given) : DEFAULT_REQUEST_URL;
  if (request) out.request = request;
  return out;
}
