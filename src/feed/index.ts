/** The feed API (package entry "tp-widgets/feed.js"): pure model functions plus the loader. */
export * from './types.js';
export { validateFeed, parseFeedText, isStructuralProblem } from './validate.js';
export type { ValidationResult } from './validate.js';
export { problemMessage, problemNote, summarizeProblems } from './problem-wording.js';
export { PROBLEM_CODES } from './problem-messages.js';
export type { ProblemCode } from './problem-messages.js';
export { loadFeed, resolveProgram, clearFeedCache } from './load.js';
export { FeedError, MAX_BYTES, DEFAULT_TIMEOUT_MS } from './fetch-bytes.js';
export type { LoadedFeed, LoadOptions } from './load.js';
export { normalizeKey, splitKey, findProgram, closestKeys, latestMoment, executionRate, feedTotals, indicatorsByLevel } from './select.js';
export type { ProgramLookup } from './select.js';
export { checkOrder, ORDER_PAIRS } from './order.js';
export type { OrderBreak } from './order.js';
export { shardFileName, isShardIndex, shardProgramUrl } from './shard.js';
export { feedContext } from './context.js';
export type { FeedContextValue } from './context.js';
export { MAX_AMOUNT } from './schema.js';
