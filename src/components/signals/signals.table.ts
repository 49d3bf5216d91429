/** The data table of <tp-signals> (also its CSV and JSON downloads). Pure. */
import type { Lang } from '../../i18n/types.js';
import type { CellValue, TableModel } from '../../platform/table-model.js';
import { levelLabel, ruleName, signalSentence } from '../../signals/describe.js';
import { signalsUi } from './signals.messages.js';
import type { SignalsView } from './signals.model.js';

/** One row per signal shown: rule, rule code, level, program and the sentence with its figures. */
export function signalsTable(v: SignalsView, lang: Lang): TableModel {
  const rows: Array<Record<string, CellValue>> = [];
  for (const g of v.groups)
    for (const s of g.signals)
      rows.push({
        rule: ruleName(s.rule, lang),
        code: s.rule,
        level: levelLabel(s.level, lang),
        key: s.program,
        name: s.name,
        signal: signalSentence(s, lang, v.currency),
      });
  return {
    caption: v.mode === 'program' ? signalsUi(lang, 'captionProgram', v.key ?? '', v.name ?? '') : signalsUi(lang, 'caption'),
    columns: [
      { key: 'rule', label: signalsUi(lang, 'colRule') },
      { key: 'code', label: signalsUi(lang, 'colCode') },
      { key: 'level', label: signalsUi(lang, 'colLevel') },
      { key: 'key', label: signalsUi(lang, 'colKey') },
      { key: 'name', label: signalsUi(lang, 'colProgram') },
      { key: 'signal', label: signalsUi(lang, 'colSignal') },
    ],
    rows,
  };
}
