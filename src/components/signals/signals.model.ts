/**
 * The view model of <tp-signals>: the feed's signals (src/signals/) for one program, or for the whole
 * feed grouped by rule and filtered by rule and level, with counts. Pure: no DOM, no Lit, no language.
 */
import type { Feed, Program } from '../../feed/types.js';
import { checkSignalConfig, type ConfigNote, type SignalConfig } from '../../signals/config.js';
import { signals } from '../../signals/engine.js';
import { RULE_CODES, type RuleCode, type Signal, type SignalLevel } from '../../signals/types.js';

export interface SignalsQuery {
  /** Show one rule only; '' for all. */
  rule: RuleCode | '';
  /** Show one level only; '' for both. */
  level: SignalLevel | '';
}

export interface SignalGroup {
  rule: RuleCode;
  level: SignalLevel;
  signals: Signal[];
}

export interface SignalsView {
  mode: 'program' | 'feed';
  /** Program mode: the program. */
  key?: string;
  name?: string;
  cycle: number;
  currency: string;
  asOf?: string;
  /** Signals before the filters. */
  total: number;
  /** Signals after the filters, and the programs they name. */
  shown: number;
  programs: number;
  /** Non-empty groups after the filters, in rule order. */
  groups: SignalGroup[];
  /** Signals per rule and per level before the filters (the filter options show them). */
  byRule: Record<RuleCode, number>;
  byLevel: Record<SignalLevel, number>;
  config: SignalConfig;
  notes: ConfigNote[];
}

/** Reads the `rule` and `level` attributes; unknown values mean "all". */
export function parseSignalsQuery(rule: unknown, level: unknown): SignalsQuery {
  return {
    rule: typeof rule === 'string' && (RULE_CODES as readonly string[]).includes(rule.trim()) ? (rule.trim() as RuleCode) : '',
    level: level === 'info' || level === 'review' ? level : '',
  };
}

/** Reads the `config` attribute (JSON); text that is not JSON is noted and the defaults are used. */
export function parseSignalsConfig(attr: string | null | undefined): { config: SignalConfig; notes: ConfigNote[] } {
  if (attr === null || attr === undefined || attr.trim() === '') return checkSignalConfig(undefined);
  let raw: unknown;
  try {
    raw = JSON.parse(attr);
  } catch {
    const r = checkSignalConfig(undefined);
    return { config: r.config, notes: [{ key: 'config', found: attr.length > 60 ? `${attr.slice(0, 57)}…` : attr, expected: 'object' }] };
  }
  return checkSignalConfig(raw);
}

/** The signals of the feed or of one program, before the filters (computed once per feed and config). */
export interface SignalsBase {
  mode: 'program' | 'feed';
  key?: string;
  name?: string;
  cycle: number;
  currency: string;
  asOf?: string;
  signals: Signal[];
  config: SignalConfig;
  notes: ConfigNote[];
}

/**
 * Signals are always computed on the whole feed (a rule may read what other programs carry, e.g.
 * whether the feed has indicators for the ramo); program mode keeps that program's.
 */
export function signalsBase(feed: Feed, program: Program | undefined, setup: { config: SignalConfig; notes: ConfigNote[] }): SignalsBase {
  // In a shard index the feed holds small rows: the full program (fetched from its file) takes its row's place.
  // Rules that look at other programs (MIR, evaluation coverage) then see rows without those fields and stay silent.
  const whole = program ? { ...feed, programs: feed.programs.map((p) => (p.key === program.key ? program : p)) } : feed;
  const all = signals(whole, setup.config);
  const base: SignalsBase = {
    mode: program ? 'program' : 'feed',
    cycle: feed.cycle,
    currency: feed.currency || 'MXN',
    signals: program ? all.filter((s) => s.program === program.key) : all,
    config: setup.config,
    notes: setup.notes,
  };
  if (feed.asOf) base.asOf = feed.asOf;
  if (program) {
    base.key = program.key;
    base.name = program.name;
  }
  return base;
}

/** The view: the base filtered by rule and level, grouped by rule, with the counts the filters show. */
export function signalsView(base: SignalsBase, query: SignalsQuery): SignalsView {
  const byRule = Object.fromEntries(RULE_CODES.map((c) => [c, 0])) as Record<RuleCode, number>;
  const byLevel: Record<SignalLevel, number> = { info: 0, review: 0 };
  for (const s of base.signals) {
    byRule[s.rule]++;
    byLevel[s.level]++;
  }
  const kept = base.signals.filter((s) => (!query.rule || s.rule === query.rule) && (!query.level || s.level === query.level));
  const groups: SignalGroup[] = [];
  for (const rule of RULE_CODES) {
    const list = kept.filter((s) => s.rule === rule);
    if (list.length) groups.push({ rule, level: list[0]!.level, signals: list });
  }
  const { signals: _all, ...rest } = base;
  return {
    ...rest,
    total: base.signals.length,
    shown: kept.length,
    programs: new Set(kept.map((s) => s.program)).size,
    groups,
    byRule,
    byLevel,
  };
}
