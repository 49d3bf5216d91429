/**
 * The budget cycle of one program: assembles the seven phases (rules in ./cycle-phases.ts) and the
 * facts of the chain-break sentence. Pure: no DOM, no Lit.
 */
import { overdueNotice, isoDay, type OverdueNotice } from '../overdue.js';
import type { AccountabilityDoc, Evaluation, Feed, PerformanceRating, Plan, Program } from '../types.js';
import {
  accountabilityPhase, budgetingPhase, evaluationPhase, exercisePhase, finalSpendingMoment, monitoringPhase, planningPhase, ramoOf,
  programmingPhase, targetOf, type CyclePhase, type PhaseEvidence, type PhaseView,
} from './cycle-phases.js';

export * from './cycle-phases.js';

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The facts behind the chain-break sentence. */
export interface ChainFacts {
  /** Pesos spent (latest spending moment: paid, else exercised…) of every 100 of the base, rounded; undefined when unknown. */
  per100?: number;
  noIndicators: boolean;
  offTarget: number;
  indicators: number;
  openAsm: number;
  /** Number of evaluations the open ASM come from. */
  openFrom: number;
  overdueAsm: number;
  /** No evaluation although the feed carries evaluations for other programs and this one has indicators. */
  notEvaluated: boolean;
  missingPhases: number;
}

export interface CycleView {
  program: string;
  name: string;
  cycle: number;
  asOf?: string;
  phases: PhaseView[];
  chain: ChainFacts;
  overdue: OverdueNotice | null;
  plan?: Plan;
  evaluations: Evaluation[];
  performance: PerformanceRating[];
  accountability: AccountabilityDoc[];
}

export interface CycleOptions {
  /** ISO date of today, for the overdue rule (and for ASM due dates when the feed has no asOf). */
  today?: string;
}

/** The seven-phase view of one program of a feed. */
export function cycleView(feed: Feed, program: Program, opts: CycleOptions = {}): CycleView {
  const overdue = opts.today ? overdueNotice(feed, opts.today) : null;
  const reference = isoDay(feed.asOf) ?? isoDay(opts.today);
  // Coverage: a source (MIR, evaluations) may cover only some ramos; a program lacking data its
  // ramo's programs have is a break, one outside the source's coverage is just missing data.
  const programs = (feed.programs ?? []).filter(Boolean);
  const covered = (has: (p: Program) => boolean) => {
    const ramos = new Set(programs.filter(has).map(ramoOf));
    const r = ramoOf(program);
    return r !== undefined ? ramos.has(r) : ramos.size > 0;
  };
  const feedHasIndicators = covered((p) => (p.indicators?.length ?? 0) > 0);
  const feedHasEvaluations = covered((p) => (p.evaluations?.length ?? 0) > 0);
  const raw = [
    planningPhase(program, feed.cycle),
    programmingPhase(program, feedHasIndicators),
    budgetingPhase(program),
    exercisePhase(program, finalSpendingMoment(programs)),
    monitoringPhase(program),
    evaluationPhase(program, reference),
    accountabilityPhase(feed, overdue),
  ];
  const phases: PhaseView[] = raw.map((v) => ({ ...v, target: targetOf(v) }));
  const ev = <P extends CyclePhase>(phase: P) =>
    phases.find((x) => x.phase === phase)!.evidence as Extract<PhaseEvidence, { phase: P }>;
  const exercise = ev('exercise');
  const monitoring = ev('monitoring');
  const evaluation = ev('evaluation');
  const programming = ev('programming');
  const chain: ChainFacts = {
    noIndicators: phases[1]!.reasons.includes('paid-without-indicators'),
    offTarget: monitoring.offTarget,
    indicators: programming.indicators,
    openAsm: evaluation.open,
    openFrom: evaluation.openFrom,
    overdueAsm: evaluation.overdue,
    notEvaluated: evaluation.latest === undefined && feedHasEvaluations && programming.indicators > 0,
    missingPhases: phases.filter((x) => x.status === 'missing').length,
  };
  if (exercise.ratio !== undefined) chain.per100 = Math.round(exercise.ratio * 100);
  const view: CycleView = {
    program: program.key,
    name: program.name,
    cycle: feed.cycle,
    phases,
    chain,
    overdue,
    evaluations: program.evaluations ?? [],
    performance: [...(program.performance ?? [])].filter((r) => r && num(r.year)).sort((a, b) => a.year - b.year),
    accountability: feed.accountability ?? [],
  };
  if (feed.asOf) view.asOf = feed.asOf;
  if (program.plan) view.plan = program.plan;
  return view;
}

/** The `tp-select` detail of a phase: ids only. */
export function cycleSelectDetail(view: Pick<CycleView, 'program'>, phase: CyclePhase): { program: string; phase: CyclePhase } {
  return { program: view.program, phase };
}

/** True when the chain shows a break worth a sentence. */
export function chainBroken(c: ChainFacts): boolean {
  return c.noIndicators || c.offTarget > 0 || c.openAsm > 0 || c.notEvaluated;
}
