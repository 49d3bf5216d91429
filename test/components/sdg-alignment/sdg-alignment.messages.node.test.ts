import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feed, Program } from '../../../src/feed/types.js';
import { feedSdgView, programSdgView } from '../../../src/components/sdg-alignment/sdg-alignment.model.js';
import { feedSdgSummary, programSdgSummary } from '../../../src/components/sdg-alignment/sdg-alignment.messages.js';

const plain = (xs: string[]) => xs.map((x) => x.replace(/\u00a0/g, ' '));
const P = (key: string, amounts: Program['amounts'], sdg?: Program['sdg']): Program => ({ key, name: `Programa ${key}`, amounts, ...(sdg ? { sdg } : {}) });
const feedOf = (programs: Program[]): Feed => ({
  version: 1,
  publisher: { name: 'T', jurisdiction: 'MX' },
  cycle: 2021,
  currency: 'MXN',
  sources: [],
  moments: ['approved', 'modified'],
  programs,
});

test('program SDG summary: direct and indirect, singular and plural, none', async (t) => {
  const cases: [string, Program, string, string][] = [
    [
      'es direct + indirect',
      P('A', {}, [
        { goal: 5, target: '5.4', contribution: 'direct' },
        { goal: 1, contribution: 'indirect' },
        { goal: 8, contribution: 'indirect' },
      ]),
      'es',
      'Este programa contribuye a 3 Objetivos de Desarrollo Sostenible: de forma directa al objetivo 5 (Igualdad de género); de forma indirecta a los objetivos 1 (Fin de la pobreza) y 8 (Trabajo decente y crecimiento económico).',
    ],
    [
      'en one goal',
      P('B', {}, [{ goal: 5, contribution: 'direct' }]),
      'en',
      'This program contributes to one Sustainable Development Goal: directly to goal 5 (Gender equality).',
    ],
    ['es none', P('C', {}), 'es', 'Este programa no tiene vinculación registrada con los Objetivos de Desarrollo Sostenible.'],
    ['en none', P('C', {}), 'en', 'This program has no recorded alignment to the Sustainable Development Goals.'],
  ];
  for (const [name, p, lang, sentence] of cases) await t.test(name, () => assert.deepEqual(programSdgSummary(programSdgView(p), lang), [sentence]));
});

test('feed SDG summary: whole feed and one goal', async (t) => {
  const v = feedSdgView(
    feedOf([
      P('A', { approved: 2_000_000 }, [{ goal: 5, contribution: 'direct' }, { goal: 1, contribution: 'indirect' }]),
      P('B', { approved: 3_000_000 }, [{ goal: 5, contribution: 'indirect' }]),
      P('C', {}, [{ goal: 5, contribution: 'indirect' }]),
      P('D', { approved: 1 }),
    ]),
  );
  const others = 'Ningún programa está vinculado a los objetivos 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 y 17.';
  const cases: [string, string, number | undefined, string[]][] = [
    [
      'es whole',
      'es',
      undefined,
      [
        '3 de los 4 programas de estos datos están vinculados con al menos un Objetivo de Desarrollo Sostenible.',
        'El objetivo con más programas es el 5 (Igualdad de género), con 3.',
        others,
        'Un programa puede contribuir a varios objetivos, así que los montos por objetivo se traslapan y no se suman.',
      ],
    ],
    [
      'es goal 5',
      'es',
      5,
      [
        'Al objetivo 5 (Igualdad de género) contribuyen 3 programas (1 de forma directa), con $5.0 millones (aprobado); 1 de ellos no reporta monto.',
        'Un programa puede contribuir a varios objetivos, así que los montos por objetivo se traslapan y no se suman.',
      ],
    ],
    [
      'en goal 1',
      'en',
      1,
      ['1 program contributes to goal 1 (No poverty) (indirectly), with MXN 2.0 million (approved).', 'A program can contribute to several goals, so the amounts by goal overlap and do not add up.'],
    ],
    ['en goal 17', 'en', 17, ['No program in this data is aligned to goal 17 (Partnerships for the goals).', 'A program can contribute to several goals, so the amounts by goal overlap and do not add up.']],
  ];
  for (const [name, lang, goal, expected] of cases) await t.test(name, () => assert.deepEqual(plain(feedSdgSummary(v, lang, { goal })), expected));
});

test('feed SDG summary: no aligned programs', () => {
  const v = feedSdgView(feedOf([P('A', { approved: 1 })]));
  assert.deepEqual(feedSdgSummary(v, 'es'), ['Ningún programa de estos datos tiene vinculación registrada con los Objetivos de Desarrollo Sostenible.']);
});

test('goal sentence: how programs contribute, in words', async (t) => {
  const mk = (links: [number, 'direct' | 'indirect'][]) =>
    feedSdgView(feedOf(links.map(([goal, contribution], i) => P(`K${i}`, { approved: 1_000_000 }, [{ goal, contribution }]))));
  const cases: [string, ReturnType<typeof mk>, string][] = [
    ['all direct', mk([[3, 'direct'], [3, 'direct']]), 'Al objetivo 3 (Salud y bienestar) contribuyen 2 programas (todos de forma directa), con $2.0 millones (aprobado).'],
    ['all indirect', mk([[3, 'indirect'], [3, 'indirect']]), 'Al objetivo 3 (Salud y bienestar) contribuyen 2 programas (todos de forma indirecta), con $2.0 millones (aprobado).'],
    ['one direct', mk([[3, 'direct']]), 'Al objetivo 3 (Salud y bienestar) contribuye 1 programa (de forma directa), con $1.0 millones (aprobado).'],
  ];
  for (const [name, v, sentence] of cases) await t.test(name, () => assert.equal(plain(feedSdgSummary(v, 'es', { goal: 3 }))[0], sentence));
});

test('a locale pack overrides sdgAlignment keys one by one; the rest stays Spanish', async (t) => {
  const { registerLocalePack, unregisterLocalePack } = await import('../../../src/i18n/registry.js');
  registerLocalePack({ lang: 'xx', strings: { 'sdgAlignment.feed.overlap': 'OVERLAP-XX', 'sdgAlignment.program.summary': '{0} GOALS: {1}' } });
  try {
    const v = feedSdgView(feedOf([P('A', { approved: 1 }, [{ goal: 5, contribution: 'direct' }])]));
    const sentences = feedSdgSummary(v, 'xx');
    await t.test('overridden key', () => assert.equal(sentences.at(-1), 'OVERLAP-XX'));
    await t.test('key the pack lacks', () => assert.match(sentences[0]!, /^1 de los 1 programas de estos datos están vinculados/));
    await t.test('a message function replaced by a string with placeholders', () =>
      assert.deepEqual(programSdgSummary(programSdgView(P('B', {}, [{ goal: 5, contribution: 'direct' }])), 'xx'), ['1 GOALS: de forma directa al objetivo 5 (Igualdad de género)']));
  } finally {
    unregisterLocalePack('xx');
  }
});
