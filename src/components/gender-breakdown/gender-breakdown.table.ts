/**
 * The data tables of <tp-gender-breakdown> (pure: view → TableModel); words from gender-breakdown.messages.ts.
 * Money cells hold pesos to the cent (shown exact: "$128,970,683,882.14"); a value that is not
 * reported stays absent ("no reportado"), never 0.
 */
import type { CrossCuttingView, FeedAnnexView, ProgramAnnexView } from './gender-breakdown.model.js';
import { POPULATION_KINDS, SEXES } from './gender-breakdown.model.js';
import { formatDate } from '../../i18n/format.js';
import { annexShortName, categoryLabel, momentWord, msg, populationLabel, sexLabel } from './gender-breakdown.messages.js';
import type { Lang } from '../../i18n/types.js';
import type { CellValue, TableModel } from '../../platform/table-model.js';

/** A cell that does not apply to its row (distinct from "no reportado"). */
export const NA = '—';

/** Program mode, money: tagged amount, program total, share, and one row per category. */
export function programMoneyTable(v: ProgramAnnexView, lang: Lang): TableModel {
  const mw = v.moment ? momentWord(v.moment, lang) : undefined;
  const rows: Array<Record<string, CellValue>> = [
    { concept: msg(lang, 'ui.taggedAmount'), moment: mw, amount: v.taggedAmount?.amount, share: NA },
    { concept: msg(lang, 'ui.programTotal'), moment: v.sameMoment ? mw : undefined, amount: v.total?.amount, share: NA },
    { concept: msg(lang, 'ui.shareTagged'), moment: v.sameMoment ? mw : undefined, amount: NA, share: v.share },
    ...v.categories.map((c) => ({
      concept: msg(lang, 'table.categoryRow', categoryLabel(c.category, lang)),
      moment: mw,
      amount: c.amount,
      share: c.share,
    })),
  ];
  return {
    caption: `${annexShortName(v.annex, lang)}: ${v.key} ${v.name}`,
    columns: [
      { key: 'concept', label: msg(lang, 'table.concept') },
      { key: 'moment', label: msg(lang, 'table.moment') },
      { key: 'amount', label: msg(lang, 'table.amount'), numeric: true, kind: 'money' },
      { key: 'share', label: msg(lang, 'table.share'), numeric: true, kind: 'percent' },
    ],
    rows,
  };
}

/** Program mode, populations: potential / target / served by sex, and coverage. */
export function populationTable(v: ProgramAnnexView, lang: Lang): TableModel | undefined {
  if (!v.populations.length && !v.coverage.length) return undefined;
  const rows: Array<Record<string, CellValue>> = [];
  for (const kind of POPULATION_KINDS) {
    const g = v.populations.find((p) => p.kind === kind);
    if (!g) continue;
    const row: Record<string, CellValue> = { group: populationLabel(kind, lang), unit: g.unit, total: g.total };
    for (const b of g.bars) row[b.sex] = b.value;
    rows.push(row);
  }
  const cov: Record<string, CellValue> = { group: msg(lang, 'table.coverage') };
  let anyCov = false;
  for (const c of v.coverage) {
    if (c.ratio !== undefined) {
      cov[c.sex] = `${(c.ratio * 100).toFixed(1)}%`;
      anyCov = true;
    }
  }
  if (anyCov) rows.push(cov);
  return {
    caption: msg(lang, 'table.populationCaption', v.key),
    columns: [
      { key: 'group', label: msg(lang, 'table.population') },
      ...SEXES.map((s) => ({ key: s, label: sexLabel(s, lang), numeric: true, kind: 'number' as const })),
      { key: 'total', label: msg(lang, 'ui.sourceTotal'), numeric: true, kind: 'number' },
      { key: 'unit', label: msg(lang, 'table.unit') },
    ],
    rows,
  };
}

/** Program mode download: one long table (measure, detail, value) with raw numbers. */
export function programDownloadTable(v: ProgramAnnexView, lang: Lang): TableModel {
  const money = programMoneyTable(v, lang);
  const rows: Array<Record<string, CellValue>> = money.rows.map((r) => ({
    measure: r.concept,
    detail: r.moment,
    value: (r.amount !== NA ? r.amount : r.share) as CellValue,
  }));
  for (const g of v.populations) {
    for (const b of g.bars) rows.push({ measure: populationLabel(g.kind, lang), detail: sexLabel(b.sex, lang), value: b.value });
    for (const s of g.missing) rows.push({ measure: populationLabel(g.kind, lang), detail: sexLabel(s, lang), value: undefined });
  }
  return {
    caption: money.caption,
    columns: [
      { key: 'measure', label: msg(lang, 'table.measure') },
      { key: 'detail', label: msg(lang, 'table.detail') },
      { key: 'value', label: msg(lang, 'table.value'), numeric: true, kind: 'number' },
    ],
    rows,
  };
}

/** Whole-feed mode: total, categories, top programs, other, budget and share. */
export function feedAnnexTable(v: FeedAnnexView, lang: Lang): TableModel {
  const rows: Array<Record<string, CellValue>> = [];
  rows.push({ item: msg(lang, 'ui.annexTotal'), key: NA, amount: v.total?.amount, share: v.total ? 1 : undefined });
  for (const c of v.categories)
    rows.push({ item: msg(lang, 'table.categoryRow', categoryLabel(c.category, lang)), key: NA, amount: c.amount, share: c.share });
  v.top.forEach((r, i) => rows.push({ item: `${i + 1}. ${r.name}`, key: r.key, amount: r.amount, share: r.share }));
  if (v.other) rows.push({ item: msg(lang, 'otherPrograms', v.other.count), key: NA, amount: v.other.amount, share: v.other.share });
  rows.push({
    item: msg(lang, 'table.budget', v.budgetPrograms),
    key: NA,
    amount: v.budget?.amount,
    share: NA,
  });
  rows.push({ item: msg(lang, 'table.annexShare'), key: NA, amount: NA, share: v.shareOfBudget });
  const mw = v.moment ? ` (${momentWord(v.moment, lang)})` : '';
  return {
    caption: `${annexShortName(v.annex, lang)}${mw}`,
    columns: [
      { key: 'item', label: msg(lang, 'table.item') },
      { key: 'key', label: msg(lang, 'table.programKey') },
      { key: 'amount', label: msg(lang, 'table.amount'), numeric: true, kind: 'money' },
      { key: 'share', label: msg(lang, 'table.shareOfAnnex'), numeric: true, kind: 'percent' },
    ],
    rows,
  };
}

/** The annex calendar: one row per period, exact amounts; undefined under two periods. */
export function calendarTable(v: CrossCuttingView, lang: Lang): TableModel | undefined {
  if (v.calendar.length < 2) return undefined;
  const sum = v.calendar.reduce((s, r) => s + r.cents, 0);
  return {
    caption: msg(lang, 'table.calendarCaption', v.moment ? momentWord(v.moment, lang) : '', annexShortName(v.annex, lang)),
    columns: [
      { key: 'period', label: msg(lang, 'table.month') },
      { key: 'amount', label: msg(lang, 'table.amount'), numeric: true, kind: 'money' },
      { key: 'share', label: msg(lang, 'table.shareOfCalendar'), numeric: true, kind: 'percent' },
    ],
    rows: v.calendar.map((r) => ({ period: formatDate(r.period, lang), amount: r.amount, share: sum > 0 ? r.cents / sum : undefined })),
  };
}
