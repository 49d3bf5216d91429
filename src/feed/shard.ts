/**
 * Sharded feeds (`tp-feed shard`): index.json is a Feed v1 with small program rows and
 * `shard.programs` = "programs/{file}.json"; each program file holds one full Program. Pure.
 */
import { normalizeKey } from './select.js';
import type { Feed } from './types.js';

/**
 * File name (without extension) for a program key: the normalized key with every character outside
 * [A-Za-z0-9-] written as _hex_ ("20-S176" → "20-S176", "A/B" → "A_2f_B"). Safe on every file system and URL.
 */
export function shardFileName(key: string): string {
  const n = normalizeKey(key);
  let out = '';
  for (const ch of n) out += /[A-Za-z0-9-]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  return out || '_';
}

/** True when the feed is a shard index (its programs live in separate files). */
export function isShardIndex(feed: Pick<Feed, 'shard'>): boolean {
  const t = feed?.shard?.programs;
  return typeof t === 'string' && t.includes('{file}');
}

/** The URL of one program file, resolved against the index URL. */
export function shardProgramUrl(indexUrl: string, feed: Pick<Feed, 'shard'>, key: string): string {
  const template = feed.shard!.programs;
  return new URL(template.replace('{file}', encodeURIComponent(shardFileName(key))), indexUrl).href;
}
