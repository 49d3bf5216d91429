/** The approved → modified change of <tp-spending-flow>, as a sentence and as a short label. Pure: no DOM, no Lit. */
import type { FlowChange } from '../../feed/views/flow-view.js';
import { formatMoney } from '../format.js';
import { moneyPair, pct, pick } from './flow-words.js';

/** The approved → modified step: "El presupuesto se amplió 4.3% en el año. Pasó de … a …." (two short sentences). */
export function changeSentence(
  change: FlowChange,
  lang: string | null | undefined,
  currency?: string,
  /** Whole feed: the change covers `programs` of `of` programs (those that report approved and modified). */
  scope?: { programs: number; of: number },
): string {
  const l = pick(lang);
  if (scope && scope.programs < scope.of) {
    const one = scope.programs === 1;
    const within =
      l === 'es'
        ? one
          ? `En el único de los ${scope.of} programas que reporta el aprobado y el modificado: `
          : `En los ${scope.programs} de ${scope.of} programas que reportan el aprobado y el modificado: `
        : one
          ? `In the only one of the ${scope.of} programs that reports approved and modified: `
          : `In the ${scope.programs} of ${scope.of} programs that report approved and modified: `;
    const rest = changeSentence(change, l, currency);
    return `${within}${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
  }
  let [a, m] = moneyPair(change.approved, change.modified, l, currency);
  if (change.direction === 'unchanged') {
    a = formatMoney(change.approved, l, currency ? { currency } : {});
    return l === 'es'
      ? `El presupuesto modificado es igual al aprobado: ${a}.`
      : `The modified budget equals the approved budget: ${a}.`;
  }
  const small = Math.round(Math.abs(change.ratio) * 1000) === 0;
  const p = small ? (l === 'es' ? 'menos de 0.1%' : 'less than 0.1%') : pct(change.ratio, l);
  if (l === 'es') {
    const verb = change.direction === 'increased' ? 'se amplió' : 'se redujo';
    return `El presupuesto ${verb} ${p} en el año. Pasó de ${a} a ${m}.`;
  }
  const verb = change.direction === 'increased' ? 'grew' : 'shrank';
  return `The budget ${verb} ${p} during the year. It went from ${a} to ${m}.`;
}

/** Short form for the ladder: "se amplió 4.3%" / "grew 4.3%". */
export function changeShort(change: FlowChange, lang: string | null | undefined): string {
  const l = pick(lang);
  if (change.direction === 'unchanged') return l === 'es' ? 'sin cambio' : 'no change';
  const small = Math.round(Math.abs(change.ratio) * 1000) === 0;
  const p = small ? (l === 'es' ? 'menos de 0.1%' : 'less than 0.1%') : pct(change.ratio, l);
  if (l === 'es') return `${change.direction === 'increased' ? 'se amplió' : 'se redujo'} ${p}`;
  return `${change.direction === 'increased' ? 'grew' : 'shrank'} ${p}`;
}
