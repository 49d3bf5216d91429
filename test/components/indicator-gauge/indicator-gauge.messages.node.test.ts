import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  indicatorView,
  programIndicatorsView,
  thresholdRule,
  DEFAULT_RULE,
} from '../../../src/components/indicator-gauge/indicator-gauge.model.js';
import {
  baselineText,
  fraction,
  gaugeCaption,
  gaugeValueText,
  historySentence,
  indicatorSentence,
  levelTerm,
  programIndicatorsSummary,
  thresholdsSentence,
} from '../../../src/components/indicator-gauge/indicator-gauge.messages.js';
import type { Indicator } from '../../../src/feed/types.js';

const ind = (over: Partial<Indicator> = {}): Indicator => ({
  id: '169710',
  name: 'Porcentaje de MAM',
  level: 'purpose',
  unit: 'Porcentaje',
  frequency: 'Anual',
  direction: 'ascending',
  ...over,
});

const NEVER = /NaN|undefined|null|\[object Object\]|Infinity/;

// [case, indicator, es value text, en value text]
const valueTexts: [string, Indicator, string, string][] = [
  [
    'history value (169710)',
    ind({ target: 100, numerator: 32, denominator: 32, history: [{ year: 2021, value: 30 }] }),
    '30 de 100 por ciento de la meta (valor de 2021); en rojo',
    '30 of 100 percent of the target (value of 2021); red',
  ],
  [
    'achieved, green',
    ind({ target: 40, achieved: 38 }),
    '95 de 100 por ciento de la meta; en verde',
    '95 of 100 percent of the target; green',
  ],
  [
    'achieved, yellow',
    ind({ target: 200, achieved: 170 }),
    '85 de 100 por ciento de la meta; en amarillo',
    '85 of 100 percent of the target; yellow',
  ],
  [
    'over target',
    ind({ target: 40, achieved: 61 }),
    '152.5 de 100 por ciento de la meta; en verde',
    '152.5 of 100 percent of the target; green',
  ],
  [
    'descending over',
    ind({ direction: 'descending', target: 10, achieved: 13 }),
    '130 de 100 por ciento de la meta; en rojo',
    '130 of 100 percent of the target; red',
  ],
];
for (const [name, i, es, en] of valueTexts) {
  test(`gaugeValueText: ${name}`, () => {
    assert.equal(gaugeValueText(indicatorView(i), 'es'), es);
    assert.equal(gaugeValueText(indicatorView(i), 'en'), en);
  });
}

// [case, indicator, es sentence, en sentence]: one idea per sentence (target, result, share, light);
// the target's numerator and denominator are in the facts under the sentence.
const sentences: [string, Indicator, string, string][] = [
  [
    'measured from history: the year is said',
    ind({ target: 100, numerator: 32, denominator: 32, history: [{ year: 2021, value: 30 }] }),
    'La meta es 100 (Porcentaje). En 2021 se logró 30. Es el 30 % de la meta. Semáforo en rojo: va mal.',
    'The target is 100 (Porcentaje). In 2021 it reached 30. That is 30% of the target. The light is red: off track.',
  ],
  [
    'measured from achieved',
    ind({ target: 88.35, achieved: 88.35 }),
    'La meta es 88.35 (Porcentaje). Se logró 88.35. Es el 100 % de la meta. Semáforo en verde: va bien.',
    'The target is 88.35 (Porcentaje). It reached 88.35. That is 100% of the target. The light is green: on track.',
  ],
  [
    'a share just under the target is truncated, never "100 %"',
    ind({ target: 10000, achieved: 9999.6 }),
    'La meta es 10,000 (Porcentaje). Se logró 9,999.6. Es el 99.9 % de la meta. Semáforo en verde: va bien.',
    'The target is 10,000 (Porcentaje). It reached 9,999.6. That is 99.9% of the target. The light is green: on track.',
  ],
  [
    'no result: not reported, never 0',
    ind({ target: 100 }),
    'La meta es 100 (Porcentaje). Aún no hay datos de avance.',
    'The target is 100 (Porcentaje). There is no data on its progress yet.',
  ],
  [
    'target zero',
    ind({ direction: 'descending', target: 0, achieved: 3, unit: 'Casos' }),
    'La meta es 0 (Casos). Se logró 3. Como la meta es 0 o menos, no hay porcentaje: se comparan los dos valores. Semáforo en rojo: va mal.',
    'The target is 0 (Casos). It reached 3. As the target is 0 or less, there is no percentage: the two values are compared. The light is red: off track.',
  ],
  [
    'no target',
    ind({ achieved: 4 }),
    'Se logró 4 (Porcentaje). Estos datos no tienen su meta.',
    'It reached 4 (Porcentaje). This data has no target for it.',
  ],
  ['nothing', ind(), 'Estos datos no tienen su meta ni su avance.', 'This data has no target or progress for it.'],
];
for (const [name, i, es, en] of sentences) {
  test(`indicatorSentence: ${name}`, () => {
    const v = indicatorView(i);
    assert.equal(indicatorSentence(v, 'es'), es);
    assert.equal(indicatorSentence(v, 'en'), en);
    // Non-measured indicators speak their sentence as value text.
    if (v.status !== 'measured') assert.equal(gaugeValueText(v, 'es'), es);
  });
}

test('a missing result never reads as 0 %', () => {
  const v = indicatorView(ind({ target: 100 }));
  for (const lang of ['es', 'en']) {
    for (const s of [indicatorSentence(v, lang), gaugeCaption(v, lang), gaugeValueText(v, lang)]) {
      assert.doesNotMatch(s, /\b0\s?%/);
      assert.doesNotMatch(s, NEVER);
    }
  }
  assert.equal(gaugeCaption(v, 'es'), 'sin avance reportado');
  assert.equal(gaugeCaption(v, 'en'), 'no progress reported');
});

test('captions', () => {
  assert.equal(gaugeCaption(indicatorView(ind({ target: 100, achieved: 30 })), 'es'), '30 % de la meta');
  assert.equal(gaugeCaption(indicatorView(ind({ target: 100, achieved: 30 })), 'en'), '30% of the target');
  assert.equal(gaugeCaption(indicatorView(ind({ target: 0, achieved: 0 })), 'es'), 'meta de 0: sin porcentaje');
  assert.equal(gaugeCaption(indicatorView(ind({ achieved: 1 })), 'en'), 'no target');
});

// [direction, rule, es, en]
const thresholdTexts: [Indicator['direction'], ReturnType<typeof thresholdRule>, string, string][] = [
  [
    'ascending',
    DEFAULT_RULE,
    'Verde desde 90 % de la meta; rojo por debajo de 80 %; amarillo en medio (umbrales por omisión).',
    'Green from 90% of the target; red below 80%; yellow in between (default thresholds).',
  ],
  [
    'descending',
    thresholdRule(10, 20, 'indicator'),
    'Verde hasta 110 % de la meta; rojo por encima de 120 %; amarillo en medio (umbrales del indicador).',
    "Green up to 110% of the target; red above 120%; yellow in between (the indicator's own thresholds).",
  ],
  [
    'regular',
    thresholdRule(90, 70, 'attribute'),
    'Verde entre 90 % y 110 % de la meta; rojo por debajo de 70 % o por encima de 130 %; amarillo en medio (umbrales de esta página).',
    "Green between 90% and 110% of the target; red below 70% or above 130%; yellow in between (this page's thresholds).",
  ],
  [
    'ascending',
    thresholdRule(0, 0, 'indicator'),
    'Verde desde 100 % de la meta; rojo por debajo de 100 % (umbrales del indicador).',
    "Green from 100% of the target; red below 100% (the indicator's own thresholds).",
  ],
];
for (const [direction, rule, es, en] of thresholdTexts) {
  test(`thresholdsSentence: ${direction} ${rule!.green}/${rule!.red}`, () => {
    assert.equal(thresholdsSentence(rule!, direction, 'es'), es);
    assert.equal(thresholdsSentence(rule!, direction, 'en'), en);
  });
}

test('program summary in both languages', () => {
  const p = {
    key: '47-S010',
    name: 'x',
    amounts: {},
    indicators: [
      ind({ id: 'f', level: 'fin', target: 100, achieved: 95 }),
      ind({ id: 'p', level: 'purpose', target: 100 }),
      ind({ id: 'c', level: 'component', target: 100, achieved: 50 }),
      ind({ id: 'a', level: 'activity', target: 100, achieved: 85 }),
      ind({ id: 'b', level: 'activity', target: 100, achieved: 100 }),
    ],
  };
  const v = programIndicatorsView(p);
  // How many goals, then how they stand; every count is said, and "no data" is never a light.
  assert.equal(
    programIndicatorsSummary(v, 'es'),
    'Este programa tiene 5 metas. 2 van bien, 1 pide atención, 1 va mal y 1 aún no tiene datos.',
  );
  assert.equal(
    programIndicatorsSummary(v, 'en'),
    'This program has 5 goals. 2 are on track, 1 needs attention, 1 is off track and 1 has no data yet.',
  );
  // The empty state has no title on screen: it names the program.
  const none = programIndicatorsView({ key: 'E001', name: 'x', amounts: {} });
  assert.equal(programIndicatorsSummary(none, 'es'), 'Estos datos no tienen metas del programa E001.');
  assert.equal(programIndicatorsSummary(none, 'en'), 'This data has no goals for program E001.');
  const one = programIndicatorsView({ key: 'E002', name: 'x', amounts: {}, indicators: [ind({ target: 1, achieved: 1 })] });
  assert.equal(programIndicatorsSummary(one, 'es'), 'Su única meta va bien.');
  assert.equal(programIndicatorsSummary(one, 'en'), 'Its only goal is on track.');
  const two = programIndicatorsView({
    key: 'E003',
    name: 'x',
    amounts: {},
    indicators: [ind({ id: 'a', target: 1 }), ind({ id: 'b', target: 2 })],
  });
  assert.equal(programIndicatorsSummary(two, 'es'), 'Sus 2 metas aún no tienen datos.');
  assert.equal(programIndicatorsSummary(two, 'en'), 'Both of its goals have no data yet.');
  const noTargets = programIndicatorsView({
    key: 'E004',
    name: 'x',
    amounts: {},
    indicators: [ind({ id: 'a', achieved: 1 }), ind({ id: 'b' }), ind({ id: 'c', achieved: 3 })],
  });
  assert.equal(programIndicatorsSummary(noTargets, 'es'), 'Sus 3 metas no tienen cifra fijada.');
  assert.equal(programIndicatorsSummary(noTargets, 'en'), 'All 3 of its goals have no target set.');
  for (const view of [v, none, one, two, noTargets]) {
    for (const lang of ['es', 'en']) assert.doesNotMatch(programIndicatorsSummary(view, lang), NEVER);
  }
});

test('level terms come from the glossary, with their plain meaning', () => {
  assert.equal(levelTerm('purpose', 'es').term, 'Propósito');
  assert.match(levelTerm('purpose', 'es').definition, /cambio directo/);
  assert.equal(levelTerm('fin', 'en').term, 'Goal (Fin)');
  for (const level of ['fin', 'purpose', 'component', 'activity'] as const) {
    for (const lang of ['es', 'en']) assert.ok(levelTerm(level, lang).definition.length > 10);
  }
});

test('baseline, fraction and history texts', () => {
  const v = indicatorView(
    ind({
      baseline: { value: 87.82, year: 2020 },
      numerator: 1016,
      denominator: 1150,
      target: 88.35,
      history: [
        { year: 2020, value: 87.82 },
        { year: 2021, value: 88 },
      ],
    }),
  );
  assert.equal(baselineText(v, 'es'), '87.82 (2020)');
  assert.equal(fraction(v, 'es'), '1,016 de 1,150');
  assert.equal(fraction(v, 'en'), '1,016 of 1,150');
  assert.equal(historySentence(v, 'es'), 'Valores de años anteriores: 2020: 87.82; 2021: 88. Meta: 88.35.');
  assert.equal(historySentence(v, 'en'), 'Values in past years: 2020: 87.82; 2021: 88. Target: 88.35.');
  assert.equal(baselineText(indicatorView(ind({ baseline: { value: 0 } })), 'en'), '0');
  assert.equal(fraction(indicatorView(ind({ numerator: 3 })), 'es'), '');
});

test('data table rows: missing values are null (shown "no reportado"), never 0', async () => {
  const { indicatorTable } = await import('../../../src/components/indicator-gauge/indicator-gauge.table.js');
  const t = indicatorTable(
    'Indicadores',
    [
      indicatorView(ind({ target: 100, numerator: 32, denominator: 32, history: [{ year: 2021, value: 30 }] })),
      indicatorView(ind({ id: 'x', level: 'activity', target: 50 })),
    ],
    'es',
  );
  assert.deepEqual(t.rows[0], {
    level: 'Propósito',
    id: '169710',
    name: 'Porcentaje de MAM',
    kind: 'Estratégico',
    unit: 'Porcentaje',
    baseline: null,
    baselineYear: null,
    target: 100,
    numerator: 32,
    denominator: 32,
    result: 30,
    resultYear: '2021',
    percent: 30,
    light: 'en rojo',
  });
  assert.deepEqual(
    [t.rows[1]!.kind, t.rows[1]!.result, t.rows[1]!.percent, t.rows[1]!.light],
    ['De gestión', null, null, 'sin avance reportado'],
  );
  assert.equal(t.columns.length, Object.keys(t.rows[0]!).length);
  assert.equal(indicatorTable('Indicators', [], 'en').columns.find((c) => c.key === 'light')!.label, 'Traffic light');
});

test('a locale pack overrides gauge sentences key by key; missing keys fall back to Spanish', async () => {
  const { registerLocalePack, unregisterLocalePack } = await import('../../../src/i18n/registry.js');
  const { lightLabel } = await import('../../../src/components/indicator-gauge/indicator-gauge.messages.js');
  const noResult = indicatorView(ind({ target: 100 }));
  registerLocalePack({
    lang: 'xx-test',
    strings: {
      'gauge.sentence.noResult': (target: string) => `[${target}]`,
      'gauge.lightMeaning.red': '[mal]',
      'gauge.pctValue': (p: string) => `[${p} pct]`,
    },
  });
  try {
    assert.equal(indicatorSentence(noResult, 'xx-test'), '[La meta es 100 (Porcentaje).]');
    assert.equal(lightLabel('red', 'xx-test'), 'en rojo: [mal]');
    assert.equal(
      thresholdsSentence(DEFAULT_RULE, 'ascending', 'xx-test'),
      'Verde desde [90 pct] de la meta; rojo por debajo de [80 pct]; amarillo en medio (umbrales por omisión).',
    );
    // Spanish and English are untouched by the pack.
    assert.equal(indicatorSentence(noResult, 'es'), 'La meta es 100 (Porcentaje). Aún no hay datos de avance.');
    assert.equal(indicatorSentence(noResult, 'en-GB'), 'The target is 100 (Porcentaje). There is no data on its progress yet.');
  } finally {
    unregisterLocalePack('xx-test');
  }
});

test('lightLabel: the light word, or a name given by the caller, and the meaning', async () => {
  const { lightLabel } = await import('../../../src/components/indicator-gauge/indicator-gauge.messages.js');
  assert.equal(lightLabel('yellow', 'es'), 'en amarillo: requiere atención');
  assert.equal(lightLabel('yellow', 'en'), 'yellow: needs attention');
  assert.equal(lightLabel('red', 'es', 'Semáforo rojo'), 'Semáforo rojo: va mal');
});
