/**
 * Cross-cutting annexes (gender, indigenous peoples, youth…): the view one
 * `<tp-gender-breakdown>` needs. Pure: no DOM, no Lit.
 *
 * Generic over annex ids: every function takes the annex id as data, so a new annex
 * in a feed needs no new code here nor a new component.
 *
 * Money is summed in integer cents (`Math.round(x * 100)`); a moment that is not
 * reported is absent (undefined), never 0.
 */
import type { AnnexId, Moment, Problem, CrossCutting, Feed, Program, PopulationBySex } from '../../feed/types.js';
import { compareCodes } from '../../feed/compare.js';
import { makeProblem } from '../../feed/problems.js';
import { topN } from '../../platform/top-n.js';
import { isNum, momentOrder, toCents } from '../../feed/amounts.js';

/** The message keys that word this view's data notes. */

// ---------------------------------------------------------------------------
/** The shapes of the cross-cutting views (see cross-cutting-view.ts). Pure types. */

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

// ---------------------------------------------------------------------------
/**
 * Helpers shared by the program and whole-feed cross-cutting views: money in integer cents, moment
 * order, annex entries and their sums, categories, and the problems both modes report. Pure.
 */

/** An amount kept exact: integer cents, and the peso value rebuilt from them. */
export interface Money {
  cents: number;
  amount: number;
}

export function money(cents: number): Money {
  return { cents, amount: cents / 100 };
}

export interface CategoryRow extends Money {
  /** The category as the data names it; undefined when the feed gives none. */
  category?: string;
  /** Share of the annex total (0..1), when the total is positive. */
  share?: number;
}

export function annexEntries(program: Program, annex: AnnexId): CrossCutting[] {
  return (program.crossCutting ?? []).filter((c) => c && c.annex === annex);
}

/** Annex ids present in a feed, in first-seen order (gender first when present). */
export function annexesInFeed(feed: Pick<Feed, 'programs'>): AnnexId[] {
  const seen = new Set<AnnexId>();
  for (const p of feed.programs) for (const c of p.crossCutting ?? []) if (c?.annex) seen.add(c.annex);
  const ids = [...seen];
  return ids.includes('gender') ? ['gender', ...ids.filter((x) => x !== 'gender')] : ids;
}

export function reportsAll(entries: CrossCutting[], m: Moment): boolean {
  return entries.length > 0 && entries.every((e) => isNum(e.amounts?.[m]));
}

export function sumCents(entries: CrossCutting[], m: Moment): number {
  let c = 0;
  for (const e of entries) {
    const v = e.amounts?.[m];
    if (isNum(v)) c += toCents(v);
  }
  return c;
}

export function yearMismatch(entries: CrossCutting[], cycle: number): number | undefined {
  const y = annexYear(entries);
  return y !== undefined && Number.isFinite(cycle) && y !== cycle ? y : undefined;
}

export function mismatchProblem(key: string | undefined, year: number, cycle: number): Problem {
  return makeProblem('cycle-mismatch', 'annex-year-mismatch', 'warning', key ? { key } : {}, { year, cycle });
}

export function categoriesOf(entries: CrossCutting[], m: Moment | undefined, totalCents: number | undefined): CategoryRow[] {
  if (!m) return [];
  const by = new Map<string, number>();
  const order: (string | undefined)[] = [];
  for (const e of entries) {
    const v = e.amounts?.[m];
    if (!isNum(v)) continue;
    const k = e.category ?? '';
    if (!by.has(k)) {
      by.set(k, 0);
      order.push(e.category);
    }
    by.set(k, by.get(k)! + toCents(v));
  }
  return order
    .map((category) => {
      const cents = by.get(category ?? '')!;
      return {
        ...(category !== undefined ? { category } : {}),
        ...money(cents),
        ...(totalCents && totalCents > 0 ? { share: cents / totalCents } : {}),
      };
    })
    .sort((a, b) => b.cents - a.cents || (a.category ?? '').localeCompare(b.category ?? ''));
}

// ---------------------------------------------------------------------------
/**
 * Populations by sex (potential, target, served) and coverage: part of the cross-cutting view of
 * `<tp-gender-breakdown>`. Pure: no DOM, no Lit. A sex the source does not report is absent
 * (listed in `missing`), never 0.
 */

export const SEXES = ['women', 'men', 'unspecified'] as const;
export type Sex = (typeof SEXES)[number];
export const POPULATION_KINDS = ['potential', 'target', 'served'] as const;
export type PopulationKind = (typeof POPULATION_KINDS)[number];

export interface PopulationBar {
  sex: Sex;
  value: number;
  /** value / largest value among all bars of the view (0..1), for bar length. */
  scale: number;
}

export interface PopulationGroup {
  kind: PopulationKind;
  unit?: string;
  /** Reported sexes only, in SEXES order. */
  bars: PopulationBar[];
  /** Sexes the source does not report for this group. */
  missing: Sex[];
  /** Sum of the reported sexes. */
  sum: number;
  /** The source's own total, when it gives one. */
  total?: number;
}

export interface CoverageRow {
  sex: Sex;
  served?: number;
  target?: number;
  /** served / target, when both are reported and target > 0. */
  ratio?: number;
}

export interface ServedSplit {
  women?: number;
  men?: number;
  unspecified?: number;
  /** Women per 100 people served (rounded), over the reported sexes. */
  womenPer100?: number;
  unit?: string;
}

/** Potential, target and served groups, with bar scales shared across the three. */
export function populationGroups(program: Pick<Program, 'population'>): PopulationGroup[] {
  const pop = program.population;
  if (!pop) return [];
  const groups: PopulationGroup[] = [];
  let max = 0;
  for (const kind of POPULATION_KINDS) {
    const g: PopulationBySex | undefined = pop[kind];
    if (!g) continue;
    const bars: PopulationBar[] = [];
    const missing: Sex[] = [];
    let sum = 0;
    for (const sex of SEXES) {
      const v = g[sex];
      if (isNum(v)) {
        bars.push({ sex, value: v, scale: 0 });
        sum += v;
        max = Math.max(max, v);
      } else missing.push(sex);
    }
    if (bars.length === 0 && !isNum(g.total)) continue;
    groups.push({ kind, ...(g.unit ? { unit: g.unit } : {}), bars, missing, sum, ...(isNum(g.total) ? { total: g.total } : {}) });
  }
  for (const g of groups) for (const b of g.bars) b.scale = max > 0 ? b.value / max : 0;
  return groups;
}

export function coverageRows(program: Pick<Program, 'population'>): CoverageRow[] {
  const served = program.population?.served;
  const target = program.population?.target;
  if (!served && !target) return [];
  const rows: CoverageRow[] = [];
  for (const sex of SEXES) {
    const s = served?.[sex];
    const t = target?.[sex];
    if (!isNum(s) && !isNum(t)) continue;
    rows.push({
      sex,
      ...(isNum(s) ? { served: s } : {}),
      ...(isNum(t) ? { target: t } : {}),
      ...(isNum(s) && isNum(t) && t > 0 ? { ratio: s / t } : {}),
    });
  }
  return rows;
}

export function servedSplit(program: Pick<Program, 'population'>): ServedSplit | undefined {
  const s = program.population?.served;
  if (!s) return undefined;
  const out: ServedSplit = {};
  let sum = 0;
  let n = 0;
  for (const sex of SEXES) {
    const v = s[sex];
    if (isNum(v)) {
      out[sex] = v;
      sum += v;
      n++;
    }
  }
  if (n === 0) return undefined;
  if (isNum(out.women) && sum > 0 && n > 1) out.womenPer100 = Math.round((100 * out.women) / sum);
  if (s.unit) out.unit = s.unit;
  return out;
}

// ---------------------------------------------------------------------------
/**
 * The calendar of a cross-cutting annex (its amounts by month) and the annex's year. Pure.
 * Money in integer cents.
 */

/** One month (or quarter) of the annex calendar, summed over entries, in cents. */
export interface CalendarRow extends Money {
  period: string;
}

/** Sums the entries' periods at moment `m` by period; `partial` when an entry with an amount has no periods. */
export function calendarOf(entries: CrossCutting[], m: Moment | undefined): { calendar: CalendarRow[]; calendarPartial: boolean } {
  if (!m) return { calendar: [], calendarPartial: false };
  const by = new Map<string, number>();
  let partial = false;
  for (const e of entries) {
    if (!isNum(e.amounts?.[m])) continue;
    const rows = (e.periods ?? []).filter((r) => r && typeof r.period === 'string' && isNum(r.amounts?.[m]) && !r.cumulative);
    if (!rows.length) {
      partial = true;
      continue;
    }
    for (const r of rows) by.set(r.period, (by.get(r.period) ?? 0) + toCents(r.amounts[m]!));
  }
  const calendar = [...by.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([period, cents]) => ({ period, cents, amount: cents / 100 }));
  return { calendar, calendarPartial: calendar.length > 0 && partial };
}

/**
 * The year of an annex, read from its calendar periods ("2021-03" → 2021), when every dated
 * period agrees; undefined without a calendar or with mixed years.
 */
export function annexYear(entries: CrossCutting[]): number | undefined {
  const years = new Set<number>();
  for (const e of entries)
    for (const r of e.periods ?? []) {
      const m = /^(\d{4})/.exec(r?.period ?? '');
      if (m) years.add(Number(m[1]));
    }
  return years.size === 1 ? [...years][0] : undefined;
}

// ---------------------------------------------------------------------------
/** Program mode of the cross-cutting view: one program's share in one annex. Pure. */

/** Program mode. */
export function programAnnexView(feed: Pick<Feed, 'moments' | 'cycle'>, program: Program, annex: AnnexId): ProgramAnnexView {
  const entries = annexEntries(program, annex);
  const order = momentOrder(feed);
  const problems: Problem[] = [];
  let moment: Moment | undefined;
  let sameMoment = false;
  const otherYear = yearMismatch(entries, feed.cycle);
  if (otherYear !== undefined) problems.push(mismatchProblem(program.key, otherYear, feed.cycle));
  for (const m of otherYear !== undefined ? [] : [...order].reverse()) {
    if (reportsAll(entries, m) && isNum(program.amounts?.[m])) {
      moment = m;
      sameMoment = true;
      break;
    }
  }
  if (!moment) moment = [...order].reverse().find((m) => reportsAll(entries, m));
  if (!moment && entries.length) {
    // Entries report different moments: fall back to any moment some entry reports.
    moment = [...order].reverse().find((m) => entries.some((e) => isNum(e.amounts?.[m])));
  }
  const taggedCents = moment ? sumCents(entries, moment) : undefined;
  const totalRaw = sameMoment && moment ? program.amounts[moment] : undefined;
  const totalCents = isNum(totalRaw) ? toCents(totalRaw) : undefined;
  let share: number | undefined;
  if (taggedCents !== undefined && totalCents !== undefined && totalCents > 0) share = taggedCents / totalCents;
  if (share !== undefined && share > 1) {
    problems.push(
      makeProblem(
        'tagged-exceeds-total',
        'tagged-exceeds-total',
        'warning',
        { key: program.key },
        { moment, found: String(taggedCents! / 100) },
      ),
    );
  }
  if (taggedCents !== undefined && taggedCents < 0) {
    problems.push(
      makeProblem('negative-amount', 'tagged-negative', 'warning', { key: program.key }, { moment, found: String(taggedCents / 100) }),
    );
  }
  const populations = populationGroups(program);
  for (const g of populations) {
    if (g.total !== undefined && g.bars.length > 0 && g.missing.length === 0 && Math.abs(g.total - g.sum) > 0.5) {
      problems.push(
        makeProblem(
          'population-total-mismatch',
          'population-sum-mismatch',
          'note',
          { key: program.key },
          { found: `${g.sum} ≠ ${g.total}` },
        ),
      );
    }
  }
  const rationales = [...new Set(entries.map((e) => e.rationale?.trim()).filter((r): r is string => !!r))];
  const otherAnnexes = [...new Set((program.crossCutting ?? []).map((c) => c?.annex).filter((a) => a && a !== annex))];
  const served = servedSplit(program);
  return {
    mode: 'program',
    annex,
    cycle: feed.cycle,
    key: program.key,
    name: program.name,
    tagged: entries.length > 0,
    ...(moment ? { moment } : {}),
    sameMoment,
    ...(taggedCents !== undefined ? { taggedAmount: money(taggedCents) } : {}),
    ...(totalCents !== undefined ? { total: money(totalCents) } : {}),
    ...(share !== undefined ? { share } : {}),
    categories: categoriesOf(entries, moment, taggedCents),
    rationales,
    populations,
    coverage: coverageRows(program),
    ...(served ? { served } : {}),
    otherAnnexes,
    ...(otherYear !== undefined ? { annexYear: otherYear } : {}),
    ...calendarOf(entries, moment),
    problems,
  };
}

// ---------------------------------------------------------------------------
/** Whole-feed mode of the cross-cutting view: an annex's total, categories and top programs. Pure. */

/** Whole-feed mode. */
export function feedAnnexView(feed: Pick<Feed, 'moments' | 'cycle' | 'programs'>, annex: AnnexId, n = 10): FeedAnnexView {
  const order = momentOrder(feed);
  const tagged = feed.programs.map((p) => ({ p, entries: annexEntries(p, annex) })).filter((x) => x.entries.length > 0);
  const all = tagged.flatMap((x) => x.entries);
  const problems: Problem[] = [];
  let moment: Moment | undefined = [...order].reverse().find((m) => reportsAll(all, m));
  if (!moment && all.length) {
    let best = 0;
    for (const m of order) {
      const c = all.filter((e) => isNum(e.amounts?.[m])).length;
      if (c > best) {
        best = c;
        moment = m;
      }
    }
  }
  const entriesWithoutMoment = moment ? all.filter((e) => !isNum(e.amounts?.[moment!])).length : all.length;
  if (entriesWithoutMoment > 0 && all.length > 0) {
    problems.push(makeProblem('annex-moment-missing', 'annex-moment-missing', 'note', {}, { count: entriesWithoutMoment }));
  }
  const rows: TopProgramRow[] = moment
    ? tagged
        .filter((x) => x.entries.some((e) => isNum(e.amounts?.[moment!])))
        .map((x) => ({ key: x.p.key, name: x.p.name, ...money(sumCents(x.entries, moment!)) }))
        .sort((a, b) => b.cents - a.cents || compareCodes(a.key, b.key))
    : [];
  const totalCents = moment ? rows.reduce((s, r) => s + r.cents, 0) : undefined;
  const pos = totalCents !== undefined && totalCents > 0;
  for (const r of rows) if (pos) r.share = r.cents / totalCents!;
  const { top, rest } = topN(rows, n);
  const otherCents = rest.reduce((s, r) => s + r.cents, 0);
  let budgetCents = 0;
  let budgetPrograms = 0;
  const otherYear = yearMismatch(all, feed.cycle);
  if (otherYear !== undefined) problems.push(mismatchProblem(undefined, otherYear, feed.cycle));
  if (moment && otherYear === undefined) {
    for (const p of feed.programs) {
      const v = p.amounts?.[moment];
      if (isNum(v)) {
        budgetCents += toCents(v);
        budgetPrograms++;
      }
    }
  }
  const shareOfBudget = pos && budgetPrograms > 0 && budgetCents > 0 ? totalCents! / budgetCents : undefined;
  if (shareOfBudget !== undefined && shareOfBudget > 1) {
    problems.push(makeProblem('tagged-exceeds-total', 'annex-exceeds-budget', 'warning'));
  }
  return {
    mode: 'feed',
    annex,
    cycle: feed.cycle,
    ...(moment ? { moment } : {}),
    entriesWithoutMoment,
    programCount: tagged.length,
    ...(totalCents !== undefined ? { total: money(totalCents) } : {}),
    categories: categoriesOf(all, moment, totalCents),
    top,
    ...(rest.length ? { other: { count: rest.length, ...money(otherCents), ...(pos ? { share: otherCents / totalCents! } : {}) } } : {}),
    ...(budgetPrograms > 0 ? { budget: money(budgetCents) } : {}),
    ...(otherYear !== undefined ? { annexYear: otherYear } : {}),
    budgetPrograms,
    ...(shareOfBudget !== undefined ? { shareOfBudget } : {}),
    annexes: annexesInFeed(feed),
    ...calendarOf(all, moment),
    problems,
  };
}
