/**
 * The data tables of <tp-gender-breakdown> and <tp-sdg-alignment> (pure: view → TableModel).
 * Money cells hold pesos to the cent (shown exact: "$128,970,683,882.14"); a value that is not
 * reported stays absent ("no reportado"), never 0.
 */
import type { CrossCuttingView, FeedAnnexView, ProgramAnnexView } from './gender-breakdown.model.js';
import { POPULATION_KINDS, SEXES } from './gender-breakdown.model.js';
import { formatDate } from '../../i18n/format.js';
import { resolveLang } from '../../i18n/registry.js';
import { annexShortName, categoryLabel, momentWord, msg, populationLabel, sexLabel } from './gender-breakdown.messages.js';
import type { Lang } from '../../i18n/types.js';
import type { CellValue, TableModel } from '../../platform/table-model.js';

const en = (lang: Lang) => resolveLang(lang) === 'en';
/** A cell that does not apply to its row (distinct from "no reportado"). */
export const NA = '—';

/** Program mode, money: tagged amount, program total, share, and one row per category. */
export function programMoneyTable(v: ProgramAnnexView, lang: Lang): TableModel {
  const E = en(lang);
  const mw = v.moment ? momentWord(v.moment, lang) : undefined;
  const rows: Array<Record<string, CellValue>> = [
    { concept: E ? 'Tagged amount' : 'Monto etiquetado', moment: mw, amount: v.taggedAmount?.amount, share: NA },
    { concept: E ? 'Program total' : 'Total del programa', moment: v.sameMoment ? mw : undefined, amount: v.total?.amount, share: NA },
    { concept: E ? 'Share tagged' : 'Proporción etiquetada', moment: v.sameMoment ? mw : undefined, amount: NA, share: v.share },
    ...v.categories.map((c) => ({
      concept: `${E ? 'Category' : 'Categoría'}: ${categoryLabel(c.category, lang)}`,
      moment: mw,
      amount: c.amount,
      share: c.share,
    })),
  ];
  return {
    caption: `${annexShortName(v.annex, lang)}: ${v.key} ${v.name}`,
    columns: [
      { key: 'concept', label: E ? 'Concept' : 'Concepto' },
      { key: 'moment', label: E ? 'Moment' : 'Momento' },
      { key: 'amount', label: E ? 'Amount (pesos)' : 'Monto (pesos)', numeric: true, kind: 'money' },
      { key: 'share', label: E ? 'Share' : 'Proporción', numeric: true, kind: 'percent' },
    ],
    rows,
  };
}

/** Program mode, populations: potential / target / served by sex, and coverage. */
export function populationTable(v: ProgramAnnexView, lang: Lang): TableModel | undefined {
  if (!v.populations.length && !v.coverage.length) return undefined;
  const E = en(lang);
  const rows: Array<Record<string, CellValue>> = [];
  for (const kind of POPULATION_KINDS) {
    const g = v.populations.find((p) => p.kind === kind);
    if (!g) continue;
    const row: Record<string, CellValue> = { group: populationLabel(kind, lang), unit: g.unit, total: g.total };
    for (const b of g.bars) row[b.sex] = b.value;
    rows.push(row);
  }
  const cov: Record<string, CellValue> = { group: E ? 'Coverage (served / target)' : 'Cobertura (atendida / objetivo)' };
  let anyCov = false;
  for (const c of v.coverage) {
    if (c.ratio !== undefined) {
      cov[c.sex] = `${(c.ratio * 100).toFixed(1)}%`;
      anyCov = true;
    }
  }
  if (anyCov) rows.push(cov);
  return {
    caption: `${E ? 'Population by sex' : 'Población por sexo'}: ${v.key}`,
    columns: [
      { key: 'group', label: E ? 'Population' : 'Población' },
      ...SEXES.map((s) => ({ key: s, label: sexLabel(s, lang), numeric: true, kind: 'number' as const })),
      { key: 'total', label: E ? 'Total given by the source' : 'Total que da la fuente', numeric: true, kind: 'number' },
      { key: 'unit', label: E ? 'Unit' : 'Unidad' },
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
  const E = en(lang);
  return {
    caption: money.caption,
    columns: [
      { key: 'measure', label: E ? 'Measure' : 'Medida' },
      { key: 'detail', label: E ? 'Detail' : 'Detalle' },
      { key: 'value', label: E ? 'Value' : 'Valor', numeric: true, kind: 'number' },
    ],
    rows,
  };
}

/** Whole-feed mode: total, categories, top programs, other, budget and share. */
export function feedAnnexTable(v: FeedAnnexView, lang: Lang): TableModel {
  const E = en(lang);
  const rows: Array<Record<string, CellValue>> = [];
  rows.push({ item: E ? 'Annex total' : 'Total del anexo', key: NA, amount: v.total?.amount, share: v.total ? 1 : undefined });
  for (const c of v.categories)
    rows.push({ item: `${E ? 'Category' : 'Categoría'}: ${categoryLabel(c.category, lang)}`, key: NA, amount: c.amount, share: c.share });
  v.top.forEach((r, i) => rows.push({ item: `${i + 1}. ${r.name}`, key: r.key, amount: r.amount, share: r.share }));
  if (v.other) rows.push({ item: msg(lang, 'otherPrograms', v.other.count), key: NA, amount: v.other.amount, share: v.other.share });
  rows.push({
    item: E ? `Budget of the ${v.budgetPrograms} programs in this data` : `Presupuesto de los ${v.budgetPrograms} programas de estos datos`,
    key: NA,
    amount: v.budget?.amount,
    share: NA,
  });
  rows.push({ item: E ? 'Annex share of that budget' : 'Proporción del anexo en ese presupuesto', key: NA, amount: NA, share: v.shareOfBudget });
  const mw = v.moment ? ` (${momentWord(v.moment, lang)})` : '';
  return {
    caption: `${annexShortName(v.annex, lang)}${mw}`,
    columns: [
      { key: 'item', label: E ? 'Item' : 'Concepto' },
      { key: 'key', label: E ? 'Program key' : 'Clave' },
      { key: 'amount', label: E ? 'Amount (pesos)' : 'Monto (pesos)', numeric: true, kind: 'money' },
      { key: 'share', label: E ? 'Share of the annex' : 'Proporción del anexo', numeric: true, kind: 'percent' },
    ],
    rows,
  };
}

/** The annex calendar: one row per period, exact amounts; undefined under two periods. */
export function calendarTable(v: CrossCuttingView, lang: Lang): TableModel | undefined {
  if (v.calendar.length < 2) return undefined;
  const E = en(lang);
  const sum = v.calendar.reduce((s, r) => s + r.cents, 0);
  const mw = v.moment ? ` (${momentWord(v.moment, lang)})` : '';
  return {
    caption: `${E ? 'Monthly calendar' : 'Calendario mensual'}${mw}: ${annexShortName(v.annex, lang)}`,
    columns: [
      { key: 'period', label: E ? 'Month' : 'Mes' },
      { key: 'amount', label: E ? 'Amount (pesos)' : 'Monto (pesos)', numeric: true, kind: 'money' },
      { key: 'share', label: E ? 'Share of the calendar' : 'Proporción del calendario', numeric: true, kind: 'percent' },
    ],
    rows: v.calendar.map((r) => ({ period: formatDate(r.period, lang), amount: r.amount, share: sum > 0 ? r.cents / sum : undefined })),
  };
}
