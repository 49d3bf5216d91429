/** Data tables of <tp-sdg-alignment> (program and whole-feed modes). Pure. */
import type { FeedSdgView, ProgramSdgView } from './sdg-alignment.model.js';
import { sdgContribution, sdgName } from '../../i18n/sdg-goals.js';
import { momentWord } from '../gender-breakdown/gender-breakdown.messages.js';
import { msg } from './sdg-alignment.messages.js';
import type { Lang } from '../../i18n/types.js';
import type { CellValue, TableModel } from '../../platform/table-model.js';

/** SDG, program mode: one row per goal × target. */
export function programSdgTable(v: ProgramSdgView, lang: Lang): TableModel {
  const rows: Array<Record<string, CellValue>> = [];
  for (const g of v.goals) {
    if (!g.targets.length)
      rows.push({ goal: `${g.goal}. ${sdgName(g.goal, lang)}`, target: undefined, contribution: sdgContribution(g.contribution, lang) });
    for (const t of g.targets)
      rows.push({ goal: `${g.goal}. ${sdgName(g.goal, lang)}`, target: t.target, contribution: sdgContribution(t.contribution, lang) });
  }
  return {
    caption: msg(lang, 'table.programCaption', v.key, v.name),
    columns: [
      { key: 'goal', label: msg(lang, 'table.goal') },
      { key: 'target', label: msg(lang, 'table.target') },
      { key: 'contribution', label: msg(lang, 'table.contribution') },
    ],
    rows,
  };
}

/** SDG, whole feed: 17 rows; with `goal`, that goal's programs. */
export function feedSdgTable(v: FeedSdgView, lang: Lang, goal?: number): TableModel {
  const amount = msg(lang, 'table.amount', v.moment ? momentWord(v.moment, lang) : '');
  const row = goal !== undefined ? v.goals.find((g) => g.goal === goal) : undefined;
  if (row) {
    return {
      caption: msg(lang, 'table.goalCaption', row.goal, sdgName(row.goal, lang)),
      columns: [
        { key: 'key', label: msg(lang, 'table.programKey') },
        { key: 'name', label: msg(lang, 'table.program') },
        { key: 'contribution', label: msg(lang, 'table.contribution') },
        { key: 'amount', label: amount, numeric: true, kind: 'money' },
      ],
      rows: row.list.map((p) => ({ key: p.key, name: p.name, contribution: sdgContribution(p.contribution, lang), amount: p.amount })),
    };
  }
  return {
    caption: msg(lang, 'table.feedCaption'),
    columns: [
      { key: 'goal', label: msg(lang, 'table.goal') },
      { key: 'programs', label: msg(lang, 'table.programs'), numeric: true, kind: 'number' },
      { key: 'direct', label: msg(lang, 'table.direct'), numeric: true, kind: 'number' },
      { key: 'indirect', label: msg(lang, 'table.indirect'), numeric: true, kind: 'number' },
      { key: 'amount', label: amount, numeric: true, kind: 'money' },
      { key: 'withoutAmount', label: msg(lang, 'table.withoutAmount'), numeric: true, kind: 'number' },
    ],
    rows: v.goals.map((g) => ({
      goal: `${g.goal}. ${sdgName(g.goal, lang)}`,
      programs: g.programs,
      direct: g.direct,
      indirect: g.indirect,
      amount: v.moment ? g.amount : undefined,
      withoutAmount: g.withoutAmount,
    })),
  };
}
