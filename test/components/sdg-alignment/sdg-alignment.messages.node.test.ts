import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feed, Program } from '../../../src/feed/types.js';
import { feedSdgView, programSdgView } from '../../../src/components/sdg-alignment/sdg-alignment.model.js';
import { feedSdgSummary, programSdgSummary } from '../../../src/components/sdg-alignment/sdg-alignment.messages.js';

const plain = (xs: string[]) => xs.map((x) => x.replace(/\u00a0/g, ' '));
const P = (key: string, amounts: Program['amounts'], sdg?: Program['sdg']): Program => ({
  key,
  name: `Programa ${key}`,
  amounts,
  ...(sdg ? { sdg } : {}),
});
const feedOf = (programs: Program[]): Feed => ({
  version: 1,
  publisher: { name: 'T', jurisdiction: 'MX' },
  cycle: 2021,
  currency: 'MXN',
  sources: [],
  moments: ['approved', 'modified'],
  programs,
});

test('program SDG summary: how many goals, which (up to 3), how it helps; singular and plural, none', async (t) => {
  const goals = (spec: [number, 'direct' | 'indirect'][]): Program['sdg'] => spec.map(([goal, contribution]) => ({ goal, contribution }));
  const cases: [string, Program, string, string[]][] = [
    [
      'es direct + indirect, named',
      P('A', {}, [
        { goal: 5, target: '5.4', contribution: 'direct' },
        { goal: 1, contribution: 'indirect' },
        { goal: 8, contribution: 'indirect' },
      ]),
      'es',
      ['Este programa ayuda a 3 ODS.', 'Ayuda de forma directa al 5 y de forma indirecta al 1 y al 8.'],
    ],
    [
      'en one goal',
      P('B', {}, [{ goal: 5, contribution: 'direct' }]),
      'en',
      ['This program helps with one SDG.', 'It is SDG 5.', 'It helps in a direct way.'],
    ],
    [
      'es one goal',
      P('B', {}, [{ goal: 5, contribution: 'direct' }]),
      'es',
      ['Este programa ayuda a un ODS.', 'Es el 5.', 'Lo hace de forma directa.'],
    ],
    [
      'es two indirect',
      P(
        'D',
        {},
        goals([
          [6, 'indirect'],
          [14, 'indirect'],
        ]),
      ),
      'es',
      ['Este programa ayuda a 2 ODS.', 'Son el 6 y el 14.', 'Ayuda a los dos de forma indirecta.'],
    ],
    [
      'es four, counted',
      P(
        'E',
        {},
        goals([
          [1, 'direct'],
          [2, 'direct'],
          [3, 'indirect'],
          [4, 'indirect'],
        ]),
      ),
      'es',
      ['Este programa ayuda a 4 ODS.', 'Ayuda a 2 de forma directa y a 2 de forma indirecta.'],
    ],
    [
      'en five direct, counted',
      P(
        'F',
        {},
        goals([
          [1, 'direct'],
          [2, 'direct'],
          [3, 'direct'],
          [4, 'direct'],
          [5, 'direct'],
        ]),
      ),
      'en',
      ['This program helps with 5 SDGs.', 'It helps all 5 in a direct way.'],
    ],
    ['es none', P('C', {}), 'es', ['Este programa no tiene ODS en estos datos.']],
    ['en none', P('C', {}), 'en', ['This program has no SDGs in this data.']],
  ];
  for (const [name, p, lang, sentences] of cases)
    await t.test(name, () => assert.deepEqual(programSdgSummary(programSdgView(p), lang), sentences));
});

test('feed SDG summary: whole feed and one goal', async (t) => {
  const v = feedSdgView(
    feedOf([
      P('A', { approved: 2_000_000 }, [
        { goal: 5, contribution: 'direct' },
        { goal: 1, contribution: 'indirect' },
      ]),
      P('B', { approved: 3_000_000 }, [{ goal: 5, contribution: 'indirect' }]),
      P('C', {}, [{ goal: 5, contribution: 'indirect' }]),
      P('D', { approved: 1 }),
    ]),
  );
  const others = 'Ningún programa ayuda a los ODS 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 y 17.';
  const overlapEs = ['Un programa puede ayudar a varios ODS.', 'Por eso los montos por ODS no se suman.'];
  const overlapEn = ['A program can help with several SDGs.', 'So the amounts by SDG do not add up.'];
  const cases: [string, string, number | undefined, string[]][] = [
    [
      'es whole',
      'es',
      undefined,
      [
        '3 de los 4 programas de estos datos ayudan a algún ODS.',
        'El ODS con más programas es el 5 (Igualdad de género), con 3.',
        others,
        ...overlapEs,
      ],
    ],
    [
      'es goal 5: one idea per sentence; a program without amount is said, never counted as 0',
      'es',
      5,
      [
        '3 programas ayudan al ODS 5 (Igualdad de género).',
        '1 lo hace de forma directa.',
        'Juntos tienen $5.0 millones (aprobado).',
        '1 de ellos no da su monto.',
        ...overlapEs,
      ],
    ],
    [
      'en goal 1',
      'en',
      1,
      ['1 program helps with SDG 1 (No poverty).', 'It does so in an indirect way.', 'It has MXN 2.0 million (approved).', ...overlapEn],
    ],
    ['en goal 17', 'en', 17, ['No program in this data helps with SDG 17 (Partnerships for the goals).', ...overlapEn]],
  ];
  for (const [name, lang, goal, expected] of cases)
    await t.test(name, () => assert.deepEqual(plain(feedSdgSummary(v, lang, { goal })), expected));
});

test('feed SDG summary: no aligned programs', () => {
  const v = feedSdgView(feedOf([P('A', { approved: 1 })]));
  assert.deepEqual(feedSdgSummary(v, 'es'), ['Ningún programa de estos datos ayuda a los ODS.']);
});

test('goal sentence: how programs contribute, in words', async (t) => {
  const mk = (links: [number, 'direct' | 'indirect'][]) =>
    feedSdgView(feedOf(links.map(([goal, contribution], i) => P(`K${i}`, { approved: 1_000_000 }, [{ goal, contribution }]))));
  const cases: [string, ReturnType<typeof mk>, string[]][] = [
    [
      'all direct',
      mk([
        [3, 'direct'],
        [3, 'direct'],
      ]),
      ['2 programas ayudan al ODS 3 (Salud y bienestar).', 'Todos lo hacen de forma directa.', 'Juntos tienen $2.0 millones (aprobado).'],
    ],
    [
      'all indirect',
      mk([
        [3, 'indirect'],
        [3, 'indirect'],
      ]),
      ['2 programas ayudan al ODS 3 (Salud y bienestar).', 'Todos lo hacen de forma indirecta.', 'Juntos tienen $2.0 millones (aprobado).'],
    ],
    [
      'one direct',
      mk([[3, 'direct']]),
      ['1 programa ayuda al ODS 3 (Salud y bienestar).', 'Lo hace de forma directa.', 'Tiene $1.0 millones (aprobado).'],
    ],
  ];
  for (const [name, v, sentences] of cases)
    await t.test(name, () => assert.deepEqual(plain(feedSdgSummary(v, 'es', { goal: 3 })).slice(0, 3), sentences));
});

test('a locale pack overrides sdgAlignment keys one by one; the rest stays Spanish', async (t) => {
  const { registerLocalePack, unregisterLocalePack } = await import('../../../src/i18n/registry.js');
  registerLocalePack({ lang: 'xx', strings: { 'sdgAlignment.feed.overlap': 'OVERLAP-XX', 'sdgAlignment.program.count': '{0} GOALS' } });
  try {
    const v = feedSdgView(feedOf([P('A', { approved: 1 }, [{ goal: 5, contribution: 'direct' }])]));
    const sentences = feedSdgSummary(v, 'xx');
    await t.test('overridden key', () => assert.equal(sentences.at(-2), 'OVERLAP-XX'));
    await t.test('key the pack lacks', () => assert.match(sentences[0]!, /^1 de los 1 programas de estos datos ayudan a algún ODS/));
    await t.test('a message function replaced by a string with placeholders', () =>
      assert.deepEqual(programSdgSummary(programSdgView(P('B', {}, [{ goal: 5, contribution: 'direct' }])), 'xx'), [
        '1 GOALS',
        'Es el 5.',
        'Lo hace de forma directa.',
      ]),
    );
  } finally {
    unregisterLocalePack('xx');
  }
});
