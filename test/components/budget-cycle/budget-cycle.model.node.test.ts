import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cycleView,
  cycleSelectDetail,
  CYCLE_PHASES,
  pndPeriodStart,
  asmState,
  type CyclePhase,
  type PhaseStatus,
} from '../../../src/components/budget-cycle/budget-cycle.model.js';
import {
  chainSentence,
  evaluationTypeName,
  evidenceLine,
  phaseLabel,
  phaseName,
  phaseNote,
  statusWord,
} from '../../../src/components/budget-cycle/budget-cycle.messages.js';
import { overdueSentence } from '../../../src/platform/overdue.messages.js';
import type { Feed, Indicator, Program } from '../../../src/feed/types.js';

// ---- made-up data: one program with every phase complete ------------------------------------------------

const ind = (id: string, level: Indicator['level'], target: number | undefined, achieved: number | undefined): Indicator => {
  const i: Indicator = { id, name: `Indicador ${id}`, level, unit: 'Porcentaje', frequency: 'Anual', direction: 'ascending' };
  if (target !== undefined) i.target = target;
  if (achieved !== undefined) i.achieved = achieved;
  return i;
};

function fullProgram(): Program {
  return {
    key: '20-S176',
    name: 'Pensión para el Bienestar de las Personas Adultas Mayores',
    plan: {
      national: {
        axis: 'Política Social',
        objective: '1',
        strategy: '2',
        sectoral: 'Programa Sectorial de Bienestar 2020-2024',
        year: 2021,
      },
    },
    amounts: {
      approved: 1_234_500_000,
      modified: 1_000_000_000,
      committed: 900_000_000,
      accrued: 850_000_000,
      exercised: 820_000_000,
      paid: 810_000_000,
    },
    indicators: [ind('1', 'fin', 100, 100), ind('2', 'purpose', 100, 100), ind('3', 'component', 100, 100), ind('4', 'activity', 100, 100)],
    evaluations: [
      { year: 2018, type: 'Consistencia y Resultados', programme: 'PAE2017' },
      {
        year: 2021,
        type: 'Procesos',
        url: 'https://example.org/eval.zip',
        asm: [
          { commitment: 'A', status: 'attended', progress: 100 },
          { commitment: 'B', progress: 100 },
          { commitment: 'C', status: 'attended' },
          { commitment: 'D', status: 'cancelled', progress: 20 },
        ],
      },
    ],
  };
}

function feedOf(programs: Program[], patch: Partial<Feed> = {}): Feed {
  return {
    version: 1,
    publisher: { name: 'SHCP', jurisdiction: 'MX' },
    cycle: 2023,
    currency: 'MXN',
    asOf: '2023-12-31',
    sources: [{ title: 'Cuenta Pública 2023' }],
    moments: ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'],
    programs,
    schedule: { frequency: 'yearly', lagDays: 120 },
    accountability: [
      { title: 'Informe del cuarto trimestre 2023', date: '2024-01-30', kind: 'quarterly-report' },
      { title: 'Cuenta Pública 2023', date: '2024-04-30', kind: 'cuenta-publica', url: 'https://example.org/cp2023' },
    ],
    ...patch,
  };
}

const TODAY = '2024-06-01';

interface Case {
  phase: CyclePhase;
  status: PhaseStatus;
  name: string;
  program?: (p: Program) => void;
  feed?: (f: Feed) => void;
  today?: string;
  es: string;
  en: string;
  noteEs?: string;
  noteEn?: string;
}

/** Another program of the same ramo (20), with a MIR and a paid amount. */
const other = (): Program => ({ key: '20-E001', name: 'Otro', amounts: { approved: 1, paid: 1 }, indicators: [ind('x', 'fin', 1, 1)] });

const cases: Case[] = [
  // planning
  {
    phase: 'planning',
    status: 'complete',
    name: 'PND axis, objective and strategy',
    es: 'Alineado al PND: Política Social, objetivo 1, estrategia 2',
    en: 'Aligned with the PND: Política Social, objective 1, strategy 2',
  },
  {
    phase: 'planning',
    status: 'complete',
    name: 'state plan only (PED)',
    program: (p) => (p.plan = { state: { axis: 'Eje 2. Bienestar', objective: 'Reducir la pobreza extrema' } }),
    es: 'Alineado al PED: Eje 2. Bienestar, Reducir la pobreza extrema',
    en: 'Aligned with the state plan (PED): Eje 2. Bienestar, Reducir la pobreza extrema',
  },
  {
    phase: 'planning',
    status: 'complete',
    name: 'objective and strategy of the sectoral program (2021 layout)',
    program: (p) =>
      (p.plan = {
        national: {
          axis: 'Política Social',
          sectoral: 'Programa Sectorial de Bienestar 2020-2024',
          sectoralObjective: '1',
          sectoralStrategy: '2',
          year: 2021,
        },
      }),
    es: 'Alineado al PND: Política Social · Programa Sectorial de Bienestar 2020-2024, objetivo 1, estrategia 2',
    en: 'Aligned with the PND: Política Social · Programa Sectorial de Bienestar 2020-2024, objective 1, strategy 2',
  },
  {
    phase: 'planning',
    status: 'partial',
    name: 'axis only (2020 layout)',
    program: (p) => (p.plan = { national: { axis: 'Política Social', year: 2020 } }),
    es: 'Alineado al PND: Política Social',
    en: 'Aligned with the PND: Política Social',
    noteEs: 'La alineación no dice a qué objetivo o estrategia del plan contribuye',
    noteEn: 'The alignment does not say which plan objective or strategy the program serves',
  },
  {
    phase: 'planning',
    status: 'missing',
    name: 'no plan',
    program: (p) => delete p.plan,
    es: 'Sin alineación a un plan de desarrollo',
    en: 'No development-plan alignment',
  },
  {
    phase: 'planning',
    status: 'attention',
    name: 'aligned to a PND that no longer rules the cycle',
    program: (p) => (p.plan = { national: { axis: 'México Incluyente', objective: '4', strategy: '2', year: 2018 } }),
    es: 'Alineado al PND 2013–2018, que ya no rige en 2023',
    en: 'Aligned with the 2013–2018 PND, no longer in force in 2023',
    noteEs: 'La alineación es a un plan anterior; falta la alineación al plan vigente',
  },
  // programming
  {
    phase: 'programming',
    status: 'complete',
    name: 'four levels, all with targets',
    es: 'MIR con 4 indicadores',
    en: 'MIR with 4 indicators',
  },
  {
    phase: 'programming',
    status: 'partial',
    name: 'no activity level, one without target',
    program: (p) => (p.indicators = [ind('1', 'fin', 100, 100), ind('2', 'purpose', 100, 100), ind('3', 'component', undefined, 5)]),
    es: 'MIR con 3 indicadores',
    en: 'MIR with 3 indicators',
    noteEs: 'Faltan indicadores de nivel: Actividad; 1 indicador sin meta',
    noteEn: 'No indicators at level: Activity; 1 indicator without a target',
  },
  {
    phase: 'programming',
    status: 'missing',
    name: 'no indicators and the feed has no MIR at all',
    program: (p) => delete p.indicators,
    es: 'Sin indicadores (MIR) en los datos',
    en: 'No indicators (MIR) in the data',
  },
  {
    phase: 'programming',
    status: 'missing',
    name: 'no indicators, and the MIR in the feed covers other ramos only',
    program: (p) => delete p.indicators,
    feed: (f) => f.programs.push({ ...other(), key: '12-E001' }),
    es: 'Sin indicadores (MIR) en los datos',
    en: 'No indicators (MIR) in the data',
  },
  {
    phase: 'programming',
    status: 'attention',
    name: 'paid without indicators while the feed carries a MIR for its ramo',
    program: (p) => delete p.indicators,
    feed: (f) => f.programs.push(other()),
    es: 'Gastó $810.0 millones sin indicadores',
    en: 'Spent MXN\u00a0810.0 million without indicators',
    noteEs: 'El programa gastó dinero, pero no tiene indicadores para medir sus resultados',
  },
  // budgeting
  {
    phase: 'budgeting',
    status: 'complete',
    name: 'approved reported',
    es: 'Aprobado: $1,234.5 millones',
    en: 'Approved: MXN\u00a01.2 billion',
  },
  {
    phase: 'budgeting',
    status: 'partial',
    name: 'only modified',
    program: (p) => delete p.amounts.approved,
    es: 'Modificado: $1,000.0 millones; aprobado no reportado',
    en: 'Modified: MXN\u00a01.0 billion; approved not reported',
  },
  {
    phase: 'budgeting',
    status: 'missing',
    name: 'no approved, no modified',
    program: (p) => (p.amounts = { paid: 5 }),
    es: 'Presupuesto no reportado',
    en: 'Budget not reported',
  },
  {
    phase: 'budgeting',
    status: 'attention',
    name: 'approved zero, modified above zero',
    program: (p) => (p.amounts = { approved: 0, modified: 500_000_000, paid: 400_000_000 }),
    es: 'Aprobado: $0, pero se modificó a $500.0 millones',
    en: 'Approved: MXN\u00a00, but modified to MXN\u00a0500.0 million',
    noteEs: 'Se gastó dinero que el presupuesto aprobado no asignaba',
  },
  {
    phase: 'budgeting',
    status: 'attention',
    name: 'approved zero, paid without a modified amount',
    program: (p) => (p.amounts = { approved: 0, paid: 2_500_000 }),
    es: 'Aprobado: $0, pero se pagaron $2.5 millones',
    en: 'Approved: MXN\u00a00, but MXN\u00a02.5 million was paid',
  },
  // exercise
  {
    phase: 'exercise',
    status: 'complete',
    name: 'paid over modified',
    es: 'Pagado: 81% del modificado',
    en: 'Paid: 81% of the modified budget',
  },
  {
    phase: 'exercise',
    status: 'complete',
    name: 'paid over approved when modified is absent',
    program: (p) => (p.amounts = { approved: 200, paid: 50 }),
    es: 'Pagado: 25% del aprobado',
    en: 'Paid: 25% of the approved budget',
  },
  {
    phase: 'exercise',
    status: 'complete',
    name: 'exercised is the last moment the feed reports (Cuenta Pública by program)',
    program: (p) => delete p.amounts.paid,
    es: 'Ejercido: 82% del modificado',
    en: 'Exercised: 82% of the modified budget',
  },
  {
    phase: 'exercise',
    status: 'partial',
    name: 'paid not reported while other programs report it',
    program: (p) => delete p.amounts.paid,
    feed: (f) => f.programs.push(other()),
    es: 'Ejercido: 82% del modificado',
    en: 'Exercised: 82% of the modified budget',
    noteEs: 'Pagado no reportado',
    noteEn: 'Paid not reported',
  },
  {
    phase: 'exercise',
    status: 'partial',
    name: 'paid without a budget to compare',
    program: (p) => (p.amounts = { paid: 1_500_000 }),
    es: 'Pagado: $1.5 millones',
    en: 'Paid: MXN\u00a01.5 million',
    noteEs: 'Sin presupuesto aprobado ni modificado con qué compararlo',
  },
  {
    phase: 'exercise',
    status: 'missing',
    name: 'only approved and modified',
    program: (p) => (p.amounts = { approved: 10, modified: 10 }),
    es: 'Gasto no reportado',
    en: 'Spending not reported',
  },
  {
    phase: 'exercise',
    status: 'attention',
    name: 'paid exceeds exercised (order break)',
    program: (p) => (p.amounts = { approved: 1000, modified: 1000, exercised: 700, paid: 750 }),
    es: 'Pagado: 75% del modificado',
    en: 'Paid: 75% of the modified budget',
    noteEs: 'El pagado ($750) supera al ejercido ($700)',
    noteEn: 'The paid amount (MXN\u00a0750) exceeds the exercised amount (MXN\u00a0700)',
  },
  // monitoring
  { phase: 'monitoring', status: 'complete', name: 'all green', es: '4 de 4 indicadores en verde', en: '4 of 4 indicators green' },
  {
    phase: 'monitoring',
    status: 'partial',
    name: 'one indicator without result',
    program: (p) => delete p.indicators![3]!.achieved,
    es: '3 de 4 indicadores en verde',
    en: '3 of 4 indicators green',
    noteEs: '1 sin avance reportado',
    noteEn: '1 without reported results',
  },
  {
    phase: 'monitoring',
    status: 'missing',
    name: 'no results at all',
    program: (p) => p.indicators!.forEach((i) => delete i.achieved),
    es: 'Sin avance reportado de 4 indicadores',
    en: 'No results reported for 4 indicators',
  },
  {
    phase: 'monitoring',
    status: 'missing',
    name: 'no indicators',
    program: (p) => delete p.indicators,
    es: 'Sin indicadores que seguir',
    en: 'No indicators to monitor',
  },
  {
    phase: 'monitoring',
    status: 'attention',
    name: 'one yellow (85 %) and one red (50 %)',
    program: (p) => {
      p.indicators![0]!.achieved = 85;
      p.indicators![1]!.achieved = 50;
    },
    es: '2 de 4 indicadores en verde',
    en: '2 of 4 indicators green',
    noteEs: '2 no alcanzaron la meta (1 en amarillo, 1 en rojo)',
    noteEn: '2 missed the target (1 yellow, 1 red)',
  },
  // evaluation
  {
    phase: 'evaluation',
    status: 'complete',
    name: 'latest evaluation, ASM attended or cancelled',
    es: 'Evaluación de procesos 2021 · 4 ASM, 3 atendidos',
    en: 'Process evaluation 2021 · 4 ASM, 3 attended',
  },
  {
    phase: 'evaluation',
    status: 'complete',
    name: 'ASM from several evaluations are counted in all',
    program: (p) => (p.evaluations![0]!.asm = [{ commitment: 'Z', progress: 100 }]),
    es: 'Evaluación de procesos 2021 · 5 ASM en total, 4 atendidos',
    en: 'Process evaluation 2021 · 5 ASM in all, 4 attended',
  },
  {
    phase: 'evaluation',
    status: 'complete',
    name: 'evaluation without ASM',
    program: (p) => (p.evaluations = [{ year: 2018, type: 'Consistencia y Resultados', programme: 'PAE2017' }]),
    es: 'Evaluación de consistencia y resultados 2018 · sin ASM',
    en: 'Consistency and results evaluation 2018 · no ASM',
  },
  {
    phase: 'evaluation',
    status: 'partial',
    name: 'one ASM still open, no due date',
    program: (p) => p.evaluations![1]!.asm!.push({ commitment: 'E', status: 'in-progress', progress: 40 }),
    es: 'Evaluación de procesos 2021 · 5 ASM, 3 atendidos',
    en: 'Process evaluation 2021 · 5 ASM, 3 attended',
    noteEs: '1 ASM pendiente',
    noteEn: '1 ASM pending',
  },
  {
    phase: 'evaluation',
    status: 'partial',
    name: 'ASM of an evaluation the feed does not list (synthetic entry)',
    program: (p) =>
      (p.evaluations = [
        { year: 2018, type: 'Consistencia y Resultados', programme: 'PAE2017' },
        {
          year: 2020,
          type: 'Evaluación de Procesos',
          synthetic: true,
          asm: [
            { commitment: 'A', status: 'in-progress', progress: 50 },
            { commitment: 'B', status: 'merged' },
          ],
        },
      ]),
    es: 'Evaluación de procesos 2020 · 2 ASM, 0 atendidos',
    en: 'Process evaluation 2020 · 2 ASM, 0 attended',
    noteEs: '1 ASM pendiente',
  },
  {
    phase: 'evaluation',
    status: 'missing',
    name: 'no evaluations',
    program: (p) => delete p.evaluations,
    es: 'Sin evaluaciones externas',
    en: 'No external evaluations',
  },
  {
    phase: 'evaluation',
    status: 'attention',
    name: 'an open ASM due before asOf',
    program: (p) =>
      p.evaluations![1]!.asm!.push({ commitment: 'E', due: '2023-06-30', progress: 40 }, { commitment: 'F', due: '2024-03-31' }),
    es: 'Evaluación de procesos 2021 · 6 ASM, 3 atendidos',
    en: 'Process evaluation 2021 · 6 ASM, 3 attended',
    noteEs: '1 ASM vencido sin atender',
    noteEn: '1 ASM past due and not attended',
  },
  // accountability
  {
    phase: 'accountability',
    status: 'complete',
    name: 'dated Cuenta Pública',
    es: 'Cuenta Pública 2023, publicada el 30 de abril de 2024',
    en: 'Cuenta Pública 2023, published April 30, 2024',
  },
  {
    phase: 'accountability',
    status: 'partial',
    name: 'only a quarterly report',
    feed: (f) => (f.accountability = [{ title: 'Informe del cuarto trimestre 2023', date: '2024-01-30', kind: 'quarterly-report' }]),
    es: 'Informe del cuarto trimestre 2023 (30 de enero de 2024)',
    en: 'Informe del cuarto trimestre 2023 (January 30, 2024)',
    noteEs: 'Aún no hay una Cuenta Pública fechada',
    noteEn: 'No dated Cuenta Pública yet',
  },
  {
    phase: 'accountability',
    status: 'partial',
    name: 'Cuenta Pública without a date',
    feed: (f) => (f.accountability = [{ title: 'Cuenta Pública 2023' }]),
    es: 'Cuenta Pública 2023, sin fecha de publicación',
    en: 'Cuenta Pública 2023, no publication date',
  },
  {
    phase: 'accountability',
    status: 'missing',
    name: 'no documents',
    feed: (f) => delete f.accountability,
    es: 'Sin documentos de rendición de cuentas',
    en: 'No accountability documents',
  },
  {
    phase: 'accountability',
    status: 'attention',
    name: 'data past its promised update date',
    today: '2025-05-01',
    es: 'Cuenta Pública 2023, publicada el 30 de abril de 2024',
    en: 'Cuenta Pública 2023, published April 30, 2024',
    noteEs: 'Estos datos debieron actualizarse el 30 de abril de 2025.',
    noteEn: 'This data should have been updated by April 30, 2025.',
  },
  {
    phase: 'accountability',
    status: 'attention',
    name: 'overdue even with no documents',
    feed: (f) => delete f.accountability,
    today: '2025-05-01',
    es: 'Sin documentos de rendición de cuentas',
    en: 'No accountability documents',
  },
];

for (const c of cases) {
  test(`${c.phase} is ${c.status}: ${c.name}`, () => {
    const p = fullProgram();
    c.program?.(p);
    const f = feedOf([p]);
    c.feed?.(f);
    const view = cycleView(f, p, { today: c.today ?? TODAY });
    const v = view.phases.find((x) => x.phase === c.phase)!;
    assert.equal(v.status, c.status);
    assert.equal(v.status === 'attention', v.reasons.length > 0, 'attention iff there is a reason');
    assert.equal(evidenceLine(v, 'es'), c.es);
    assert.equal(evidenceLine(v, 'en'), c.en);
    if (c.noteEs) assert.equal(phaseNote(v, 'es'), c.noteEs);
    if (c.noteEn) assert.equal(phaseNote(v, 'en'), c.noteEn);
    if (v.status === 'complete' || v.status === 'missing') assert.equal(phaseNote(v, 'es'), undefined);
    else assert.ok(phaseNote(v, 'es'), 'partial and attention phases explain themselves');
  });
}

test('every phase has a case for every status', () => {
  for (const phase of CYCLE_PHASES) {
    for (const status of ['complete', 'partial', 'missing', 'attention'] as const) {
      assert.ok(
        cases.some((c) => c.phase === phase && c.status === status),
        `${phase}/${status}`,
      );
    }
  }
});

test('the full program: seven phases in order, all complete, nothing unreadable', () => {
  const p = fullProgram();
  const view = cycleView(feedOf([p]), p, { today: TODAY });
  assert.deepEqual(
    view.phases.map((x) => x.phase),
    [...CYCLE_PHASES],
  );
  assert.deepEqual(
    view.phases.map((x) => x.status),
    Array(7).fill('complete'),
  );
  assert.equal(view.overdue, null);
  for (const lang of ['es', 'en']) {
    for (const v of view.phases) {
      const label = phaseLabel(v, lang);
      assert.doesNotMatch(label, /NaN|undefined|null|\[object/);
    }
  }
  assert.equal(phaseLabel(view.phases[0]!, 'es'), 'Planeación: completa. Alineado al PND: Política Social, objetivo 1, estrategia 2.');
  assert.equal(phaseLabel(view.phases[4]!, 'en'), 'Monitoring: complete. 4 of 4 indicators green.');
});

test('phase names and status words in both languages', () => {
  assert.deepEqual(
    CYCLE_PHASES.map((p) => phaseName(p, 'es')),
    ['Planeación', 'Programación', 'Presupuestación', 'Ejercicio y control', 'Seguimiento', 'Evaluación', 'Rendición de cuentas'],
  );
  assert.equal(phaseName('exercise', 'en'), 'Spending and control');
  assert.deepEqual(
    (['complete', 'partial', 'missing', 'attention'] as const).map((s) => [statusWord(s, 'es'), statusWord(s, 'en')]),
    [
      ['completa', 'complete'],
      ['parcial', 'partial'],
      ['sin datos', 'no data'],
      ['requiere atención', 'needs attention'],
    ],
  );
});

test('link targets: widgets by anchor, sources by href', () => {
  const p = fullProgram();
  const view = cycleView(feedOf([p]), p, { today: TODAY });
  const t = Object.fromEntries(view.phases.map((x) => [x.phase, x.target]));
  assert.deepEqual(t.programming, { anchor: 'tp-indicator-gauge' });
  assert.deepEqual(t.exercise, { anchor: 'tp-spending-flow' });
  assert.deepEqual(t.evaluation, { anchor: 'tp-budget-cycle', href: 'https://example.org/eval.zip' });
  assert.deepEqual(t.accountability, { anchor: 'tp-budget-cycle', href: 'https://example.org/cp2023' });
  assert.deepEqual(cycleSelectDetail(view, 'monitoring'), { program: '20-S176', phase: 'monitoring' });
});

// ---- the chain-break sentence -------------------------------------------------------------------------

function fourteen(green: number): Indicator[] {
  const levels: Indicator['level'][] = ['fin', 'purpose', 'component', 'activity'];
  return Array.from({ length: 14 }, (_, i) => ind(String(i), levels[i % 4]!, 100, i < green ? 100 : 50));
}

const chainCases: { name: string; program: (p: Program) => void; feed?: (f: Feed) => void; es: string; en: string }[] = [
  {
    name: 'the issue example: 81 of 100 pesos, 5 of 14 off target, 2 pending recommendations, one idea per sentence',
    program: (p) => {
      p.indicators = fourteen(9);
      p.evaluations![1]!.asm!.push({ commitment: 'E', progress: 50 }, { commitment: 'F', status: 'pending' });
    },
    es: 'Este programa gastó el 81% de su presupuesto. 5 de sus 14 metas no se cumplieron. Su evaluación le pidió 2 mejoras. Aún no las cumple.',
    en: 'This program spent 81% of its budget. 5 of its 14 targets were missed. Its evaluation asked for 2 changes. They are not done yet.',
  },
  {
    name: 'singulars and an overdue recommendation',
    program: (p) => {
      p.indicators = fourteen(13);
      p.evaluations![1]!.asm!.push({ commitment: 'E', due: '2023-01-31', progress: 10 });
    },
    es: 'Este programa gastó el 81% de su presupuesto. 1 de sus 14 metas no se cumplió. Su evaluación le pidió 1 mejora. Aún no la cumple. Ya venció.',
    en: 'This program spent 81% of its budget. 1 of its 14 targets was missed. Its evaluation asked for 1 change. It is not done yet. It is past due.',
  },
  {
    name: 'two pending recommendations from two evaluations, one overdue',
    program: (p) => {
      p.evaluations![0]!.asm = [{ commitment: 'Y', status: 'pending', due: '2023-01-31' }];
      p.evaluations![1]!.asm!.push({ commitment: 'Z', progress: 10 });
    },
    es: 'Este programa gastó el 81% de su presupuesto. Sus evaluaciones le pidieron 2 mejoras. Aún no las cumple. 1 ya venció.',
    en: 'This program spent 81% of its budget. Its evaluations asked for 2 changes. They are not done yet. 1 is past due.',
  },
  {
    name: 'paid without indicators',
    program: (p) => delete p.indicators,
    feed: (f) => f.programs.push(other()),
    es: 'Este programa gastó el 81% de su presupuesto. No tiene metas para medir sus resultados.',
    en: 'This program spent 81% of its budget. It has no targets to measure its results.',
  },
  {
    name: 'indicators but never evaluated, while other programs are',
    program: (p) => delete p.evaluations,
    feed: (f) => f.programs.push({ ...other(), evaluations: [{ year: 2020, type: 'Diseño' }] }),
    es: 'Este programa gastó el 81% de su presupuesto. Nadie lo ha evaluado aún.',
    en: 'This program spent 81% of its budget. No one has evaluated it yet.',
  },
  {
    name: 'a break without spending data',
    program: (p) => {
      p.amounts = { approved: 100 };
      p.indicators = [ind('1', 'fin', 100, 100), ind('2', 'purpose', 100, 100), ind('3', 'component', 100, 10)];
    },
    es: 'La cadena de este programa se rompe. 1 de sus 3 metas no se cumplió.',
    en: "This program's chain breaks. 1 of its 3 targets was missed.",
  },
  {
    name: 'its only indicator',
    program: (p) => {
      p.indicators = [ind('1', 'fin', 100, 10)];
    },
    es: 'Este programa gastó el 81% de su presupuesto. Su única meta no se cumplió.',
    en: 'This program spent 81% of its budget. Its only target was missed.',
  },
  {
    name: 'spending measured by exercised when the feed reports no paid moment',
    program: (p) => {
      delete p.amounts.paid;
      p.indicators = [ind('1', 'fin', 100, 100), ind('2', 'purpose', 100, 40)];
    },
    es: 'Este programa gastó el 82% de su presupuesto. 1 de sus 2 metas no se cumplió.',
    en: 'This program spent 82% of its budget. 1 of its 2 targets was missed.',
  },
  {
    name: 'no break',
    program: () => {},
    es: 'Este programa gastó el 81% de su presupuesto. Con los datos que hay, su cadena no se rompe.',
    en: 'This program spent 81% of its budget. With the data we have, its chain does not break.',
  },
  {
    name: '99.96% spent is 99.9%, never 100% (truncated to a tenth)',
    program: (p) => {
      p.amounts.paid = 999_600_000;
    },
    es: 'Este programa gastó el 99.9% de su presupuesto. Con los datos que hay, su cadena no se rompe.',
    en: 'This program spent 99.9% of its budget. With the data we have, its chain does not break.',
  },
  {
    name: 'less than 0.1% spent is never 0',
    program: (p) => {
      p.amounts.paid = 400_000;
    },
    es: 'Este programa gastó menos del 0.1% de su presupuesto. Con los datos que hay, su cadena no se rompe.',
    en: 'This program spent less than 0.1% of its budget. With the data we have, its chain does not break.',
  },
  {
    name: 'nothing spent yet',
    program: (p) => {
      p.amounts.paid = 0;
    },
    es: 'Este programa aún no gasta nada de su presupuesto. Con los datos que hay, su cadena no se rompe.',
    en: 'This program has not spent any of its budget yet. With the data we have, its chain does not break.',
  },
  {
    name: 'more than the approved budget (no modified) is said',
    program: (p) => {
      p.amounts = {
        approved: 1_000_000_000,
        committed: 1_100_000_000,
        accrued: 1_100_000_000,
        exercised: 1_100_000_000,
        paid: 1_043_000_000,
      };
    },
    es: 'Este programa gastó el 104.3% de su presupuesto aprobado. Gastó más de lo previsto. Con los datos que hay, su cadena no se rompe.',
    en: 'This program spent 104.3% of its approved budget. It spent more than planned. With the data we have, its chain does not break.',
  },
  {
    name: 'only approved amounts',
    program: (p) => {
      p.amounts = { approved: 1_234_500_000 };
      delete p.plan;
      delete p.indicators;
      delete p.evaluations;
    },
    feed: (f) => delete f.accountability,
    es: 'Con los datos que hay, la cadena de este programa no se rompe. Faltan datos de 6 de las 7 fases.',
    en: "With the data we have, this program's chain does not break. 6 of the 7 phases have no data.",
  },
  {
    name: 'nothing at all',
    program: (p) => {
      p.amounts = {};
      delete p.plan;
      delete p.indicators;
      delete p.evaluations;
    },
    feed: (f) => delete f.accountability,
    es: 'No hay datos del ciclo presupuestario de este programa.',
    en: "There is no data on this program's budget cycle.",
  },
];

for (const c of chainCases) {
  test(`chain sentence: ${c.name}`, () => {
    const p = fullProgram();
    c.program(p);
    const f = feedOf([p]);
    c.feed?.(f);
    const view = cycleView(f, p, { today: TODAY });
    assert.equal(chainSentence(view.chain, 'es'), c.es);
    assert.equal(chainSentence(view.chain, 'en'), c.en);
  });
}

test('overdue notice sentence and its effect on the cycle', () => {
  assert.equal(overdueSentence({ due: '2024-10-30' }, 'es'), 'Estos datos debieron actualizarse el 30 de octubre de 2024.');
  assert.equal(overdueSentence({ due: '2024-10-30' }, 'en'), 'This data should have been updated by October 30, 2024.');
  const p = fullProgram();
  const f = feedOf([p], { asOf: '2024-06-30', schedule: { frequency: 'quarterly', lagDays: 30 } });
  assert.deepEqual(cycleView(f, p, { today: '2024-11-02' }).overdue, { due: '2024-10-30', basis: 'period' });
  assert.equal(cycleView(f, p, { today: '2024-10-02' }).overdue, null);
  assert.equal(cycleView(f, p).overdue, null, 'no today, no claim');
});

test('evaluation type names: accents and case vary in the source', () => {
  const table: [string, string, string][] = [
    ['Específica de desempeño', 'Evaluación específica de desempeño', 'Specific performance evaluation'],
    ['Específica de Desempeño', 'Evaluación específica de desempeño', 'Specific performance evaluation'],
    ['Consistencia y Resultados', 'Evaluación de consistencia y resultados', 'Consistency and results evaluation'],
    ['Evaluación de Procesos', 'Evaluación de procesos', 'Process evaluation'],
    ['Ficha Inicial de Monitoreo y Evaluación', 'Ficha inicial de monitoreo y evaluación', 'Initial monitoring and evaluation sheet'],
    ['Diseño', 'Evaluación de diseño', 'Design evaluation'],
    ['Costo-Efectividad', 'Costo-Efectividad', 'Costo-Efectividad'],
    // A type named like an Object.prototype member is shown as written.
    [' constructor ', 'constructor', 'constructor'],
  ];
  for (const [type, es, en] of table) {
    assert.equal(evaluationTypeName(type, 'es'), es);
    assert.equal(evaluationTypeName(type, 'en'), en);
  }
});

test('evaluation type names are messages: a pack overrides one key and reads Spanish for the rest', async () => {
  const { registerLocalePack, unregisterLocalePack } = await import('../../../src/i18n/registry.js');
  registerLocalePack({ lang: 'xx-cycle', strings: { 'cycle.evalType.design': 'DISEÑO-XX' } });
  try {
    assert.equal(evaluationTypeName('Diseño', 'xx-cycle'), 'DISEÑO-XX');
    assert.equal(evaluationTypeName('Procesos', 'xx-cycle'), 'Evaluación de procesos');
  } finally {
    unregisterLocalePack('xx-cycle');
  }
});

test('ASM states and PND periods', () => {
  assert.equal(asmState({ commitment: 'x', progress: 100 }), 'attended');
  assert.equal(asmState({ commitment: 'x', status: 'CANCELADO' }), 'cancelled');
  assert.equal(asmState({ commitment: 'x', status: 'ASM dado de baja' }), 'cancelled');
  assert.equal(asmState({ commitment: 'x', status: 'in-progress', progress: 99.9 }), 'open');
  assert.equal(asmState({ commitment: 'x' }), 'open');
  assert.deepEqual([2013, 2018, 2019, 2024, 2025, 2012].map(pndPeriodStart), [2013, 2013, 2019, 2019, 2025, 2007]);
});

test('performance ratings are sorted by year and kept as published', () => {
  const p = fullProgram();
  p.performance = [
    { year: 2018, scale: 'MSD (1–5)', value: 4.7, level: 'ALTO' },
    { year: 2013, scale: 'MSD (1–5)', value: 3.8, level: 'MEDIO ALTO' },
  ];
  const view = cycleView(feedOf([p]), p);
  assert.deepEqual(
    view.performance.map((r) => [r.year, r.value, r.level]),
    [
      [2013, 3.8, 'MEDIO ALTO'],
      [2018, 4.7, 'ALTO'],
    ],
  );
});

test('synthetic evaluation entries are not counted as evaluations, but the program counts as evaluated', () => {
  const p = fullProgram();
  p.evaluations = [{ year: 2019, type: 'Diseño', synthetic: true, asm: [{ commitment: 'A', progress: 100 }] }];
  const f = feedOf([p, { ...other(), evaluations: [{ year: 2020, type: 'Diseño' }] }]);
  const view = cycleView(f, p);
  const ev = view.phases[5]!.evidence as { count: number; asm: number };
  assert.equal(ev.count, 0);
  assert.equal(ev.asm, 1);
  assert.equal(view.chain.notEvaluated, false);
});

test('property: any program of a well-typed feed gives readable words in both languages', async () => {
  const fc = (await import('fast-check')).default;
  const money = fc.option(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { nil: undefined });
  const word = fc.option(fc.constantFrom('Política Social', '1', '2.1', 'Programa Sectorial', ''), { nil: undefined });
  const date = fc.option(fc.constantFrom('2023-06-30', '2024-02-29', '2024-13-01', 'ayer', ''), { nil: undefined });
  const indicator = fc.record({
    level: fc.constantFrom('fin', 'purpose', 'component', 'activity'),
    direction: fc.constantFrom('ascending', 'descending', 'regular'),
    target: fc.option(fc.double({ min: -10, max: 1000, noNaN: true }), { nil: undefined }),
    achieved: fc.option(fc.double({ min: -10, max: 1000, noNaN: true }), { nil: undefined }),
  });
  const asm = fc.record({
    status: fc.option(fc.constantFrom('pending', 'in-progress', 'attended', 'cancelled', 'merged', 'raro'), { nil: undefined }),
    progress: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
    due: date,
  });
  const evaluation = fc.record({
    year: fc.integer({ min: 2007, max: 2024 }),
    type: fc.constantFrom('Diseño', 'Procesos', 'Específica de Desempeño', 'Otra cosa'),
    synthetic: fc.boolean(),
    asm: fc.array(asm, { maxLength: 4 }),
  });
  const arb = fc.record({
    amounts: fc.record({ approved: money, modified: money, committed: money, accrued: money, exercised: money, paid: money }),
    plan: fc.option(
      fc.record({
        axis: word,
        objective: word,
        strategy: word,
        sectoral: word,
        sectoralObjective: word,
        year: fc.option(fc.integer({ min: 2010, max: 2030 }), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    indicators: fc.array(indicator, { maxLength: 6 }),
    evaluations: fc.array(evaluation, { maxLength: 3 }),
    docs: fc.array(fc.record({ title: fc.constantFrom('Cuenta Pública 2023', 'Informe trimestral'), date }), { maxLength: 3 }),
    schedule: fc.option(
      fc.record({
        frequency: fc.constantFrom('quarterly', 'monthly', 'never'),
        lagDays: fc.option(fc.integer({ min: -5, max: 200 }), { nil: undefined }),
        nextDue: date,
      }),
      { nil: undefined },
    ),
    today: fc.constantFrom('2024-01-01', '2026-11-26', 'hoy'),
  });
  fc.assert(
    fc.property(arb, (r) => {
      const amounts = Object.fromEntries(Object.entries(r.amounts).filter(([, v]) => v !== undefined));
      const p: Program = {
        key: '20-S176',
        name: 'Programa',
        amounts,
        indicators: r.indicators.map((i, n) => {
          const x: Indicator = {
            id: String(n),
            name: 'I',
            level: i.level as Indicator['level'],
            unit: '%',
            frequency: 'Anual',
            direction: i.direction as Indicator['direction'],
          };
          if (i.target !== undefined) x.target = i.target;
          if (i.achieved !== undefined) x.achieved = i.achieved;
          return x;
        }),
        evaluations: r.evaluations.map((e) => ({
          ...e,
          asm: e.asm.map((a) => ({ commitment: 'c', ...Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) })),
        })),
      };
      if (r.plan) p.plan = { national: Object.fromEntries(Object.entries(r.plan).filter(([, v]) => v !== undefined)) };
      const f = feedOf([p], {
        accountability: r.docs.map((d) => (d.date ? d : { title: d.title })),
        ...(r.schedule
          ? { schedule: Object.fromEntries(Object.entries(r.schedule).filter(([, v]) => v !== undefined)) as unknown as Feed['schedule'] }
          : {}),
      });
      const view = cycleView(f, p, { today: r.today });
      for (const lang of ['es', 'en']) {
        const text = [...view.phases.map((v) => phaseLabel(v, lang)), chainSentence(view.chain, lang)].join('\n');
        assert.doesNotMatch(text, /NaN|undefined|null|\[object|Infinity|\{\d\}/);
      }
      assert.deepEqual(
        view.phases.map((v) => v.phase),
        [...CYCLE_PHASES],
      );
    }),
    { numRuns: 300, seed: 12 },
  );
});
