/**
 * Cross-cutting annexes (gender, indigenous peoples, youth…): the view one
 * `<tp-gender-breakdown>` needs. Pure: no DOM, no Lit.
 *
 * Generic over annex ids: every function takes the annex id as data, so a new annex
 * in a feed needs no new code here nor a new component.
 *
 * Money is summed in integer cents (`Math.round(x * 100)`); a moment that is not
 * reported is absent (undefined), never 0.
 */
export * from './cross-cutting-populations.js';
export * from './cross-cutting-calendar.js';
export * from './cross-cutting-types.js';
export { annexEntries, annexesInFeed, money, toCents, type CategoryRow, type Money } from './cross-cutting-common.js';
export { programAnnexView } from './cross-cutting-program.js';
export { feedAnnexView, topN } from './cross-cutting-feed.js';
