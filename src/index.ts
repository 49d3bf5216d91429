// Public API: classes, types and the feed API. Defines no element.
export * from './feed/types.js';
export * from './feed/index.js';
export { TpFeed } from './components/feed/feed.js';
export type { TpLoadDetail, TpErrorDetail } from './components/feed/feed.js';
export { defineOnce } from './shared/define-once.js';
export { TpPlaceholder } from './components/placeholder/placeholder.js';
