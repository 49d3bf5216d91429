/**
 * The signal engine: every enabled rule over every program of a Feed v1, in feed order and rule
 * order. Pure: no DOM, no Lit, no clock (dates come from the feed). Bad input gives no signals,
 * never an exception.
 */
import type { Feed, Program } from '../feed/types.js';
import { isShardIndex } from '../feed/shard.js';
import { checkSignalConfig, type SignalConfig } from './config.js';
import { feedScope, type FeedScope } from './facts.js';
import { asmPending, noRecentEvaluation } from './rules-cycle.js';
import { momentOrder, modifiedChange, yearEndBunching, yearEndUnderspending } from './rules-money.js';
import { genderNoSexData, spendingNoIndicators, strategicNoProgress, targetTooLow } from './rules-results.js';
import { RULE_CODES, type Finding, type RuleCode, type Signal, type SignalLevel } from './types.js';

/** Each rule's level. */
export const RULE_LEVEL: Readonly<Record<RuleCode, SignalLevel>> = Object.freeze({
  'moment-order': 'review',
  'modified-change': 'info',
  'year-end-underspending': 'review',
  'year-end-bunching': 'review',
  'strategic-no-progress': 'review',
  'target-too-low': 'info',
  'spending-no-indicators': 'review',
  'gender-no-sex-data': 'info',
  'asm-pending': 'review',
  'no-recent-evaluation': 'info',
});

type Run = { [R in RuleCode]: (p: Program, feed: Feed, scope: FeedScope, c: SignalConfig) => Finding<R>[] };

const RUN: Run = {
  'moment-order': (p) => momentOrder(p),
  'modified-change': (p, _f, _s, c) => modifiedChange(p, c),
  'year-end-underspending': (p, f, _s, c) => yearEndUnderspending(p, f, c),
  'year-end-bunching': (p, f, _s, c) => yearEndBunching(p, f, c),
  'strategic-no-progress': (p, _f, s) => strategicNoProgress(p, s),
  'target-too-low': (p, _f, _s, c) => targetTooLow(p, c),
  'spending-no-indicators': (p, _f, s, c) => spendingNoIndicators(p, s, c),
  'gender-no-sex-data': (p) => genderNoSexData(p),
  'asm-pending': (p, _f, _s, c) => asmPending(p, c),
  'no-recent-evaluation': (p, f, s, c) => noRecentEvaluation(p, f, s, c),
};

/**
 * The signals of a feed. `config` is a host's partial config, checked by checkSignalConfig: bad values
 * fall back to the defaults (call checkSignalConfig yourself to show its notes).
 */
export function signals(feed: Feed | null | undefined, config?: Partial<SignalConfig> | Record<string, unknown>): Signal[] {
  if (!feed || typeof feed !== 'object' || !Array.isArray(feed.programs)) return [];
  const c = checkSignalConfig(config).config;
  const scope = feedScope(feed);
  const out: Signal[] = [];
  for (const p of feed.programs) {
    if (!p || typeof p !== 'object' || typeof p.key !== 'string') continue;
    for (const rule of RULE_CODES) {
      if (!c.rules.includes(rule)) continue;
      for (const f of RUN[rule](p, feed, scope, c) as Finding<RuleCode>[]) {
        out.push({
          rule,
          level: RULE_LEVEL[rule],
          program: p.key,
          name: typeof p.name === 'string' ? p.name : '',
          figures: f.figures,
          fields: f.fields,
        } as Signal);
      }
    }
  }
  return out;
}

/** How many signals each program has (programs without signals are absent). */
export function signalCounts(list: readonly Signal[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of list) counts.set(s.program, (counts.get(s.program) ?? 0) + 1);
  return counts;
}

const listCache = new WeakMap<object, readonly Signal[]>();
const countCache = new WeakMap<object, ReadonlyMap<string, number>>();

/** The signals of a full feed with the default thresholds, computed once per feed object. */
export function feedSignals(feed: Feed | null | undefined): readonly Signal[] {
  if (!feed || typeof feed !== 'object') return [];
  const hit = listCache.get(feed);
  if (hit) return hit;
  const list = signals(feed);
  listCache.set(feed, list);
  return list;
}

/**
 * Each program's signal count in a feed, with the default thresholds, computed once per feed object
 * (lists of cards and the explorer ask for it many times). For a shard index the rows' own `signals`
 * counts are used (`tp-feed shard` counted them on the whole feed): recomputing over index rows would
 * miss the fields the rows leave out. A program whose count is unknown (a row without `signals`) is
 * absent from the map; on a full feed every program is present, with 0 when it has no signal.
 */
export function programSignalCounts(feed: Feed | null | undefined): ReadonlyMap<string, number> {
  if (!feed || typeof feed !== 'object' || !Array.isArray(feed.programs)) return new Map();
  const hit = countCache.get(feed);
  if (hit) return hit;
  const counts = new Map<string, number>();
  if (isShardIndex(feed)) {
    for (const p of feed.programs) {
      const n = p?.signals;
      if (typeof p?.key === 'string' && typeof n === 'number' && Number.isInteger(n) && n >= 0) counts.set(p.key, n);
    }
  } else {
    const found = signalCounts(feedSignals(feed));
    for (const p of feed.programs) if (p && typeof p.key === 'string') counts.set(p.key, found.get(p.key) ?? 0);
  }
  countCache.set(feed, counts);
  return counts;
}
