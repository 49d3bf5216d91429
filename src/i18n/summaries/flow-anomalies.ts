/** Order breaks of the spending moments (<tp-spending-flow>), explained in plain language. Pure: no DOM, no Lit. */
import type { FlowAnomaly } from '../../feed/views/flow-view.js';
import { cap, moneyPair, momentNoun, pick, type L } from './flow-words.js';

const WHY: Record<L, Record<string, string>> = {
  es: {
    'modified>committed': 'no se puede comprometer más dinero del que tiene el presupuesto.',
    'committed>accrued': 'solo se devenga lo que antes se comprometió.',
    'accrued>exercised': 'solo se ordena pagar lo que ya se devengó.',
    'exercised>paid': 'solo se paga lo que antes se ordenó pagar (lo ejercido).',
  },
  en: {
    'modified>committed': 'an agency cannot commit more money than its budget holds.',
    'committed>accrued': 'only money already committed can be accrued.',
    'accrued>exercised': 'a payment can only be ordered for what has already been accrued.',
    'exercised>paid': 'only what has been ordered for payment (exercised) can be paid.',
  },
};

/** One order break, explained: "El pagado ($120.0) es mayor que el ejercido ($95.0). No debería ocurrir: …". */
export function anomalySentence(b: FlowAnomaly, lang: string | null | undefined, currency?: string): string {
  const l = pick(lang);
  const [later, earlier] = moneyPair(b.laterAmount, b.earlierAmount, l, currency);
  const why = WHY[l][`${b.earlier}>${b.later}`];
  const ln = momentNoun(b.later, l);
  const en = momentNoun(b.earlier, l);
  if (l === 'es') {
    const head = `${cap(ln)} (${later}) es mayor que ${en} (${earlier}).`;
    return why ? `${head} No debería ocurrir: ${why}` : `${head} Se esperaba que fuera igual o menor.`;
  }
  const head = `${cap(ln)} (${later}) is larger than ${en} (${earlier}).`;
  return why ? `${head} This should not happen: ${why}` : `${head} It was expected to be equal or smaller.`;
}

/** The note under the anomalies: the data are shown as published. */
export function anomalyNote(lang: string | null | undefined): string {
  return pick(lang) === 'es'
    ? 'Los datos se muestran tal como se publicaron; no se corrigen.'
    : 'The data are shown as published; they are not corrected.';
}
