/**
 * Table models of <tp-spending-flow> (the "Ver tabla de datos" alternative and the downloads).
 * Pure: no DOM. Amounts stay raw numbers (to the cent); a moment not reported is null, which the
 * shared table shows as "no reportado" and the CSV leaves empty. Never 0.
 */
import type { BreakdownGroup, FlowView, PeriodSeries } from './spending-flow.model.js';
import { reportedAmount } from './spending-flow.model.js';
import { breakdownLabel, flowMsg, momentLabel } from './spending-flow.messages.js';
import type { TableColumn, TableModel } from '../../platform/table-model.js';

const momentColumns = (moments: readonly string[], lang: string): TableColumn[] =>
  moments.map((m) => ({ key: `m:${m}`, label: momentLabel(m, lang), numeric: true, kind: 'money' }));

/** The ladder: one row per moment with its exact amount and share of the base. */
export function ladderTable(view: FlowView, lang: string): TableModel {
  const baseLabel = view.base ? momentLabel(view.base, lang) : '';
  return {
    caption: `${flowMsg(lang, 'ladder')}: ${view.mode === 'program' ? `${view.key} ${view.name}` : flowMsg(lang, 'titleFeed')}`,
    columns: [
      { key: 'moment', label: flowMsg(lang, 'moment'), kind: 'text' },
      { key: 'amount', label: flowMsg(lang, 'amount'), numeric: true, kind: 'money' },
      {
        key: 'share',
        label: baseLabel ? flowMsg(lang, 'shareOf', '%', baseLabel.toLowerCase()) : flowMsg(lang, 'share'),
        numeric: true,
        kind: 'percent',
      },
    ],
    rows: view.steps.map((s) => ({ moment: momentLabel(s.moment, lang), amount: s.amount ?? null, share: s.share ?? null })),
  };
}

/** Every row of one breakdown (not only the top 10), with every moment. */
export function breakdownTable(group: BreakdownGroup, moments: readonly string[], lang: string): TableModel {
  const program = group.by === 'program';
  return {
    caption: `${flowMsg(lang, 'breakdown')}: ${breakdownLabel(group.by, lang)} (${group.rows.length})`,
    columns: [
      { key: 'name', label: program ? flowMsg(lang, 'program') : flowMsg(lang, 'name'), kind: 'text' },
      { key: 'id', label: flowMsg(lang, program ? 'key' : 'id'), kind: 'text' },
      ...momentColumns(moments, lang),
    ],
    rows: group.rows.map((r) => ({
      name: r.name,
      id: r.id,
      ...Object.fromEntries(moments.map((m) => [`m:${m}`, reportedAmount(r.amounts, m) ?? null])),
    })),
  };
}

/** Cumulative amounts by period. A moment whose line ended (not reported) reads "no reportado". */
export function periodsTable(series: PeriodSeries, lang: string): TableModel {
  return {
    caption: flowMsg(lang, 'overTimeCaption'),
    columns: [{ key: 'period', label: flowMsg(lang, 'period'), kind: 'text' }, ...momentColumns(series.moments, lang)],
    rows: series.periods.map((period) => ({
      period,
      ...Object.fromEntries(
        series.moments.map((m) => [`m:${m}`, series.points.find((p) => p.period === period && p.moment === m)?.value ?? null]),
      ),
    })),
  };
}

/** The download: the total and every breakdown row of every kind, one column per moment. */
export function downloadTable(view: FlowView, lang: string): TableModel {
  const total = Object.fromEntries(view.steps.map((s) => [`m:${s.moment}`, s.amount ?? null]));
  return {
    caption: ladderTable(view, lang).caption,
    columns: [
      { key: 'level', label: flowMsg(lang, 'breakdown'), kind: 'text' },
      { key: 'id', label: flowMsg(lang, 'id'), kind: 'text' },
      { key: 'name', label: flowMsg(lang, 'name'), kind: 'text' },
      ...momentColumns(view.moments, lang),
    ],
    rows: [
      { level: 'total', id: view.key ?? '', name: view.name, ...total },
      ...view.breakdowns.flatMap((g) =>
        g.rows.map((r) => ({
          level: g.by,
          id: r.id,
          name: r.name,
          ...Object.fromEntries(view.moments.map((m) => [`m:${m}`, reportedAmount(r.amounts, m) ?? null])),
        })),
      ),
    ],
  };
}
