/**
 * Words of the budget cycle (<tp-budget-cycle>), Spanish first and English: phase names, status
 * words, one evidence line per phase, a note on why a phase is partial or needs attention, the
 * chain-break sentence and the overdue-data notice. Pure: no DOM, no Lit.
 *
 * Strings are namespaced `cycle.*`, so a run-time language pack can translate them.
 */
import { formatDate, formatMoney, formatPercent, formatNumber, parseIsoDate } from '../format.js';
import { glossaryEntry, joinList } from '../registry.js';
import type { Lang } from '../types.js';
import type { ChainFacts, CycleView, CyclePhase, PhaseStatus, PhaseView } from '../../feed/views/cycle-view.js';
import type { OverdueNotice } from '../../feed/overdue.js';
import { cycleMsg } from './cycle-messages.js';

export { cycleMsg };

const GLOSSARY_ID: Record<CyclePhase, string> = {
  planning: 'planning',
  programming: 'programming',
  budgeting: 'budgeting',
  exercise: 'exercise-control',
  monitoring: 'monitoring',
  evaluation: 'evaluation',
  accountability: 'accountability',
};

/** Glossary id of a phase (its term is the phase name; its definition explains it). */
export function phaseGlossaryId(phase: CyclePhase): string {
  return GLOSSARY_ID[phase];
}

/** "Planeación" / "Planning". */
export function phaseName(phase: CyclePhase, lang: Lang): string {
  return glossaryEntry(lang, GLOSSARY_ID[phase])?.term ?? phase;
}

/** "completa" / "complete"… */
export function statusWord(status: PhaseStatus, lang: Lang): string {
  return cycleMsg(lang, `status.${status}`);
}

const strip = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Evaluation types as written by CONEVAL/SHCP (accents and case vary), keyed without accents. */
const EVAL_TYPES: Record<string, { es: string; en: string }> = {
  diseno: { es: 'Evaluación de diseño', en: 'Design evaluation' },
  'consistencia y resultados': { es: 'Evaluación de consistencia y resultados', en: 'Consistency and results evaluation' },
  procesos: { es: 'Evaluación de procesos', en: 'Process evaluation' },
  impacto: { es: 'Evaluación de impacto', en: 'Impact evaluation' },
  'especifica de desempeno': { es: 'Evaluación específica de desempeño', en: 'Specific performance evaluation' },
  especifica: { es: 'Evaluación específica', en: 'Specific evaluation' },
  estrategica: { es: 'Evaluación estratégica', en: 'Strategic evaluation' },
  complementaria: { es: 'Evaluación complementaria', en: 'Complementary evaluation' },
  indicadores: { es: 'Evaluación de indicadores', en: 'Indicator evaluation' },
  'ficha de monitoreo y evaluacion': { es: 'Ficha de monitoreo y evaluación', en: 'Monitoring and evaluation sheet' },
  'ficha inicial de monitoreo y evaluacion': { es: 'Ficha inicial de monitoreo y evaluación', en: 'Initial monitoring and evaluation sheet' },
};

/** "Evaluación de procesos" / "Process evaluation"; an unknown type is shown as the feed writes it. */
export function evaluationTypeName(type: string, lang: Lang): string {
  const key = strip(type).replace(/^evaluacion (de )?/, '');
  const known = EVAL_TYPES[key];
  if (!known) return type.trim();
  return lang.toLowerCase().startsWith('en') ? known.en : known.es;
}

const isCode = (s: string) => /^[\d.]+$/.test(s.trim());
const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The evidence line of a phase: "MIR con 14 indicadores", "Pagado: 81% del modificado"… */
export function evidenceLine(v: PhaseView, lang: Lang, currency = 'MXN'): string {
  const money = (x: number | undefined) => formatMoney(x, lang, { currency });
  const e = v.evidence;
  switch (e.phase) {
    case 'planning': {
      if (!e.plan) return cycleMsg(lang, 'plan.missing');
      if (e.expired) return cycleMsg(lang, 'plan.expired', e.expired.planFrom, e.expired.planTo, e.expired.cycle);
      // "Política Social, objetivo 1, estrategia 2"; when the plan itself names no objective, the
      // sectoral program's: "Política Social · Programa Sectorial de Bienestar 2020-2024, objetivo 1, estrategia 2".
      const coded = (value: string | undefined, key: 'plan.objective' | 'plan.strategy') =>
        text(value) ? (isCode(value) ? cycleMsg(lang, key, value.trim()) : value.trim()) : undefined;
      const own = [text(e.plan.axis) ? e.plan.axis.trim() : undefined, coded(e.plan.objective, 'plan.objective'), coded(e.plan.strategy, 'plan.strategy')];
      const groups = [own.filter(text).join(', ')];
      if (!text(e.plan.objective) && text(e.plan.sectoral)) {
        const sec = [e.plan.sectoral.trim(), coded(e.plan.sectoralObjective, 'plan.objective'), coded(e.plan.sectoralStrategy, 'plan.strategy')];
        groups.push(sec.filter(text).join(', '));
      }
      const parts = [groups.filter(text).join(' · ')];
      return cycleMsg(lang, e.plan.which === 'national' ? 'plan.national' : 'plan.state', parts.join(', '));
    }
    case 'programming':
      if (e.indicators > 0) return cycleMsg(lang, 'prog.mir', e.indicators);
      return e.spent !== undefined ? cycleMsg(lang, 'prog.spentWithout', money(e.spent)) : cycleMsg(lang, 'prog.missing');
    case 'budgeting':
      if (v.reasons.includes('unbudgeted-spending')) {
        return e.modified !== undefined && e.modified > 0
          ? cycleMsg(lang, 'budget.zeroModified', money(e.approved), money(e.modified))
          : cycleMsg(lang, 'budget.zeroPaid', money(e.approved), money(e.paid));
      }
      if (e.approved !== undefined) return cycleMsg(lang, 'budget.approved', money(e.approved));
      if (e.modified !== undefined) return cycleMsg(lang, 'budget.modifiedOnly', money(e.modified));
      return cycleMsg(lang, 'budget.missing');
    case 'exercise': {
      if (!e.latest) return cycleMsg(lang, 'exercise.missing');
      const moment = cycleMsg(lang, `moment.${e.latest.moment as 'paid'}`);
      if (e.base && e.baseAmount !== undefined && e.baseAmount > 0) {
        const pct = formatPercent(e.latest.amount / e.baseAmount, lang, 0);
        return cycleMsg(lang, e.base === 'modified' ? 'exercise.ratio.modified' : 'exercise.ratio.approved', moment, pct);
      }
      return cycleMsg(lang, 'exercise.amount', moment, money(e.latest.amount));
    }
    case 'monitoring':
      if (e.total === 0) return cycleMsg(lang, 'mon.missing');
      if (e.measured === 0) return cycleMsg(lang, 'mon.noResults', e.total);
      return cycleMsg(lang, 'mon.green', e.green, e.total);
    case 'evaluation': {
      if (!e.latest) return cycleMsg(lang, 'eval.missing');
      const type = evaluationTypeName(e.latest.type, lang);
      const head = typeof e.latest.year === 'number' && Number.isFinite(e.latest.year) ? cycleMsg(lang, 'eval.line', type, e.latest.year) : type;
      // "5 ASM" when they all come from the latest evaluation, "33 ASM en total" when from several.
      const asm = e.asm === 0 ? cycleMsg(lang, 'eval.noAsm') : cycleMsg(lang, e.latestAsm === e.asm ? 'eval.asm' : 'eval.asmAll', e.asm, e.attended);
      return `${head} · ${asm}`;
    }
    case 'accountability': {
      const d = e.doc;
      if (!d) return cycleMsg(lang, 'acc.missing');
      if (!parseIsoDate(d.date)) return cycleMsg(lang, 'acc.undated', d.title);
      const cp = d.kind === 'cuenta-publica' || /cuenta\s+p[uú]blica/i.test(d.title);
      return cycleMsg(lang, cp ? 'acc.cp' : 'acc.doc', d.title, formatDate(d.date, lang));
    }
  }
}

/** Why a phase is partial or needs attention, in one line; undefined for complete and missing phases. */
export function phaseNote(v: PhaseView, lang: Lang, currency = 'MXN'): string | undefined {
  if (v.status === 'complete' || v.status === 'missing') return undefined;
  const money = (x: number | undefined) => formatMoney(x, lang, { currency });
  const e = v.evidence;
  switch (e.phase) {
    case 'planning':
      return cycleMsg(lang, e.expired ? 'plan.expiredNote' : 'plan.partial');
    case 'programming': {
      if (v.status === 'attention') return cycleMsg(lang, 'prog.noIndicatorsNote');
      const parts: string[] = [];
      if (e.missingLevels.length) {
        parts.push(cycleMsg(lang, 'prog.levels', joinList(lang, e.missingLevels.map((l) => glossaryEntry(lang, l)?.term ?? l), 'and')));
      }
      if (e.withoutTarget) parts.push(cycleMsg(lang, 'prog.noTarget', e.withoutTarget));
      return parts.join('; ');
    }
    case 'budgeting':
      return cycleMsg(lang, v.status === 'attention' ? 'budget.unbudgetedNote' : 'budget.approvedMissing');
    case 'exercise': {
      const b = e.breaks[0];
      if (v.status === 'attention' && b) {
        const word = (m: string) => cycleMsg(lang, `moment.${m as 'paid'}`).toLowerCase();
        return cycleMsg(lang, 'exercise.break', word(b.later), money(b.laterAmount), word(b.earlier), money(b.earlierAmount));
      }
      if (e.ratio === undefined) return cycleMsg(lang, 'exercise.noBase');
      return cycleMsg(lang, 'exercise.finalMissing', cycleMsg(lang, `moment.${e.final as 'paid'}`));
    }
    case 'monitoring': {
      if (v.status === 'attention') return cycleMsg(lang, 'mon.offTarget', e.offTarget, e.yellow, e.red);
      return cycleMsg(lang, 'mon.unmeasured', e.total - e.measured);
    }
    case 'evaluation':
      return v.status === 'attention' ? cycleMsg(lang, 'eval.overdue', e.overdue) : cycleMsg(lang, 'eval.open', e.open);
    case 'accountability':
      if (e.overdue) return overdueSentence(e.overdue, lang);
      return cycleMsg(lang, 'acc.noCp');
  }
}

/** Accessible name of a phase: "Planeación: completa. Alineado al PND: …". */
export function phaseLabel(v: PhaseView, lang: Lang, currency = 'MXN'): string {
  const note = phaseNote(v, lang, currency);
  return `${phaseName(v.phase, lang)}: ${statusWord(v.status, lang)}. ${evidenceLine(v, lang, currency)}${note ? `. ${note}` : ''}.`;
}

/** "Estos datos debieron actualizarse el 30 de octubre de 2024." */
export function overdueSentence(notice: Pick<OverdueNotice, 'due'>, lang: Lang): string {
  return cycleMsg(lang, 'overdue', formatDate(notice.due, lang));
}

/** The plain-language sentence about where the chain breaks (or that it does not). */
export function chainSentence(c: ChainFacts, lang: Lang): string {
  const breaks: string[] = [];
  if (c.noIndicators) breaks.push(cycleMsg(lang, 'chain.noIndicators'));
  if (c.offTarget > 0) breaks.push(cycleMsg(lang, 'chain.offTarget', c.offTarget, c.indicators));
  if (c.openAsm > 0) {
    breaks.push(cycleMsg(lang, 'chain.openAsm', c.openAsm, c.openFrom) + (c.overdueAsm > 0 ? cycleMsg(lang, 'chain.overdueAsm', c.overdueAsm) : ''));
  }
  if (c.notEvaluated) breaks.push(cycleMsg(lang, 'chain.notEvaluated'));
  const per100 = c.per100 !== undefined ? formatNumber(c.per100, lang, 0) : undefined;
  if (breaks.length) {
    const list = joinList(lang, breaks, 'and');
    return per100 !== undefined ? cycleMsg(lang, 'chain.spent', per100, list) : cycleMsg(lang, 'chain.broken', list);
  }
  if (c.missingPhases >= 7) return cycleMsg(lang, 'chain.none');
  const head = per100 !== undefined ? cycleMsg(lang, 'chain.okSpent', per100) : cycleMsg(lang, 'chain.ok');
  return c.missingPhases > 0 ? head + cycleMsg(lang, 'chain.missing', c.missingPhases) : head;
}

/** The whole cycle in words: the chain sentence (for the widget's summary part). */
export function cycleSummary(view: Pick<CycleView, 'chain'>, lang: Lang): string {
  return chainSentence(view.chain, lang);
}
