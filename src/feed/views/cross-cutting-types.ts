/** The shapes of the cross-cutting views (see cross-cutting-view.ts). Pure types. */
import type { AnnexId, Moment, Problem } from '../types.js';
import type { CoverageRow, PopulationGroup, ServedSplit } from './cross-cutting-populations.js';
import type { CalendarRow } from './cross-cutting-calendar.js';
import type { CategoryRow, Money } from './cross-cutting-common.js';

export interface ProgramAnnexView {
  mode: 'program';
  annex: AnnexId;
  cycle: number;
  key: string;
  name: string;
  /** True when the program has at least one entry in this annex. */
  tagged: boolean;
  /**
   * The moment compared: the latest moment (feed order) that both the annex entries and
   * the program report. When they share none, the annex's own latest moment, with no total.
   */
  moment?: Moment;
  /** True when `tagged` and `total` refer to the same moment. */
  sameMoment: boolean;
  taggedAmount?: Money;
  total?: Money;
  /** taggedAmount / total (0..1+), when both are reported and total > 0. */
  share?: number;
  categories: CategoryRow[];
  rationales: string[];
  populations: PopulationGroup[];
  coverage: CoverageRow[];
  served?: ServedSplit;
  /** Other annexes this program is tagged in (ids), for cross-links. */
  otherAnnexes: AnnexId[];
  /**
   * The annex's year (from its calendar) when it differs from the feed's cycle: the tagged amount
   * and the program total are then of different years, so no total or share is given.
   */
  annexYear?: number;
  /** The annex calendar at `moment` (monthly periods), when the feed has one. */
  calendar: CalendarRow[];
  /** True when some entries reporting `moment` have no calendar (the calendar then covers less than the total). */
  calendarPartial: boolean;
  problems: Problem[];
}

export interface TopProgramRow extends Money {
  key: string;
  name: string;
  /** Share of the annex total (0..1). */
  share?: number;
}

export interface OtherRow extends Money {
  count: number;
  share?: number;
}

export interface FeedAnnexView {
  mode: 'feed';
  annex: AnnexId;
  cycle: number;
  /** The moment summed: the latest one every annex entry reports (else the most reported). */
  moment?: Moment;
  /** Entries of this annex that do not report `moment` (left out of the sums). */
  entriesWithoutMoment: number;
  programCount: number;
  total?: Money;
  categories: CategoryRow[];
  top: TopProgramRow[];
  other?: OtherRow;
  /** Sum of every program's amount at `moment` (programs that report it). */
  budget?: Money;
  /** The annex's year when it differs from the feed's cycle (then no share of the budget is given). */
  annexYear?: number;
  budgetPrograms: number;
  /** total / budget. */
  shareOfBudget?: number;
  /** Annex ids present in the feed, for a switcher. */
  annexes: AnnexId[];
  calendar: CalendarRow[];
  calendarPartial: boolean;
  problems: Problem[];
}

export type CrossCuttingView = ProgramAnnexView | FeedAnnexView;
