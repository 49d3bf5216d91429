/**
 * The data table behind the gauges (the "Ver tabla de datos" alternative and the CSV/JSON
 * downloads). Pure: builds a TableModel from the indicator views. A value that is not reported is
 * null (shown "no reportado"), never 0.
 */
import type { IndicatorView } from './indicator-gauge.model.js';
import type { TableModel } from '../../platform/table-model.js';
import { gaugeMsg, levelTerm, lightWord } from './indicator-gauge.messages.js';
import type { Lang } from '../../i18n/types.js';

export function indicatorTable(caption: string, list: readonly IndicatorView[], lang: Lang): TableModel {
  const m = (k: Parameters<typeof gaugeMsg>[1]) => gaugeMsg(lang, k);
  return {
    caption,
    columns: [
      { key: 'level', label: m('level') },
      { key: 'id', label: 'ID' },
      { key: 'name', label: m('indicator') },
      { key: 'kind', label: m('kind') },
      { key: 'unit', label: m('unit') },
      { key: 'baseline', label: m('baseline'), numeric: true, kind: 'number' },
      { key: 'baselineYear', label: `${m('baseline')} (${m('year').toLowerCase()})` },
      { key: 'target', label: m('target'), numeric: true, kind: 'number' },
      { key: 'numerator', label: m('numerator'), numeric: true, kind: 'number' },
      { key: 'denominator', label: m('denominator'), numeric: true, kind: 'number' },
      { key: 'result', label: m('achieved'), numeric: true, kind: 'number' },
      { key: 'resultYear', label: `${m('achieved')} (${m('year').toLowerCase()})` },
      { key: 'percent', label: m('percent'), numeric: true, kind: 'number' },
      { key: 'light', label: m('light') },
    ],
    rows: list.map((v) => ({
      level: levelTerm(v.level, lang).term,
      id: v.id,
      name: v.name,
      kind: m(`kind.${v.kind}`),
      unit: v.unit,
      baseline: v.baseline?.value ?? null,
      baselineYear: v.baseline?.year !== undefined ? String(v.baseline.year) : null,
      target: v.target ?? null,
      numerator: v.numerator ?? null,
      denominator: v.denominator ?? null,
      result: v.result?.value ?? null,
      resultYear: v.result?.year !== undefined ? String(v.result.year) : null,
      percent: v.percent ?? null,
      light: v.light ? lightWord(v.light, lang) : v.status === 'no-result' ? gaugeMsg(lang, 'noResult') : null,
    })),
  };
}
