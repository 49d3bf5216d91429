import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSignalConfig, DEFAULT_SIGNAL_CONFIG } from '../../src/signals/config.js';
import { RULE_CODES } from '../../src/signals/types.js';

test('config: defaults, documented values', () => {
  const { config, notes } = checkSignalConfig(undefined);
  assert.deepEqual(notes, []);
  assert.deepEqual(config, {
    modifiedChange: 0.2,
    underspending: 0.1,
    yearEndBunching: 0.3,
    targetAbove: 1.5,
    asmYears: 2,
    evaluationCycles: 5,
    modalities: ['S', 'U', 'E', 'B', 'P', 'F', 'G'],
    rules: [...RULE_CODES],
  });
  assert.ok(Object.isFrozen(DEFAULT_SIGNAL_CONFIG));
});

const cases: [string, unknown, Record<string, unknown>, [string, string][]][] = [
  ['numbers accepted', { modifiedChange: 0.35, asmYears: 3 }, { modifiedChange: 0.35, asmYears: 3 }, []],
  [
    'numeric strings (attributes) accepted',
    { underspending: '0.05', evaluationCycles: '3' },
    { underspending: 0.05, evaluationCycles: 3 },
    [],
  ],
  ['a negative ratio falls back', { modifiedChange: -1 }, { modifiedChange: 0.2 }, [['modifiedChange', 'ratio']]],
  ['a share above 1 falls back', { underspending: 1.5 }, { underspending: 0.1 }, [['underspending', 'ratio']]],
  [
    'NaN, Infinity, text fall back',
    { yearEndBunching: NaN, modifiedChange: Infinity, underspending: 'mucho' },
    { yearEndBunching: 0.3, modifiedChange: 0.2, underspending: 0.1 },
    [
      ['yearEndBunching', 'ratio'],
      ['modifiedChange', 'ratio'],
      ['underspending', 'ratio'],
    ],
  ],
  ['targetAbove below 1 falls back', { targetAbove: 0.5 }, { targetAbove: 1.5 }, [['targetAbove', 'ratio-above-one']]],
  ['fractional years fall back', { asmYears: 1.5 }, { asmYears: 2 }, [['asmYears', 'whole-years']]],
  ['zero cycles fall back', { evaluationCycles: 0 }, { evaluationCycles: 5 }, [['evaluationCycles', 'whole-years']]],
  ['modalities as text, upper-cased', { modalities: 's, k' }, { modalities: ['S', 'K'] }, []],
  [
    'bad modalities fall back',
    { modalities: ['S', 'XX'] },
    { modalities: ['S', 'U', 'E', 'B', 'P', 'F', 'G'] },
    [['modalities', 'modalities']],
  ],
  ['rules keep the display order', { rules: ['asm-pending', 'moment-order'] }, { rules: ['moment-order', 'asm-pending'] }, []],
  ['unknown rule falls back', { rules: ['moment-order', 'nope'] }, { rules: [...RULE_CODES] }, [['rules', 'rules']]],
  ['unknown keys are noted', { modifedChange: 0.3 }, {}, [['modifedChange', 'unknown-key']]],
  [
    '__proto__ is only a noted key',
    JSON.parse('{"__proto__": {"modifiedChange": 9}}'),
    { modifiedChange: 0.2 },
    [['__proto__', 'unknown-key']],
  ],
  ['not an object', 'x', {}, [['', 'object']]],
  ['an array is not an object', [1], {}, [['', 'object']]],
];
for (const [name, input, want, notes] of cases) {
  test(`config: ${name}`, () => {
    const r = checkSignalConfig(input);
    for (const [k, v] of Object.entries(want)) assert.deepEqual((r.config as unknown as Record<string, unknown>)[k], v);
    assert.deepEqual(
      r.notes.map((n) => [n.key, n.expected]),
      notes,
    );
    for (const n of r.notes) assert.ok(n.found.length <= 60);
  });
}
