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
import type { AnnexId, CrossCutting, Feed, Moment, Problem, Program } from '../types.js';
import { coverageRows, populationGroups, servedSplit } from './cross-cutting-populations.js';
import type { CoverageRow, PopulationGroup, ServedSplit } from './cross-cutting-populations.js';

export * from './cross-cutting-populations.js';
export * from './cross-cutting-calendar.js';
import { annexYear, calendarOf } from './cross-cutting-calendar.js';
import type { CalendarRow } from './cross-cutting-calendar.js';
import { STANDARD_MOMENTS } from '../types.js';

export interface Money {
  cents: number;
  amount: number;
}

export function toCents(x: number): number {
  return Math.round(x * 100);
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

/** Moment order of a feed, falling back to the standard six. */
function momentOrder(feed: Pick<Feed, 'moments'>): Moment[] {
  return feed.moments?.length ? [...feed.moments] : [...STANDARD_MOMENTS];
}

function isNum(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
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

function reportsAll(entries: CrossCutting[], m: Moment): boolean {
  return entries.length > 0 && entries.every((e) => isNum(e.amounts?.[m]));
}

function sumCents(entries: CrossCutting[], m: Moment): number {
  let c = 0;
  for (const e of entries) {
    const v = e.amounts?.[m];
    if (isNum(v)) c += toCents(v);
  }
  return c;
}

function yearMismatch(entries: CrossCutting[], cycle: number): number | undefined {
  const y = annexYear(entries);
  return y !== undefined && Number.isFinite(cycle) && y !== cycle ? y : undefined;
}

function mismatchProblem(key: string | undefined, year: number, cycle: number): Problem {
  return problem(
    'cycle-mismatch',
    'warning',
    key,
    `El anexo es de ${year} y el presupuesto de estos datos de ${cycle}: no se comparan.`,
    `The annex is from ${year} and the budget in this data from ${cycle}: they are not compared.`,
  );
}

function problem(kind: string, severity: Problem['severity'], key: string | undefined, es: string, en: string, found?: string): Problem {
  return { kind, severity, ...(key ? { key } : {}), ...(found !== undefined ? { found } : {}), message: { es, en } };
}

function categoriesOf(entries: CrossCutting[], m: Moment | undefined, totalCents: number | undefined): CategoryRow[] {
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
      problem(
        'tagged-exceeds-total',
        'warning',
        program.key,
        'El monto etiquetado es mayor que el total del programa en el mismo momento.',
        'The tagged amount is larger than the program total for the same moment.',
        String(taggedCents! / 100),
      ),
    );
  }
  if (taggedCents !== undefined && taggedCents < 0) {
    problems.push(problem('negative-amount', 'warning', program.key, 'El monto etiquetado es negativo.', 'The tagged amount is negative.', String(taggedCents / 100)));
  }
  const populations = populationGroups(program);
  for (const g of populations) {
    if (g.total !== undefined && g.bars.length > 0 && g.missing.length === 0 && Math.abs(g.total - g.sum) > 0.5) {
      problems.push(
        problem(
          'population-total-mismatch',
          'note',
          program.key,
          'La suma por sexo no coincide con el total que da la fuente.',
          'The sum by sex does not match the total the source gives.',
          `${g.sum} ≠ ${g.total}`,
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

/** Splits ranked rows into the first `n` and one "other" row. */
export function topN<T extends { cents: number }>(rows: readonly T[], n: number): { top: T[]; rest: T[] } {
  return { top: rows.slice(0, Math.max(0, n)), rest: rows.slice(Math.max(0, n)) };
}

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
    problems.push(
      problem(
        'annex-moment-missing',
        'note',
        undefined,
        `${entriesWithoutMoment} registros del anexo no reportan el momento sumado; quedan fuera del total.`,
        `${entriesWithoutMoment} annex records do not report the summed moment; they are left out of the total.`,
      ),
    );
  }
  const rows: TopProgramRow[] = moment
    ? tagged
        .filter((x) => x.entries.some((e) => isNum(e.amounts?.[moment!])))
        .map((x) => ({ key: x.p.key, name: x.p.name, ...money(sumCents(x.entries, moment!)) }))
        .sort((a, b) => b.cents - a.cents || a.key.localeCompare(b.key))
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
    problems.push(
      problem(
        'tagged-exceeds-total',
        'warning',
        undefined,
        'El total del anexo es mayor que el presupuesto de los programas del conjunto de datos.',
        "The annex total is larger than the budget of the feed's programs.",
      ),
    );
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
