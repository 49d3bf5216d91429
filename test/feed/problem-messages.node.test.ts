// Every problem code has its developer sentence and its reader note in es and en; every code the
// source uses is in the table (the type check already refuses unknown codes at call sites), every
// code in the table is used, and call sites give the params their wording needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_CODES, isProblemCode, problemMsg } from '../../src/feed/problem-messages.js';
import type { ProblemCode } from '../../src/feed/problem-messages.js';
import { makeProblem } from '../../src/feed/problems.js';
import { problemMessage, problemNote } from '../../src/feed/problem-wording.js';
import { registerLocalePack, unregisterLocalePack } from '../../src/i18n/registry.js';

const BAD = /\bundefined\b|\bNaN\b|\bnull\b|\[object Object\]/;
const FIELD_PATH = /\w+\[\d+\]\.\w+/;

/** The params a placeholder is made from ({momentName} ← moment, {foundQuoted} ← found…). */
function baseParam(name: string): string {
  if (/^found(Quoted|Hint|Money)$/.test(name)) return 'found';
  if (/^\w+Money$/.test(name)) return name.replace(/Money$/, 'Amount');
  if (name === 'itemName') return 'dropped';
  if (/Name$/.test(name)) return name.replace(/Name$/, '');
  return name;
}

const placeholders = (text: string) => [...text.matchAll(/\{([\w-]+)\}/g)].map((m) => m[1]!);

/** A value for every placeholder of the code, in both wordings. */
function sampleParams(code: ProblemCode): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const lang of ['es', 'en']) {
    for (const key of [code, `note.${code}` as const]) {
      for (const name of placeholders(problemMsg(lang, key))) {
        const base = baseParam(name);
        out[base] = /moment|earlier|later/.test(base)
          ? 'paid'
          : base === 'groups'
            ? 'potential, served'
            : /Amount|count|year|cycle|n$/.test(base)
              ? 1234
              : '"x"';
      }
    }
  }
  return out;
}

for (const code of PROBLEM_CODES) {
  test(`problem code ${code}: es and en wordings, complete and clean`, () => {
    const p = makeProblem('test', code, 'error', { index: 4, key: 'E001', path: 'programs[4].amounts.paid' }, sampleParams(code));
    for (const lang of ['es', 'en']) {
      const sentence = problemMsg(lang, code);
      const note = problemMsg(lang, `note.${code}`);
      assert.ok(sentence.trim().length > 0, `${lang} sentence of ${code} is empty`);
      assert.ok(note.trim().length > 0, `${lang} note of ${code} is empty`);
      const message = problemMessage(p, lang);
      const plain = problemNote(p, lang);
      for (const text of [message, plain]) {
        assert.doesNotMatch(text, BAD, `${lang} ${code}: ${text}`);
        assert.doesNotMatch(text, /\{[\w-]+\}/, `${lang} ${code} leaves a placeholder: ${text}`);
      }
      assert.match(message, /^Program(a)? 5 \("E001"\), (campo|field) programs\[4\]\.amounts\.paid: /);
      assert.doesNotMatch(plain, FIELD_PATH, `${lang} note of ${code} shows a field path: ${plain}`);
      assert.doesNotMatch(
        plain,
        /\bprograms?\b.*\[\d+\]|\b(Programa|Program) \d+\b|\bcampo\b|\bfield\b/,
        `${lang} note of ${code} shows a position or schema word: ${plain}`,
      );
      assert.match(plain, /[.!?]$/, `${lang} note of ${code} is a sentence: ${plain}`);
    }
    assert.notEqual(problemMsg('es', code), problemMsg('en', code), `${code}: the English sentence is the Spanish one`);
    assert.notEqual(problemMsg('es', `note.${code}`), problemMsg('en', `note.${code}`), `${code}: the English note is the Spanish one`);
  });
}

test('codes are kebab-case and unique', () => {
  for (const c of PROBLEM_CODES) assert.match(c, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  assert.equal(new Set(PROBLEM_CODES).size, PROBLEM_CODES.length);
});

// ---- The source: which codes are used, and with which params -------------------------------------

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
const sources = walk('src').filter((f) => !f.endsWith('problem-messages.ts'));
const text = sources.map((f) => readFileSync(f, 'utf8')).join('\n');

test('every code in the table is used in src (no dead wording)', () => {
  const unused = PROBLEM_CODES.filter((c) => !text.includes(`'${c}'`));
  assert.deepEqual(unused, []);
});

/** The text of each makeProblem(kind, 'code', …) call in src, with balanced parentheses. */
function calls(): { code: string; args: string; file: string }[] {
  const out: { code: string; args: string; file: string }[] = [];
  for (const file of sources) {
    const s = readFileSync(file, 'utf8');
    for (const m of s.matchAll(/\bmakeProblem\(\s*[^,()]+,\s*'([a-z0-9-]+)'/g)) {
      let depth = 0;
      let i = m.index! + 'makeProblem'.length;
      for (; i < s.length; i++) {
        if (s[i] === '(') depth++;
        else if (s[i] === ')' && --depth === 0) break;
      }
      out.push({ code: m[1]!, args: s.slice(m.index!, i + 1), file });
    }
  }
  return out;
}

test('makeProblem call sites in src use only codes of the table', () => {
  const found = calls();
  assert.ok(found.length > 80, `only ${found.length} call sites found`);
  const unknown = found.filter((c) => !isProblemCode(c.code)).map((c) => `${c.file}: ${c.code}`);
  assert.deepEqual(unknown, []);
});

test('makeProblem call sites give every param their wording needs', () => {
  const missing: string[] = [];
  for (const c of calls()) {
    if (!isProblemCode(c.code) || /\.\.\./.test(c.args)) continue; // spread params: checked by the validation tests
    const code = c.code as ProblemCode;
    for (const lang of ['es', 'en']) {
      for (const key of [code, `note.${code}` as const]) {
        for (const name of placeholders(problemMsg(lang, key))) {
          const base = baseParam(name);
          if (name === 'foundHint' || name === 'foundQuoted') continue; // worded from foundType when nothing was found
          if (!new RegExp(`\\b${base}\\b`).test(c.args))
            missing.push(`${c.file}: ${code} (${lang}${key === code ? '' : ' note'}) needs {${name}}`);
        }
      }
    }
  }
  assert.deepEqual([...new Set(missing)], []);
});

test('a locale pack overrides a problem wording key by key, Spanish elsewhere', () => {
  registerLocalePack({
    lang: 'yua',
    name: 'test',
    strings: { 'problem.amount-not-number': 'X {momentName} {foundQuoted}', 'problem.moment.paid': 'P' },
  });
  try {
    const p = makeProblem(
      'invalid-field',
      'amount-not-number',
      'error',
      { index: 0, key: 'E001', path: 'programs[0].amounts.paid' },
      { moment: 'paid', expected: 'number', found: '"1,5"' },
    );
    assert.equal(
      problemMessage(p, 'yua'),
      'Programa 1 ("E001"), campo programs[0].amounts.paid: X P «1,5» (se esperaba número; se encontró "1,5").',
    );
    assert.equal(problemNote(p, 'yua'), 'El monto P publicado no es una cifra («1,5»); no se muestra.');
  } finally {
    unregisterLocalePack('yua');
  }
});

test('problemNote: a figure the problem does not carry leaves no empty parentheses', () => {
  const p = makeProblem('order', 'amount-order', 'note', { key: 'E001' }, { later: 'paid', earlier: 'exercised' });
  assert.equal(problemNote(p, 'es'), 'El pagado es mayor que el ejercido; se muestran tal como se publicaron.');
  assert.doesNotMatch(problemNote(p, 'en'), /\(\s*\)/);
  const withFigures = makeProblem(
    'order',
    'amount-order',
    'note',
    { key: 'E001' },
    { later: 'paid', earlier: 'exercised', laterAmount: 31900000, earlierAmount: 30200000 },
  );
  assert.match(problemNote(withFigures, 'es'), /^El pagado \(\$31\.9 millones\) es mayor que el ejercido \(\$30\.2 millones\)/);
});

test('problemMessage: a parser message that quotes NaN/Infinity/null never shows those words to a reader', () => {
  const p = makeProblem('not-json', 'not-json', 'fatal', {}, { found: `Unexpected token 'N', ..."approved":NaN}}]}" is not valid JSON` });
  for (const lang of ['es', 'en']) assert.doesNotMatch(problemMessage(p, lang), /\b(NaN|Infinity|null|undefined)\b/);
  assert.match(problemMessage(p, 'es'), /un valor que no es número/);
});
