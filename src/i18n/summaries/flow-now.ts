/**
 * "Where is the money now" for <tp-spending-flow>: the split of every 100 pesos (from `nowSplit`,
 * whose parts always add up to 100) and the moments that are not reported. Pure: no DOM, no Lit.
 */
import type { NowPart, NowSplit } from '../../feed/views/flow-view.js';
import { formatDate, parseIsoDate } from '../format.js';
import { REACHED, cap, list, momentNoun, partLabel, pick, type L } from './flow-words.js';

const LADDER_ORDER: readonly string[] = ['approved', 'modified', 'ministered', 'committed', 'accrued', 'exercised', 'paid'];

function partPhrase(part: NowPart, first: boolean, l: L): string {
  const n = String(part.of100);
  if (l === 'es') return `${n} ${first ? 'están ' : ''}${partLabel(part, l)}`;
  if (!first) return `${n} ${partLabel(part, l)}`;
  if (!part.reached) return `${n} have not been ${REACHED.en[part.notReached!]}`;
  return `${n} have been ${partLabel(part, l)}`;
}

function sortLadder(moments: readonly string[]): string[] {
  return [...moments].sort((a, b) => LADDER_ORDER.indexOf(a) - LADDER_ORDER.indexOf(b));
}

/** "No se reportan el comprometido ni el pagado." / "The committed and paid amounts are not reported." */
export function notReportedSentence(moments: readonly string[], lang: string | null | undefined): string {
  const l = pick(lang);
  if (!moments.length) return '';
  const nouns = sortLadder(moments).map((m) => momentNoun(m, l));
  if (l === 'es') return `No se ${nouns.length === 1 ? 'reporta' : 'reportan'} ${list(nouns, l, 'nor')}.`;
  return nouns.length === 1
    ? `The ${nouns[0]} amount is not reported.`
    : `The ${list(nouns, l, 'and')} amounts are not reported.`;
}

const BASE: Record<L, Record<'modified' | 'approved', string>> = {
  es: { modified: 'del presupuesto modificado', approved: 'del presupuesto aprobado' },
  en: { modified: 'of the modified budget', approved: 'of the approved budget' },
};

/**
 * Where the money is now, e.g. "Al 31 de marzo de 2016, de cada 100 pesos del presupuesto modificado,
 * 62 están pagados, 9 devengados sin pagar y 29 sin comprometer." followed, when some moments are not
 * reported, by a sentence that says so. Parts of 0 are left out of the list; the rest add up to 100.
 */
export function nowSentence(
  split: NowSplit,
  lang: string | null | undefined,
  asOf?: string,
  /** Whole feed: the split covers `programs` of `of` programs (those that report every moment it needs). */
  scope?: { programs: number; of: number },
): string {
  const l = pick(lang);
  const when = asOf && parseIsoDate(asOf) ? formatDate(asOf, l) : undefined;
  switch (split.status) {
    case 'no-base':
      return l === 'es'
        ? 'No se reporta el presupuesto aprobado ni el modificado, así que no se puede decir qué parte del dinero se ha gastado.'
        : 'Neither the approved nor the modified budget is reported, so the share spent cannot be given.';
    case 'zero-base':
      return l === 'es'
        ? `El presupuesto ${split.base === 'modified' ? 'modificado' : 'aprobado'} es de 0 pesos, así que no se puede repartir en partes.`
        : `The ${split.base} budget is 0 pesos, so it cannot be split into shares.`;
    case 'no-moments':
      return l === 'es'
        ? `No se reportan el comprometido, el devengado ni el pagado, así que no se puede decir dónde está el dinero ${BASE.es[split.base]}.`
        : `The committed, accrued and paid amounts are not reported, so we cannot say where the money ${BASE.en[split.base]} is now.`;
    case 'order':
      return l === 'es'
        ? 'Los momentos del gasto no siguen el orden esperado (vea las notas), así que no se puede decir dónde está el dinero.'
        : 'The spending moments break their expected order (see the notes), so we cannot say where the money is now.';
    case 'ok': {
      const shown = split.parts.filter((p) => p.of100 > 0);
      const phrases = shown.map((p, i) => partPhrase(p, i === 0, l));
      const partial = scope && scope.programs < scope.of;
      const within = !partial
        ? ''
        : scope.programs === 1
          ? l === 'es'
            ? `en el único de los ${scope.of} programas que reporta todos estos momentos, `
            : `in the only one of the ${scope.of} programs that reports all these moments, `
          : l === 'es'
            ? `en los ${scope.programs} de ${scope.of} programas que reportan todos estos momentos, `
            : `in the ${scope.programs} of ${scope.of} programs that report all these moments, `;
      const head = l === 'es' ? (when ? `Al ${when}, ${within}de` : within ? `${cap(within)}de` : 'De') : when ? `As of ${when}, ${within}of` : within ? `${cap(within)}of` : 'Of';
      const lead = l === 'es' ? `${head} cada 100 pesos ${BASE.es[split.base]}` : `${head} every 100 pesos ${BASE.en[split.base]}`;
      const main = `${lead}, ${list(phrases, l, 'and')}.`;
      const missing = notReportedSentence(split.missing, l);
      return missing ? `${main} ${missing}` : main;
    }
  }
}
