/**
 * Plain-language sentences for <tp-spending-flow>, in Spanish (default) and English.
 * Pure: no DOM, no Lit. Input is the flow view (src/feed/views/flow-view.ts).
 *
 * A moment that is not reported is said to be not reported; it is never described as zero.
 * The "where is the money now" numbers come from `nowSplit` and always add up to 100.
 */
import type { FlowView } from '../../feed/views/flow-view.js';
import { formatMoney, formatNumber } from '../format.js';
import { list, momentNoun, pick } from './flow-words.js';
import { changeSentence } from './flow-change.js';
import { nowSentence } from './flow-now.js';

export { flowMsg, breakdownLabel } from './flow-messages.js';
export { momentLabel, momentNoun, partLabel } from './flow-words.js';
export { changeSentence, changeShort } from './flow-change.js';
export { notReportedSentence, nowSentence } from './flow-now.js';
export { anomalyNote, anomalySentence } from './flow-anomalies.js';

/**
 * Whole-feed lead: "Los 632 programas de estos datos suman un presupuesto modificado de $111,746.5 millones."
 * When only some programs report a moment, one sentence lists those moments with their counts.
 */
export function feedSentence(view: FlowView, lang: string | null | undefined): string {
  const l = pick(lang);
  const n = view.programCount ?? 0;
  const count = formatNumber(n, l, 0);
  const base = view.base;
  const out: string[] = [];
  const reporting = (m: string) => view.reporting?.[m] ?? 0;
  if (base) {
    const amount = formatMoney(view.steps.find((s) => s.moment === base)?.amount, l, { currency: view.currency });
    const word = l === 'es' ? (base === 'modified' ? 'modificado' : 'aprobado') : base;
    const r = reporting(base);
    if (r === n) {
      out.push(
        l === 'es'
          ? `${n === 1 ? 'El programa de estos datos suma' : `Los ${count} programas de estos datos suman`} un presupuesto ${word} de ${amount}.`
          : `${n === 1 ? 'The one program in this data has' : `The ${count} programs in this data add up to`} a ${word} budget of ${amount}.`,
      );
    } else {
      const rs = formatNumber(r, l, 0);
      out.push(
        l === 'es'
          ? `Estos datos tienen ${count} programas; los ${rs} que reportan el presupuesto ${word} suman ${amount}.`
          : `This data has ${count} programs; the ${rs} that report a ${word} budget add up to ${amount}.`,
      );
    }
  }
  const partial = view.moments.filter((m) => m !== base && reporting(m) > 0 && reporting(m) < n);
  if (partial.length) {
    const items = partial.map((m) =>
      l === 'es' ? `${momentNoun(m, l)} (${reporting(m)} de ${count})` : `${momentNoun(m, l)} (${reporting(m)} of ${count})`,
    );
    out.push(
      l === 'es'
        ? `Solo algunos programas reportan ${list(items, l, 'and')}: esas sumas no incluyen a los demás.`
        : `Only some programs report ${list(items, l, 'and')}: those sums leave the others out.`,
    );
  }
  const broken = view.programsWithBreaks ?? [];
  if (broken.length) {
    const keys = list(broken.slice(0, 5), l, 'and') + (broken.length > 5 ? (l === 'es' ? ' y otros' : ' and others') : '');
    out.push(
      l === 'es'
        ? `${broken.length === 1 ? '1 programa tiene' : `${broken.length} programas tienen`} datos fuera del orden esperado: ${keys}.`
        : `${broken.length === 1 ? '1 program has' : `${broken.length} programs have`} figures out of the expected order: ${keys}.`,
    );
  }
  return out.join(' ');
}

/** The summary paragraph of the widget: change, where the money is, and (feed mode) the totals. */
export function flowSummary(view: FlowView, lang: string | null | undefined): string[] {
  const out: string[] = [];
  if (view.mode === 'feed') {
    const lead = feedSentence(view, lang);
    if (lead) out.push(lead);
  }
  const n = view.programCount ?? 0;
  if (view.change) {
    out.push(changeSentence(view.change, lang, view.currency, view.changeScope !== undefined ? { programs: view.changeScope, of: n } : undefined));
  }
  out.push(nowSentence(view.now, lang, view.asOf, view.splitScope !== undefined ? { programs: view.splitScope, of: n } : undefined));
  if (view.anomalies.length) {
    const l = pick(lang);
    const k = view.anomalies.length;
    out.push(
      l === 'es'
        ? `${k === 1 ? 'Hay 1 dato' : `Hay ${k} datos`} fuera del orden esperado.`
        : `${k === 1 ? 'One figure is' : `${k} figures are`} out of the expected order.`,
    );
  }
  return out;
}
