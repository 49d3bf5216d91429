/** Data tables of <tp-sdg-alignment> (program and whole-feed modes). Pure. */
import type { FeedSdgView, ProgramSdgView } from './sdg-alignment.model.js';
import { resolveLang } from '../../i18n/registry.js';
import { sdgContribution, sdgName } from '../../i18n/sdg-goals.js';
import { momentWord } from '../gender-breakdown/gender-breakdown.messages.js';
import type { Lang } from '../../i18n/types.js';
import type { CellValue, TableModel } from '../../platform/table-model.js';

const en = (lang: Lang) => resolveLang(lang) === 'en';

/** SDG, program mode: one row per goal × target. */
export function programSdgTable(v: ProgramSdgView, lang: Lang): TableModel {
  const E = en(lang);
  const rows: Array<Record<string, CellValue>> = [];
  for (const g of v.goals) {
    if (!g.targets.length) rows.push({ goal: `${g.goal}. ${sdgName(g.goal, lang)}`, target: undefined, contribution: sdgContribution(g.contribution, lang) });
    for (const t of g.targets) rows.push({ goal: `${g.goal}. ${sdgName(g.goal, lang)}`, target: t.target, contribution: sdgContribution(t.contribution, lang) });
  }
  return {
    caption: `${E ? 'SDG alignment' : 'Vinculación con los ODS'}: ${v.key} ${v.name}`,
    columns: [
      { key: 'goal', label: E ? 'Goal' : 'Objetivo' },
      { key: 'target', label: E ? 'Target' : 'Meta' },
      { key: 'contribution', label: E ? 'Contribution' : 'Contribución' },
    ],
    rows,
  };
}

/** SDG, whole feed: 17 rows; with `goal`, that goal's programs. */
export function feedSdgTable(v: FeedSdgView, lang: Lang, goal?: number): TableModel {
  const E = en(lang);
  const mw = v.moment ? ` (${momentWord(v.moment, lang)})` : '';
  const row = goal !== undefined ? v.goals.find((g) => g.goal === goal) : undefined;
  if (row) {
    return {
      caption: `${E ? 'Programs aligned to SDG' : 'Programas vinculados al ODS'} ${row.goal}: ${sdgName(row.goal, lang)}`,
      columns: [
        { key: 'key', label: E ? 'Program key' : 'Clave' },
        { key: 'name', label: E ? 'Program' : 'Programa' },
        { key: 'contribution', label: E ? 'Contribution' : 'Contribución' },
        { key: 'amount', label: `${E ? 'Amount (pesos)' : 'Monto (pesos)'}${mw}`, numeric: true, kind: 'money' },
      ],
      rows: row.list.map((p) => ({ key: p.key, name: p.name, contribution: sdgContribution(p.contribution, lang), amount: p.amount })),
    };
  }
  return {
    caption: E ? 'Programs and money by Sustainable Development Goal' : 'Programas y dinero por Objetivo de Desarrollo Sostenible',
    columns: [
      { key: 'goal', label: E ? 'Goal' : 'Objetivo' },
      { key: 'programs', label: E ? 'Programs' : 'Programas', numeric: true, kind: 'number' },
      { key: 'direct', label: E ? 'Direct' : 'Directa', numeric: true, kind: 'number' },
      { key: 'indirect', label: E ? 'Indirect' : 'Indirecta', numeric: true, kind: 'number' },
      { key: 'amount', label: `${E ? 'Amount (pesos)' : 'Monto (pesos)'}${mw}`, numeric: true, kind: 'money' },
      { key: 'withoutAmount', label: E ? 'Programs without amount' : 'Programas sin monto', numeric: true, kind: 'number' },
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
