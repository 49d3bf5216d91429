/** Every word of <tp-budget-cycle> in one message table (namespace `cycle`), Spanish first and English. Pure. */
import { defineMessages, glossaryEntry, joinList } from '../../i18n/registry.js';
import { foldText } from '../../feed/adapters/text-fold.js';
import { formatDate, formatMoney, formatPercent, parseIsoDate } from '../../i18n/format.js';
import type { Lang } from '../../i18n/types.js';
import type { ChainFacts, CycleView, CyclePhase, PhaseStatus, PhaseView } from './budget-cycle.model.js';
import { overdueSentence } from '../../platform/overdue.messages.js';
import { truncateRatio } from '../program-card/program-card.model.js';

const n = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const cycleMsg = defineMessages('cycle', {
  es: {
    // Headings, table captions and columns.
    'ui.title': 'Ciclo presupuestario',
    'ui.strip': 'Fases del ciclo presupuestario',
    'ui.detail': 'Detalle de la fase',
    'ui.source': 'Ver la fuente',
    'ui.goTo': 'Ir al detalle en esta página',
    'ui.more': 'Ver alineación, evaluaciones, ASM y desempeño',
    'ui.terms': 'Términos',
    'ui.phaseTable': 'Fases del ciclo presupuestario de {0}',
    'ui.col.phase': 'Fase',
    'ui.col.status': 'Estado',
    'ui.col.evidence': 'Evidencia',
    'ui.col.note': 'Observación',
    'ui.planTable': 'Alineación a los planes de desarrollo',
    'ui.col.plan': 'Plan',
    'ui.col.axis': 'Eje',
    'ui.col.objective': 'Objetivo',
    'ui.col.strategy': 'Estrategia',
    'ui.col.sectoral': 'Programa sectorial',
    'ui.col.sectoralObjective': 'Objetivo sectorial',
    'ui.col.sectoralStrategy': 'Estrategia sectorial',
    'ui.col.year': 'Año',
    'ui.plan.national': 'Plan Nacional de Desarrollo (PND)',
    'ui.plan.state': 'Plan Estatal de Desarrollo (PED)',
    'ui.evalTable': (k: number) => `Evaluaciones externas (${k})`,
    'ui.col.type': 'Tipo',
    'ui.col.programme': 'Programa de evaluación',
    'ui.col.evaluator': 'Evaluador',
    'ui.col.finding': 'Hallazgo',
    'ui.col.asm': 'ASM',
    'ui.col.attended': 'Atendidos',
    'ui.asmTable': (k: number) => `Aspectos susceptibles de mejora (ASM) (${k})`,
    'ui.col.evaluation': 'Evaluación',
    'ui.col.commitment': 'Compromiso',
    'ui.col.unit': 'Responsable',
    'ui.col.due': 'Fecha compromiso',
    'ui.col.state': 'Situación',
    'ui.col.progress': 'Avance (%)',
    'ui.asm.attended': 'atendido',
    'ui.asm.cancelled': 'cancelado o dado de baja',
    'ui.asm.open': 'pendiente',
    'ui.perfTable': 'Valoración del desempeño',
    'ui.col.scale': 'Escala',
    'ui.col.value': 'Valor',
    'ui.col.level': 'Nivel',
    'ui.docsTable': 'Documentos de rendición de cuentas',
    'ui.col.title': 'Documento',
    'ui.col.date': 'Fecha de publicación',
    // Phases: status, evidence and notes.
    'status.complete': 'completa',
    'status.partial': 'parcial',
    'status.missing': 'sin datos',
    'status.attention': 'requiere atención',
    'plan.national': 'Alineado al PND: {0}',
    'plan.state': 'Alineado al PED: {0}',
    'plan.expired': (from: number, to: number, cycle: number) => `Alineado al PND ${from}–${to}, que ya no rige en ${cycle}`,
    'plan.objective': 'objetivo {0}',
    'plan.strategy': 'estrategia {0}',
    'plan.missing': 'Sin alineación a un plan de desarrollo',
    'plan.partial': 'La alineación no dice a qué objetivo o estrategia del plan contribuye',
    'plan.expiredNote': 'La alineación es a un plan anterior; falta la alineación al plan vigente',
    'prog.mir': (k: number) => `MIR con ${k} ${n(k, 'indicador', 'indicadores')}`,
    'prog.spentWithout': 'Gastó {0} sin indicadores',
    'prog.missing': 'Sin indicadores (MIR) en los datos',
    'prog.levels': 'Faltan indicadores de nivel: {0}',
    'prog.noTarget': (k: number) => `${k} ${n(k, 'indicador sin meta', 'indicadores sin meta')}`,
    'prog.noIndicatorsNote': 'El programa gastó dinero, pero no tiene indicadores para medir sus resultados',
    'budget.approved': 'Aprobado: {0}',
    'budget.modifiedOnly': 'Modificado: {0}; aprobado no reportado',
    'budget.zeroModified': 'Aprobado: {0}, pero se modificó a {1}',
    'budget.zeroPaid': 'Aprobado: {0}, pero se pagaron {1}',
    'budget.unbudgetedNote': 'Se gastó dinero que el presupuesto aprobado no asignaba',
    'budget.missing': 'Presupuesto no reportado',
    'budget.approvedMissing': 'Solo se conoce el presupuesto modificado; falta el aprobado por el Congreso',
    'exercise.ratio.modified': '{0}: {1} del modificado',
    'exercise.ratio.approved': '{0}: {1} del aprobado',
    'exercise.amount': '{0}: {1}',
    'exercise.finalMissing': '{0} no reportado',
    'exercise.noBase': 'Sin presupuesto aprobado ni modificado con qué compararlo',
    'exercise.missing': 'Gasto no reportado',
    'exercise.break': 'El {0} ({1}) supera al {2} ({3})',
    'moment.committed': 'Comprometido',
    'moment.accrued': 'Devengado',
    'moment.exercised': 'Ejercido',
    'moment.paid': 'Pagado',
    'moment.modified': 'modificado',
    'moment.approved': 'aprobado',
    'mon.green': (g: number, t: number) => `${g} de ${t} ${n(t, 'indicador', 'indicadores')} en verde`,
    'mon.noResults': (t: number) => `Sin avance reportado de ${t} ${n(t, 'indicador', 'indicadores')}`,
    'mon.missing': 'Sin indicadores que seguir',
    'mon.offTarget': (k: number, y: number, r: number) =>
      `${k} no ${n(k, 'alcanzó', 'alcanzaron')} la meta (${y} en amarillo, ${r} en rojo)`,
    'mon.unmeasured': (k: number) => `${k} sin avance reportado`,
    'eval.line': '{0} {1}',
    'eval.asm': (a: number, d: number) => `${a} ASM, ${d} ${n(d, 'atendido', 'atendidos')}`,
    'eval.asmAll': (a: number, d: number) => `${a} ASM en total, ${d} ${n(d, 'atendido', 'atendidos')}`,
    'eval.noAsm': 'sin ASM',
    'eval.missing': 'Sin evaluaciones externas',
    'eval.overdue': (k: number) => `${k} ASM ${n(k, 'vencido', 'vencidos')} sin atender`,
    'eval.open': (k: number) => `${k} ASM ${n(k, 'pendiente', 'pendientes')}`,
    'acc.cp': '{0}, publicada el {1}',
    'acc.doc': '{0} ({1})',
    'acc.undated': '{0}, sin fecha de publicación',
    'acc.missing': 'Sin documentos de rendición de cuentas',
    'acc.noCp': 'Aún no hay una Cuenta Pública fechada',
    /**
     * The chain sentences (issue 18): one idea each, in short words. The share spent is exact to
     * a tenth and truncated (99.96 % is "99.9%"), under 0.1 % is never 0, over 100 % is said.
     * base: a `chain.base.*` phrase; pct: "81.2%".
     */
    'chain.base.modified': 'su presupuesto',
    'chain.base.approved': 'su presupuesto aprobado',
    'chain.spent': (pct: string, base: string) => `Este programa gastó el ${pct} de ${base}.`,
    'chain.spentTiny': (base: string) => `Este programa gastó menos del 0.1% de ${base}.`,
    'chain.spentNone': (base: string) => `Este programa aún no gasta nada de ${base}.`,
    'chain.over': 'Gastó más de lo previsto.',
    'chain.broken': 'La cadena de este programa se rompe.',
    'chain.noIndicators': 'No tiene metas para medir sus resultados.',
    'chain.offTarget': (k: number, t: number) =>
      t === 1 ? 'Su única meta no se cumplió.' : `${k} de sus ${t} metas no se ${n(k, 'cumplió', 'cumplieron')}.`,
    /** k open recommendations (ASM) from `from` evaluations; then whether they are done. */
    'chain.openAsm': (k: number, from: number) =>
      `${from > 1 ? 'Sus evaluaciones le pidieron' : 'Su evaluación le pidió'} ${n(k, '1 mejora', `${k} mejoras`)}. ${n(k, 'Aún no la cumple.', 'Aún no las cumple.')}`,
    /** k of the `open` recommendations are past their date. */
    'chain.overdueAsm': (k: number, open: number) => (open === 1 ? 'Ya venció.' : n(k, '1 ya venció.', `${k} ya vencieron.`)),
    'chain.notEvaluated': 'Nadie lo ha evaluado aún.',
    'chain.okSpent': 'Con los datos que hay, su cadena no se rompe.',
    'chain.ok': 'Con los datos que hay, la cadena de este programa no se rompe.',
    'chain.missing': (k: number) => `Faltan datos de ${k} de las 7 fases.`,
    'chain.none': 'No hay datos del ciclo presupuestario de este programa.',
    // Evaluation types as CONEVAL/SHCP name them (see EVAL_TYPES).
    'evalType.design': 'Evaluación de diseño',
    'evalType.consistencyResults': 'Evaluación de consistencia y resultados',
    'evalType.processes': 'Evaluación de procesos',
    'evalType.impact': 'Evaluación de impacto',
    'evalType.specificPerformance': 'Evaluación específica de desempeño',
    'evalType.specific': 'Evaluación específica',
    'evalType.strategic': 'Evaluación estratégica',
    'evalType.complementary': 'Evaluación complementaria',
    'evalType.indicators': 'Evaluación de indicadores',
    'evalType.monitoringSheet': 'Ficha de monitoreo y evaluación',
    'evalType.initialMonitoringSheet': 'Ficha inicial de monitoreo y evaluación',
  },
  en: {
    'ui.title': 'Budget cycle',
    'ui.strip': 'Phases of the budget cycle',
    'ui.detail': 'Phase detail',
    'ui.source': 'View the source',
    'ui.goTo': 'Go to the detail on this page',
    'ui.more': 'Show alignment, evaluations, ASM and performance',
    'ui.terms': 'Terms',
    'ui.phaseTable': 'Budget cycle phases of {0}',
    'ui.col.phase': 'Phase',
    'ui.col.status': 'Status',
    'ui.col.evidence': 'Evidence',
    'ui.col.note': 'Note',
    'ui.planTable': 'Alignment with development plans',
    'ui.col.plan': 'Plan',
    'ui.col.axis': 'Axis',
    'ui.col.objective': 'Objective',
    'ui.col.strategy': 'Strategy',
    'ui.col.sectoral': 'Sectoral program',
    'ui.col.sectoralObjective': 'Sectoral objective',
    'ui.col.sectoralStrategy': 'Sectoral strategy',
    'ui.col.year': 'Year',
    'ui.plan.national': 'National Development Plan (PND)',
    'ui.plan.state': 'State Development Plan (PED)',
    'ui.evalTable': (k: number) => `External evaluations (${k})`,
    'ui.col.type': 'Type',
    'ui.col.programme': 'Evaluation programme',
    'ui.col.evaluator': 'Evaluator',
    'ui.col.finding': 'Finding',
    'ui.col.asm': 'ASM',
    'ui.col.attended': 'Attended',
    'ui.asmTable': (k: number) => `Aspects to improve (ASM) (${k})`,
    'ui.col.evaluation': 'Evaluation',
    'ui.col.commitment': 'Commitment',
    'ui.col.unit': 'Responsible',
    'ui.col.due': 'Due date',
    'ui.col.state': 'Status',
    'ui.col.progress': 'Progress (%)',
    'ui.asm.attended': 'attended',
    'ui.asm.cancelled': 'cancelled or dropped',
    'ui.asm.open': 'pending',
    'ui.perfTable': 'Performance rating',
    'ui.col.scale': 'Scale',
    'ui.col.value': 'Value',
    'ui.col.level': 'Level',
    'ui.docsTable': 'Accountability documents',
    'ui.col.title': 'Document',
    'ui.col.date': 'Publication date',
    'status.complete': 'complete',
    'status.partial': 'partial',
    'status.missing': 'no data',
    'status.attention': 'needs attention',
    'plan.national': 'Aligned with the PND: {0}',
    'plan.state': 'Aligned with the state plan (PED): {0}',
    'plan.expired': (from: number, to: number, cycle: number) => `Aligned with the ${from}–${to} PND, no longer in force in ${cycle}`,
    'plan.objective': 'objective {0}',
    'plan.strategy': 'strategy {0}',
    'plan.missing': 'No development-plan alignment',
    'plan.partial': 'The alignment does not say which plan objective or strategy the program serves',
    'plan.expiredNote': 'The alignment is to an earlier plan; the alignment to the current plan is missing',
    'prog.mir': (k: number) => `MIR with ${k} ${n(k, 'indicator', 'indicators')}`,
    'prog.spentWithout': 'Spent {0} without indicators',
    'prog.missing': 'No indicators (MIR) in the data',
    'prog.levels': 'No indicators at level: {0}',
    'prog.noTarget': (k: number) => `${k} ${n(k, 'indicator without a target', 'indicators without a target')}`,
    'prog.noIndicatorsNote': 'The program spent money but has no indicators to measure its results',
    'budget.approved': 'Approved: {0}',
    'budget.modifiedOnly': 'Modified: {0}; approved not reported',
    'budget.zeroModified': 'Approved: {0}, but modified to {1}',
    'budget.zeroPaid': 'Approved: {0}, but {1} was paid',
    'budget.unbudgetedNote': 'Money was spent that the approved budget did not assign',
    'budget.missing': 'Budget not reported',
    'budget.approvedMissing': 'Only the modified budget is known; the one approved by Congress is missing',
    'exercise.ratio.modified': '{0}: {1} of the modified budget',
    'exercise.ratio.approved': '{0}: {1} of the approved budget',
    'exercise.amount': '{0}: {1}',
    'exercise.finalMissing': '{0} not reported',
    'exercise.noBase': 'No approved or modified budget to compare it with',
    'exercise.missing': 'Spending not reported',
    'exercise.break': 'The {0} amount ({1}) exceeds the {2} amount ({3})',
    'moment.committed': 'Committed',
    'moment.accrued': 'Accrued',
    'moment.exercised': 'Exercised',
    'moment.paid': 'Paid',
    'moment.modified': 'modified',
    'moment.approved': 'approved',
    'mon.green': (g: number, t: number) => `${g} of ${t} ${n(t, 'indicator', 'indicators')} green`,
    'mon.noResults': (t: number) => `No results reported for ${t} ${n(t, 'indicator', 'indicators')}`,
    'mon.missing': 'No indicators to monitor',
    'mon.offTarget': (k: number, y: number, r: number) => `${k} missed the target (${y} yellow, ${r} red)`,
    'mon.unmeasured': (k: number) => `${k} without reported results`,
    'eval.line': '{0} {1}',
    'eval.asm': (a: number, d: number) => `${a} ASM, ${d} attended`,
    'eval.asmAll': (a: number, d: number) => `${a} ASM in all, ${d} attended`,
    'eval.noAsm': 'no ASM',
    'eval.missing': 'No external evaluations',
    'eval.overdue': (k: number) => `${k} ASM past due and not attended`,
    'eval.open': (k: number) => `${k} ASM pending`,
    'acc.cp': '{0}, published {1}',
    'acc.doc': '{0} ({1})',
    'acc.undated': '{0}, no publication date',
    'acc.missing': 'No accountability documents',
    'acc.noCp': 'No dated Cuenta Pública yet',
    'chain.base.modified': 'its budget',
    'chain.base.approved': 'its approved budget',
    'chain.spent': (pct: string, base: string) => `This program spent ${pct} of ${base}.`,
    'chain.spentTiny': (base: string) => `This program spent less than 0.1% of ${base}.`,
    'chain.spentNone': (base: string) => `This program has not spent any of ${base} yet.`,
    'chain.over': 'It spent more than planned.',
    'chain.broken': "This program's chain breaks.",
    'chain.noIndicators': 'It has no targets to measure its results.',
    'chain.offTarget': (k: number, t: number) =>
      t === 1 ? 'Its only target was missed.' : `${k} of its ${t} targets ${n(k, 'was', 'were')} missed.`,
    'chain.openAsm': (k: number, from: number) =>
      `${from > 1 ? 'Its evaluations' : 'Its evaluation'} asked for ${n(k, '1 change', `${k} changes`)}. ${n(k, 'It is not done yet.', 'They are not done yet.')}`,
    'chain.overdueAsm': (k: number, open: number) => (open === 1 ? 'It is past due.' : n(k, '1 is past due.', `${k} are past due.`)),
    'chain.notEvaluated': 'No one has evaluated it yet.',
    'chain.okSpent': 'With the data we have, its chain does not break.',
    'chain.ok': "With the data we have, this program's chain does not break.",
    'chain.missing': (k: number) => `${k} of the 7 phases have no data.`,
    'chain.none': "There is no data on this program's budget cycle.",
    'evalType.design': 'Design evaluation',
    'evalType.consistencyResults': 'Consistency and results evaluation',
    'evalType.processes': 'Process evaluation',
    'evalType.impact': 'Impact evaluation',
    'evalType.specificPerformance': 'Specific performance evaluation',
    'evalType.specific': 'Specific evaluation',
    'evalType.strategic': 'Strategic evaluation',
    'evalType.complementary': 'Complementary evaluation',
    'evalType.indicators': 'Indicator evaluation',
    'evalType.monitoringSheet': 'Monitoring and evaluation sheet',
    'evalType.initialMonitoringSheet': 'Initial monitoring and evaluation sheet',
  },
});

// ---------------------------------------------------------------------------
/**
 * Words of the budget cycle (<tp-budget-cycle>), Spanish first and English: phase names, status
 * words, one evidence line per phase, a note on why a phase is partial or needs attention, the
 * chain-break sentence (the overdue-data sentence is the platform's, overdue.messages.ts). Pure: no DOM, no Lit.
 *
 * Strings are namespaced `cycle.*`, so a run-time language pack can translate them.
 */

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

/** Evaluation types as written by CONEVAL/SHCP (accents and case vary), keyed without accents → their message. */
const EVAL_TYPES = new Map<string, Parameters<typeof cycleMsg>[1]>([
  ['diseno', 'evalType.design'],
  ['consistencia y resultados', 'evalType.consistencyResults'],
  ['procesos', 'evalType.processes'],
  ['impacto', 'evalType.impact'],
  ['especifica de desempeno', 'evalType.specificPerformance'],
  ['especifica', 'evalType.specific'],
  ['estrategica', 'evalType.strategic'],
  ['complementaria', 'evalType.complementary'],
  ['indicadores', 'evalType.indicators'],
  ['ficha de monitoreo y evaluacion', 'evalType.monitoringSheet'],
  ['ficha inicial de monitoreo y evaluacion', 'evalType.initialMonitoringSheet'],
]);

/** "Evaluación de procesos" / "Process evaluation"; an unknown type is shown as the feed writes it. */
export function evaluationTypeName(type: string, lang: Lang): string {
  const key = EVAL_TYPES.get(foldText(type).replace(/^evaluacion (de )?/, ''));
  return key ? cycleMsg(lang, key) : type.trim();
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
      const own = [
        text(e.plan.axis) ? e.plan.axis.trim() : undefined,
        coded(e.plan.objective, 'plan.objective'),
        coded(e.plan.strategy, 'plan.strategy'),
      ];
      const groups = [own.filter(text).join(', ')];
      if (!text(e.plan.objective) && text(e.plan.sectoral)) {
        const sec = [
          e.plan.sectoral.trim(),
          coded(e.plan.sectoralObjective, 'plan.objective'),
          coded(e.plan.sectoralStrategy, 'plan.strategy'),
        ];
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
      const head =
        typeof e.latest.year === 'number' && Number.isFinite(e.latest.year) ? cycleMsg(lang, 'eval.line', type, e.latest.year) : type;
      // "5 ASM" when they all come from the latest evaluation, "33 ASM en total" when from several.
      const asm =
        e.asm === 0 ? cycleMsg(lang, 'eval.noAsm') : cycleMsg(lang, e.latestAsm === e.asm ? 'eval.asm' : 'eval.asmAll', e.asm, e.attended);
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
        parts.push(
          cycleMsg(
            lang,
            'prog.levels',
            joinList(
              lang,
              e.missingLevels.map((l) => glossaryEntry(lang, l)?.term ?? l),
              'and',
            ),
          ),
        );
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

/** "Este programa gastó el 81.2% de su presupuesto." (truncated to a tenth; never 0 when more than 0; over 100 % said). */
function spentSentence(spent: NonNullable<ChainFacts['spent']>, lang: Lang): string {
  const base = cycleMsg(lang, spent.base === 'modified' ? 'chain.base.modified' : 'chain.base.approved');
  if (spent.ratio <= 0) return cycleMsg(lang, 'chain.spentNone', base);
  const shown = truncateRatio(spent.ratio, 1);
  if (shown <= 0) return cycleMsg(lang, 'chain.spentTiny', base);
  const whole = Math.abs(shown * 100 - Math.round(shown * 100)) < 1e-9;
  const text = cycleMsg(lang, 'chain.spent', formatPercent(shown, lang, whole ? 0 : 1), base);
  return spent.ratio > 1 ? `${text} ${cycleMsg(lang, 'chain.over')}` : text;
}

/**
 * The chain in plain sentences, one idea each: what the program spent, then each break (targets
 * missed, recommendations pending, no indicators, not evaluated), or that it does not break.
 */
export function chainSentence(c: ChainFacts, lang: Lang): string {
  const breaks: string[] = [];
  if (c.noIndicators) breaks.push(cycleMsg(lang, 'chain.noIndicators'));
  if (c.offTarget > 0) breaks.push(cycleMsg(lang, 'chain.offTarget', c.offTarget, c.indicators));
  if (c.openAsm > 0) {
    breaks.push(cycleMsg(lang, 'chain.openAsm', c.openAsm, c.openFrom));
    if (c.overdueAsm > 0) breaks.push(cycleMsg(lang, 'chain.overdueAsm', c.overdueAsm, c.openAsm));
  }
  if (c.notEvaluated) breaks.push(cycleMsg(lang, 'chain.notEvaluated'));
  const spent = c.spent ? spentSentence(c.spent, lang) : undefined;
  if (breaks.length) return [spent ?? cycleMsg(lang, 'chain.broken'), ...breaks].join(' ');
  if (c.missingPhases >= 7) return cycleMsg(lang, 'chain.none');
  const head = spent ? `${spent} ${cycleMsg(lang, 'chain.okSpent')}` : cycleMsg(lang, 'chain.ok');
  return c.missingPhases > 0 ? `${head} ${cycleMsg(lang, 'chain.missing', c.missingPhases)}` : head;
}

/** The whole cycle in words: the chain sentence (for the widget's summary part). */
export function cycleSummary(view: Pick<CycleView, 'chain'>, lang: Lang): string {
  return chainSentence(view.chain, lang);
}
