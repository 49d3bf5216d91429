/**
 * The contract every adapter follows (pure: no fetch, no fs, no DOM).
 * An adapter recognises its layout from the header row and maps rows to partial
 * programs keyed by program key; `merge` combines partials from several inputs into one Feed v1.
 */
import type { Amounts, BreakdownRow, Feed, Moment, Problem, Program } from '../types.js';
import type { StatementDetail } from './statement-checks.js';

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
  /** A whole-publisher statement: its total rows' amounts per moment, and its rows by classification. */
  totals?: Amounts;
  breakdowns?: BreakdownRow[];
  /** The statement as read, in exact cents, for cross-statement checks and tests. */
  statement?: StatementDetail;
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

/** A spreadsheet sheet as the statement adapters see it: rows of cell text, other sheets by name. */
export interface SheetInput {
  rows: string[][];
  file: string;
  sheet: string;
  /** Another sheet of the same workbook (SIPOT sub-tables), if there is one by that name. */
  other?: (name: string) => string[][] | undefined;
}

/** An adapter for a printed statement, recognised from its title and header anywhere in the sheet. */
export interface SheetAdapter {
  name: string;
  detect(sheet: SheetInput): boolean;
  adapt(sheet: SheetInput): AdapterResult;
}
