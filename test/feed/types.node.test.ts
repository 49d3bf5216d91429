import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_MOMENTS, MIR_LEVELS } from '../../src/feed/types.js';

test('standard moments follow LGCG art. 38 order', () => {
  assert.deepEqual([...STANDARD_MOMENTS], ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid']);
  assert.deepEqual([...MIR_LEVELS], ['fin', 'purpose', 'component', 'activity']);
});
