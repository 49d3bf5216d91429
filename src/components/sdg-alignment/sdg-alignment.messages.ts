/**
 * Plain-language sentences (es-MX first, en) for SDG alignment views. Pure: no DOM, no Lit.
 * Goal names come from src/i18n/sdg.ts (official short names, both languages).
 */
import type { FeedGoalRow, FeedSdgView, ProgramSdgView } from './sdg-alignment.model.js';
import { formatMoney, formatNumber } from '../../i18n/format.js';
import { joinList, resolveLang } from '../../i18n/registry.js';
import { sdgName } from '../../i18n/sdg-goals.js';
import type { Lang } from '../../i18n/types.js';
import { momentWord } from '../gender-breakdown/gender-breakdown.messages.js';

const n = (x: number, lang: Lang | null | undefined) => formatNumber(x, lang, 0);

/** "5 (Igualdad de género)" / "5 (Gender equality)". */
export function goalRef(goal: number, lang: Lang | null | undefined): string {
  return `${goal} (${sdgName(goal, lang)})`;
}

export function programSdgSummary(v: ProgramSdgView, lang: Lang | null | undefined): string[] {
  const en = resolveLang(lang) === 'en';
  if (!v.goals.length)
    return [en ? 'This program has no recorded alignment to the Sustainable Development Goals.' : 'Este programa no tiene vinculación registrada con los Objetivos de Desarrollo Sostenible.'];
  const direct = v.goals.filter((g) => g.contribution === 'direct').map((g) => goalRef(g.goal, lang));
  const indirect = v.goals.filter((g) => g.contribution === 'indirect').map((g) => goalRef(g.goal, lang));
  const count = v.goals.length;
  const head = en
    ? `This program contributes to ${count === 1 ? 'one Sustainable Development Goal' : `${count} Sustainable Development Goals`}`
    : `Este programa contribuye a ${count === 1 ? 'un Objetivo de Desarrollo Sostenible' : `${count} Objetivos de Desarrollo Sostenible`}`;
  const parts: string[] = [];
  if (direct.length) parts.push(en ? `directly to goal${direct.length > 1 ? 's' : ''} ${joinList(lang, direct, 'and')}` : `de forma directa ${direct.length > 1 ? 'a los objetivos' : 'al objetivo'} ${joinList(lang, direct, 'and')}`);
  if (indirect.length) parts.push(en ? `indirectly to goal${indirect.length > 1 ? 's' : ''} ${joinList(lang, indirect, 'and')}` : `de forma indirecta ${indirect.length > 1 ? 'a los objetivos' : 'al objetivo'} ${joinList(lang, indirect, 'and')}`);
  return [`${head}: ${parts.join('; ')}.`];
}

function goalSentence(g: FeedGoalRow, moment: string | undefined, lang: Lang | null | undefined, currency: string): string {
  const en = resolveLang(lang) === 'en';
  const ref = goalRef(g.goal, lang);
  if (g.programs === 0) return en ? `No program in this data is aligned to goal ${ref}.` : `Ningún programa de estos datos está vinculado al objetivo ${ref}.`;
  const progs = en ? `${n(g.programs, lang)} program${g.programs === 1 ? '' : 's'}` : `${n(g.programs, lang)} programa${g.programs === 1 ? '' : 's'}`;
  const how =
    g.programs === 1
      ? en ? (g.direct ? 'directly' : 'indirectly') : g.direct ? 'de forma directa' : 'de forma indirecta'
      : g.direct === g.programs
        ? en ? 'all directly' : 'todos de forma directa'
        : g.direct === 0
          ? en ? 'all indirectly' : 'todos de forma indirecta'
          : en ? `${n(g.direct, lang)} directly` : `${n(g.direct, lang)} de forma directa`;
  let s = en
    ? `${progs} contribute${g.programs === 1 ? 's' : ''} to goal ${ref} (${how})`
    : `Al objetivo ${ref} contribuye${g.programs === 1 ? '' : 'n'} ${progs} (${how})`;
  if (moment && g.programs > g.withoutAmount) {
    const mw = momentWord(moment, lang);
    s += en ? `, with ${formatMoney(g.amount, lang, { currency })} (${mw})` : `, con ${formatMoney(g.amount, lang, { currency })} (${mw})`;
    if (g.withoutAmount)
      s += en ? `; ${n(g.withoutAmount, lang)} of them report no amount` : `; ${n(g.withoutAmount, lang)} de ellos no reporta${g.withoutAmount === 1 ? '' : 'n'} monto`;
  }
  return `${s}.`;
}

/**
 * Whole-feed sentences; with `goal`, the sentence for that goal. Ends with the note that goal
 * amounts overlap.
 */
export function feedSdgSummary(v: FeedSdgView, lang: Lang | null | undefined, o: { currency?: string; goal?: number } = {}): string[] {
  const en = resolveLang(lang) === 'en';
  const currency = o.currency ?? 'MXN';
  if (!v.alignedPrograms)
    return [en ? 'No program in this data has a recorded alignment to the Sustainable Development Goals.' : 'Ningún programa de estos datos tiene vinculación registrada con los Objetivos de Desarrollo Sostenible.'];
  const out: string[] = [];
  const row = o.goal !== undefined ? v.goals.find((g) => g.goal === o.goal) : undefined;
  if (row) out.push(goalSentence(row, v.moment, lang, currency));
  else {
    out.push(
      en
        ? `${n(v.alignedPrograms, lang)} of the ${n(v.programs, lang)} programs in this data are aligned to at least one Sustainable Development Goal.`
        : `${n(v.alignedPrograms, lang)} de los ${n(v.programs, lang)} programas de estos datos están vinculados con al menos un Objetivo de Desarrollo Sostenible.`,
    );
    const most = [...v.goals].sort((a, b) => b.programs - a.programs || a.goal - b.goal)[0]!;
    out.push(
      en
        ? `The goal with the most programs is ${goalRef(most.goal, lang)}, with ${n(most.programs, lang)}.`
        : `El objetivo con más programas es el ${goalRef(most.goal, lang)}, con ${n(most.programs, lang)}.`,
    );
    const none = v.goals.filter((g) => g.programs === 0).map((g) => String(g.goal));
    if (none.length)
      out.push(en ? `No program is aligned to goal${none.length > 1 ? 's' : ''} ${joinList(lang, none, 'and')}.` : `Ningún programa está vinculado ${none.length > 1 ? 'a los objetivos' : 'al objetivo'} ${joinList(lang, none, 'and')}.`);
  }
  out.push(
    en
      ? 'A program can contribute to several goals, so the amounts by goal overlap and do not add up.'
      : 'Un programa puede contribuir a varios objetivos, así que los montos por objetivo se traslapan y no se suman.',
  );
  return out;
}
