/**
 * The hostile corpus through the pure loader path (parse + validate), in Node: the browser suite
 * (test/reliability/hostile-corpus.test.ts) serves the same texts to every widget.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostileCorpus, baseFeed, STRING_FIELDS, URL_FIELDS, NUMBER_FIELDS } from '../fixtures/hostile/corpus.js';
import { parseFeedText, validateFeed } from '../../src/feed/validate.js';
import { safeUrl } from '../../src/platform/safe-url.js';
import { problemMessage } from '../../src/feed/problem-wording.js';

const corpus = hostileCorpus();
/** URLs validation keeps but the widgets' stricter safeUrl() shows as text (e.g. '<a href="javascript:…">'). */
const refusedByWidgets = new Set<string>();

function walk(o: unknown, visit: (key: string, value: unknown, path: string) => void, path = ''): void {
  if (typeof o !== 'object' || o === null) return;
  for (const k of Object.getOwnPropertyNames(o)) {
    const v = (o as Record<string, unknown>)[k];
    visit(k, v, `${path}.${k}`);
    walk(v, visit, `${path}.${k}`);
  }
}

test('the corpus has at least 150 distinct cases and a clean base feed', () => {
  assert.ok(corpus.length >= 150, `only ${corpus.length} cases`);
  assert.equal(new Set(corpus.map((c) => c.id)).size, corpus.length);
  assert.deepEqual(validateFeed(baseFeed()).problems, []);
  assert.ok(STRING_FIELDS.length >= 30 && URL_FIELDS.length >= 5 && NUMBER_FIELDS.length >= 15);
});

test('every case: parse + validate never throws, refuses exactly the fatal cases, names field and record', () => {
  for (const c of corpus) {
    const r = parseFeedText(c.body);
    if (c.fatal) {
      assert.equal(r.ok, false, `${c.id}: expected the feed to be refused`);
    } else {
      assert.equal(r.ok, true, `${c.id}: refused: ${r.ok ? '' : problemMessage(r.problem, 'en')}`);
    }
    if (!r.ok) {
      assert.equal(r.problem.severity, 'fatal');
      for (const lang of ['es', 'en'] as const) {
        assert.ok(problemMessage(r.problem, lang).trim().length > 10, `${c.id}: empty ${lang} message`);
        if (c.fatal?.field)
          assert.ok(
            problemMessage(r.problem, lang).includes(c.fatal.field),
            `${c.id}: ${lang} message does not name ${c.fatal.field}: ${problemMessage(r.problem, lang)}`,
          );
      }
      continue;
    }
    for (const p of r.problems) {
      // A record-level problem names where it is: the record (position and key) and/or the field.
      if (p.index !== undefined) {
        assert.match(problemMessage(p, 'es'), new RegExp(`^Programa ${p.index + 1}\\b`), `${c.id}: ${problemMessage(p, 'es')}`);
        assert.match(problemMessage(p, 'en'), new RegExp(`^Program ${p.index + 1}\\b`), `${c.id}: ${problemMessage(p, 'en')}`);
      }
      assert.ok(p.index !== undefined || p.path !== undefined, `${c.id}: problem without a location: ${problemMessage(p, 'en')}`);
    }
    // Nothing reaches a prototype, nothing unsafe survives as a URL, no non-finite number remains.
    walk(r.feed, (k, v, path) => {
      assert.ok(!['__proto__', 'constructor', 'prototype'].includes(k), `${c.id}: key ${path} copied`);
      if (typeof v === 'number') assert.ok(Number.isFinite(v), `${c.id}: ${path} = ${v}`);
      if (k === 'url' && typeof v === 'string') {
        // What a browser would open: only http(s) and mailto, whatever the spelling.
        assert.match(new URL(v, 'https://example.org/base/').protocol, /^(https?|mailto):$/, `${c.id}: unsafe url kept at ${path}: ${v}`);
        if (safeUrl(v) === undefined) refusedByWidgets.add(v);
      }
    });
    assert.equal(({} as Record<string, unknown>).polluted, undefined, `${c.id}: Object.prototype polluted`);
  }
});
