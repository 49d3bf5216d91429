/** Types of the budget-cycle view (see ./cycle-phases.ts for the rules). Pure. */
import type { OrderBreak } from '../order.js';
import type { OverdueNotice } from '../overdue.js';
import type { AccountabilityDoc, MirLevel, PlanAlignment } from '../types.js';

export const CYCLE_PHASES = [
  'planning',
  'programming',
  'budgeting',
  'exercise',
  'monitoring',
  'evaluation',
  'accountability',
] as const;
export type CyclePhase = (typeof CYCLE_PHASES)[number];
export type PhaseStatus = 'complete' | 'partial' | 'missing' | 'attention';
export const PHASE_STATUSES: readonly PhaseStatus[] = ['complete', 'partial', 'missing', 'attention'];

export type AttentionReason =
  | 'plan-expired'
  | 'paid-without-indicators'
  | 'unbudgeted-spending'
  | 'order-break'
  | 'indicators-off-target'
  | 'asm-overdue'
  | 'data-overdue';

export interface PlanEvidence {
  phase: 'planning';
  /** The alignment shown: national (PND) when the feed has it, else state (PED). */
  plan?: { which: 'national' | 'state' } & PlanAlignment;
  /** First year of the PND period of the alignment and of the cycle, when plan-expired. */
  expired?: { planFrom: number; planTo: number; cycle: number };
}
export interface ProgrammingEvidence {
  phase: 'programming';
  indicators: number;
  levels: MirLevel[];
  missingLevels: MirLevel[];
  withoutTarget: number;
  /** Amount spent (paid, else exercised, else accrued) when attention is paid-without-indicators. */
  spent?: number;
}
export interface BudgetingEvidence {
  phase: 'budgeting';
  approved?: number;
  modified?: number;
  /** Paid, when it shows spending on a zero approved budget. */
  paid?: number;
}
export interface ExerciseEvidence {
  phase: 'exercise';
  paid?: number;
  base?: 'modified' | 'approved';
  baseAmount?: number;
  /** latest / base; undefined without a spending moment or a base (or base 0). */
  ratio?: number;
  /** The program's latest spending moment reported (committed … paid). */
  latest?: { moment: string; amount: number };
  /** The last spending moment the feed reports for any program. */
  final: string;
  breaks: OrderBreak[];
}
export interface MonitoringEvidence {
  phase: 'monitoring';
  total: number;
  green: number;
  yellow: number;
  red: number;
  /** Indicators with a light (a result and a target). */
  measured: number;
  /** Indicators that did not reach their target: yellow + red. */
  offTarget: number;
}
export interface EvaluationEvidence {
  phase: 'evaluation';
  /** Listed evaluations (synthetic entries built from ASM records are not counted). */
  count: number;
  latest?: { year: number; type: string; programme?: string; url?: string };
  /** ASM of every evaluation of the program. */
  asm: number;
  /** ASM of the latest evaluation. */
  latestAsm: number;
  attended: number;
  cancelled: number;
  open: number;
  overdue: number;
  /** Evaluations with open ASM. */
  openFrom: number;
}
export interface AccountabilityEvidence {
  phase: 'accountability';
  doc?: AccountabilityDoc;
  docs: number;
  overdue?: OverdueNotice;
}
export type PhaseEvidence =
  | PlanEvidence
  | ProgrammingEvidence
  | BudgetingEvidence
  | ExerciseEvidence
  | MonitoringEvidence
  | EvaluationEvidence
  | AccountabilityEvidence;

/** Where the detail of a phase lives: a widget on the page (fragment id = its tag) and/or a source URL. */
export interface PhaseTarget {
  /** Fragment id a host page may give the widget holding the detail, e.g. "tp-indicator-gauge". */
  anchor: string;
  /** Source document (evaluation report, Cuenta Pública); the component shows it only when it is a safe URL. */
  href?: string;
}

export interface PhaseView {
  phase: CyclePhase;
  status: PhaseStatus;
  reasons: AttentionReason[];
  evidence: PhaseEvidence;
  target: PhaseTarget;
}
