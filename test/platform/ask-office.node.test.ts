import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askLinks, askText, DEFAULT_REQUEST_URL } from '../../src/platform/ask-office.js';
import { safeUrl } from '../../src/platform/safe-url.js';

const program = { key: '20-S176', name: 'Pensión para el Bienestar' };

/** The decoded query of a mailto: link. */
function query(href: string): Record<string, string> {
  const q = href.slice(href.indexOf('?') + 1);
  return Object.fromEntries(
    q.split('&').map((kv) => {
      const [k, v] = kv.split('=');
      return [k!, decodeURIComponent(v!)];
    }),
  );
}

test('mailto: link with encoded subject and body naming program, topic and data date', () => {
  const l = askLinks({
    contact: { email: 'transparencia@bienestar.gob.mx', name: 'Unidad de Transparencia' },
    program,
    topic: 'Pagado mayor que ejercido',
    asOf: '2024-09-30',
    lang: 'es',
    requestUrl: null,
  });
  assert.equal(l.ask?.kind, 'email');
  assert.ok(l.ask!.href.startsWith('mailto:transparencia@bienestar.gob.mx?subject='));
  assert.doesNotMatch(l.ask!.href, /[\s\r\n]/);
  const q = query(l.ask!.href);
  assert.equal(q.subject, 'Pregunta sobre el programa 20-S176 Pensión para el Bienestar');
  assert.match(q.body!, /programa 20-S176 Pensión para el Bienestar\./);
  assert.match(q.body!, /Se refiere a: Pagado mayor que ejercido/);
  assert.match(q.body!, /30 de septiembre de 2024/);
  assert.equal(l.ask!.name, 'Unidad de Transparencia');
  assert.equal(l.request, DEFAULT_REQUEST_URL);
});

test('English text and no data date', () => {
  const t = askText({ program, lang: 'en', asOf: undefined });
  assert.equal(t.subject, 'Question about program 20-S176 Pensión para el Bienestar');
  assert.match(t.body, /does not give its cut-off date/);
  assert.doesNotMatch(t.body, /undefined|null|NaN|\[object/);
});

test('contact page when there is no e-mail address', () => {
  const l = askLinks({ contact: { url: 'https://bienestar.gob.mx/contacto' }, program, lang: 'es' });
  assert.deepEqual(l.ask, { href: 'https://bienestar.gob.mx/contacto', kind: 'url' });
});

const hostile: Array<[string, Record<string, unknown>]> = [
  ['javascript: page', { url: 'javascript:alert(1)' }],
  ['data: page', { url: 'data:text/html,<script>alert(1)</script>' }],
  ['tab-split scheme', { url: 'java\tscript:alert(1)' }],
  ['relative page', { url: '/contacto' }],
  ['page with a space', { url: 'https://a.mx/ x' }],
  ['header injection in e-mail', { email: 'a@b.mx?bcc=victim@c.mx' }],
  ['CRLF in e-mail', { email: 'a@b.mx\r\nBcc: v@c.mx' }],
  ['e-mail with quotes', { email: '"a"@b.mx' }],
  ['e-mail that is a URL', { email: 'javascript:alert(1)//@b.mx' }],
  ['non-string values', { email: 42, url: { toString: () => 'https://x.mx' } }],
  ['empty', {}],
];
for (const [name, contact] of hostile) {
  test(`hostile contact gives no ask link: ${name}`, () => {
    const l = askLinks({ contact: contact as never, program, lang: 'es' });
    assert.equal(l.ask, undefined);
  });
}

test('hostile program name and topic stay inside the encoded query', () => {
  const l = askLinks({
    contact: { email: 'a@b.mx' },
    program: { key: 'X&bcc=v@c.mx', name: 'Nombre\r\nBcc: v@c.mx <script>alert(1)</script> 100% #frag' },
    topic: '?cc=x@y.mx&body=hack',
    asOf: 'not a date',
    lang: 'es',
  });
  const href = l.ask!.href;
  assert.equal(safeUrl(href), href);
  assert.doesNotMatch(href, /[\s<>#"]/);
  const q = query(href);
  assert.deepEqual(Object.keys(q), ['subject', 'body']);
  assert.equal(q.subject, 'Pregunta sobre el programa X&bcc=v@c.mx Nombre Bcc: v@c.mx <script>alert(1)</script> 100% #frag');
  assert.doesNotMatch(q.subject!, /[\r\n]/);
  assert.match(q.body!, /no indican su fecha de corte/);
});

test('request-url: host value when safe, none when unsafe, default when empty', () => {
  const base = { contact: { email: 'a@b.mx' }, program, lang: 'es' as const };
  assert.equal(
    askLinks({ ...base, requestUrl: 'https://transparencia.qroo.gob.mx/solicitudes' }).request,
    'https://transparencia.qroo.gob.mx/solicitudes',
  );
  assert.equal(askLinks({ ...base, requestUrl: 'javascript:alert(1)' }).request, undefined);
  assert.equal(askLinks({ ...base, requestUrl: '  ' }).request, DEFAULT_REQUEST_URL);
});
