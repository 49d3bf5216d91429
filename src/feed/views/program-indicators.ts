/**
 * A program's MIR indicators for <tp-indicator-gauge>: strategic and management, grouped by MIR level,
 * with light counts; and finding one indicator by id. Pure: no DOM, no Lit.
 */
import { MIR_LEVELS } from '../types.js';
import type { Indicator, MirLevel, Program } from '../types.js';
import { indicatorView, type IndicatorView, type ViewOptions } from './indicator-single.js';

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
  return MIR_LEVELS.map((level) => ({ level, indicators: list.filter((i) => i.level === level) })).filter(
    (g) => g.indicators.length > 0,
  );
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
  const all = (program.indicators ?? [])
    .filter((i) => i && MIR_LEVELS.includes(i.level))
    .map((i) => indicatorView(i, opts));
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
export function findIndicator(
  programs: readonly Program[],
  id: string,
): { program: Program; indicator: Indicator } | null {
  const want = String(id).trim();
  for (const program of programs) {
    for (const indicator of program.indicators ?? []) {
      if (indicator && String(indicator.id).trim() === want) return { program, indicator };
    }
  }
  return null;
}
