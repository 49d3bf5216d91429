import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_RULE,
  directLight,
  findIndicator,
  indicatorKind,
  indicatorView,
  lightFor,
  ownRule,
  parseThresholds,
  programIndicatorsView,
  thresholdRule,
  unfavourableDeviation,
} from '../../../src/components/indicator-gauge/indicator-gauge.model.js';
import type { Direction, Light, ThresholdRule } from '../../../src/components/indicator-gauge/indicator-gauge.model.js';
import type { Indicator, Program } from '../../../src/feed/types.js';
import { mirAdapter } from '../../../src/feed/adapters/mir.js';
import {
  fraction,
  gaugeValueText,
  indicatorSentence,
  programIndicatorsSummary,
} from '../../../src/components/indicator-gauge/indicator-gauge.messages.js';
import { inputFor, skipWithoutData } from '../../feed/adapters/read.js';

const base = (over: Partial<Indicator> = {}): Indicator => ({
  id: 'i1',
  name: 'Cobertura',
  level: 'purpose',
  unit: 'Porcentaje',
  frequency: 'Anual',
  direction: 'ascending',
  ...over,
});

const rule = (g: number, r: number) => thresholdRule(g, r, 'attribute')!;

// [direction, rule, percent of target, expected light]
const lightCases: [Direction, ThresholdRule, number, Light][] = [
  // ascending, defaults 90/80 (green ≥ 90 %, red < 80 %)
  ['ascending', DEFAULT_RULE, 150, 'green'],
  ['ascending', DEFAULT_RULE, 100, 'green'],
  ['ascending', DEFAULT_RULE, 90.01, 'green'],
  ['ascending', DEFAULT_RULE, 90, 'green'],
  ['ascending', DEFAULT_RULE, 89.99, 'yellow'],
  ['ascending', DEFAULT_RULE, 85, 'yellow'],
  ['ascending', DEFAULT_RULE, 80, 'yellow'],
  ['ascending', DEFAULT_RULE, 79.99, 'red'],
  ['ascending', DEFAULT_RULE, 0, 'red'],
  // ascending, attribute "90,70"
  ['ascending', rule(90, 70), 90, 'green'],
  ['ascending', rule(90, 70), 89.9, 'yellow'],
  ['ascending', rule(90, 70), 70, 'yellow'],
  ['ascending', rule(90, 70), 69.9, 'red'],
  // ascending, deviation form "10,20" (same meaning as 90/80)
  ['ascending', rule(10, 20), 90, 'green'],
  ['ascending', rule(10, 20), 89.9, 'yellow'],
  ['ascending', rule(10, 20), 80, 'yellow'],
  ['ascending', rule(10, 20), 79.9, 'red'],
  // descending, defaults: green ≤ 110 %, red > 120 %
  ['descending', DEFAULT_RULE, 0, 'green'],
  ['descending', DEFAULT_RULE, 50, 'green'],
  ['descending', DEFAULT_RULE, 100, 'green'],
  ['descending', DEFAULT_RULE, 110, 'green'],
  ['descending', DEFAULT_RULE, 110.01, 'yellow'],
  ['descending', DEFAULT_RULE, 120, 'yellow'],
  ['descending', DEFAULT_RULE, 120.01, 'red'],
  ['descending', DEFAULT_RULE, 300, 'red'],
  ['descending', rule(90, 70), 130, 'yellow'],
  ['descending', rule(90, 70), 130.1, 'red'],
  ['descending', rule(5, 10), 105, 'green'],
  ['descending', rule(5, 10), 105.1, 'yellow'],
  ['descending', rule(5, 10), 110.1, 'red'],
  // regular: both sides count
  ['regular', DEFAULT_RULE, 100, 'green'],
  ['regular', DEFAULT_RULE, 90, 'green'],
  ['regular', DEFAULT_RULE, 110, 'green'],
  ['regular', DEFAULT_RULE, 89.99, 'yellow'],
  ['regular', DEFAULT_RULE, 110.01, 'yellow'],
  ['regular', DEFAULT_RULE, 80, 'yellow'],
  ['regular', DEFAULT_RULE, 120, 'yellow'],
  ['regular', DEFAULT_RULE, 79.99, 'red'],
  ['regular', DEFAULT_RULE, 120.01, 'red'],
  // "0,0": only meeting the target is green, no yellow band
  ['ascending', rule(0, 0), 100, 'green'],
  ['ascending', rule(0, 0), 99.9, 'red'],
  ['descending', rule(0, 0), 100.1, 'red'],
];

for (const [direction, r, percent, expected] of lightCases) {
  test(`light: ${direction} ${r.mode} ${r.green}/${r.red} at ${percent}% → ${expected}`, () => {
    assert.equal(lightFor(percent, direction, r), expected);
  });
}

test('thresholdRule reads both MIR conventions', () => {
  assert.deepEqual([rule(90, 80).mode, rule(90, 80).greenTolerance, rule(90, 80).redTolerance], ['achievement', 10, 20]);
  assert.deepEqual([rule(10, 20).mode, rule(10, 20).greenTolerance, rule(10, 20).redTolerance], ['deviation', 10, 20]);
  assert.equal(rule(90, 90).mode, 'achievement');
  assert.equal(rule(0, 0).mode, 'deviation');
  assert.equal(thresholdRule(Number.NaN, 80, 'default'), null);
  assert.deepEqual([DEFAULT_RULE.green, DEFAULT_RULE.red, DEFAULT_RULE.source], [90, 80, 'default']);
});

test('ownRule uses yellow as red bound only when red is missing', () => {
  assert.equal(ownRule({ green: 90, yellow: 85, red: 70 })!.redTolerance, 30);
  assert.equal(ownRule({ green: 90, yellow: 85 })!.redTolerance, 15);
  assert.equal(ownRule({ green: 90 }), null);
  assert.equal(ownRule(undefined), null);
});

const parseCases: [string, [number, number] | null][] = [
  ['90,70', [90, 70]],
  [' 90 , 70 ', [90, 70]],
  ['90%,70%', [90, 70]],
  ['10,20', [10, 20]],
  ['95.5,80', [95.5, 80]],
  ['90', null],
  ['90,70,50', null],
  ['a,b', null],
  ['', null],
];
for (const [attr, want] of parseCases) {
  test(`parseThresholds(${JSON.stringify(attr)})`, () => {
    const p = parseThresholds(attr);
    if (want === null) assert.deepEqual(p, { ok: false, found: attr });
    else {
      assert.ok(p.ok);
      assert.deepEqual([p.rule.green, p.rule.red, p.rule.source], [...want, 'attribute']);
    }
  });
}

test('unfavourable deviation per direction', () => {
  assert.equal(unfavourableDeviation(90, 'ascending'), 10);
  assert.equal(unfavourableDeviation(110, 'ascending'), -10);
  assert.equal(unfavourableDeviation(110, 'descending'), 10);
  assert.equal(unfavourableDeviation(90, 'descending'), -10);
  assert.equal(unfavourableDeviation(90, 'regular'), 10);
  assert.equal(unfavourableDeviation(110, 'regular'), 10);
});

test('percentage of target removes floating-point noise (27/30 = exactly 90 %, green)', () => {
  const v = indicatorView(base({ target: 30, achieved: 27 }));
  assert.equal(v.percent, 90);
  assert.equal(v.light, 'green');
  assert.deepEqual(v.meter, { now: 90, min: 0, max: 100 });
});

test('indicator thresholds win over the attribute, the attribute over the defaults', () => {
  const own = indicatorView(base({ target: 100, achieved: 75, thresholds: { green: 95, yellow: NaN, red: 90 } }), {
    rule: rule(70, 50),
  });
  assert.equal(own.thresholds.source, 'indicator');
  assert.equal(own.light, 'red');
  const attr = indicatorView(base({ target: 100, achieved: 75 }), { rule: rule(70, 50) });
  assert.equal(attr.thresholds.source, 'attribute');
  assert.equal(attr.light, 'green');
  const def = indicatorView(base({ target: 100, achieved: 75 }));
  assert.equal(def.thresholds.source, 'default');
  assert.equal(def.light, 'red');
});

test('target but no result: no-result, never 0 %', () => {
  const v = indicatorView(base({ target: 100 }));
  assert.equal(v.status, 'no-result');
  assert.equal(v.percent, undefined);
  assert.equal(v.light, undefined);
  assert.equal(v.meter, undefined);
  assert.equal(v.target, 100);
});

test('achieved of 0 is a result (0 %), unlike a missing one', () => {
  const v = indicatorView(base({ target: 100, achieved: 0 }));
  assert.equal(v.status, 'measured');
  assert.equal(v.percent, 0);
  assert.equal(v.light, 'red');
});

test('without achieved, the latest history value is the result, with its year', () => {
  const v = indicatorView(
    base({
      target: 100,
      history: [
        { year: 2021, value: 30 },
        { year: 2019, value: 100 },
        { year: 2020, value: 100 },
      ],
    }),
  );
  assert.deepEqual(v.result, { value: 30, year: 2021, source: 'history' });
  assert.equal(v.percent, 30);
  assert.equal(v.light, 'red');
  assert.deepEqual(
    v.history.map((h) => h.year),
    [2019, 2020, 2021],
  );
  const a = indicatorView(base({ target: 100, achieved: 95, history: [{ year: 2021, value: 30 }] }));
  assert.deepEqual(a.result, { value: 95, source: 'achieved' });
});

test('history drops non-finite values', () => {
  const v = indicatorView(
    base({
      history: [
        { year: 2020, value: NaN },
        { year: 2021, value: 5 },
      ],
    }),
  );
  assert.deepEqual(v.history, [{ year: 2021, value: 5 }]);
});

// target ≤ 0: no division; direct comparison
const directCases: [Direction, number, number, Light][] = [
  ['ascending', 0, 0, 'green'],
  ['ascending', 5, 0, 'green'],
  ['ascending', -1, 0, 'red'],
  ['descending', 0, 0, 'green'],
  ['descending', 3, 0, 'red'],
  ['regular', 0, 0, 'green'],
  ['regular', 1, 0, 'red'],
  ['descending', -4, -3.2, 'green'],
  ['ascending', -4, -3.2, 'red'],
];
for (const [direction, achieved, target, expected] of directCases) {
  test(`target ${target}, ${direction}, achieved ${achieved}: no percentage, light ${expected}`, () => {
    const v = indicatorView(base({ direction, target, achieved }));
    assert.equal(v.status, 'direct');
    assert.equal(v.percent, undefined);
    assert.equal(v.meter, undefined);
    assert.equal(v.light, expected);
    assert.equal(directLight(achieved, target, direction), expected);
  });
}

test('result but no target; neither', () => {
  assert.equal(indicatorView(base({ achieved: 4 })).status, 'no-target');
  assert.equal(indicatorView(base({ achieved: 4 })).light, undefined);
  assert.equal(indicatorView(base()).status, 'no-data');
});

test('meter range grows past 100 % and below 0', () => {
  assert.deepEqual(indicatorView(base({ target: 40, achieved: 61 })).meter, { now: 152.5, min: 0, max: 153 });
  assert.deepEqual(indicatorView(base({ target: 10, achieved: -1 })).meter, { now: -10, min: -10, max: 100 });
});

test('baseline, numerator and denominator pass through; bad baseline dropped', () => {
  const v = indicatorView(base({ target: 100, numerator: 32, denominator: 32, baseline: { value: 0, year: 2021 } }));
  assert.deepEqual([v.numerator, v.denominator, v.baseline], [32, 32, { value: 0, year: 2021 }]);
  assert.equal(indicatorView(base({ baseline: { value: NaN } })).baseline, undefined);
});

test('kind: explicit type wins, else fin/purpose strategic', () => {
  assert.equal(indicatorKind({ level: 'fin' }), 'strategic');
  assert.equal(indicatorKind({ level: 'purpose' }), 'strategic');
  assert.equal(indicatorKind({ level: 'component' }), 'management');
  assert.equal(indicatorKind({ level: 'activity' }), 'management');
  assert.equal(indicatorKind({ level: 'component', type: 'strategic' }), 'strategic');
  assert.equal(indicatorKind({ level: 'fin', type: 'management' }), 'management');
});

const program = (indicators: Indicator[]): Program => ({ key: '47-S010', name: 'Transversalidad', amounts: {}, indicators });

test('program view groups by level in logical-framework order, strategic apart from management', () => {
  const p = program([
    base({ id: 'a1', level: 'activity', target: 100, achieved: 100 }),
    base({ id: 'c1', level: 'component', target: 100, achieved: 85 }),
    base({ id: 'p1', level: 'purpose', target: 100 }),
    base({ id: 'f1', level: 'fin', target: 100, achieved: 50 }),
    base({ id: 'a2', level: 'activity', target: 0, achieved: 0 }),
    base({ id: 'c2', level: 'component', type: 'strategic', achieved: 3 }),
    base({ id: 'x', level: 'bogus' as never }),
  ]);
  const v = programIndicatorsView(p);
  assert.equal(v.total, 6);
  assert.deepEqual(
    v.strategic.map((g) => [g.level, g.indicators.map((i) => i.id)]),
    [
      ['fin', ['f1']],
      ['purpose', ['p1']],
      ['component', ['c2']],
    ],
  );
  assert.deepEqual(
    v.management.map((g) => [g.level, g.indicators.map((i) => i.id)]),
    [
      ['component', ['c1']],
      ['activity', ['a1', 'a2']],
    ],
  );
  assert.deepEqual([v.strategicCount, v.managementCount], [3, 3]);
  assert.deepEqual(v.counts, { green: 2, yellow: 1, red: 1, noResult: 1, other: 1 });
});

test('program without indicators', () => {
  const v = programIndicatorsView({ key: 'E001', name: 'x', amounts: {} });
  assert.deepEqual([v.total, v.strategic, v.management], [0, [], []]);
});

test('findIndicator searches the given programs', () => {
  const p1 = program([base({ id: '1' })]);
  const p2 = { ...program([base({ id: '169710' })]), key: '47-P010' };
  assert.equal(findIndicator([p1, p2], ' 169710 ')!.program.key, '47-P010');
  assert.equal(findIndicator([p1], '169710'), null);
});

// ---- Real data: the MIR 2022 export (../shared/data/mir-2022-indicadores) through the mir adapter.

const MIR = 'mir-2022-indicadores/mir2022_ramos_12_16_20_47.csv';
const mirPrograms = (): Program[] => mirAdapter.adapt(inputFor(MIR)).programs.map((p) => ({ name: p.key, amounts: {}, ...p }) as Program);

test('real MIR 2022: S010 grouped by level; 169710 at 30 % of its 100 target (32/32), red', { skip: skipWithoutData }, () => {
  const s010 = mirPrograms().find((p) => p.key === '47-S010')!;
  const v = programIndicatorsView(s010);
  assert.deepEqual(
    v.strategic.map((g) => g.level),
    ['fin', 'purpose'],
  );
  assert.deepEqual(
    v.management.map((g) => g.level),
    ['component', 'activity'],
  );
  assert.deepEqual([v.total, v.strategicCount, v.managementCount], [14, 5, 9]);
  const all = [...v.strategic, ...v.management].flatMap((g) => g.indicators);
  const i = all.find((x) => x.id === '169710')!;
  assert.deepEqual([i.level, i.target, i.numerator, i.denominator], ['purpose', 100, 32, 32]);
  assert.deepEqual(i.result, { value: 30, year: 2021, source: 'history' });
  assert.deepEqual([i.percent, i.light, i.thresholds.mode, i.thresholds.source], [30, 'red', 'deviation', 'indicator']);
  assert.deepEqual(i.meter, { now: 30, min: 0, max: 100 });
  assert.equal(gaugeValueText(i, 'es'), '30 de 100 por ciento de la meta (valor de 2021); en rojo');
  // 175529: a target (88.35 = 1016/1150) and a 2020 baseline but no past value: no result, not 0 %.
  const j = all.find((x) => x.id === '175529')!;
  assert.deepEqual(
    [j.status, j.target, j.numerator, j.denominator, j.baseline],
    ['no-result', 88.35, 1016, 1150, { value: 87.82, year: 2020 }],
  );
  assert.equal(indicatorSentence(j, 'es'), 'La meta es 88.35 (Porcentaje). Aún no hay datos de avance.');
  assert.equal(fraction(j, 'es'), '1,016 de 1,150');
});

test('real MIR 2022: every indicator of every program reads without NaN/undefined in both languages', { skip: skipWithoutData }, () => {
  const bad = /NaN|undefined|null|Infinity|\[object Object\]/;
  let n = 0;
  for (const p of mirPrograms()) {
    const v = programIndicatorsView(p);
    for (const lang of ['es', 'en']) assert.doesNotMatch(programIndicatorsSummary(v, lang), bad, p.key);
    for (const i of [...v.strategic, ...v.management].flatMap((g) => g.indicators)) {
      n++;
      if (i.meter) assert.ok(i.meter.min <= i.meter.now && i.meter.now <= i.meter.max, `${i.id} meter in range`);
      if (i.status === 'no-result') assert.equal(i.percent, undefined);
      for (const lang of ['es', 'en']) {
        assert.doesNotMatch(indicatorSentence(i, lang), bad, i.id);
        assert.doesNotMatch(gaugeValueText(i, lang), bad, i.id);
      }
    }
  }
  assert.equal(n, 1170); // 1,300 rows − 130 FID rows (not MIR levels)
});
