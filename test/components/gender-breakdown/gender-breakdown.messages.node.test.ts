import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feed, Program } from '../../../src/feed/types.js';
import { feedAnnexView, programAnnexView } from '../../../src/components/gender-breakdown/gender-breakdown.model.js';
import {
  annexShortName,
  annexTitle,
  categoryLabel,
  feedAnnexSummary,
  intentNote,
  programAnnexSummary,
} from '../../../src/components/gender-breakdown/gender-breakdown.messages.js';

const feedOf = (programs: Program[]): Feed => ({
  version: 1,
  publisher: { name: 'Test', jurisdiction: 'MX' },
  cycle: 2021,
  currency: 'MXN',
  sources: [],
  moments: ['approved', 'modified', 'accrued', 'exercised'],
  programs,
});

const S174: Program = {
  key: '20-S174',
  name: 'Programa de estancias infantiles para apoyar a madres trabajadoras',
  amounts: { approved: 4_000_000_000 },
  crossCutting: [
    { annex: 'gender', category: 'Acciones que promuevan la igualdad entre mujeres y hombres', amounts: { approved: 1_000_000_000 } },
  ],
  population: {
    potential: { women: 3_055_751 },
    target: { women: 779_857 },
    served: { women: 300_433, men: 10_535 },
  },
};

/** Intl puts a no-break space after a currency code; compare as plain text. */
const plain = (xs: string[]) => xs.map((x) => x.replace(/\u00a0/g, ' '));

const BAD = /NaN|undefined|null|\[object Object\]/;

test('program summary: tagged program with populations, both languages', async (t) => {
  const v = programAnnexView(feedOf([S174]), S174, 'gender');
  const cases: [string, string[]][] = [
    [
      'es',
      [
        'Este programa tiene $1,000.0 millones (aprobado) etiquetados en el Anexo 13 (Igualdad entre mujeres y hombres): 25.0% de su presupuesto aprobado de $4,000.0 millones.',
        'Categoría: Acciones que promuevan la igualdad entre mujeres y hombres.',
        'Atendió a 300,433 mujeres y 10,535 hombres: 97 de cada 100 personas atendidas son mujeres.',
        'Alcanzó 38.5% de su población objetivo de mujeres (779,857).',
      ],
    ],
    [
      'en',
      [
        'This program has MXN 1.0 billion (approved) tagged in Annex 13 (Equality between women and men): 25.0% of its approved budget of MXN 4.0 billion.',
        'Category: Actions that promote equality between women and men.',
        'It served 300,433 women and 10,535 men: 97 of every 100 people served are women.',
        'It reached 38.5% of its target population of women (779,857).',
      ],
    ],
  ];
  for (const [lang, expected] of cases) {
    await t.test(lang, () => assert.deepEqual(plain(programAnnexSummary(v, lang)), expected));
  }
});

test('program summary: untagged, no populations, no common moment, unknown annex', async (t) => {
  const untagged: Program = { key: 'E001', name: 'Sin etiqueta', amounts: { approved: 10 } };
  const noTotal: Program = { key: 'E002', name: 'Sin total', amounts: { exercised: 10 }, crossCutting: [{ annex: 'gender', amounts: { approved: 5 } }] };
  const other: Program = { key: 'E003', name: 'Otro', amounts: { approved: 10 }, crossCutting: [{ annex: 'mar', amounts: { approved: 5 } }] };
  const cases: [string, Program, string, string, string[]][] = [
    ['untagged es', untagged, 'gender', 'es', ['Este programa no tiene gasto etiquetado en el Anexo 13 (Igualdad entre mujeres y hombres).', 'Los datos no incluyen población por sexo para este programa.']],
    ['untagged en', untagged, 'gender', 'en', ['This program has no spending tagged in Annex 13 (Equality between women and men).', 'The feed has no population data by sex for this program.']],
    ['untagged indigenous es', untagged, 'indigenous', 'es', ['Este programa no tiene gasto etiquetado en el Anexo 10 (Pueblos y comunidades indígenas).', 'Los datos no incluyen población por sexo para este programa.']],
    [
      'no common moment es',
      noTotal,
      'gender',
      'es',
      [
        'Este programa tiene $5 (aprobado) etiquetados en el Anexo 13 (Igualdad entre mujeres y hombres); su presupuesto aprobado no está reportado, así que no se puede calcular qué parte representa.',
        'Los datos no incluyen población por sexo para este programa.',
      ],
    ],
    ['unknown annex id en', other, 'mar', 'en', ['This program has MXN 5 (approved) tagged in the cross-cutting annex “mar”: 50.0% of its approved budget of MXN 10.', 'The feed has no population data by sex for this program.']],
  ];
  for (const [name, p, annex, lang, expected] of cases) {
    await t.test(name, () => assert.deepEqual(plain(programAnnexSummary(programAnnexView(feedOf([p]), p, annex), lang)), expected));
  }
});

test('program summary: served without a women/men split, with unspecified', async (t) => {
  const cases: [Program['population'], string, string][] = [
    [{ served: { women: 10 } }, 'es', 'Atendió a 10 mujeres; la fuente no desglosa el resto por sexo.'],
    [{ served: { women: 1, men: 1, unspecified: 2 } }, 'es', 'Atendió a 1 mujer, 1 hombre y 2 personas sin distinguir sexo: 25 de cada 100 personas atendidas son mujeres.'],
    [{ served: { women: 1, men: 3 } }, 'en', 'It served 1 woman and 3 men: 25 of every 100 people served are women.'],
  ];
  for (const [population, lang, sentence] of cases) {
    await t.test(sentence, () => {
      const p: Program = { key: 'X', name: 'X', amounts: {}, population };
      const s = programAnnexSummary(programAnnexView(feedOf([p]), p, 'gender'), lang);
      assert.ok(s.includes(sentence), s.join(' | '));
    });
  }
});

test('feed summary: total, share of budget, largest category and program, top 10 concentration', async (t) => {
  const programs: Program[] = Array.from({ length: 12 }, (_, i) => ({
    key: `S${100 + i}`,
    name: `Programa ${i}`,
    amounts: { approved: 1_000_000_000 },
    crossCutting: [{ annex: 'gender', category: i < 2 ? 'Acciones que promuevan la erradicación de la violencia de género' : 'Acciones que promuevan la igualdad entre mujeres y hombres', amounts: { approved: (i + 1) * 1_000_000 } }],
  }));
  const v = feedAnnexView(feedOf(programs), 'gender');
  // total 78 million; budget 12,000 million; top program S111 with 12 million; top 10 = 78 - 1 - 2 = 75
  const cases: [string, string[]][] = [
    [
      'es',
      [
        'El Anexo 13 (Igualdad entre mujeres y hombres) suma $78.0 millones (aprobado) en 12 programas: 0.7% del presupuesto aprobado de los 12 programas de estos datos.',
        'La categoría más grande, con 96.2%, es «Acciones que promuevan la igualdad entre mujeres y hombres».',
        'El programa con más gasto etiquetado es S111 Programa 11, con $12.0 millones (15.4% del anexo).',
        'Los 10 programas más grandes concentran 96.2% del total.',
      ],
    ],
    [
      'en',
      [
        'Annex 13 (Equality between women and men) adds up to MXN 78.0 million (approved) across 12 programs: 0.7% of the approved budget of the 12 programs in this data.',
        'The largest category, with 96.2%, is “Actions that promote equality between women and men”.',
        'The program with the most tagged spending is S111 Programa 11, with MXN 12.0 million (15.4% of the annex).',
        'The 10 largest programs hold 96.2% of it.',
      ],
    ],
  ];
  for (const [lang, expected] of cases) await t.test(lang, () => assert.deepEqual(plain(feedAnnexSummary(v, lang)), expected));
});

test('feed summary: an annex absent from the feed', () => {
  const v = feedAnnexView(feedOf([{ key: 'A', name: 'A', amounts: { approved: 1 } }]), 'indigenous');
  assert.deepEqual(feedAnnexSummary(v, 'es'), ['Ningún programa de estos datos tiene gasto etiquetado en el Anexo 10 (Pueblos y comunidades indígenas).']);
  assert.deepEqual(feedAnnexSummary(v, 'en'), ['No program in this data has spending tagged in Annex 10 (Indigenous peoples and communities).']);
});

test('names: annex titles, short names, categories; unknown ids as written', async (t) => {
  const cases: [string, string, string][] = [
    [annexTitle('gender', 'es'), 'Anexo 13: Erogaciones para la Igualdad entre Mujeres y Hombres', 'title es'],
    [annexTitle('gender', 'en'), 'Annex 13: Expenditures for Equality between Women and Men', 'title en'],
    [annexTitle('youth', 'es'), 'Anexo transversal: Erogaciones para el Desarrollo de los Jóvenes', 'no number'],
    [annexTitle('mar', 'es'), 'Anexo transversal «mar»', 'unknown'],
    [annexShortName('indigenous', 'en'), 'Indigenous peoples and communities', 'short en'],
    [annexShortName('mar', 'en'), 'mar', 'short unknown'],
    [categoryLabel('Acciones que promuevan la erradicación de la violencia de género', 'en'), 'Actions that promote the eradication of gender violence', 'category en'],
    [categoryLabel('Acciones  que promuevan la erradicación de la violencia de género', 'es'), 'Acciones  que promuevan la erradicación de la violencia de género', 'category es as written'],
    [categoryLabel('Salud', 'en'), 'Salud', 'unknown category as written'],
    [categoryLabel(undefined, 'es'), 'Sin categoría', 'no category'],
  ];
  for (const [got, expected, name] of cases) await t.test(name, () => assert.equal(got, expected));
});

test('intent note in both languages; no sentence shows NaN/undefined/null', () => {
  assert.match(intentNote('es'), /no prueba su impacto/);
  assert.match(intentNote('en'), /not proof of impact/);
  const empty: Program = { key: 'Z', name: 'Z', amounts: {}, crossCutting: [{ annex: 'gender', amounts: {} }], population: { served: {}, target: { men: 0 } } };
  for (const lang of ['es', 'en']) {
    for (const s of programAnnexSummary(programAnnexView(feedOf([empty]), empty, 'gender'), lang)) assert.doesNotMatch(s, BAD);
    for (const s of feedAnnexSummary(feedAnnexView(feedOf([empty, S174]), 'gender'), lang)) assert.doesNotMatch(s, BAD);
  }
});

test('annex-N ids from the adapter get their names', async (t) => {
  const cases: [string, string, string][] = [
    ['annex-2', 'es', 'Desarrollo rural sustentable'],
    ['annex-11', 'en', 'Crime prevention'],
    ['annex-99', 'es', 'annex-99'],
  ];
  for (const [id, lang, name] of cases) await t.test(id, () => assert.equal(annexShortName(id, lang), name));
});

test('"other" row label: singular and plural', async (t) => {
  const { msg } = await import('../../../src/components/gender-breakdown/gender-breakdown.messages.js');
  const cases: [string, number, string][] = [
    ['es', 1, 'Otro programa'],
    ['es', 1234, 'Otros 1,234 programas'],
    ['en', 1, '1 other program'],
    ['en', 2, 'Other 2 programs'],
  ];
  for (const [lang, n, label] of cases) await t.test(`${lang} ${n}`, () => assert.equal(msg(lang, 'otherPrograms', n), label));
});

test('calendar sentence: largest month and its share; partial calendars said; none under two months', async (t) => {
  const { calendarSummary } = await import('../../../src/components/gender-breakdown/gender-breakdown.messages.js');
  const cal = [
    { period: '2021-01', cents: 100_000_000, amount: 1_000_000 },
    { period: '2021-03', cents: 300_000_000, amount: 3_000_000 },
  ];
  const cases: [string, boolean, string[]][] = [
    ['es', false, ['El calendario aprobado reparte el monto etiquetado en 2 meses; el mayor es marzo de 2021, con $3.0 millones (75.0%).']],
    [
      'en',
      true,
      [
        'The approved calendar spreads the tagged amount over 2 months; the largest is March 2021, with MXN 3.0 million (75.0%).',
        'Some records have no calendar, so the months add up to less than the total.',
      ],
    ],
  ];
  for (const [lang, partial, expected] of cases)
    await t.test(lang, () => assert.deepEqual(plain(calendarSummary({ calendar: cal, calendarPartial: partial, moment: 'approved' }, lang)), expected));
  assert.deepEqual(calendarSummary({ calendar: cal.slice(0, 1), calendarPartial: false, moment: 'approved' }, 'es'), []);
});

test('summaries when the annex is of another year than the feed', () => {
  const p: Program = {
    key: '20-S174',
    name: 'X',
    amounts: { approved: 4_000_000_000 },
    crossCutting: [{ annex: 'gender', amounts: { approved: 1_000_000_000 }, periods: [{ period: '2021-01', amounts: { approved: 1_000_000_000 } }] }],
  };
  const feed = { ...feedOf([p]), cycle: 2023 };
  assert.equal(
    plain(programAnnexSummary(programAnnexView(feed, p, 'gender'), 'es'))[0],
    'Este programa tiene $1,000.0 millones (aprobado) etiquetados en el Anexo 13 (Igualdad entre mujeres y hombres) del presupuesto 2021; los montos del programa en estos datos son de 2023, así que no se calcula qué parte representa.',
  );
  assert.equal(
    plain(feedAnnexSummary(feedAnnexView(feed, 'gender'), 'en'))[0],
    'Annex 13 (Equality between women and men) adds up to MXN 1.0 billion (approved) across 1 program (2021 budget); the rest of this data is for 2023, so no share of the budget is computed.',
  );
});

test('a locale pack overrides the crossCutting keys one by one; the rest stays Spanish', async (t) => {
  const { registerLocalePack, unregisterLocalePack } = await import('../../../src/i18n/registry.js');
  const { msg, sexLabel } = await import('../../../src/components/gender-breakdown/gender-breakdown.messages.js');
  registerLocalePack({
    lang: 'xx',
    strings: {
      'crossCutting.annex.gender.short': 'GENDER-XX',
      'crossCutting.category.violence': 'VIOLENCE-XX',
      'crossCutting.count.women': '{0} W-XX',
      'crossCutting.program.servedPer100': 'SERVED {0} / {1}',
      'crossCutting.ui.top': 'TOP {0}',
    },
  });
  try {
    const cases: [string, string, string][] = [
      ['short name', annexShortName('gender', 'xx'), 'GENDER-XX'],
      ['short name through an alias', annexShortName('annex-4', 'xx'), 'GENDER-XX'],
      ['title keeps the Spanish pattern and name', annexTitle('gender', 'xx'), 'Anexo 13: Erogaciones para la Igualdad entre Mujeres y Hombres'],
      ['category', categoryLabel('Acciones que promuevan la erradicación de la violencia de género', 'xx'), 'VIOLENCE-XX'],
      ['a message function replaced by a string with placeholders', msg('xx', 'ui.top', 7), 'TOP 7'],
      ['a key the pack lacks', sexLabel('men', 'xx'), 'Hombres'],
      ['Spanish is untouched', annexShortName('gender', 'es'), 'Igualdad entre mujeres y hombres'],
    ];
    for (const [name, got, want] of cases) await t.test(name, () => assert.equal(got, want));
    const v = programAnnexView(feedOf([S174]), S174, 'gender');
    await t.test('summary sentence from the pack, with its figures', () =>
      assert.ok(programAnnexSummary(v, 'xx').includes('SERVED 300,433 W-XX y 10,535 hombres / 97'), programAnnexSummary(v, 'xx').join('\n')));
  } finally {
    unregisterLocalePack('xx');
  }
});

test('category names that are Object.prototype members are shown as written', () => {
  for (const c of ['constructor', 'toString', '__proto__']) assert.equal(categoryLabel(c, 'en'), c);
});
