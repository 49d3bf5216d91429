/**
 * Budget-cycle parts of the Feed v1 model (plan alignment, evaluations and their ASM, performance
 * ratings, the publication schedule and accountability documents). Types only; re-exported by types.ts.
 */
/** Alignment to one development plan (PND national, PED state). */
export interface PlanAlignment {
  axis?: string;
  objective?: string;
  strategy?: string;
  sectoral?: string;
  /** Sectoral program objective. */
  sectoralObjective?: string;
  /** Strategy within the sectoral objective (PND 2019–2024: "estrategia prioritaria"). */
  sectoralStrategy?: string;
  /** Texts of the coded fields above, when the source gives them (objective/strategy hold codes). */
  objectiveName?: string;
  strategyName?: string;
  sectoralObjectiveName?: string;
  sectoralStrategyName?: string;
  year?: number;
}

export interface Plan {
  national?: PlanAlignment;
  state?: PlanAlignment;
}

export interface Asm {
  id?: string;
  commitment: string;
  unit?: string;
  /** ISO date. */
  due?: string;
  status?: 'pending' | 'in-progress' | 'attended' | 'cancelled' | (string & {});
  /** 0..100 */
  progress?: number;
  /** ISO date of the status report that gave `status`/`progress`. */
  reported?: string;
  /** Priority as published, e.g. "Alta", "Media", "Baja". */
  priority?: string;
}

export interface Evaluation {
  /** Identifier in the source, e.g. "20s176pccr17". */
  id?: string;
  year: number;
  type: string;
  evaluator?: string;
  /** PAE year, e.g. "PAE2017". */
  programme?: string;
  finding?: string;
  url?: string;
  asm?: Asm[];
  /**
   * True when this entry was made from ASM records whose evaluation is not in the feed: it holds
   * their commitments but is not itself a listed evaluation (don't count it as one).
   */
  synthetic?: boolean;
}

export interface PerformanceRating {
  year: number;
  /** Scale name, e.g. "MSD (1–5)" or "ISeD (0–1)". */
  scale: string;
  value?: number;
  level?: string;
  /** The period rated when it is not one year, e.g. "2019-2020". */
  period?: string;
}

export interface Schedule {
  /** e.g. "quarterly", "monthly", "yearly". */
  frequency: string;
  /** Days after the end of each period by which data is promised. */
  lagDays?: number;
  /** ISO date of the next promised update. */
  nextDue?: string;
  description?: string;
}

export interface AccountabilityDoc {
  title: string;
  /** ISO date of publication. */
  date?: string;
  url?: string;
  kind?: 'cuenta-publica' | 'quarterly-report' | (string & {});
}
