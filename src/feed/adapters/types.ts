/**
 * The contract every adapter follows (pure: no fetch, no fs, no DOM).
 * An adapter recognises its layout from the header row and maps rows to partial
 * programs keyed by program key; `merge` combines partials from several inputs into one Feed v1.
 */
import type { Feed, Moment, Problem, Program } from '../types.js';

export interface AdapterInput {
  /** Already-decoded rows; rows[0] is the header (after uniqueHeaders). */
  header: string[];
  rows: string[][];
  /** File name for messages. */
  file?: string;
  options?: AdapterOptions;
}

export interface AdapterOptions {
  /** Keep only rows of this federal entity (e.g. "23" = Quintana Roo). */
  entity?: string;
  /** Keep only rows of this ramo (e.g. "20"). */
  ramo?: string;
  cycle?: number;
}

/** A program as one source knows it: only `key` is required. Amounts in pesos. */
export type PartialProgram = Partial<Program> & { key: string };

export interface AdapterResult {
  layout: string;
  programs: PartialProgram[];
  /** Moments this source reports, in order (e.g. with "ministered"). */
  moments?: Moment[];
  cycle?: number;
  /** Feed-level metadata the source knows. */
  meta?: Partial<Pick<Feed, 'asOf' | 'sources' | 'schedule' | 'accountability'>>;
  problems: Problem[];
  /** Row count read (excluding header) and rows kept after filters. */
  stats: { rows: number; kept: number };
}

export interface Adapter {
  /** Layout name used by --layout, e.g. "shcp-lines". */
  name: string;
  /** True when the header belongs to this layout. */
  detect(header: string[]): boolean;
  adapt(input: AdapterInput): AdapterResult;
}
