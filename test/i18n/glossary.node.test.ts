import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GLOSSARY_EN, GLOSSARY_ES, GLOSSARY_IDS } from '../../src/i18n/glossary.js';

const REQUIRED = [
  'approved',
  'modified',
  'committed',
  'accrued',
  'exercised',
  'paid',
  'ministered',
  'program',
  'ramo',
  'unit',
  'modality',
  'mir',
  'fin',
  'purpose',
  'component',
  'activity',
  'target',
  'baseline',
  'progress',
  'traffic-light',
  'strategic',
  'management',
  'gender-annex',
  'sdg',
  'potential-population',
  'target-population',
  'served-population',
  'chapter',
  'pef',
  'cuenta-publica',
];

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

test('the glossary has at least 25 terms, including every required one, in both languages', () => {
  assert.ok(GLOSSARY_IDS.length >= 25);
  for (const id of REQUIRED) {
    assert.ok(GLOSSARY_ES[id], `es ${id}`);
    assert.ok(GLOSSARY_EN[id], `en ${id}`);
  }
  assert.deepEqual(Object.keys(GLOSSARY_EN).sort(), Object.keys(GLOSSARY_ES).sort());
});

test('every definition has at most 35 words', () => {
  for (const [lang, g] of [
    ['es', GLOSSARY_ES],
    ['en', GLOSSARY_EN],
  ] as const) {
    for (const [id, e] of Object.entries(g)) {
      assert.ok(e.term.trim().length > 0, `${lang} ${id} term`);
      const n = wordCount(e.definition);
      assert.ok(n > 3 && n <= 35, `${lang} ${id}: ${n} words`);
    }
  }
});
