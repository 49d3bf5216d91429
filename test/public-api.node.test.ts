// The public API is a decision, not whatever falls out: this list changes only on purpose (issue 16).
// Read from the entry files' text, so the test runs under node without a DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** Value names a module file exports with `export { … } from`, and its `export * from` targets. */
function exportsOf(file: string): { values: string[]; types: string[]; stars: string[] } {
  const src = readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8');
  const values: string[] = [];
  const types: string[] = [];
  for (const m of src.matchAll(/^export\s+(type\s+)?\{([^}]*)\}\s*from/gm)) {
    for (const name of m[2]!
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean))
      (m[1] ? types : values).push(name);
  }
  const stars = [...src.matchAll(/^export\s+\*\s+from\s+'([^']+)'/gm)].map((m) => m[1]!);
  return { values: values.sort(), types: types.sort(), stars };
}

test('the package entry exports the element classes, the feed API, the signal engine and locale packs', () => {
  const e = exportsOf('index.ts');
  assert.deepEqual(e.stars, ['./feed/index.js']);
  assert.deepEqual(e.values, [
    'DEFAULT_SIGNAL_CONFIG',
    'RULE_CODES',
    'RULE_LEVEL',
    'TpBudgetCycle',
    'TpElement',
    'TpFeed',
    'TpGenderBreakdown',
    'TpIndicatorGauge',
    'TpProgramCard',
    'TpProgramExplorer',
    'TpSdgAlignment',
    'TpSignals',
    'TpSpendingFlow',
    'availableLangs',
    'checkSignalConfig',
    'registerLocalePack',
    'ruleName',
    'ruleText',
    'ruleWhy',
    'signalCounts',
    'signalSentence',
    'signals',
    'signalsDisclaimer',
    'unregisterLocalePack',
  ]);
  // One naming style for elements: every exported class whose name starts with a capital is Tp*.
  for (const name of e.values.filter((n) => /^[A-Z][a-z]/.test(n))) assert.match(name, /^Tp[A-Z]/);
});

test('the package entry exports the detail type of every event the elements fire', () => {
  const e = exportsOf('index.ts');
  const details = e.types.filter((t) => /^Tp\w+Detail$/.test(t));
  assert.deepEqual(details, ['TpErrorDetail', 'TpFeedbackDetail', 'TpLoadDetail', 'TpSelectDetail']);
});

test('the feed entry exports the model, validation, problems wording, loading and selection, and no internals', () => {
  const e = exportsOf('feed/index.ts');
  assert.deepEqual(e.stars, ['./types.js']);
  assert.deepEqual(e.values, [
    'DEFAULT_TIMEOUT_MS',
    'FeedError',
    'MAX_AMOUNT',
    'MAX_BYTES',
    'ORDER_PAIRS',
    'PROBLEM_CODES',
    'checkOrder',
    'clearFeedCache',
    'closestKeys',
    'executionRate',
    'feedContext',
    'feedTotals',
    'findProgram',
    'indicatorsByLevel',
    'isShardIndex',
    'isStructuralProblem',
    'latestMoment',
    'loadFeed',
    'normalizeKey',
    'parseFeedText',
    'problemMessage',
    'problemNote',
    'resolveProgram',
    'shardFileName',
    'shardProgramUrl',
    'splitKey',
    'summarizeProblems',
    'validateFeed',
  ]);
  for (const internal of ['makeProblem', 'showValue', 'toSpanish', 'fernandezHuerta', 'largestRemainder', 'fold']) {
    assert.ok(!e.values.includes(internal), `${internal} is internal`);
  }
});
