/** Program mode of the cross-cutting view: one program's share in one annex. Pure. */
import type { AnnexId, Feed, Moment, Problem, Program } from '../types.js';
import { coverageRows, populationGroups, servedSplit } from './cross-cutting-populations.js';
import { calendarOf } from './cross-cutting-calendar.js';
import { annexEntries, categoriesOf, isNum, mismatchProblem, momentOrder, money, reportsAll, sumCents, toCents, yearMismatch } from './cross-cutting-common.js';
import { makeProblem } from '../problems.js';
import type { ProgramAnnexView } from './cross-cutting-types.js';

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
      makeProblem('tagged-exceeds-total', 'tagged-exceeds-total', 'warning', { key: program.key }, { moment, found: String(taggedCents! / 100) }),
    );
  }
  if (taggedCents !== undefined && taggedCents < 0) {
    problems.push(makeProblem('negative-amount', 'tagged-negative', 'warning', { key: program.key }, { moment, found: String(taggedCents / 100) }));
  }
  const populations = populationGroups(program);
  for (const g of populations) {
    if (g.total !== undefined && g.bars.length > 0 && g.missing.length === 0 && Math.abs(g.total - g.sum) > 0.5) {
      problems.push(
        makeProblem('population-total-mismatch', 'population-sum-mismatch', 'note', { key: program.key }, { found: `${g.sum} ≠ ${g.total}` }),
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
