/**
 * The view of <tp-program-card>: one program at a glance. Pure: no DOM, no Lit.
 *
 * - Money: approved, modified with its change against approved (in integer cents), and the
 *   execution rate of `executionRate` (select.ts): the latest moment reported after the base,
 *   over `modified` (or `approved` when modified is not reported). A moment not reported stays
 *   absent; there is no execution rate when no moment after the base is reported.
 * - Main indicator: the first strategic indicator at Propósito level, else at Fin
 *   (`indicatorView`: the indicator's own thresholds when the feed has them).
 * - SDG goals (`programSdgView`), the gender annex (amounts summed in cents per moment; the
 *   approved amount when reported, else the latest moment reported), served population by sex.
 * - Points to review (`cardSignals`): the program's signal count from the engine (default
 *   thresholds, computed once per feed), or the shard index row's count on a sharded feed.
 */
import { executionRate } from '../../feed/select.js';
import { isShardIndex } from '../../feed/shard.js';
import { feedSignals, programSignalCounts, signals } from '../../signals/engine.js';
import type { Signal } from '../../signals/types.js';
import type { Feed, IdName, Link, PopulationBySex, Program } from '../../feed/types.js';
import { indicatorKind, indicatorView } from '../indicator-gauge/indicator-gauge.model.js';
import type { IndicatorView } from '../indicator-gauge/indicator-gauge.model.js';
import { programSdgView } from '../sdg-alignment/sdg-alignment.model.js';
import type { SdgGoalRow } from '../sdg-alignment/sdg-alignment.model.js';

/** Objectives longer than this many characters are collapsed behind "Leer más". */
export const LONG_OBJECTIVE = 240;

export interface CardMoney {
  approved?: number;
  modified?: number;
  /** modified − approved, when both are reported; `ratio` when approved ≠ 0. */
  change?: { amount: number; ratio?: number };
  execution?: { rate: number; moment: string; amount: number; base: 'modified' | 'approved'; baseAmount: number };
  /** Every moment of the feed, in order, with its amount or undefined (not reported). */
  moments: Array<{ moment: string; amount?: number }>;
}

export interface CardGender {
  amount?: number;
  moment?: string;
  categories: string[];
}

export interface CardView {
  key: string;
  name: string;
  ramo?: IdName;
  unit?: IdName;
  modality?: IdName;
  objective?: string;
  objectiveIsLong: boolean;
  cycle: number;
  currency: string;
  asOf?: string;
  money: CardMoney;
  indicator?: IndicatorView;
  indicatorCount: number;
  sdg: SdgGoalRow[];
  gender?: CardGender;
  served?: PopulationBySex;
  links: Link[];
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const cents = (v: number) => Math.round(v * 100);

/** The first strategic indicator at Propósito level, else at Fin. */
export function mainIndicator(program: Program) {
  const list = program.indicators ?? [];
  for (const level of ['purpose', 'fin'] as const) {
    const hit = list.find((i) => i && i.level === level && indicatorKind(i) === 'strategic');
    if (hit) return hit;
  }
  return undefined;
}

function genderOf(program: Program, moments: readonly string[]): CardGender | undefined {
  const entries = (program.crossCutting ?? []).filter((c) => c && c.annex === 'gender');
  if (!entries.length) return undefined;
  const sum = new Map<string, number>();
  for (const e of entries) {
    for (const [m, v] of Object.entries(e.amounts ?? {})) if (finite(v)) sum.set(m, (sum.get(m) ?? 0) + cents(v));
  }
  const categories = [...new Set(entries.map((e) => e.category?.trim()).filter((c): c is string => !!c))];
  const order = ['approved', ...[...moments].reverse().filter((m) => m !== 'approved')];
  const moment = order.find((m) => sum.has(m)) ?? [...sum.keys()][0];
  return moment === undefined ? { categories } : { amount: sum.get(moment)! / 100, moment, categories };
}

function servedOf(program: Program): PopulationBySex | undefined {
  const s = program.population?.served;
  if (!s) return undefined;
  const out: PopulationBySex = {};
  for (const k of ['women', 'men', 'unspecified', 'total'] as const) if (finite(s[k]) && s[k]! >= 0) out[k] = s[k];
  if (s.unit) out.unit = s.unit;
  return out.women !== undefined || out.men !== undefined || out.total !== undefined || out.unspecified !== undefined ? out : undefined;
}

export function cardView(feed: Pick<Feed, 'moments' | 'cycle' | 'currency' | 'asOf'>, program: Program): CardView {
  const moments = feed.moments?.length ? feed.moments : ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'];
  const a = program.amounts ?? {};
  const approved = finite(a.approved) ? a.approved : undefined;
  const modified = finite(a.modified) ? a.modified : undefined;
  const money: CardMoney = {
    moments: moments.map((m) => (finite(a[m]) ? { moment: m, amount: a[m] as number } : { moment: m })),
  };
  if (approved !== undefined) money.approved = approved;
  if (modified !== undefined) money.modified = modified;
  if (approved !== undefined && modified !== undefined) {
    const amount = (cents(modified) - cents(approved)) / 100;
    money.change = approved !== 0 ? { amount, ratio: amount / approved } : { amount };
  }
  const exec = executionRate(program, moments);
  if (exec) money.execution = exec;

  const main = mainIndicator(program);
  const objective = program.objective?.trim() || undefined;
  const view: CardView = {
    key: program.key,
    name: program.name,
    objectiveIsLong: (objective?.length ?? 0) > LONG_OBJECTIVE,
    cycle: feed.cycle,
    currency: feed.currency || 'MXN',
    money,
    indicatorCount: (program.indicators ?? []).length,
    sdg: programSdgView(program).goals,
    links: program.links ?? [],
  };
  if (program.ramo) view.ramo = program.ramo;
  if (program.unit) view.unit = program.unit;
  if (program.modality) view.modality = program.modality;
  if (objective) view.objective = objective;
  if (feed.asOf) view.asOf = feed.asOf;
  if (main) view.indicator = indicatorView(main);
  const gender = genderOf(program, moments);
  if (gender) view.gender = gender;
  const served = servedOf(program);
  if (served) view.served = served;
  return view;
}

/** Truncates a ratio to `digits` decimals of a percentage, so 99.99 % never shows as 100 %. */
export function truncateRatio(ratio: number, digits = 1): number {
  const f = 10 ** (digits + 2);
  return Math.trunc(ratio * f) / f;
}

export interface CardSignals {
  /** The program's signal count: the engine's on a full feed, the index row's on a shard index. */
  count: number;
  /**
   * The signals listed in the card (when it has no link to a signals page). On a shard index they are computed with the
   * full program among index rows, so rules that read other programs (MIR or evaluation coverage of the
   * ramo) may find fewer than `count`; the card then says so.
   */
  signals: Signal[];
}

/**
 * The program's points to review, or undefined when the count cannot be known (a shard index row
 * without `signals`): the card then shows no count rather than a guess. The full feed's signals are
 * computed once per feed (`feedSignals`), so a list of cards stays linear.
 */
export function cardSignals(feed: Feed, program: Program): CardSignals | undefined {
  const count = programSignalCounts(feed).get(program.key);
  if (count === undefined) return undefined;
  if (count === 0) return { count, signals: [] };
  const all = isShardIndex(feed)
    ? signals({ ...feed, programs: feed.programs.map((p) => (p.key === program.key ? program : p)) })
    : feedSignals(feed);
  return { count, signals: all.filter((s) => s.program === program.key) };
}
