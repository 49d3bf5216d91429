/**
 * Registry of layout adapters. Loaded lazily by the browser loader (CSV / datapackage URLs)
 * and statically by the tp-feed CLI.
 */
import type { Adapter } from './types.js';

export const adapters: Adapter[] = [];

/** The adapter whose layout matches this header, if any. */
export function detectLayout(header: string[]): Adapter | undefined {
  return adapters.find((a) => a.detect(header));
}
