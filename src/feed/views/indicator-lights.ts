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
import type { Indicator, Thresholds } from '../types.js';

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
  const ok =
    direction === 'descending' ? achieved <= target : direction === 'regular' ? achieved === target : achieved >= target;
  return ok ? 'green' : 'red';
}
