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
import type { Indicator, MirLevel } from '../types.js';
import { DEFAULT_RULE, clean, directLight, finite, lightFor, ownRule, unfavourableDeviation } from './indicator-lights.js';
import type { Direction, Light, ThresholdRule } from './indicator-lights.js';

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
  const direction: Direction =
    i.direction === 'descending' || i.direction === 'regular' ? i.direction : 'ascending';
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
