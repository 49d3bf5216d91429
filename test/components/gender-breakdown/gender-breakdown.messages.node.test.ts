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

test('program summary: tagged program with populations, both languages, one idea per sentence', async (t) => {
  const v = programAnnexView(feedOf([S174]), S174, 'gender');
  const cases: [string, string[]][] = [
    [
      'es',
      [
        'Este programa tiene $1,000.0 millones para la igualdad entre mujeres y hombres.',
        'Es el 25.0% de su presupuesto aprobado.',
        // The only category is the annex's purpose: not said twice.
        'Atendió a 300,433 mujeres y 10,535 hombres.',
        '97 de cada 100 son mujeres.',
        'Cubrió el 38.5% de su meta de 779,857 mujeres.',
      ],
    ],
    [
      'en',
      [
        'This program has MXN 1.0 billion marked for gender equality.',
        'That is 25.0% of its approved budget.',
        'It served 300,433 women and 10,535 men.',
        '97 in 100 are women.',
        'It reached 38.5% of its goal of 779,857 women.',
      ],
    ],
  ];
  for (const [lang, expected] of cases) {
    await t.test(lang, () => assert.deepEqual(plain(programAnnexSummary(v, lang)), expected));
  }
});

test('program summary: untagged, no populations, no common moment, unknown annex', async (t) => {
  const untagged: Program = { key: 'E001', name: 'Sin etiqueta', amounts: { approved: 10 } };
  const noTotal: Program = {
    key: 'E002',
    name: 'Sin total',
    amounts: { exercised: 10 },
    crossCutting: [{ annex: 'gender', amounts: { approved: 5 } }],
  };
  const other: Program = {
    key: 'E003',
    name: 'Otro',
    amounts: { approved: 10 },
    crossCutting: [{ annex: 'mar', amounts: { approved: 5 } }],
  };
  const noAmount: Program = { key: 'E004', name: 'Sin monto', amounts: { approved: 10 }, crossCutting: [{ annex: 'gender', amounts: {} }] };
  const cases: [string, Program, string, string, string[]][] = [
    [
      'untagged es',
      untagged,
      'gender',
      'es',
      [
        'Este programa no tiene gasto marcado para la igualdad entre mujeres y hombres.',
        'Estos datos no dicen a cuántas mujeres y hombres atendió.',
      ],
    ],
    [
      'untagged en',
      untagged,
      'gender',
      'en',
      ['This program has no money marked for gender equality.', 'This data does not say how many women and men it served.'],
    ],
    [
      'untagged indigenous es',
      untagged,
      'indigenous',
      'es',
      [
        'Este programa no tiene gasto marcado para los pueblos y comunidades indígenas.',
        'Estos datos no dicen a cuántas mujeres y hombres atendió.',
      ],
    ],
    [
      'no common moment es: the moment said, the missing budget said, no share',
      noTotal,
      'gender',
      'es',
      [
        'Este programa tiene $5 para la igualdad entre mujeres y hombres.',
        'Es el monto aprobado.',
        'Los datos no dan su presupuesto aprobado, así que no se sabe qué parte es.',
        'Estos datos no dicen a cuántas mujeres y hombres atendió.',
      ],
    ],
    [
      'unknown annex id en',
      other,
      'mar',
      'en',
      [
        'This program has MXN 5 marked in the annex “mar”.',
        'That is 50.0% of its approved budget.',
        'This data does not say how many women and men it served.',
      ],
    ],
    [
      'tagged without an amount en: never $0',
      noAmount,
      'gender',
      'en',
      [
        'This program has money marked for gender equality, but the amount is not given.',
        'This data does not say how many women and men it served.',
      ],
    ],
  ];
  for (const [name, p, annex, lang, expected] of cases) {
    await t.test(name, () => assert.deepEqual(plain(programAnnexSummary(programAnnexView(feedOf([p]), p, annex), lang)), expected));
  }
});

test('program summary: shares truncated to a tenth, never 100% or 0% by rounding; over 100% said; categories one by one', async (t) => {
  const cats: Program = {
    key: 'C',
    name: 'C',
    amounts: { approved: 10_000 },
    crossCutting: [
      { annex: 'gender', category: 'Acciones que promuevan la erradicación de la violencia de género', amounts: { approved: 9_995.99 } },
      { annex: 'gender', category: 'Salud', amounts: { approved: 0.01 } },
    ],
  };
  const over: Program = {
    key: 'O',
    name: 'O',
    amounts: { approved: 10 },
    crossCutting: [{ annex: 'gender', category: 'Salud', amounts: { approved: 12 } }],
  };
  const all: Program = { key: 'A', name: 'A', amounts: { approved: 10 }, crossCutting: [{ annex: 'youth', amounts: { approved: 10 } }] };
  const cases: [string, Program, string, string, string[]][] = [
    [
      '99.96% is 99.9%; 0.0001% is under 0.1%, es',
      cats,
      'gender',
      'es',
      [
        'Este programa tiene $9,996 para la igualdad entre mujeres y hombres.',
        'Es el 99.9% de su presupuesto aprobado.',
        'El 99.9% es para acabar con la violencia de género.',
        'Menos del 0.1% es para «Salud».',
      ],
    ],
    [
      'the same in en',
      cats,
      'gender',
      'en',
      [
        'This program has MXN 9,996 marked for gender equality.',
        'That is 99.9% of its approved budget.',
        '99.9% is for ending gender violence.',
        'Less than 0.1% is for “Salud”.',
      ],
    ],
    [
      'over the budget',
      over,
      'gender',
      'es',
      [
        'Este programa tiene $12 para la igualdad entre mujeres y hombres.',
        'Es el 120.0% de su presupuesto aprobado.',
        'Es más que su presupuesto.',
        'Todo es para «Salud».',
      ],
    ],
    ['exactly all of it', all, 'youth', 'es', ['Este programa tiene $10 para las y los jóvenes.', 'Es todo su presupuesto aprobado.']],
  ];
  for (const [name, p, annex, lang, expected] of cases) {
    await t.test(name, () =>
      assert.deepEqual(plain(programAnnexSummary(programAnnexView(feedOf([p]), p, annex), lang)).slice(0, expected.length), expected),
    );
  }
});

test('program summary: people served by sex, without sex, women of every 100 never rounded to all or none', async (t) => {
  const cases: [Program['population'], string, string[]][] = [
    [{ served: { women: 10 } }, 'es', ['Atendió a 10 mujeres.', 'La fuente no da el sexo del resto.']],
    [
      { served: { women: 1, men: 1, unspecified: 2 } },
      'es',
      ['Atendió a 1 mujer y 1 hombre.', 'De otras 2 personas no se sabe el sexo.', '25 de cada 100 son mujeres.'],
    ],
    [{ served: { women: 1, men: 3 } }, 'en', ['It served 1 woman and 3 men.', '25 in 100 are women.']],
    [{ served: { unspecified: 7 } }, 'es', ['Atendió a 7 personas de las que no se sabe el sexo.']],
    [{ served: { women: 9_996, men: 4 } }, 'es', ['Atendió a 9,996 mujeres y 4 hombres.', 'Casi todas son mujeres.']],
    [{ served: { women: 4, men: 9_996 } }, 'en', ['It served 4 women and 9,996 men.', 'Fewer than 1 in 100 are women.']],
    [
      { served: { women: 1, unspecified: 1 }, target: { women: 3, unspecified: 1 } },
      'en',
      [
        'It served 1 woman.',
        'The sex of 1 more person is not known.',
        '50 in 100 are women.',
        'It reached 33.3% of its goal of 3 women.',
        'It reached 100.0% of its goal of 1 person whose sex is not known.',
      ],
    ],
  ];
  for (const [population, lang, expected] of cases) {
    await t.test(expected.join(' '), () => {
      const p: Program = { key: 'X', name: 'X', amounts: {}, population };
      const s = programAnnexSummary(programAnnexView(feedOf([p]), p, 'gender'), lang);
      // After the untagged sentence, the people sentences.
      assert.deepEqual(s.slice(1), expected);
    });
  }
});

test('feed summary: total, share of budget, largest category and program, top 10 concentration', async (t) => {
  const programs: Program[] = Array.from({ length: 12 }, (_, i) => ({
    key: `S${100 + i}`,
    name: `Programa ${i}`,
    amounts: { approved: 1_000_000_000 },
    crossCutting: [
      {
        annex: 'gender',
        category:
          i < 2
            ? 'Acciones que promuevan la erradicación de la violencia de género'
            : 'Acciones que promuevan la igualdad entre mujeres y hombres',
        amounts: { approved: (i + 1) * 1_000_000 },
      },
    ],
  }));
  const v = feedAnnexView(feedOf(programs), 'gender');
  // total 78 million; budget 12,000 million (0.65%, truncated to 0.6%); top program S111 with 12 million
  // (15.38%); top 10 = 78 - 1 - 2 = 75 (96.15%); equality 75 of 78 (96.15%).
  const cases: [string, string[]][] = [
    [
      'es',
      [
        '12 programas tienen $78.0 millones para la igualdad entre mujeres y hombres.',
        'Es el 0.6% del presupuesto aprobado de los 12 programas de estos datos.',
        'El 96.1% es para la igualdad entre mujeres y hombres.',
        'El que más tiene es S111 Programa 11, con $12.0 millones.',
        'El 15.3% del total es suyo.',
        'Los 10 programas más grandes tienen el 96.1% del total.',
      ],
    ],
    [
      'en',
      [
        '12 programs have MXN 78.0 million marked for gender equality.',
        'That is 0.6% of the approved budget of the 12 programs in this data.',
        '96.1% is for gender equality.',
        'The one with the most is S111 Programa 11, with MXN 12.0 million.',
        'That is 15.3% of the total.',
        'The 10 largest programs have 96.1% of the total.',
      ],
    ],
  ];
  for (const [lang, expected] of cases) await t.test(lang, () => assert.deepEqual(plain(feedAnnexSummary(v, lang)), expected));
});

test('feed summary: an annex absent from the feed', () => {
  const v = feedAnnexView(feedOf([{ key: 'A', name: 'A', amounts: { approved: 1 } }]), 'indigenous');
  assert.deepEqual(feedAnnexSummary(v, 'es'), [
    'Ningún programa de estos datos tiene gasto marcado para los pueblos y comunidades indígenas.',
  ]);
  assert.deepEqual(feedAnnexSummary(v, 'en'), ['No program in this data has money marked for Indigenous peoples and communities.']);
});

test('names: annex titles, short names, categories; unknown ids as written', async (t) => {
  const cases: [string, string, string][] = [
    [annexTitle('gender', 'es'), 'Anexo 13: Erogaciones para la Igualdad entre Mujeres y Hombres', 'title es'],
    [annexTitle('gender', 'en'), 'Annex 13: Expenditures for Equality between Women and Men', 'title en'],
    [annexTitle('youth', 'es'), 'Anexo transversal: Erogaciones para el Desarrollo de los Jóvenes', 'no number'],
    [annexTitle('mar', 'es'), 'Anexo transversal «mar»', 'unknown'],
    [annexShortName('indigenous', 'en'), 'Indigenous peoples and communities', 'short en'],
    [annexShortName('mar', 'en'), 'mar', 'short unknown'],
    [
      categoryLabel('Acciones que promuevan la erradicación de la violencia de género', 'en'),
      'Actions that promote the eradication of gender violence',
      'category en',
    ],
    [
      categoryLabel('Acciones  que promuevan la erradicación de la violencia de género', 'es'),
      'Acciones  que promuevan la erradicación de la violencia de género',
      'category es as written',
    ],
    [categoryLabel('Salud', 'en'), 'Salud', 'unknown category as written'],
    [categoryLabel(undefined, 'es'), 'Sin categoría', 'no category'],
  ];
  for (const [got, expected, name] of cases) await t.test(name, () => assert.equal(got, expected));
});

test('intent note in both languages; no sentence shows NaN/undefined/null', () => {
  assert.match(intentNote('es'), /no prueba su impacto/);
  assert.match(intentNote('en'), /not proof of impact/);
  const empty: Program = {
    key: 'Z',
    name: 'Z',
    amounts: {},
    crossCutting: [{ annex: 'gender', amounts: {} }],
    population: { served: {}, target: { men: 0 } },
  };
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
    await t.test(lang, () =>
      assert.deepEqual(plain(calendarSummary({ calendar: cal, calendarPartial: partial, moment: 'approved' }, lang)), expected),
    );
  assert.deepEqual(calendarSummary({ calendar: cal.slice(0, 1), calendarPartial: false, moment: 'approved' }, 'es'), []);
});

test('summaries when the annex is of another year than the feed', () => {
  const p: Program = {
    key: '20-S174',
    name: 'X',
    amounts: { approved: 4_000_000_000 },
    crossCutting: [
      { annex: 'gender', amounts: { approved: 1_000_000_000 }, periods: [{ period: '2021-01', amounts: { approved: 1_000_000_000 } }] },
    ],
  };
  const feed = { ...feedOf([p]), cycle: 2023 };
  // Said once, in one short sentence, after the amount and its year.
  assert.deepEqual(plain(programAnnexSummary(programAnnexView(feed, p, 'gender'), 'es')).slice(0, 3), [
    'Este programa tiene $1,000.0 millones para la igualdad entre mujeres y hombres.',
    'Es el monto aprobado de 2021.',
    'Los demás montos son de 2023, así que no se comparan.',
  ]);
  assert.deepEqual(plain(programAnnexSummary(programAnnexView(feed, p, 'gender'), 'en')).slice(0, 3), [
    'This program has MXN 1.0 billion marked for gender equality.',
    'It is the approved amount for 2021.',
    'The other amounts are for 2023, so they are not compared.',
  ]);
  // The whole feed says it the same way; one program: no "largest program" sentences.
  assert.deepEqual(plain(feedAnnexSummary(feedAnnexView(feed, 'gender'), 'en')), [
    '1 program has MXN 1.0 billion marked for gender equality.',
    'It is the approved amount for 2021.',
    'The other amounts are for 2023, so they are not compared.',
  ]);
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
      'crossCutting.program.served': 'SERVED {0}',
      'crossCutting.program.per100': '{0} / 100',
      'crossCutting.ui.top': 'TOP {0}',
    },
  });
  try {
    const cases: [string, string, string][] = [
      ['short name', annexShortName('gender', 'xx'), 'GENDER-XX'],
      ['short name through an alias', annexShortName('annex-4', 'xx'), 'GENDER-XX'],
      [
        'title keeps the Spanish pattern and name',
        annexTitle('gender', 'xx'),
        'Anexo 13: Erogaciones para la Igualdad entre Mujeres y Hombres',
      ],
      ['category', categoryLabel('Acciones que promuevan la erradicación de la violencia de género', 'xx'), 'VIOLENCE-XX'],
      ['a message function replaced by a string with placeholders', msg('xx', 'ui.top', 7), 'TOP 7'],
      ['a key the pack lacks', sexLabel('men', 'xx'), 'Hombres'],
      ['Spanish is untouched', annexShortName('gender', 'es'), 'Igualdad entre mujeres y hombres'],
    ];
    for (const [name, got, want] of cases) await t.test(name, () => assert.equal(got, want));
    const v = programAnnexView(feedOf([S174]), S174, 'gender');
    await t.test('summary sentence from the pack, with its figures', () =>
      assert.deepEqual(programAnnexSummary(v, 'xx').slice(2, 4), ['SERVED 300,433 W-XX y 10,535 hombres', '97 / 100']),
    );
  } finally {
    unregisterLocalePack('xx');
  }
});

test('category names that are Object.prototype members are shown as written', () => {
  for (const c of ['constructor', 'toString', '__proto__']) assert.equal(categoryLabel(c, 'en'), c);
});
