/**
 * The words of <tp-sdg-alignment> (es-MX first, en), in one message table: labels, table columns
 * and the plain-language summaries. Pure: no DOM, no Lit.
 * Goal names and colours come from src/i18n/sdg-goals.ts (official short names, namespace `sdg`).
 */
import type { FeedGoalRow, FeedSdgView, ProgramSdgView } from './sdg-alignment.model.js';
import { formatMoney, formatNumber } from '../../i18n/format.js';
import { defineMessages, joinList } from '../../i18n/registry.js';
import { sdgName } from '../../i18n/sdg-goals.js';
import type { Lang } from '../../i18n/types.js';
import { momentWord } from '../gender-breakdown/gender-breakdown.messages.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * A pack overrides a key as `strings: { 'sdgAlignment.<key>': '…' }` ({0}, {1}… are the
 * arguments named in the comment above each key). Figures arrive formatted; counts used for
 * grammar arrive as numbers next to them.
 */
export const msg = defineMessages('sdgAlignment', {
  es: {
    // On screen.
    'ui.goals': 'Objetivos de Desarrollo Sostenible',
    'ui.feedTitle': 'Presupuesto por Objetivo de Desarrollo Sostenible',
    'ui.targets': 'Metas',
    /** {0}: formatted count, {1}: count */
    'ui.programs': (x: string, n: number) => `${x} ${plural(n, 'programa', 'programas')}`,
    /** {0}: programs (ui.programs), {1}: formatted direct count, {2}: formatted indirect count */
    'ui.programsByKind': '{0} ({1} directa, {2} indirecta)',
    /** {0}: goal number */
    'ui.showPrograms': 'Ver programas del ODS {0}',
    'ui.terms': 'Términos',

    // Data tables.
    /** {0}: program key, {1}: program name */
    'table.programCaption': 'Vinculación con los ODS: {0} {1}',
    'table.goal': 'Objetivo',
    'table.target': 'Meta',
    'table.contribution': 'Contribución',
    /** {0}: goal number, {1}: goal name */
    'table.goalCaption': 'Programas vinculados al ODS {0}: {1}',
    'table.programKey': 'Clave',
    'table.program': 'Programa',
    /** {0}: moment word ("" when none) */
    'table.amount': (mw: string) => `Monto (pesos)${mw ? ` (${mw})` : ''}`,
    'table.feedCaption': 'Programas y dinero por Objetivo de Desarrollo Sostenible',
    'table.programs': 'Programas',
    'table.direct': 'Directa',
    'table.indirect': 'Indirecta',
    'table.withoutAmount': 'Programas sin monto',

    // Program summary.
    'program.none': 'Este programa no tiene vinculación registrada con los Objetivos de Desarrollo Sostenible.',
    /** {0}: number of goals, {1}: the direct and indirect parts, separated by "; " */
    'program.summary': (count: number, parts: string) =>
      `Este programa contribuye a ${count === 1 ? 'un Objetivo de Desarrollo Sostenible' : `${count} Objetivos de Desarrollo Sostenible`}: ${parts}.`,
    /** {0}: number of goals, {1}: the goals ("5 (Igualdad de género) y 1 (…)") */
    'program.direct': (count: number, goals: string) => `de forma directa ${count > 1 ? 'a los objetivos' : 'al objetivo'} ${goals}`,
    'program.indirect': (count: number, goals: string) => `de forma indirecta ${count > 1 ? 'a los objetivos' : 'al objetivo'} ${goals}`,

    // One goal's sentence, in the whole-feed view: goal.contribute, then goal.amount and
    // goal.withoutAmount when they apply, then goal.end.
    /** {0}: goal ("5 (Igualdad de género)") */
    'goal.none': 'Ningún programa de estos datos está vinculado al objetivo {0}.',
    /** {0}: programs (ui.programs), {1}: goal, {2}: how (goal.how.*), {3}: number of programs */
    'goal.contribute': (programs: string, goal: string, how: string, count: number) =>
      `Al objetivo ${goal} contribuye${count === 1 ? '' : 'n'} ${programs} (${how})`,
    'goal.how.direct': 'de forma directa',
    'goal.how.indirect': 'de forma indirecta',
    'goal.how.allDirect': 'todos de forma directa',
    'goal.how.allIndirect': 'todos de forma indirecta',
    /** {0}: formatted number of programs that contribute directly */
    'goal.how.someDirect': '{0} de forma directa',
    /** {0}: amount, {1}: moment word */
    'goal.amount': ', con {0} ({1})',
    /** {0}: formatted count, {1}: count */
    'goal.withoutAmount': (x: string, n: number) => `; ${x} de ellos no reporta${n === 1 ? '' : 'n'} monto`,
    'goal.end': '.',

    // Whole-feed summary.
    'feed.none': 'Ningún programa de estos datos tiene vinculación registrada con los Objetivos de Desarrollo Sostenible.',
    /** {0}: aligned programs, {1}: programs in the data (formatted) */
    'feed.aligned': '{0} de los {1} programas de estos datos están vinculados con al menos un Objetivo de Desarrollo Sostenible.',
    /** {0}: goal ("5 (Igualdad de género)"), {1}: formatted number of programs */
    'feed.most': 'El objetivo con más programas es el {0}, con {1}.',
    /** {0}: number of goals, {1}: goal numbers ("3, 4 y 7") */
    'feed.unaligned': (count: number, goals: string) => `Ningún programa está vinculado ${count > 1 ? 'a los objetivos' : 'al objetivo'} ${goals}.`,
    'feed.overlap': 'Un programa puede contribuir a varios objetivos, así que los montos por objetivo se traslapan y no se suman.',
  },
  en: {
    'ui.goals': 'Sustainable Development Goals',
    'ui.feedTitle': 'Budget by Sustainable Development Goal',
    'ui.targets': 'Targets',
    'ui.programs': (x: string, n: number) => `${x} ${plural(n, 'program', 'programs')}`,
    'ui.programsByKind': '{0} ({1} direct, {2} indirect)',
    'ui.showPrograms': 'Show SDG {0} programs',
    'ui.terms': 'Terms',

    'table.programCaption': 'SDG alignment: {0} {1}',
    'table.goal': 'Goal',
    'table.target': 'Target',
    'table.contribution': 'Contribution',
    'table.goalCaption': 'Programs aligned to SDG {0}: {1}',
    'table.programKey': 'Program key',
    'table.program': 'Program',
    'table.amount': (mw: string) => `Amount (pesos)${mw ? ` (${mw})` : ''}`,
    'table.feedCaption': 'Programs and money by Sustainable Development Goal',
    'table.programs': 'Programs',
    'table.direct': 'Direct',
    'table.indirect': 'Indirect',
    'table.withoutAmount': 'Programs without amount',

    'program.none': 'This program has no recorded alignment to the Sustainable Development Goals.',
    'program.summary': (count: number, parts: string) =>
      `This program contributes to ${count === 1 ? 'one Sustainable Development Goal' : `${count} Sustainable Development Goals`}: ${parts}.`,
    'program.direct': (count: number, goals: string) => `directly to goal${count > 1 ? 's' : ''} ${goals}`,
    'program.indirect': (count: number, goals: string) => `indirectly to goal${count > 1 ? 's' : ''} ${goals}`,

    'goal.none': 'No program in this data is aligned to goal {0}.',
    'goal.contribute': (programs: string, goal: string, how: string, count: number) =>
      `${programs} contribute${count === 1 ? 's' : ''} to goal ${goal} (${how})`,
    'goal.how.direct': 'directly',
    'goal.how.indirect': 'indirectly',
    'goal.how.allDirect': 'all directly',
    'goal.how.allIndirect': 'all indirectly',
    'goal.how.someDirect': '{0} directly',
    'goal.amount': ', with {0} ({1})',
    'goal.withoutAmount': '; {0} of them report no amount',
    'goal.end': '.',

    'feed.none': 'No program in this data has a recorded alignment to the Sustainable Development Goals.',
    'feed.aligned': '{0} of the {1} programs in this data are aligned to at least one Sustainable Development Goal.',
    'feed.most': 'The goal with the most programs is {0}, with {1}.',
    'feed.unaligned': (count: number, goals: string) => `No program is aligned to goal${count > 1 ? 's' : ''} ${goals}.`,
    'feed.overlap': 'A program can contribute to several goals, so the amounts by goal overlap and do not add up.',
  },
});

const n = (x: number, lang: Lang | null | undefined) => formatNumber(x, lang, 0);

/** "5 (Igualdad de género)" / "5 (Gender equality)". */
export function goalRef(goal: number, lang: Lang | null | undefined): string {
  return `${goal} (${sdgName(goal, lang)})`;
}

/** "3 programas" / "1 program". */
export function programCount(count: number, lang: Lang | null | undefined): string {
  return msg(lang, 'ui.programs', n(count, lang), count);
}

export function programSdgSummary(v: ProgramSdgView, lang: Lang | null | undefined): string[] {
  if (!v.goals.length) return [msg(lang, 'program.none')];
  const direct = v.goals.filter((g) => g.contribution === 'direct').map((g) => goalRef(g.goal, lang));
  const indirect = v.goals.filter((g) => g.contribution === 'indirect').map((g) => goalRef(g.goal, lang));
  const parts: string[] = [];
  if (direct.length) parts.push(msg(lang, 'program.direct', direct.length, joinList(lang, direct, 'and')));
  if (indirect.length) parts.push(msg(lang, 'program.indirect', indirect.length, joinList(lang, indirect, 'and')));
  return [msg(lang, 'program.summary', v.goals.length, parts.join('; '))];
}

function goalSentence(g: FeedGoalRow, moment: string | undefined, lang: Lang | null | undefined, currency: string): string {
  const ref = goalRef(g.goal, lang);
  if (g.programs === 0) return msg(lang, 'goal.none', ref);
  const how =
    g.programs === 1
      ? msg(lang, g.direct ? 'goal.how.direct' : 'goal.how.indirect')
      : g.direct === g.programs
        ? msg(lang, 'goal.how.allDirect')
        : g.direct === 0
          ? msg(lang, 'goal.how.allIndirect')
          : msg(lang, 'goal.how.someDirect', n(g.direct, lang));
  let s = msg(lang, 'goal.contribute', programCount(g.programs, lang), ref, how, g.programs);
  if (moment && g.programs > g.withoutAmount) {
    s += msg(lang, 'goal.amount', formatMoney(g.amount, lang, { currency }), momentWord(moment, lang));
    if (g.withoutAmount) s += msg(lang, 'goal.withoutAmount', n(g.withoutAmount, lang), g.withoutAmount);
  }
  return s + msg(lang, 'goal.end');
}

/**
 * Whole-feed sentences; with `goal`, the sentence for that goal. Ends with the note that goal
 * amounts overlap.
 */
export function feedSdgSummary(v: FeedSdgView, lang: Lang | null | undefined, o: { currency?: string; goal?: number } = {}): string[] {
  const currency = o.currency ?? 'MXN';
  if (!v.alignedPrograms) return [msg(lang, 'feed.none')];
  const out: string[] = [];
  const row = o.goal !== undefined ? v.goals.find((g) => g.goal === o.goal) : undefined;
  if (row) out.push(goalSentence(row, v.moment, lang, currency));
  else {
    out.push(msg(lang, 'feed.aligned', n(v.alignedPrograms, lang), n(v.programs, lang)));
    const most = [...v.goals].sort((a, b) => b.programs - a.programs || a.goal - b.goal)[0]!;
    out.push(msg(lang, 'feed.most', goalRef(most.goal, lang), n(most.programs, lang)));
    const none = v.goals.filter((g) => g.programs === 0).map((g) => String(g.goal));
    if (none.length) out.push(msg(lang, 'feed.unaligned', none.length, joinList(lang, none, 'and')));
  }
  out.push(msg(lang, 'feed.overlap'));
  return out;
}
