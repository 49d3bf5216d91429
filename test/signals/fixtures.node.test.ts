import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signals } from '../../src/signals/engine.js';
import { RULE_CODES } from '../../src/signals/types.js';
import { validateFeed } from '../../src/feed/validate.js';
import { everyRuleFeed, quietFeed } from '../fixtures/signals-feeds.js';

test('story fixtures: every rule fires on every-rule (a valid feed), none on quiet', () => {
  const feed = everyRuleFeed();
  assert.deepEqual([...new Set(signals(feed).map((s) => s.rule))].sort(), [...RULE_CODES].sort());
  const checked = validateFeed(JSON.parse(JSON.stringify(feed)));
  assert.equal(checked.ok, true);
  assert.deepEqual(
    checked.problems.map((p) => p.kind),
    ['order'],
  );
  assert.deepEqual(signals(quietFeed()), []);
});
