import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTACT_EMAIL, CONTACT_URL, programContact } from '../../src/feed/contact.js';
import { validateFeed } from '../../src/feed/validate.js';
import { problemMessage, problemNote } from '../../src/feed/problem-wording.js';
import type { Program } from '../../src/feed/types.js';
import { feedWith, prog } from './helpers.js';

const emails: [string, boolean][] = [
  ['transparencia@bienestar.gob.mx', true],
  ['a.b+c_d-e@x-y.gob.mx', true],
  ['A@B.MX', true],
  ['a@localhost', false],
  ['mailto:a@b.mx', false],
  ['a@b.mx?subject=hola', false],
  ['a@b.mx&body=x', false],
  ['a%0d%0aBcc:x@b.mx', false],
  ['a@b.mx\r\nBcc: c@d.mx', false],
  ['a b@c.mx', false],
  [' a@b.mx', false],
  ['"a"@b.mx', false],
  ['<a@b.mx>', false],
  ['a@-b.mx', false],
  ['a@b..mx', false],
  ['a@b.mx.', false],
  ['ñ@b.mx', false],
  [`${'a'.repeat(250)}@b.mx`, false],
  ['', false],
];
for (const [email, ok] of emails) {
  test(`contact e-mail ${JSON.stringify(email.length > 40 ? `${email.slice(0, 20)}…` : email)}: ${ok ? 'kept' : 'refused'}`, () => {
    assert.equal(CONTACT_EMAIL.test(email), ok);
  });
}

const urls: [string, boolean][] = [
  ['https://www.gob.mx/bienestar/contacto', true],
  ['HTTP://x.mx/a?b=c#d', true],
  ['https://x.mx', true],
  ['javascript:alert(1)', false],
  ['JaVaScRiPt:alert(1)', false],
  ['java\tscript:alert(1)', false],
  ['data:text/html,<script>alert(1)</script>', false],
  ['vbscript:x', false],
  ['mailto:a@b.mx', false],
  ['/contacto', false],
  ['//evil.example', false],
  ['https:///x', false],
  ['https://', false],
  [' https://x.mx', false],
  ['https://x.mx/\nSet-Cookie: a', false],
  ['https://x.mx/a b', false],
  ['https://x.mx/\u0000', false],
  ['ftp://x.mx', false],
];
for (const [url, ok] of urls) {
  test(`contact url ${JSON.stringify(url)}: ${ok ? 'kept' : 'refused'}`, () => {
    assert.equal(CONTACT_URL.test(url), ok);
  });
}

test('validation: a good contact is kept on the program and on its unit', () => {
  const contact = { name: 'Unidad de Transparencia', email: 'transparencia@bienestar.gob.mx', url: 'https://www.gob.mx/bienestar' };
  const r = validateFeed(feedWith([prog('S176', { contact, unit: { id: '211', name: 'DG', contact: { email: 'dg@bienestar.gob.mx' } } })]));
  assert.equal(r.ok, true);
  if (!r.ok) return;
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.feed.programs[0]!.contact, contact);
  assert.deepEqual(r.feed.programs[0]!.unit, { id: '211', name: 'DG', contact: { email: 'dg@bienestar.gob.mx' } });
});

test('validation: a hostile contact field is dropped and flagged; the rest of the contact and the program stay', () => {
  const r = validateFeed(
    feedWith([
      prog('A', { contact: { email: 'a@b.mx?subject=x', url: 'https://ok.mx/contacto', extra: '<script>' } }),
      prog('B', { unit: { id: '1', name: 'U', contact: { url: 'javascript:alert(1)', name: 'Oficina' } } }),
      prog('C', { contact: 'a@b.mx' }),
      prog('D', { contact: JSON.parse('{"__proto__": {"email": "x@y.mx"}, "email": "d@d.mx"}') }),
    ]),
  );
  assert.equal(r.ok, true);
  if (!r.ok) return;
  const [a, b, c, d] = r.feed.programs;
  assert.deepEqual(a!.contact, { url: 'https://ok.mx/contacto' });
  assert.deepEqual(b!.unit, { id: '1', name: 'U', contact: { name: 'Oficina' } });
  assert.equal(c!.contact, undefined);
  assert.deepEqual(d!.contact, { email: 'd@d.mx' });
  assert.equal(Object.getPrototypeOf(d!.contact), Object.prototype);
  assert.deepEqual(
    r.problems.map((p) => [p.kind, p.severity, p.key, p.path]),
    [
      ['invalid-field', 'error', 'A', 'programs[0].contact.email'],
      ['unsafe-url', 'error', 'B', 'programs[1].unit.contact.url'],
      ['invalid-field', 'error', 'C', 'programs[2].contact'],
    ],
  );
  for (const p of r.problems)
    assert.doesNotMatch(
      `${problemMessage(p, 'es')} ${problemMessage(p, 'en')} ${problemNote(p, 'es')} ${problemNote(p, 'en')}`,
      /undefined|\[object|NaN/,
    );
});

const pick: [string, Partial<Program>, unknown][] = [
  [
    'the program contact first',
    { contact: { email: 'p@p.mx' }, unit: { id: '1', name: 'U', contact: { email: 'u@u.mx' } } },
    { from: 'program', email: 'p@p.mx' },
  ],
  [
    'else the unit contact',
    { unit: { id: '1', name: 'U', contact: { url: 'https://u.mx', name: 'Oficina' } } },
    { from: 'unit', url: 'https://u.mx', name: 'Oficina' },
  ],
  [
    'a program contact with a name only falls through to the unit',
    { contact: { name: 'x' }, unit: { id: '1', name: 'U', contact: { email: 'u@u.mx' } } },
    { from: 'unit', email: 'u@u.mx' },
  ],
  [
    'unsafe values in a feed built in code are left out',
    { contact: { email: 'a@b.mx\r\nBcc: x@y.mx', url: 'javascript:alert(1)' } },
    undefined,
  ],
  ['no contact', {}, undefined],
  ['blank name is not kept', { contact: { email: 'a@b.mx', name: ' ' } }, { from: 'program', email: 'a@b.mx' }],
];
for (const [name, p, want] of pick) {
  test(`programContact: ${name}`, () => assert.deepEqual(programContact(p as Program), want));
}
test('programContact: null and junk', () => {
  assert.equal(programContact(null), undefined);
  assert.equal(programContact({ contact: 5 } as unknown as Program), undefined);
});
