/**
 * Signal rules on results and coverage: strategic indicators without progress, targets that may be
 * set too low, spending without MIR indicators, gender-tagged programs without population by sex.
 * Each rule fires only where the feed's sources carry the field it reads. Pure.
 */
import type { Indicator, PopulationBySex, Program } from '../feed/types.js';
import type { SignalConfig } from './config.js';
import { finite, modalityOf, ramoOf, spending, type FeedScope } from './facts.js';
import { toCents } from '../feed/amounts.js';
import type { Finding, IndicatorRef } from './types.js';

/** Fin and purpose indicators are strategic unless the feed says otherwise (as the gauge reads them). */
const isStrategic = (i: Indicator) => (i.type ? i.type === 'strategic' : i.level === 'fin' || i.level === 'purpose');

const indicators = (p: Program): Indicator[] => (Array.isArray(p.indicators) ? p.indicators.filter((i) => i && typeof i === 'object') : []);

const ref = (i: Indicator): IndicatorRef => {
  const r: IndicatorRef = { id: String(i.id), name: String(i.name ?? '') };
  if (finite(i.target)) r.target = i.target;
  if (finite(i.achieved)) r.achieved = i.achieved;
  if (finite(i.target) && finite(i.achieved) && i.target !== 0) r.ratio = i.achieved / i.target;
  return r;
};

/**
 * Strategic indicators with a target but no `achieved`. Only where the feed reports progress for some
 * indicator of the program's ramo: a MIR source with targets only (no progress at all) says nothing
 * about progress.
 */
export function strategicNoProgress(p: Program, scope: FeedScope): Finding<'strategic-no-progress'>[] {
  if (!scope.achievedRamos.has(ramoOf(p))) return [];
  const missing = indicators(p).filter((i) => isStrategic(i) && finite(i.target) && !finite(i.achieved));
  if (!missing.length) return [];
  return [
    {
      figures: { indicators: missing.map(ref) },
      fields: ['indicators[].type', 'indicators[].level', 'indicators[].target', 'indicators[].achieved'],
    },
  ];
}

/**
 * Ascending indicators whose result is above the threshold times the target, or whose target is 0.
 * Descending and regular indicators are left out: a target of 0 can be the right goal there
 * ("0 deaths"), and "above the target" does not mean an easy goal.
 */
export function targetTooLow(p: Program, c: SignalConfig): Finding<'target-too-low'>[] {
  const zero: IndicatorRef[] = [];
  const above: IndicatorRef[] = [];
  for (const i of indicators(p)) {
    if (i.direction !== 'ascending' || !finite(i.target)) continue;
    if (i.target === 0) zero.push(ref(i));
    else if (i.target > 0 && finite(i.achieved) && i.achieved > c.targetAbove * i.target) above.push(ref(i));
  }
  if (!zero.length && !above.length) return [];
  return [
    {
      figures: { zero, above, threshold: c.targetAbove },
      fields: ['indicators[].direction', 'indicators[].target', 'indicators[].achieved'],
    },
  ];
}

/**
 * A program of a modality with a MIR that reports spending and has no indicators, in a feed that has
 * indicators for other programs of its ramo (so the MIR source covers the ramo).
 */
export function spendingNoIndicators(p: Program, scope: FeedScope, c: SignalConfig): Finding<'spending-no-indicators'>[] {
  if (indicators(p).length) return [];
  const modality = modalityOf(p);
  if (!c.modalities.includes(modality) || !scope.indicatorRamos.has(ramoOf(p))) return [];
  const spent = spending(p);
  if (!spent) return [];
  return [{ figures: { spending: spent, modality }, fields: [`amounts.${spent.moment}`, 'modality', 'ramo', 'indicators'] }];
}

const GROUPS = ['potential', 'target', 'served'] as const;
const hasFigure = (g: PopulationBySex | undefined) =>
  !!g && typeof g === 'object' && (['women', 'men', 'unspecified', 'total', 'areas'] as const).some((k) => finite(g[k]));
const bySex = (g: PopulationBySex | undefined) => !!g && typeof g === 'object' && (finite(g.women) || finite(g.men));

/**
 * A program in the gender annex (crossCutting annex "gender") whose reported population gives no
 * figure for women or men. A program with no population at all is not flagged: that is absent data.
 */
export function genderNoSexData(p: Program): Finding<'gender-no-sex-data'>[] {
  const gender = (Array.isArray(p.crossCutting) ? p.crossCutting : []).filter((c) => c?.annex === 'gender');
  if (!gender.length) return [];
  const pop = p.population;
  if (!pop || typeof pop !== 'object') return [];
  const groups = GROUPS.filter((k) => hasFigure(pop[k]));
  if (!groups.length || groups.some((k) => bySex(pop[k]))) return [];
  const approved = gender.map((g) => g.amounts?.approved).filter(finite);
  const figures: Finding<'gender-no-sex-data'>['figures'] = { groups: [...groups] };
  if (approved.length) figures.genderApproved = approved.reduce((s, v) => s + toCents(v), 0) / 100;
  return [{ figures, fields: ['crossCutting[].annex', 'crossCutting[].amounts.approved', ...groups.map((g) => `population.${g}`)] }];
}
