/**
 * Signals ("puntos a revisar"): the questions a civil-society monitor asks of a budget feed, as data.
 * A signal never accuses: it says what the data shows and which source fields it read. Types only.
 */

/** Stable rule codes, in display order. Never renamed: hosts and tests key on them. */
export const RULE_CODES = [
  'moment-order',
  'modified-change',
  'year-end-underspending',
  'year-end-bunching',
  'strategic-no-progress',
  'target-too-low',
  'spending-no-indicators',
  'gender-no-sex-data',
  'asm-pending',
  'no-recent-evaluation',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

/** `review`: a figure worth a second look; `info`: context a reader may want to ask about. */
export type SignalLevel = 'info' | 'review';

/** A spending moment with its amount (pesos, exactly as the feed gives it). */
export interface MomentAmount {
  moment: string;
  amount: number;
}

/** One indicator named by a signal. */
export interface IndicatorRef {
  id: string;
  name: string;
  target?: number;
  achieved?: number;
  /** achieved / target (a ratio: 1.8 = 180 %); absent when the target is 0. */
  ratio?: number;
}

/** The figures behind each rule's signal: plain data (amounts in pesos, derived amounts from integer cents). */
export interface FiguresByRule {
  'moment-order': { earlier: string; later: string; earlierAmount: number; laterAmount: number; excess: number };
  'modified-change': { approved: number; modified: number; change: number; ratio: number; threshold: number };
  'year-end-underspending': { asOf: string; modified: number; accrued: number; unaccrued: number; share: number; threshold: number };
  'year-end-bunching': { year: number; lastMonth: string; lastMonthPaid: number; yearPaid: number; share: number; threshold: number };
  'strategic-no-progress': { indicators: IndicatorRef[] };
  'target-too-low': { zero: IndicatorRef[]; above: IndicatorRef[]; threshold: number };
  'spending-no-indicators': { spending: MomentAmount; modality: string };
  'gender-no-sex-data': { genderApproved?: number; groups: string[] };
  'asm-pending': { count: number; oldestYear: number; lastReport: string; ids: string[]; years: number };
  'no-recent-evaluation': { spending: MomentAmount; from: number; to: number; lastYear?: number };
}

/** A rule's finding on one program: figures and the fields read (the engine adds code, level and names). */
export interface Finding<R extends RuleCode> {
  figures: FiguresByRule[R];
  fields: string[];
}

/** One signal of one rule on one program. */
export interface SignalOf<R extends RuleCode> {
  rule: R;
  level: SignalLevel;
  /** The program's key in the feed. */
  program: string;
  /** The program's name (for lists and tables). */
  name: string;
  figures: FiguresByRule[R];
  /** Source fields the rule read, as paths within the program ("amounts.paid") or the feed ("feed.asOf"). */
  fields: string[];
}

export type Signal = { [R in RuleCode]: SignalOf<R> }[RuleCode];
