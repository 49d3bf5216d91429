/**
 * The budget cycle of one program: assembles the seven phases (rules in ./cycle-phases.ts) and the
 * facts of the chain-break sentence. Pure: no DOM, no Lit.
 */
import { overdueNotice, isoDay } from '../../feed/overdue.js';
import type {
  AccountabilityDoc,
  Evaluation,
  Feed,
  PerformanceRating,
  Plan,
  Program,
  MirLevel,
  PlanAlignment,
  Asm,
} from '../../feed/types.js';
import type { OrderBreak } from '../../feed/order.js';
import type { OverdueNotice } from '../../feed/overdue.js';
import { checkOrder } from '../../feed/order.js';
import { MIR_LEVELS } from '../../feed/types.js';
import { countLights, indicatorView } from '../indicator-gauge/indicator-gauge.model.js';

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The facts behind the chain-break sentence. */
export interface ChainFacts {
  /** Share of the base (modified, else approved) spent by the latest spending moment (paid, else exercised…), exact; undefined when unknown. */
  spent?: { ratio: number; base: 'modified' | 'approved' };
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
  const ev = <P extends CyclePhase>(phase: P) => phases.find((x) => x.phase === phase)!.evidence as Extract<PhaseEvidence, { phase: P }>;
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
  if (exercise.ratio !== undefined && exercise.base) chain.spent = { ratio: exercise.ratio, base: exercise.base };
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

// ---------------------------------------------------------------------------
/** Types of the budget-cycle view (see ./cycle-phases.ts for the rules). Pure. */

export const CYCLE_PHASES = ['planning', 'programming', 'budgeting', 'exercise', 'monitoring', 'evaluation', 'accountability'] as const;
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

// ---------------------------------------------------------------------------
/**
 * The budget cycle phase by phase: types and status rules of the view <tp-budget-cycle> draws
 * (assembled in ./cycle-view.ts). Pure: no DOM, no Lit.
 *
 * Seven phases, in order: planning → programming → budgeting → exercise (and control) →
 * monitoring → evaluation → accountability. Each gets evidence (numbers, worded by
 * src/i18n/summaries/cycle.ts), a status and a link target.
 *
 * ## Status rules
 * `missing` = the feed has no data for the phase; `attention` = the data shows a break;
 * `partial` = some data, not all; `complete` = the data the phase needs is there.
 * Attention wins over partial and complete.
 *
 * | phase | complete | partial | missing | attention |
 * |---|---|---|---|---|
 * | planning | an alignment (PND, else PED) naming two or more of axis, objective, strategy, sectoral program and its objective/strategy | only one element (e.g. only the axis) | no alignment | the national alignment's year belongs to a PND period (2013–2018, 2019–2024, 2025–2030…) that ended before the feed's cycle |
 * | programming | indicators at all four MIR levels, every one with a target | some level or some target missing | no indicators | no indicators although the program spent (paid, else exercised/accrued > 0) and the feed carries indicators for other programs of its ramo (all programs when keys carry no ramo): "paid without indicators" |
 * | budgeting | approved reported | only modified reported | neither | approved is 0 while modified or paid is above 0 (spending never approved) |
 * | exercise | the feed's last spending moment (paid; exercised in a Cuenta Pública) reported, with a base (modified, else approved) | an earlier spending moment only, or no base | none of committed, accrued, exercised, paid | the moment order breaks (committed ≤ modified, accrued ≤ committed, exercised ≤ accrued, paid ≤ exercised) |
 * | monitoring | every indicator has a result, all green | some indicators without result, the rest green | no indicator with a result | some indicator off target (yellow or red light: it did not reach its target) |
 * | evaluation | evaluations, and every ASM attended or cancelled | some ASM still open, none overdue | no evaluation | an open ASM whose due date is before the feed's asOf (else today) |
 * | accountability | a dated Cuenta Pública document | documents, but no dated Cuenta Pública | no documents | the data is past its promised update date (src/feed/overdue.ts) |
 *
 * Traffic lights come from the indicator gauge's rules (src/feed/views/indicator-view.ts).
 */

export const PHASE_ANCHORS: Record<CyclePhase, string> = {
  planning: 'tp-budget-cycle',
  programming: 'tp-indicator-gauge',
  budgeting: 'tp-spending-flow',
  exercise: 'tp-spending-flow',
  monitoring: 'tp-indicator-gauge',
  evaluation: 'tp-budget-cycle',
  accountability: 'tp-budget-cycle',
};

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const amount = (p: Program, m: string): number | undefined => (num(p.amounts?.[m]) ? p.amounts[m] : undefined);

/** First year of the PND period containing `year` (sexennial plans 2013–2018, 2019–2024, …). */
export function pndPeriodStart(year: number): number {
  return 2013 + 6 * Math.floor((year - 2013) / 6);
}

export function planningPhase(p: Program, cycle: number): Omit<PhaseView, 'target'> {
  const which = hasAlignment(p.plan?.national) ? 'national' : hasAlignment(p.plan?.state) ? 'state' : undefined;
  if (!which) return { phase: 'planning', status: 'missing', reasons: [], evidence: { phase: 'planning' } };
  const a = p.plan![which]!;
  const evidence: PlanEvidence = { phase: 'planning', plan: { which, ...a } };
  const named = [a.axis, a.objective, a.strategy, a.sectoral, a.sectoralObjective, a.sectoralStrategy].filter(text).length;
  const national = p.plan?.national;
  if (national && num(national.year) && num(cycle) && pndPeriodStart(national.year) < pndPeriodStart(cycle)) {
    const from = pndPeriodStart(national.year);
    evidence.expired = { planFrom: from, planTo: from + 5, cycle };
    return { phase: 'planning', status: 'attention', reasons: ['plan-expired'], evidence };
  }
  return { phase: 'planning', status: named >= 2 ? 'complete' : 'partial', reasons: [], evidence };
}

function hasAlignment(a: PlanAlignment | undefined): a is PlanAlignment {
  return !!a && [a.axis, a.objective, a.strategy, a.sectoral, a.sectoralObjective, a.sectoralStrategy].some(text);
}

/** Pesos spent: paid, else exercised, else accrued. */
function spent(p: Program): number | undefined {
  return amount(p, 'paid') ?? amount(p, 'exercised') ?? amount(p, 'accrued');
}

export function programmingPhase(p: Program, feedHasIndicators: boolean): Omit<PhaseView, 'target'> {
  const list = (p.indicators ?? []).filter((i) => i && MIR_LEVELS.includes(i.level));
  const levels = MIR_LEVELS.filter((l) => list.some((i) => i.level === l));
  const evidence: ProgrammingEvidence = {
    phase: 'programming',
    indicators: list.length,
    levels,
    missingLevels: MIR_LEVELS.filter((l) => !levels.includes(l)),
    withoutTarget: list.filter((i) => !num(i.target)).length,
  };
  if (list.length === 0) {
    const s = spent(p);
    if (feedHasIndicators && num(s) && s > 0) {
      evidence.spent = s;
      return { phase: 'programming', status: 'attention', reasons: ['paid-without-indicators'], evidence };
    }
    return { phase: 'programming', status: 'missing', reasons: [], evidence };
  }
  const complete = evidence.missingLevels.length === 0 && evidence.withoutTarget === 0;
  return { phase: 'programming', status: complete ? 'complete' : 'partial', reasons: [], evidence };
}

export function budgetingPhase(p: Program): Omit<PhaseView, 'target'> {
  const approved = amount(p, 'approved');
  const modified = amount(p, 'modified');
  const evidence: BudgetingEvidence = { phase: 'budgeting' };
  if (approved !== undefined) evidence.approved = approved;
  if (modified !== undefined) evidence.modified = modified;
  if (approved === undefined && modified === undefined) return { phase: 'budgeting', status: 'missing', reasons: [], evidence };
  const paid = amount(p, 'paid');
  if (approved !== undefined && Math.round(approved * 100) === 0 && ((modified ?? 0) > 0 || (paid ?? 0) > 0)) {
    if (paid !== undefined) evidence.paid = paid;
    return { phase: 'budgeting', status: 'attention', reasons: ['unbudgeted-spending'], evidence };
  }
  return { phase: 'budgeting', status: approved !== undefined ? 'complete' : 'partial', reasons: [], evidence };
}

const SPENDING = ['committed', 'accrued', 'exercised', 'paid'] as const;
export type SpendingMoment = (typeof SPENDING)[number];

/**
 * `final`: the last spending moment any program of the feed reports (a Cuenta Pública by program
 * reports `exercised`, not `paid`): a program that reports it is complete, not "paid missing".
 */
export function exercisePhase(p: Program, final: SpendingMoment = 'paid'): Omit<PhaseView, 'target'> {
  const breaks = checkOrder(p.amounts ?? {});
  const evidence: ExerciseEvidence = { phase: 'exercise', breaks, final };
  const paid = amount(p, 'paid');
  const modified = amount(p, 'modified');
  const base = modified !== undefined ? 'modified' : amount(p, 'approved') !== undefined ? 'approved' : undefined;
  const baseAmount = base ? amount(p, base) : undefined;
  if (paid !== undefined) evidence.paid = paid;
  if (base && baseAmount !== undefined) {
    evidence.base = base;
    evidence.baseAmount = baseAmount;
  }
  for (let i = SPENDING.length - 1; i >= 0; i--) {
    const v = amount(p, SPENDING[i]!);
    if (v !== undefined) {
      evidence.latest = { moment: SPENDING[i]!, amount: v };
      break;
    }
  }
  if (!evidence.latest) return { phase: 'exercise', status: 'missing', reasons: [], evidence };
  if (baseAmount !== undefined && baseAmount > 0) evidence.ratio = evidence.latest.amount / baseAmount;
  if (breaks.length > 0) return { phase: 'exercise', status: 'attention', reasons: ['order-break'], evidence };
  const reachesFinal = SPENDING.indexOf(evidence.latest.moment as SpendingMoment) >= SPENDING.indexOf(final);
  return { phase: 'exercise', status: evidence.ratio !== undefined && reachesFinal ? 'complete' : 'partial', reasons: [], evidence };
}

/** The last spending moment (committed … paid) that some program of the list reports; undefined when none. */
export function finalSpendingMoment(programs: readonly Program[]): SpendingMoment | undefined {
  for (let i = SPENDING.length - 1; i >= 0; i--) if (programs.some((p) => p && amount(p, SPENDING[i]!) !== undefined)) return SPENDING[i]!;
  return undefined;
}

/** Ramo of a program: `ramo.id`, else the part of a federal key before the dash ("20-S176" → "20"). */
export function ramoOf(p: Pick<Program, 'key' | 'ramo'>): string | undefined {
  const norm = (r: string) => (/^\d+$/.test(r) ? String(Number(r)) : r); // "09" = "9"
  const id = p.ramo?.id?.trim();
  if (id) return norm(id);
  const m = /^(\d{1,3})-/.exec(p.key ?? '');
  return m ? norm(m[1]!) : undefined;
}

export function monitoringPhase(p: Program): Omit<PhaseView, 'target'> {
  const list = (p.indicators ?? []).filter((i) => i && MIR_LEVELS.includes(i.level)).map((i) => indicatorView(i));
  const c = countLights(list);
  const measured = c.green + c.yellow + c.red;
  const evidence: MonitoringEvidence = {
    phase: 'monitoring',
    total: list.length,
    green: c.green,
    yellow: c.yellow,
    red: c.red,
    measured,
    offTarget: c.yellow + c.red,
  };
  if (measured === 0) return { phase: 'monitoring', status: 'missing', reasons: [], evidence };
  if (evidence.offTarget > 0) return { phase: 'monitoring', status: 'attention', reasons: ['indicators-off-target'], evidence };
  return { phase: 'monitoring', status: measured === list.length ? 'complete' : 'partial', reasons: [], evidence };
}

/** ASM that are closed without being attended: cancelled, dropped ("dado de baja") or merged. */
const CLOSED = /cancel|baja|fusion|merged|withdrawn/i;

export function asmState(a: Asm): 'attended' | 'cancelled' | 'open' {
  if (a.status === 'attended' || (num(a.progress) && a.progress >= 100)) return 'attended';
  if (typeof a.status === 'string' && CLOSED.test(a.status)) return 'cancelled';
  return 'open';
}

export function evaluationPhase(p: Program, reference: number | undefined): Omit<PhaseView, 'target'> {
  // Synthetic entries (made from ASM whose evaluation is not listed) hold real commitments and the
  // year and type of a real evaluation, but are not counted as evaluations.
  const evals = (p.evaluations ?? []).filter((e) => e && text(e.type));
  const real = evals.filter((e) => !e.synthetic).length;
  const evidence: EvaluationEvidence = {
    phase: 'evaluation',
    count: real,
    asm: 0,
    latestAsm: 0,
    attended: 0,
    cancelled: 0,
    open: 0,
    overdue: 0,
    openFrom: 0,
  };
  if (evals.length === 0) return { phase: 'evaluation', status: 'missing', reasons: [], evidence };
  let latest = evals[0]!;
  for (const e of evals) {
    if (!num(e.year)) continue;
    const newer = !num(latest.year) || e.year > latest.year || (e.year === latest.year && (!e.synthetic || !!latest.synthetic));
    if (newer) latest = e;
  }
  evidence.latest = { year: latest.year, type: latest.type.trim() };
  if (text(latest.programme)) evidence.latest.programme = latest.programme;
  if (text(latest.url)) evidence.latest.url = latest.url;
  for (const e of evals) {
    let open = false;
    for (const a of e.asm ?? []) {
      if (!a) continue;
      evidence.asm++;
      if (e === latest) evidence.latestAsm++;
      const s = asmState(a);
      evidence[s]++;
      if (s === 'open') open = true;
      const due = isoDay(a.due);
      if (s === 'open' && due !== undefined && reference !== undefined && due < reference) evidence.overdue++;
    }
    if (open) evidence.openFrom++;
  }
  if (evidence.overdue > 0) return { phase: 'evaluation', status: 'attention', reasons: ['asm-overdue'], evidence };
  return { phase: 'evaluation', status: evidence.open > 0 ? 'partial' : 'complete', reasons: [], evidence };
}

const CUENTA_PUBLICA = /cuenta\s+p[uú]blica|public\s+account/i;
const isCuentaPublica = (d: AccountabilityDoc) => d.kind === 'cuenta-publica' || CUENTA_PUBLICA.test(d.title ?? '');

export function accountabilityPhase(feed: Feed, overdue: OverdueNotice | null): Omit<PhaseView, 'target'> {
  const docs = (feed.accountability ?? []).filter((d) => d && text(d.title));
  const evidence: AccountabilityEvidence = { phase: 'accountability', docs: docs.length };
  const latest = (list: AccountabilityDoc[]) =>
    list.reduce<AccountabilityDoc | undefined>((best, d) => {
      const t = isoDay(d.date);
      if (t === undefined) return best;
      return !best || t >= isoDay(best.date)! ? d : best;
    }, undefined);
  const cp = latest(docs.filter(isCuentaPublica));
  const doc = cp ?? latest(docs) ?? docs[0];
  if (doc) evidence.doc = doc;
  if (overdue) {
    evidence.overdue = overdue;
    return { phase: 'accountability', status: 'attention', reasons: ['data-overdue'], evidence };
  }
  if (!doc) return { phase: 'accountability', status: 'missing', reasons: [], evidence };
  return { phase: 'accountability', status: cp ? 'complete' : 'partial', reasons: [], evidence };
}

export function targetOf(v: Omit<PhaseView, 'target'>): PhaseTarget {
  const t: PhaseTarget = { anchor: PHASE_ANCHORS[v.phase] };
  const e = v.evidence;
  if (e.phase === 'evaluation' && e.latest?.url) t.href = e.latest.url;
  if (e.phase === 'accountability' && text(e.doc?.url)) t.href = e.doc!.url!;
  return t;
}
