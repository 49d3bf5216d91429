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

    // Program summary (issue 18): one idea per sentence, in short everyday words; scored over whole
    // feeds by test/readability/summaries.node.test.ts. "ODS" and "contribución directa/indirecta"
    // are in the glossary (terms line); the goals list under the summary names every goal.
    'program.none': 'Este programa no tiene ODS en estos datos.',
    /** {0}: formatted number of goals, {1}: number of goals */
    'program.count': (x: string, count: number) => `Este programa ayuda a ${count === 1 ? 'un' : x} ODS.`,
    /** A goal by its number, in program.which. {0}: goal number */
    'program.goalRef': 'el {0}',
    /** The goals by number, when they are few. {0}: count, {1}: goals (program.goalRef, joined: "el 6 y el 14") */
    'program.which': (count: number, goals: string) => (count === 1 ? `Es ${goals}.` : `Son ${goals}.`),
    /** How it helps. {0}: formatted count, {1}: count */
    'program.allDirect': (x: string, count: number) =>
      count === 1 ? 'Lo hace de forma directa.' : `Ayuda a ${count === 2 ? 'los dos' : `los ${x}`} de forma directa.`,
    'program.allIndirect': (x: string, count: number) =>
      count === 1 ? 'Lo hace de forma indirecta.' : `Ayuda a ${count === 2 ? 'los dos' : `los ${x}`} de forma indirecta.`,
    /** {0}: formatted count of direct goals, {1}: formatted count of indirect goals */
    'program.mixed': 'Ayuda a {0} de forma directa y a {1} de forma indirecta.',
    /** A goal by its number, in program.mixedNamed. {0}: goal number */
    'program.goalTo': 'al {0}',
    /** Few goals, some of each kind. {0}: direct goals (program.goalTo, joined), {1}: indirect goals */
    'program.mixedNamed': 'Ayuda de forma directa {0} y de forma indirecta {1}.',

    // One goal, in the whole-feed view (goal="5"): goal.programs, goal.how.*, then goal.amount and
    // goal.withoutAmount when they apply. One idea per sentence (issue 18).
    /** {0}: goal ("5 (Igualdad de género)") */
    'goal.none': 'Ningún programa de estos datos ayuda al ODS {0}.',
    /** {0}: programs (ui.programs), {1}: goal, {2}: number of programs */
    'goal.programs': (programs: string, goal: string, count: number) => `${programs} ${count === 1 ? 'ayuda' : 'ayudan'} al ODS ${goal}.`,
    'goal.how.direct': 'Lo hace de forma directa.',
    'goal.how.indirect': 'Lo hace de forma indirecta.',
    'goal.how.allDirect': 'Todos lo hacen de forma directa.',
    'goal.how.allIndirect': 'Todos lo hacen de forma indirecta.',
    /** {0}: formatted number of programs that help directly, {1}: that number */
    'goal.how.someDirect': (x: string, count: number) => `${x} ${count === 1 ? 'lo hace' : 'lo hacen'} de forma directa.`,
    /** {0}: amount, {1}: moment word, {2}: number of programs */
    'goal.amount': (amount: string, mw: string, count: number) =>
      count === 1 ? `Tiene ${amount} (${mw}).` : `Juntos tienen ${amount} (${mw}).`,
    /** {0}: formatted count, {1}: count */
    'goal.withoutAmount': (x: string, n: number) => `${x} de ellos no ${n === 1 ? 'da' : 'dan'} su monto.`,

    // Whole-feed summary.
    'feed.none': 'Ningún programa de estos datos ayuda a los ODS.',
    /** {0}: aligned programs, {1}: programs in the data (formatted) */
    'feed.aligned': '{0} de los {1} programas de estos datos ayudan a algún ODS.',
    /** {0}: goal ("5 (Igualdad de género)"), {1}: formatted number of programs */
    'feed.most': 'El ODS con más programas es el {0}, con {1}.',
    /** {0}: number of goals, {1}: goal numbers ("3, 4 y 7") */
    'feed.unaligned': (count: number, goals: string) => `Ningún programa ayuda ${count > 1 ? 'a los ODS' : 'al ODS'} ${goals}.`,
    'feed.overlap': 'Un programa puede ayudar a varios ODS.',
    'feed.overlapSum': 'Por eso los montos por ODS no se suman.',
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

    'program.none': 'This program has no SDGs in this data.',
    'program.count': (x: string, count: number) => `This program helps with ${count === 1 ? 'one SDG' : `${x} SDGs`}.`,
    'program.goalRef': '{0}',
    'program.which': (count: number, goals: string) => (count === 1 ? `It is SDG ${goals}.` : `They are SDGs ${goals}.`),
    'program.allDirect': (x: string, count: number) =>
      count === 1 ? 'It helps in a direct way.' : `It helps ${count === 2 ? 'both' : `all ${x}`} in a direct way.`,
    'program.allIndirect': (x: string, count: number) =>
      count === 1 ? 'It helps in an indirect way.' : `It helps ${count === 2 ? 'both' : `all ${x}`} in an indirect way.`,
    'program.mixed': 'It helps {0} in a direct way and {1} in an indirect way.',
    'program.goalTo': 'SDG {0}',
    'program.mixedNamed': 'It helps {0} in a direct way and {1} in an indirect way.',

    'goal.none': 'No program in this data helps with SDG {0}.',
    'goal.programs': (programs: string, goal: string, count: number) => `${programs} ${count === 1 ? 'helps' : 'help'} with SDG ${goal}.`,
    'goal.how.direct': 'It does so in a direct way.',
    'goal.how.indirect': 'It does so in an indirect way.',
    'goal.how.allDirect': 'All do so in a direct way.',
    'goal.how.allIndirect': 'All do so in an indirect way.',
    'goal.how.someDirect': (x: string, count: number) => `${x} ${count === 1 ? 'does' : 'do'} so in a direct way.`,
    'goal.amount': (amount: string, mw: string, count: number) =>
      count === 1 ? `It has ${amount} (${mw}).` : `Together they have ${amount} (${mw}).`,
    'goal.withoutAmount': (x: string, n: number) => `${x} of them ${n === 1 ? 'does' : 'do'} not give an amount.`,

    'feed.none': 'No program in this data helps with the SDGs.',
    'feed.aligned': '{0} of the {1} programs in this data help with at least one SDG.',
    'feed.most': 'The SDG with the most programs is {0}, with {1}.',
    'feed.unaligned': (count: number, goals: string) => `No program helps with SDG${count > 1 ? 's' : ''} ${goals}.`,
    'feed.overlap': 'A program can help with several SDGs.',
    'feed.overlapSum': 'So the amounts by SDG do not add up.',
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

/** Programs with at most this many goals have their goal numbers said in the summary. */
const NAMED_GOALS = 3;

/**
 * How many goals, which ones when they are few, and how the program helps them. The goals list
 * under the summary names every goal with its contribution.
 */
export function programSdgSummary(v: ProgramSdgView, lang: Lang | null | undefined): string[] {
  const count = v.goals.length;
  if (!count) return [msg(lang, 'program.none')];
  const out = [msg(lang, 'program.count', n(count, lang), count)];
  const direct = v.goals.filter((g) => g.contribution === 'direct').length;
  const indirect = count - direct;
  const named = count <= NAMED_GOALS;
  const list = (key: 'program.goalRef' | 'program.goalTo', gs: ProgramSdgView['goals']) =>
    joinList(
      lang,
      gs.map((g) => msg(lang, key, g.goal)),
      'and',
    );
  if (named && direct && indirect) {
    const by = (c: string) => v.goals.filter((g) => g.contribution === c);
    out.push(msg(lang, 'program.mixedNamed', list('program.goalTo', by('direct')), list('program.goalTo', by('indirect'))));
    return out;
  }
  if (named) out.push(msg(lang, 'program.which', count, list('program.goalRef', v.goals)));
  if (!indirect) out.push(msg(lang, 'program.allDirect', n(direct, lang), direct));
  else if (!direct) out.push(msg(lang, 'program.allIndirect', n(indirect, lang), indirect));
  else out.push(msg(lang, 'program.mixed', n(direct, lang), n(indirect, lang)));
  return out;
}

function goalSentences(g: FeedGoalRow, moment: string | undefined, lang: Lang | null | undefined, currency: string): string[] {
  const ref = goalRef(g.goal, lang);
  if (g.programs === 0) return [msg(lang, 'goal.none', ref)];
  const out = [msg(lang, 'goal.programs', programCount(g.programs, lang), ref, g.programs)];
  out.push(
    g.programs === 1
      ? msg(lang, g.direct ? 'goal.how.direct' : 'goal.how.indirect')
      : g.direct === g.programs
        ? msg(lang, 'goal.how.allDirect')
        : g.direct === 0
          ? msg(lang, 'goal.how.allIndirect')
          : msg(lang, 'goal.how.someDirect', n(g.direct, lang), g.direct),
  );
  if (moment && g.programs > g.withoutAmount) {
    out.push(msg(lang, 'goal.amount', formatMoney(g.amount, lang, { currency }), momentWord(moment, lang), g.programs));
    if (g.withoutAmount) out.push(msg(lang, 'goal.withoutAmount', n(g.withoutAmount, lang), g.withoutAmount));
  }
  return out;
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
  if (row) out.push(...goalSentences(row, v.moment, lang, currency));
  else {
    out.push(msg(lang, 'feed.aligned', n(v.alignedPrograms, lang), n(v.programs, lang)));
    const most = [...v.goals].sort((a, b) => b.programs - a.programs || a.goal - b.goal)[0]!;
    out.push(msg(lang, 'feed.most', goalRef(most.goal, lang), n(most.programs, lang)));
    const none = v.goals.filter((g) => g.programs === 0).map((g) => String(g.goal));
    if (none.length) out.push(msg(lang, 'feed.unaligned', none.length, joinList(lang, none, 'and')));
  }
  out.push(msg(lang, 'feed.overlap'), msg(lang, 'feed.overlapSum'));
  return out;
}
