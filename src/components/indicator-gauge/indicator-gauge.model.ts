/**
 * The view of MIR indicators that <tp-indicator-gauge> draws. Pure: no DOM, no Lit.
 *
 *  - indicator-lights.ts: thresholds (as the MIR writes them) and the traffic light;
 *  - indicator-single.ts: one indicator's result, percentage of target and status;
 *  - program-indicators.ts: a program's indicators grouped by kind and MIR level, with light counts.
 */
import type { Indicator, Thresholds, MirLevel, Program } from '../../feed/types.js';
import { MIR_LEVELS } from '../../feed/types.js';

// ---------------------------------------------------------------------------
/**
 * Thresholds and traffic lights of MIR indicators (for <tp-indicator-gauge>). Pure: no DOM, no Lit.
 *
 * ## Traffic light
 * Every threshold rule is reduced to two tolerances, in percentage points of *unfavourable*
 * deviation from 100 % of the target:
 * - ascending (more is better):  d = 100 − percent (exceeding the target is never a fault);
 * - descending (less is better): d = percent − 100 (staying under the target is never a fault);
 * - regular (hit the target):    d = |percent − 100|.
 * The light is green when d ≤ greenTolerance, red when d > redTolerance, yellow in between.
 *
 * Thresholds come from, in this order: the indicator's own (`indicator.thresholds`), the
 * element's `thresholds` attribute, then DEFAULT_THRESHOLDS. They are written the way SHCP's MIR
 * export writes them, and both of its conventions are accepted:
 * - **achievement** (`green > red`, e.g. "90,80"): green when at least 90 % of the target is
 *   reached, red below 80 %, yellow in between (mirrored around 100 % for descending indicators,
 *   both sides for regular ones). Tolerances: 100 − green and 100 − red.
 * - **deviation** (`green < red`, e.g. "10,20", as most MIR 2022 rows of ramo 47 have it): green
 *   within 10 points of the target, red beyond 20 points. Tolerances: green and red as given.
 * - `green === red`: achievement when the value is ≥ 50 (e.g. "90,90"), deviation otherwise
 *   (e.g. "0,0": only meeting the target is green; there is no yellow).
 * The feed's `yellow` is used as the red bound only when `red` is missing.
 *
 * ## Target of zero (or negative)
 * A percentage of a zero target would divide by zero, and one of a negative target (a negative
 * rate of change) has no plain meaning. Then `percent` is undefined, the gauge shows the achieved
 * value and the target in the indicator's own unit, and the light compares them directly:
 * ascending green when achieved ≥ target, descending green when achieved ≤ target, regular green
 * when equal; otherwise red (there is no yellow band without a percentage).
 */

export type Direction = Indicator['direction'];
export type Light = 'green' | 'yellow' | 'red';

/** Defaults when neither the indicator nor the element gives thresholds: the commonest MIR 2022 pair. */
export const DEFAULT_THRESHOLDS = { green: 90, red: 80 } as const;

export interface ThresholdRule {
  /** Tolerated unfavourable deviation, in percentage points, for green and for yellow. */
  greenTolerance: number;
  redTolerance: number;
  /** How the numbers were written. */
  mode: 'achievement' | 'deviation';
  /** The numbers as written (green, red). */
  green: number;
  red: number;
  source: 'indicator' | 'attribute' | 'default';
}

/** A finite number. */
export const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** Removes binary floating-point noise (27/30*100 = 90.00000000000001). */
export const clean = (v: number) => Math.round(v * 1e9) / 1e9;

/**
 * Builds a rule from two numbers written as in the MIR (see module doc). Returns null when they are
 * not finite.
 */
export function thresholdRule(green: number, red: number, source: ThresholdRule['source']): ThresholdRule | null {
  if (!finite(green) || !finite(red)) return null;
  const achievement = green > red || (green === red && green >= 50);
  return achievement
    ? { greenTolerance: 100 - green, redTolerance: 100 - red, mode: 'achievement', green, red, source }
    : { greenTolerance: green, redTolerance: red, mode: 'deviation', green, red, source };
}

/** The indicator's own rule, when its thresholds are usable. */
export function ownRule(t: Partial<Thresholds> | undefined): ThresholdRule | null {
  if (!t) return null;
  const red = finite(t.red) ? t.red : t.yellow;
  return thresholdRule(t.green as number, red as number, 'indicator');
}

export type ParsedThresholds = { ok: true; rule: ThresholdRule } | { ok: false; found: string };

/**
 * Parses the `thresholds` attribute: two numbers "green,red" (spaces allowed, "%" allowed),
 * read like the MIR's (see module doc): "90,70" = green from 90 % of the target, red below 70 %.
 */
export function parseThresholds(attr: string): ParsedThresholds {
  const parts = attr.split(',').map((s) => s.trim().replace(/%$/, '').trim());
  if (parts.length !== 2 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return { ok: false, found: attr };
  const rule = thresholdRule(Number(parts[0]), Number(parts[1]), 'attribute');
  return rule ? { ok: true, rule } : { ok: false, found: attr };
}

export const DEFAULT_RULE: ThresholdRule = thresholdRule(DEFAULT_THRESHOLDS.green, DEFAULT_THRESHOLDS.red, 'default')!;

/** Unfavourable deviation (points) of a percentage of target, for a direction. */
export function unfavourableDeviation(percent: number, direction: Direction): number {
  if (direction === 'descending') return clean(percent - 100);
  if (direction === 'regular') return clean(Math.abs(percent - 100));
  return clean(100 - percent);
}

/** The light of a percentage of target under a rule. */
export function lightFor(percent: number, direction: Direction, rule: ThresholdRule): Light {
  const d = unfavourableDeviation(percent, direction);
  if (d <= rule.greenTolerance) return 'green';
  if (d > rule.redTolerance) return 'red';
  return 'yellow';
}

/** Direct comparison when the target is 0 or negative (see module doc). */
export function directLight(achieved: number, target: number, direction: Direction): Light {
  const ok = direction === 'descending' ? achieved <= target : direction === 'regular' ? achieved === target : achieved >= target;
  return ok ? 'green' : 'red';
}

// ---------------------------------------------------------------------------
/**
 * One MIR indicator's view (for <tp-indicator-gauge>): its result, percentage of target, status and
 * light. Pure: no DOM, no Lit.
 *
 * ## Percentage of target
 * `percent = achieved / target × 100`, computed only when the target is greater than zero.
 * The result compared is `achieved` when the feed reports it; otherwise the latest value of
 * `history`, and then the view says which year it comes from (`result.source = 'history'`).
 * With neither, the indicator has "no result yet" (`status: 'no-result'`): the target is shown
 * with "sin avance reportado", never 0 %.
 *
 * Lights, thresholds and targets of zero: see indicator-lights.ts.
 */

export type IndicatorKind = 'strategic' | 'management';

export type IndicatorStatus =
  /** Result and positive target: percentage and three-colour light. */
  | 'measured'
  /** Target of zero or below: direct comparison, two-colour light, no percentage. */
  | 'direct'
  /** Target but no result: "sin avance reportado". */
  | 'no-result'
  /** Result but no target: the value alone, no light. */
  | 'no-target'
  /** Neither. */
  | 'no-data';

export interface IndicatorResult {
  value: number;
  year?: number;
  /** `achieved` from the feed, or the latest `history` value. */
  source: 'achieved' | 'history';
}

export interface IndicatorView {
  id: string;
  name: string;
  level: MirLevel;
  kind: IndicatorKind;
  dimension?: Indicator['dimension'];
  definition?: string;
  method?: string;
  unit: string;
  frequency: string;
  direction: Direction;
  baseline?: { value: number; year?: number };
  target?: number;
  numerator?: number;
  denominator?: number;
  result?: IndicatorResult;
  status: IndicatorStatus;
  /** Percentage of the target reached (30 = 30 %); only for `measured`. */
  percent?: number;
  /** Unfavourable deviation in points (see indicator-lights.ts); only for `measured`. */
  deviation?: number;
  light?: Light;
  thresholds: ThresholdRule;
  /** Past values, by year ascending, finite values only. */
  history: { year: number; value: number }[];
  /** ARIA meter values; only when there is a percentage. */
  meter?: { now: number; min: number; max: number };
}

/** Fin and purpose indicators are strategic, component and activity ones management, unless the feed says. */
export function indicatorKind(i: Pick<Indicator, 'type' | 'level'>): IndicatorKind {
  if (i.type === 'strategic' || i.type === 'management') return i.type;
  return i.level === 'fin' || i.level === 'purpose' ? 'strategic' : 'management';
}

function cleanHistory(h: Indicator['history']): { year: number; value: number }[] {
  const byYear = new Map<number, number>();
  for (const p of h ?? []) if (p && finite(p.year) && finite(p.value)) byYear.set(p.year, p.value);
  return [...byYear].sort((a, b) => a[0] - b[0]).map(([year, value]) => ({ year, value }));
}

export interface ViewOptions {
  /** The element's rule (from its `thresholds` attribute), used when the indicator has none. */
  rule?: ThresholdRule | null;
}

/** One indicator's view. */
export function indicatorView(i: Indicator, opts: ViewOptions = {}): IndicatorView {
  const thresholds = ownRule(i.thresholds) ?? opts.rule ?? DEFAULT_RULE;
  const history = cleanHistory(i.history);
  const direction: Direction = i.direction === 'descending' || i.direction === 'regular' ? i.direction : 'ascending';
  const last = history[history.length - 1];
  const result: IndicatorResult | undefined = finite(i.achieved)
    ? { value: i.achieved, source: 'achieved' }
    : last
      ? { value: last.value, year: last.year, source: 'history' }
      : undefined;
  const target = finite(i.target) ? i.target : undefined;

  const v: IndicatorView = {
    id: String(i.id),
    name: i.name,
    level: i.level,
    kind: indicatorKind(i),
    unit: i.unit,
    frequency: i.frequency,
    direction,
    status: 'no-data',
    thresholds,
    history,
  };
  if (i.dimension) v.dimension = i.dimension;
  if (i.definition) v.definition = i.definition;
  if (i.method) v.method = i.method;
  if (i.baseline && finite(i.baseline.value)) {
    v.baseline = finite(i.baseline.year) ? { value: i.baseline.value, year: i.baseline.year } : { value: i.baseline.value };
  }
  if (target !== undefined) v.target = target;
  if (finite(i.numerator)) v.numerator = i.numerator;
  if (finite(i.denominator)) v.denominator = i.denominator;
  if (result) v.result = result;

  if (target === undefined) {
    v.status = result ? 'no-target' : 'no-data';
  } else if (!result) {
    v.status = 'no-result';
  } else if (target <= 0) {
    v.status = 'direct';
    v.light = directLight(result.value, target, direction);
  } else {
    const percent = clean((result.value / target) * 100);
    v.status = 'measured';
    v.percent = percent;
    v.deviation = unfavourableDeviation(percent, direction);
    v.light = lightFor(percent, direction, thresholds);
    const now = Math.round(percent * 10) / 10;
    v.meter = { now, min: Math.min(0, Math.floor(now)), max: Math.max(100, Math.ceil(now)) };
  }
  return v;
}

// ---------------------------------------------------------------------------
/**
 * A program's MIR indicators for <tp-indicator-gauge>: strategic and management, grouped by MIR level,
 * with light counts; and finding one indicator by id. Pure: no DOM, no Lit.
 */

export interface LevelGroup {
  level: MirLevel;
  indicators: IndicatorView[];
}

export interface LightCounts {
  green: number;
  yellow: number;
  red: number;
  /** With a target but no result. */
  noResult: number;
  /** With no light for another reason (no target, no data). */
  other: number;
}

export interface ProgramIndicatorsView {
  programKey: string;
  programName: string;
  total: number;
  /** Strategic indicators grouped by level, in logical-framework order; empty levels omitted. */
  strategic: LevelGroup[];
  /** Management indicators grouped the same way (shown one click away). */
  management: LevelGroup[];
  strategicCount: number;
  managementCount: number;
  counts: LightCounts;
}

function group(list: IndicatorView[]): LevelGroup[] {
  return MIR_LEVELS.map((level) => ({ level, indicators: list.filter((i) => i.level === level) })).filter((g) => g.indicators.length > 0);
}

/** Counts lights over a list of indicator views. */
export function countLights(list: readonly IndicatorView[]): LightCounts {
  const c: LightCounts = { green: 0, yellow: 0, red: 0, noResult: 0, other: 0 };
  for (const v of list) {
    if (v.light) c[v.light]++;
    else if (v.status === 'no-result') c.noResult++;
    else c.other++;
  }
  return c;
}

/**
 * All indicators of a program, split into strategic and management, each grouped by MIR level in
 * logical-framework order (fin, purpose, component, activity). Order within a level is the feed's.
 * Indicators with an unknown level are left out (validation reports them).
 */
export function programIndicatorsView(program: Program, opts: ViewOptions = {}): ProgramIndicatorsView {
  const all = (program.indicators ?? []).filter((i) => i && MIR_LEVELS.includes(i.level)).map((i) => indicatorView(i, opts));
  const strategic = all.filter((v) => v.kind === 'strategic');
  const management = all.filter((v) => v.kind === 'management');
  return {
    programKey: program.key,
    programName: program.name,
    total: all.length,
    strategic: group(strategic),
    management: group(management),
    strategicCount: strategic.length,
    managementCount: management.length,
    counts: countLights(all),
  };
}

/** Finds an indicator by id in one program, or in every program of a feed when no program is given. */
export function findIndicator(programs: readonly Program[], id: string): { program: Program; indicator: Indicator } | null {
  const want = String(id).trim();
  for (const program of programs) {
    for (const indicator of program.indicators ?? []) {
      if (indicator && String(indicator.id).trim() === want) return { program, indicator };
    }
  }
  return null;
}
