/**
 * The budget cycle as plain tables (the widget's data-table alternative and downloads). Pure: no DOM, no Lit.
 * Absent values stay absent (shown "no reportado"), never 0.
 */
import type { TableModel } from '../../platform/table-model.js';
import type { AccountabilityDoc } from '../../feed/types.js';
import type { CycleView } from './budget-cycle.model.js';
import { asmState } from './budget-cycle.model.js';
import { evaluationTypeName, evidenceLine, phaseName, phaseNote, statusWord } from './budget-cycle.messages.js';
import type { Lang } from '../../i18n/types.js';
import { cycleMsg } from './budget-cycle.messages.js';
import { compareCodes } from '../../feed/compare.js';

/** One row per phase: name, status in words, evidence, note. */
export function phaseTable(view: CycleView, lang: Lang, currency = 'MXN'): TableModel {
  return {
    caption: cycleMsg(lang, 'ui.phaseTable', `${view.program} ${view.name}`),
    columns: [
      { key: 'phase', label: cycleMsg(lang, 'ui.col.phase') },
      { key: 'status', label: cycleMsg(lang, 'ui.col.status') },
      { key: 'evidence', label: cycleMsg(lang, 'ui.col.evidence') },
      { key: 'note', label: cycleMsg(lang, 'ui.col.note') },
    ],
    rows: view.phases.map((p) => ({
      phase: phaseName(p.phase, lang),
      status: statusWord(p.status, lang),
      evidence: evidenceLine(p, lang, currency),
      note: phaseNote(p, lang, currency) ?? '—',
    })),
  };
}

/** "1. Garantizar…" from a code and its text; either alone when the other is missing. */
export function coded(code: string | undefined, name: string | undefined): string | undefined {
  const c = code?.trim();
  const n = name?.trim();
  if (c && n) return `${c}. ${n}`;
  return c || n || undefined;
}

/** The program's plan alignments (national, state). */
export function planTable(view: CycleView, lang: Lang): TableModel {
  const rows = (['national', 'state'] as const)
    .filter((w) => view.plan?.[w])
    .map((w) => {
      const a = view.plan![w]!;
      return {
        plan: cycleMsg(lang, w === 'national' ? 'ui.plan.national' : 'ui.plan.state'),
        axis: a.axis,
        objective: coded(a.objective, a.objectiveName),
        strategy: coded(a.strategy, a.strategyName),
        sectoral: a.sectoral,
        sectoralObjective: coded(a.sectoralObjective, a.sectoralObjectiveName),
        sectoralStrategy: coded(a.sectoralStrategy, a.sectoralStrategyName),
        year: a.year,
      };
    });
  return {
    caption: cycleMsg(lang, 'ui.planTable'),
    columns: [
      { key: 'plan', label: cycleMsg(lang, 'ui.col.plan') },
      { key: 'axis', label: cycleMsg(lang, 'ui.col.axis') },
      { key: 'objective', label: cycleMsg(lang, 'ui.col.objective') },
      { key: 'strategy', label: cycleMsg(lang, 'ui.col.strategy') },
      { key: 'sectoral', label: cycleMsg(lang, 'ui.col.sectoral') },
      { key: 'sectoralObjective', label: cycleMsg(lang, 'ui.col.sectoralObjective') },
      { key: 'sectoralStrategy', label: cycleMsg(lang, 'ui.col.sectoralStrategy') },
      { key: 'year', label: cycleMsg(lang, 'ui.col.year'), numeric: true, kind: 'text' },
    ],
    rows,
  };
}

/** Evaluations, newest first, with their ASM counts. */
export function evaluationTable(view: CycleView, lang: Lang): TableModel {
  // Listed evaluations only: synthetic entries (ASM whose evaluation is not listed) appear in the ASM table.
  const evals = view.evaluations.filter((e) => e && !e.synthetic).sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  return {
    caption: cycleMsg(lang, 'ui.evalTable', evals.length),
    columns: [
      { key: 'year', label: cycleMsg(lang, 'ui.col.year'), kind: 'text' },
      { key: 'type', label: cycleMsg(lang, 'ui.col.type') },
      { key: 'programme', label: cycleMsg(lang, 'ui.col.programme') },
      { key: 'evaluator', label: cycleMsg(lang, 'ui.col.evaluator') },
      // Findings only when the feed has some (SHCP's evaluation list has none).
      ...(evals.some((e) => e.finding) ? [{ key: 'finding', label: cycleMsg(lang, 'ui.col.finding') }] : []),
      { key: 'asm', label: cycleMsg(lang, 'ui.col.asm'), numeric: true, kind: 'number' },
      { key: 'attended', label: cycleMsg(lang, 'ui.col.attended'), numeric: true, kind: 'number' },
    ],
    rows: evals.map((e) => ({
      year: e.year,
      type: evaluationTypeName(e.type ?? '', lang),
      programme: e.programme,
      evaluator: e.evaluator,
      finding: e.finding,
      asm: (e.asm ?? []).length,
      attended: (e.asm ?? []).filter((a) => a && asmState(a) === 'attended').length,
    })),
  };
}

/** Every ASM of every evaluation. */
export function asmTable(view: CycleView, lang: Lang): TableModel {
  const rows = view.evaluations.flatMap((e) =>
    (e.asm ?? []).filter(Boolean).map((a) => ({
      evaluation: `${evaluationTypeName(e.type ?? '', lang)} ${e.year ?? ''}`.trim(),
      commitment: a.commitment,
      unit: a.unit,
      due: a.due,
      state: cycleMsg(lang, `ui.asm.${asmState(a)}`),
      progress: a.progress,
    })),
  );
  return {
    caption: cycleMsg(lang, 'ui.asmTable', rows.length),
    columns: [
      { key: 'evaluation', label: cycleMsg(lang, 'ui.col.evaluation') },
      { key: 'commitment', label: cycleMsg(lang, 'ui.col.commitment') },
      { key: 'unit', label: cycleMsg(lang, 'ui.col.unit') },
      { key: 'due', label: cycleMsg(lang, 'ui.col.due'), kind: 'date' },
      { key: 'state', label: cycleMsg(lang, 'ui.col.state') },
      { key: 'progress', label: cycleMsg(lang, 'ui.col.progress'), numeric: true, kind: 'number' },
    ],
    rows,
  };
}

/** Performance ratings by year (MSD 1–5, ISeD 0–1…), as published. */
export function performanceTable(view: CycleView, lang: Lang): TableModel {
  return {
    caption: cycleMsg(lang, 'ui.perfTable'),
    columns: [
      { key: 'year', label: cycleMsg(lang, 'ui.col.year'), kind: 'text' },
      { key: 'scale', label: cycleMsg(lang, 'ui.col.scale') },
      { key: 'value', label: cycleMsg(lang, 'ui.col.value'), numeric: true, kind: 'number' },
      { key: 'level', label: cycleMsg(lang, 'ui.col.level') },
    ],
    rows: view.performance.map((r) => ({ year: r.period ?? r.year, scale: r.scale, value: r.value, level: r.level })),
  };
}

/** Accountability documents with a title, newest first (undated last). */
export function sortedDocs(view: Pick<CycleView, 'accountability'>): AccountabilityDoc[] {
  return [...view.accountability].filter((d) => d && d.title).sort((a, b) => compareCodes(b.date ?? '', a.date ?? ''));
}

/** Accountability documents of the feed, newest first. */
export function documentsTable(view: CycleView, lang: Lang): TableModel {
  const docs = sortedDocs(view);
  return {
    caption: cycleMsg(lang, 'ui.docsTable'),
    columns: [
      { key: 'title', label: cycleMsg(lang, 'ui.col.title') },
      { key: 'date', label: cycleMsg(lang, 'ui.col.date'), kind: 'date' },
    ],
    rows: docs.map((d) => ({ title: d.title, date: d.date })),
  };
}
