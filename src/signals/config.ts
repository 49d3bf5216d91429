/**
 * Thresholds of the signal rules: documented defaults, a host's overrides checked one by one.
 * A bad value is never used: the default stays and a note says so (in both languages, from the
 * message table). Pure.
 */
import { RULE_CODES, type RuleCode } from './types.js';

export interface SignalConfig {
  /** modified-change: |modified − approved| / approved above this ratio. Default 0.20 (±20 %). */
  modifiedChange: number;
  /** year-end-underspending: share of the modified budget not accrued at a December cut-off. Default 0.10. */
  underspending: number;
  /** year-end-bunching: share of the year's payments made in its last month. Default 0.30. */
  yearEndBunching: number;
  /** target-too-low: achieved / target above this ratio (ascending indicators). Default 1.5 (150 %). */
  targetAbove: number;
  /** asm-pending: whole years from the evaluation to the report that still shows the ASM open. Default 2. */
  asmYears: number;
  /** no-recent-evaluation: how many cycles, ending with the feed's, to look for an evaluation. Default 5. */
  evaluationCycles: number;
  /**
   * Program modalities that are expected to have a MIR and evaluations (spending-no-indicators,
   * no-recent-evaluation). Default S, U, E, B, P, F, G: SHCP's modalities with a results matrix.
   */
  modalities: string[];
  /** Rules to run; default all. */
  rules: RuleCode[];
}

export const DEFAULT_SIGNAL_CONFIG: Readonly<SignalConfig> = Object.freeze({
  modifiedChange: 0.2,
  underspending: 0.1,
  yearEndBunching: 0.3,
  targetAbove: 1.5,
  asmYears: 2,
  evaluationCycles: 5,
  modalities: ['S', 'U', 'E', 'B', 'P', 'F', 'G'],
  rules: [...RULE_CODES],
});

/** A config value that was not used. `key` is the config field; `found` the value as short text. */
export interface ConfigNote {
  key: string;
  found: string;
  /** What was expected, as the message key of the table (`config.expected.<kind>`). */
  expected: 'ratio' | 'ratio-above-one' | 'whole-years' | 'modalities' | 'rules' | 'object' | 'unknown-key';
}

/** Numeric fields, with their kind and the inclusive range they must fall in. */
const NUMERIC: Record<string, { kind: ConfigNote['expected']; min: number; max: number; integer?: boolean }> = {
  modifiedChange: { kind: 'ratio', min: 0, max: 100 },
  underspending: { kind: 'ratio', min: 0, max: 1 },
  yearEndBunching: { kind: 'ratio', min: 0, max: 1 },
  targetAbove: { kind: 'ratio-above-one', min: 1, max: 1000 },
  asmYears: { kind: 'whole-years', min: 0, max: 100, integer: true },
  evaluationCycles: { kind: 'whole-years', min: 1, max: 100, integer: true },
};

const show = (v: unknown): string => {
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'undefined' : (JSON.stringify(v) ?? String(v));
  } catch {
    s = Object.prototype.toString.call(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Reads a host's config (an object, e.g. parsed from JSON or attributes) over the defaults.
 * Numbers may come as numeric strings ("0.25"); lists as arrays or comma-separated strings.
 */
export function checkSignalConfig(input: unknown): { config: SignalConfig; notes: ConfigNote[] } {
  const config: SignalConfig = {
    ...DEFAULT_SIGNAL_CONFIG,
    modalities: [...DEFAULT_SIGNAL_CONFIG.modalities],
    rules: [...DEFAULT_SIGNAL_CONFIG.rules],
  };
  const notes: ConfigNote[] = [];
  if (input === undefined || input === null) return { config, notes };
  if (typeof input !== 'object' || Array.isArray(input)) {
    notes.push({ key: '', found: show(input), expected: 'object' });
    return { config, notes };
  }
  const o = input as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    const raw = o[key];
    if (raw === undefined) continue;
    const spec = own(NUMERIC, key) ? NUMERIC[key]! : undefined;
    if (spec) {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (Number.isFinite(n) && n >= spec.min && n <= spec.max && (!spec.integer || Number.isInteger(n)))
        (config as unknown as Record<string, number>)[key] = n;
      else notes.push({ key, found: show(raw), expected: spec.kind });
      continue;
    }
    if (key === 'modalities' || key === 'rules') {
      const list = typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw : undefined;
      const items = list?.map((x) => (typeof x === 'string' ? x.trim() : x));
      const ok =
        items !== undefined &&
        items.every((x) => typeof x === 'string' && x !== '') &&
        (key === 'modalities'
          ? (items as string[]).every((x) => /^[A-Z]$/i.test(x))
          : (items as string[]).every((x) => (RULE_CODES as readonly string[]).includes(x)));
      if (ok && key === 'modalities') config.modalities = [...new Set((items as string[]).map((x) => x.toUpperCase()))];
      else if (ok) config.rules = RULE_CODES.filter((c) => (items as string[]).includes(c));
      else notes.push({ key, found: show(raw), expected: key });
      continue;
    }
    notes.push({ key, found: show(raw), expected: 'unknown-key' });
  }
  return { config, notes };
}
