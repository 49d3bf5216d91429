/**
 * The context key shared by <tp-feed> (provider) and every tp-* widget (consumer).
 * Symbol.for makes two copies of the library on one page agree on the key.
 */
import { createContext } from '@lit/context';
import type { Context } from '@lit/context';
import type { LoadedFeed } from './load.js';
import type { Problem } from './types.js';

export interface FeedContextValue {
  /** Absolute URL of the feed. */
  src: string;
  state: 'loading' | 'ready' | 'error' | 'stale';
  loaded?: LoadedFeed;
  error?: Problem;
}

export const feedContext: Context<symbol, FeedContextValue | undefined> = createContext<FeedContextValue | undefined, symbol>(
  Symbol.for('tp-feed'),
);
