/**
 * SDG (2030 Agenda) alignment: the view `<tp-sdg-alignment>` needs. Pure: no DOM, no Lit.
 *
 * Program mode: the program's goals, each with its targets and direct/indirect contribution.
 * Whole-feed mode: for all 17 goals, how many programs contribute and how much money they hold.
 * A program aligned to several goals counts in each of them, so goal sums are not additive.
 */
import type { Feed, Moment, Program, SdgLink } from '../../feed/types.js';
import { compareCodes } from '../../feed/compare.js';
import { isSdgGoal } from '../../i18n/sdg-goals.js';
import { isNum, momentOrder, toCents } from '../../feed/amounts.js';

export const SDG_GOALS = Array.from({ length: 17 }, (_, i) => i + 1);

export type Contribution = SdgLink['contribution'];

export interface SdgTargetRow {
  target: string;
  contribution: Contribution;
}

export interface SdgGoalRow {
  goal: number;
  /** Direct when any link to the goal is direct. */
  contribution: Contribution;
  /** Distinct targets, in numeric order (e.g. 5.2 before 5.10). */
  targets: SdgTargetRow[];
}

export interface ProgramSdgView {
  mode: 'program';
  key: string;
  name: string;
  goals: SdgGoalRow[];
  /** Links whose goal is not 1..17 (flagged, left out). */
  invalidLinks: number;
}

export interface GoalProgramRow {
  key: string;
  name: string;
  contribution: Contribution;
  /** Amount at the view's moment in cents; absent when the program does not report it. */
  cents?: number;
  amount?: number;
}

export interface FeedGoalRow {
  goal: number;
  programs: number;
  direct: number;
  indirect: number;
  /** Sum over the goal's programs that report the moment, in cents. */
  cents: number;
  amount: number;
  /** Programs of this goal that do not report the moment (not in `cents`). */
  withoutAmount: number;
  /** Programs, largest amount first, then by key. */
  list: GoalProgramRow[];
}

export interface FeedSdgView {
  mode: 'feed';
  cycle: number;
  moment?: Moment;
  /** Always 17 rows, goal 1..17, zero programs included. */
  goals: FeedGoalRow[];
  /** Distinct programs with at least one valid SDG link. */
  alignedPrograms: number;
  programs: number;
}

export type SdgView = ProgramSdgView | FeedSdgView;

/** Compares SDG target codes numerically part by part: "5.2" < "5.10" < "5.a". */
export function compareTargets(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx - ny;
    } else if (Number.isNaN(nx) !== Number.isNaN(ny)) {
      return Number.isNaN(nx) ? 1 : -1;
    } else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function programSdgView(program: Program): ProgramSdgView {
  const links = program.sdg ?? [];
  const by = new Map<number, { direct: boolean; targets: Map<string, Contribution> }>();
  let invalidLinks = 0;
  for (const l of links) {
    if (!l || !isSdgGoal(l.goal)) {
      invalidLinks++;
      continue;
    }
    const g = by.get(l.goal) ?? { direct: false, targets: new Map() };
    if (l.contribution === 'direct') g.direct = true;
    if (l.target) {
      const prev = g.targets.get(l.target);
      g.targets.set(l.target, prev === 'direct' || l.contribution === 'direct' ? 'direct' : 'indirect');
    }
    by.set(l.goal, g);
  }
  const goals: SdgGoalRow[] = [...by.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([goal, g]) => ({
      goal,
      contribution: g.direct ? 'direct' : 'indirect',
      targets: [...g.targets.entries()]
        .map(([target, contribution]) => ({ target, contribution }))
        .sort((a, b) => compareTargets(a.target, b.target)),
    }));
  return { mode: 'program', key: program.key, name: program.name, goals, invalidLinks };
}

/**
 * The moment to sum: the latest (feed order) that every aligned program with any amount
 * reports; else the one most of them report.
 */
export function sdgMoment(feed: Pick<Feed, 'moments'>, programs: readonly Program[]): Moment | undefined {
  const order = momentOrder(feed);
  const withAmounts = programs.filter((p) => Object.values(p.amounts ?? {}).some(isNum));
  if (!withAmounts.length) return undefined;
  const all = [...order].reverse().find((m) => withAmounts.every((p) => isNum(p.amounts[m])));
  if (all) return all;
  let best = 0;
  let moment: Moment | undefined;
  for (const m of order) {
    const c = withAmounts.filter((p) => isNum(p.amounts[m])).length;
    if (c > best) {
      best = c;
      moment = m;
    }
  }
  return moment;
}

export function feedSdgView(feed: Pick<Feed, 'moments' | 'programs' | 'cycle'>): FeedSdgView {
  const aligned = feed.programs.filter((p) => (p.sdg ?? []).some((l) => l && isSdgGoal(l.goal)));
  const moment = sdgMoment(feed, aligned);
  const goals: FeedGoalRow[] = SDG_GOALS.map((goal) => ({
    goal,
    programs: 0,
    direct: 0,
    indirect: 0,
    cents: 0,
    amount: 0,
    withoutAmount: 0,
    list: [],
  }));
  for (const p of aligned) {
    const view = programSdgView(p);
    const v = moment ? p.amounts?.[moment] : undefined;
    for (const g of view.goals) {
      const row = goals[g.goal - 1]!;
      row.programs++;
      if (g.contribution === 'direct') row.direct++;
      else row.indirect++;
      if (isNum(v)) {
        const cents = toCents(v);
        row.cents += cents;
        row.list.push({ key: p.key, name: p.name, contribution: g.contribution, cents, amount: cents / 100 });
      } else {
        row.withoutAmount++;
        row.list.push({ key: p.key, name: p.name, contribution: g.contribution });
      }
    }
  }
  for (const row of goals) {
    row.amount = row.cents / 100;
    row.list.sort((a, b) => (b.cents ?? -Infinity) - (a.cents ?? -Infinity) || compareCodes(a.key, b.key));
  }
  return {
    mode: 'feed',
    cycle: feed.cycle,
    ...(moment ? { moment } : {}),
    goals,
    alignedPrograms: aligned.length,
    programs: feed.programs.length,
  };
}
