/**
 * Words and number phrasing shared by the <tp-spending-flow> sentences: moment names and nouns, the
 * labels of the split's parts, lists, percentages and amount pairs. Pure: no DOM, no Lit.
 */
import type { NowPart, SplitMoment } from '../../feed/views/flow-view.js';
import { formatMoney, formatMoneyExact, formatNumber, formatPercent } from '../format.js';
import { glossaryEntry, resolveLang } from '../registry.js';

export type L = 'es' | 'en';
/** Sentences exist in es and en; any other language (a run-time pack) reads the Spanish ones. */
export const pick = (lang: string | null | undefined): L => (resolveLang(lang) === 'en' ? 'en' : 'es');

/** Moment nouns as they appear inside a sentence. */
const NOUN: Record<L, Record<string, string>> = {
  es: {
    approved: 'el aprobado',
    modified: 'el modificado',
    ministered: 'el ministrado',
    committed: 'el comprometido',
    accrued: 'el devengado',
    exercised: 'el ejercido',
    paid: 'el pagado',
  },
  en: {
    approved: 'approved',
    modified: 'modified',
    ministered: 'transferred (ministered)',
    committed: 'committed',
    accrued: 'accrued',
    exercised: 'exercised',
    paid: 'paid',
  },
};

/** Participle (plural, Spanish) and verb for the parts of the split. */
export const REACHED: Record<L, Record<SplitMoment, string>> = {
  es: { paid: 'pagados', accrued: 'devengados', committed: 'comprometidos' },
  en: { paid: 'paid', accrued: 'accrued', committed: 'committed' },
};
const VERB_ES: Record<SplitMoment, string> = { paid: 'pagar', accrued: 'devengar', committed: 'comprometer' };

/** Capitalises the first letter. */
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The moment's name as a label ("Devengado" / "Accrued"); an unknown extra moment shows its key. */
export function momentLabel(moment: string, lang: string | null | undefined): string {
  return glossaryEntry(lang, moment)?.term ?? moment;
}

/** The moment inside a sentence ("el devengado" / "accrued"). */
export function momentNoun(moment: string, lang: string | null | undefined): string {
  return NOUN[pick(lang)][moment] ?? moment;
}

/** "a, b y c" / "a, b and c" (or "ni" for a negative Spanish list). */
export function list(items: string[], l: L, conj: 'and' | 'nor'): string {
  if (items.length <= 1) return items.join('');
  const word = conj === 'nor' ? (l === 'es' ? 'ni' : 'and') : l === 'es' ? 'y' : 'and';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** "4.3%", "12%" (one decimal only when it says something). */
export function pct(ratio: number, lang: L): string {
  const tenths = Math.round(Math.abs(ratio) * 1000);
  return formatPercent(Math.abs(ratio), lang, tenths % 10 === 0 ? 0 : 1);
}

/** Two amounts written so that they never look equal when they are not. */
export function moneyPair(a: number, b: number, lang: L, currency?: string): [string, string] {
  const o = currency ? { currency } : {};
  const fa = formatMoney(a, lang, o);
  const fb = formatMoney(b, lang, o);
  if (fa !== fb) return [fa, fb];
  // English writes billions with one decimal; two close amounts fall back to millions before cents.
  if (lang === 'en' && Math.min(Math.abs(a), Math.abs(b)) >= 1e6) {
    const mil = (v: number) => `${currency ?? 'MXN'}\u00a0${formatNumber(v / 1e6, 'en', 1)} million`;
    if (mil(a) !== mil(b)) return [mil(a), mil(b)];
  }
  return [formatMoneyExact(a, lang, currency), formatMoneyExact(b, lang, currency)];
}

/** The label of one part of the split ("devengados sin pagar" / "accrued but not paid"). */
export function partLabel(part: Pick<NowPart, 'reached' | 'notReached'>, lang: string | null | undefined): string {
  const l = pick(lang);
  if (l === 'es') {
    if (!part.reached) return `sin ${VERB_ES[part.notReached!]}`;
    const r = REACHED.es[part.reached];
    return part.notReached ? `${r} sin ${VERB_ES[part.notReached]}` : r;
  }
  if (!part.reached) return `not ${REACHED.en[part.notReached!]}`;
  const r = REACHED.en[part.reached];
  return part.notReached ? `${r} but not ${REACHED.en[part.notReached]}` : r;
}
