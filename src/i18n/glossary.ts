/**
 * The budget glossary in Spanish (es-MX) and English: term and a plain definition of at most
 * 35 words each (tested). Pure data. Widgets show a term with `glossaryTerm()` (shared/views).
 * A locale pack may add or override terms: `registerLocalePack({ lang, glossary: { paid: {…} } })`.
 */
import type { GlossaryEntry } from './types.js';

type Glossary = Record<string, GlossaryEntry>;

export const GLOSSARY_ES: Glossary = {
  approved: { term: 'Aprobado', definition: 'El dinero que el Congreso autorizó para el año en el presupuesto. Es el punto de partida.' },
  modified: {
    term: 'Modificado',
    definition: 'El presupuesto aprobado después de los cambios hechos durante el año: aumentos, reducciones y traspasos entre programas.',
  },
  committed: {
    term: 'Comprometido',
    definition: 'Dinero apartado por un contrato o acuerdo firmado para comprar bienes, servicios u obras.',
  },
  accrued: { term: 'Devengado', definition: 'Dinero que el gobierno ya debe porque recibió los bienes, servicios u obras que contrató.' },
  exercised: { term: 'Ejercido', definition: 'Dinero con una orden de pago emitida y aprobada. Falta entregarlo.' },
  paid: { term: 'Pagado', definition: 'Dinero que ya salió de la tesorería y llegó a quien se le debía.' },
  ministered: {
    term: 'Ministrado',
    definition: 'Dinero que la tesorería ya transfirió a la dependencia, al estado o al municipio que lo va a gastar.',
  },
  program: {
    term: 'Programa presupuestario',
    definition:
      'Un conjunto de acciones del gobierno con un objetivo, un presupuesto y una clave, como S176. Es la unidad básica para seguir el gasto.',
  },
  ramo: {
    term: 'Ramo',
    definition:
      'El gran apartado del presupuesto al que pertenece el gasto, casi siempre una secretaría u órgano, como Bienestar o Educación.',
  },
  unit: { term: 'Unidad responsable', definition: 'La oficina que maneja el dinero del programa y responde por sus resultados.' },
  modality: {
    term: 'Modalidad',
    definition:
      'La letra al inicio de la clave del programa. Dice qué tipo de programa es: S sujeto a reglas, E servicios públicos, K obras, etcétera.',
  },
  mir: {
    term: 'MIR',
    definition:
      'Matriz de Indicadores para Resultados: una tabla que dice qué busca el programa, cómo se mide y qué metas tiene en cada nivel.',
  },
  fin: { term: 'Fin', definition: 'El nivel más alto de la MIR: el gran objetivo de país o de estado al que el programa ayuda.' },
  purpose: {
    term: 'Propósito',
    definition: 'El nivel de la MIR que dice el cambio directo que el programa quiere lograr en la población que atiende.',
  },
  component: { term: 'Componente', definition: 'Los bienes o servicios que el programa entrega: apoyos, becas, obras, consultas.' },
  activity: { term: 'Actividad', definition: 'Las tareas que hace el programa para producir sus bienes y servicios.' },
  target: { term: 'Meta', definition: 'El valor que el indicador debe alcanzar en el año.' },
  baseline: { term: 'Línea base', definition: 'El valor del indicador al inicio, que sirve para comparar el avance.' },
  progress: { term: 'Avance', definition: 'Lo logrado hasta la fecha, comparado con la meta. Se da en porcentaje.' },
  'traffic-light': {
    term: 'Semáforo',
    definition:
      'Un aviso de tres niveles sobre el avance de la meta: verde va bien, amarillo pide atención y rojo va mal. Siempre lleva texto, no solo color.',
  },
  strategic: {
    term: 'Indicador estratégico',
    definition: 'Mide si el programa logra sus objetivos de Fin o Propósito, es decir, sus resultados en la gente.',
  },
  management: {
    term: 'Indicador de gestión',
    definition: 'Mide cómo trabaja el programa: sus entregas y tareas de Componente y Actividad.',
  },
  'gender-annex': {
    term: 'Anexo 13 (perspectiva de género)',
    definition: 'La parte del presupuesto federal que marca el gasto para la igualdad entre mujeres y hombres.',
  },
  sdg: {
    term: 'ODS',
    definition: 'Objetivos de Desarrollo Sostenible: 17 metas mundiales de la ONU para 2030, como fin de la pobreza o igualdad de género.',
  },
  'potential-population': {
    term: 'Población potencial',
    definition: 'Todas las personas que tienen el problema que el programa quiere resolver.',
  },
  'target-population': {
    term: 'Población objetivo',
    definition: 'La parte de la población potencial que el programa planea atender este año.',
  },
  'served-population': {
    term: 'Población atendida',
    definition: 'Las personas que de verdad recibieron los bienes o servicios del programa.',
  },
  chapter: {
    term: 'Capítulo de gasto',
    definition:
      'La clase de cosa en la que se gasta: sueldos (1000), materiales (2000), servicios (3000), subsidios (4000), obras (6000) y otros.',
  },
  pef: {
    term: 'PEF',
    definition: 'Presupuesto de Egresos de la Federación: la ley que cada año fija cuánto puede gastar el gobierno federal y en qué.',
  },
  'cuenta-publica': {
    term: 'Cuenta Pública',
    definition: 'El informe anual en el que el gobierno rinde cuentas de lo que de verdad gastó y logró.',
  },
  'execution-rate': {
    term: 'Avance del gasto',
    definition: 'La parte del presupuesto que ya se gastó. Se calcula con el último momento reportado entre el aprobado.',
  },
  planning: { term: 'Planeación', definition: 'La etapa en la que el gobierno fija sus metas en el plan de desarrollo.' },
  programming: { term: 'Programación', definition: 'La etapa en la que se definen los programas, sus objetivos y sus indicadores.' },
  budgeting: { term: 'Presupuestación', definition: 'La etapa en la que se asigna el dinero a cada programa y el Congreso lo aprueba.' },
  'exercise-control': {
    term: 'Ejercicio y control',
    definition: 'La etapa en la que se gasta el dinero y se vigila que se use como se aprobó.',
  },
  monitoring: { term: 'Seguimiento', definition: 'La revisión durante el año de cuánto se gasta y qué tanto se avanza en las metas.' },
  evaluation: { term: 'Evaluación', definition: 'Un estudio, a veces externo, que dice si el programa funciona y qué debe mejorar.' },
  accountability: {
    term: 'Rendición de cuentas',
    definition: 'La etapa en la que el gobierno informa y explica en qué gastó y qué logró.',
  },
  // Terms of the plain summaries of <tp-budget-cycle> and <tp-spending-flow> (issue 18).
  'cycle-chain': {
    term: 'Cadena del ciclo',
    definition:
      'Los pasos que unen un programa: su plan, sus metas, su dinero, sus resultados y sus evaluaciones. Se rompe cuando un paso falla o falta.',
  },
  asm: {
    term: 'Mejoras pedidas (ASM)',
    definition:
      'Aspectos susceptibles de mejora: los cambios que una evaluación pide a un programa. La dependencia se compromete a hacerlos antes de una fecha.',
  },
  'spending-moments': {
    term: 'Momentos del gasto',
    definition: 'Los pasos que sigue el dinero de un programa: aprobado, modificado, comprometido, devengado, ejercido y pagado.',
  },
  // <tp-gender-breakdown> and <tp-sdg-alignment> (issue 18: the terms their plain summaries leave out).
  'tagged-spending': {
    term: 'Gasto etiquetado',
    definition:
      'Dinero de un programa que el presupuesto marca para un fin, como la igualdad entre mujeres y hombres. Marca una intención; no prueba resultados.',
  },
  'sdg-contribution': {
    term: 'Contribución directa o indirecta',
    definition:
      'Cómo ayuda un programa a un ODS. Directa: su objetivo apunta a una meta del ODS. Indirecta: ayuda a través de otros resultados.',
  },
};

export const GLOSSARY_EN: Glossary = {
  approved: { term: 'Approved', definition: 'The money Congress authorised for the year in the budget. It is the starting point.' },
  modified: {
    term: 'Modified',
    definition: 'The approved budget after the changes made during the year: increases, cuts and transfers between programs.',
  },
  committed: { term: 'Committed', definition: 'Money set aside by a signed contract or agreement to buy goods, services or works.' },
  accrued: {
    term: 'Accrued',
    definition: 'Money the government already owes because it received the goods, services or works it contracted.',
  },
  exercised: { term: 'Exercised', definition: 'Money with a payment order issued and approved. It still has to be handed over.' },
  paid: { term: 'Paid', definition: 'Money that has left the treasury and reached whoever was owed.' },
  ministered: {
    term: 'Transferred (ministrado)',
    definition: 'Money the treasury has already transferred to the agency, state or municipality that will spend it.',
  },
  program: {
    term: 'Budget program',
    definition:
      'A set of government actions with one objective, a budget and a key such as S176. It is the basic unit for following spending.',
  },
  ramo: {
    term: 'Branch (ramo)',
    definition: 'The large budget section the spending belongs to, usually a ministry or body, such as Welfare or Education.',
  },
  unit: { term: 'Responsible unit', definition: 'The office that manages the program’s money and answers for its results.' },
  modality: {
    term: 'Modality',
    definition:
      'The letter at the start of the program key. It tells the kind of program: S subject to rules, E public services, K works, and so on.',
  },
  mir: {
    term: 'MIR (results matrix)',
    definition:
      'Matriz de Indicadores para Resultados: a table of what the program seeks, how it is measured and its targets at each level.',
  },
  fin: { term: 'Goal (Fin)', definition: 'The top level of the MIR: the broad national or state objective the program helps with.' },
  purpose: { term: 'Purpose', definition: 'The MIR level stating the direct change the program wants to achieve in the people it serves.' },
  component: { term: 'Component', definition: 'The goods or services the program delivers: grants, scholarships, works, consultations.' },
  activity: { term: 'Activity', definition: 'The tasks the program carries out to produce its goods and services.' },
  target: { term: 'Target', definition: 'The value the indicator should reach in the year.' },
  baseline: { term: 'Baseline', definition: 'The starting value of the indicator, used to compare progress.' },
  progress: { term: 'Progress', definition: 'What has been achieved so far, compared with the target. Given as a percentage.' },
  'traffic-light': {
    term: 'Traffic light',
    definition:
      'A three-level signal on progress towards the target: green is on track, yellow needs attention, red is off track. Always shown with text, not colour alone.',
  },
  strategic: {
    term: 'Strategic indicator',
    definition: 'Measures whether the program reaches its Goal or Purpose objectives, that is, its results for people.',
  },
  management: {
    term: 'Management indicator',
    definition: 'Measures how the program works: its deliveries and tasks at Component and Activity level.',
  },
  'gender-annex': {
    term: 'Annex 13 (gender perspective)',
    definition: 'The part of the federal budget that tags spending for equality between women and men.',
  },
  sdg: {
    term: 'SDG',
    definition: 'Sustainable Development Goals: 17 United Nations goals for 2030, such as no poverty or gender equality.',
  },
  'potential-population': { term: 'Potential population', definition: 'Everyone who has the problem the program wants to solve.' },
  'target-population': {
    term: 'Target population',
    definition: 'The part of the potential population the program plans to serve this year.',
  },
  'served-population': { term: 'Served population', definition: 'The people who actually received the program’s goods or services.' },
  chapter: {
    term: 'Spending chapter',
    definition:
      'The kind of thing money is spent on: salaries (1000), materials (2000), services (3000), subsidies (4000), works (6000) and others.',
  },
  pef: {
    term: 'PEF (federal budget)',
    definition: 'Presupuesto de Egresos de la Federación: the yearly law that sets how much the federal government may spend and on what.',
  },
  'cuenta-publica': {
    term: 'Public Account (Cuenta Pública)',
    definition: 'The yearly report in which the government accounts for what it actually spent and achieved.',
  },
  'execution-rate': {
    term: 'Spending progress',
    definition: 'The share of the budget already spent: the latest reported moment divided by the approved amount.',
  },
  planning: { term: 'Planning', definition: 'The stage in which the government sets its goals in the development plan.' },
  programming: { term: 'Programming', definition: 'The stage in which programs, their objectives and their indicators are defined.' },
  budgeting: { term: 'Budgeting', definition: 'The stage in which money is assigned to each program and Congress approves it.' },
  'exercise-control': {
    term: 'Spending and control',
    definition: 'The stage in which the money is spent and checked against what was approved.',
  },
  monitoring: { term: 'Monitoring', definition: 'The review during the year of how much is spent and how far targets have advanced.' },
  evaluation: {
    term: 'Evaluation',
    definition: 'A study, sometimes external, that says whether the program works and what it should improve.',
  },
  accountability: {
    term: 'Accountability',
    definition: 'The stage in which the government reports and explains what it spent and achieved.',
  },
  // Terms of the plain summaries of <tp-budget-cycle> and <tp-spending-flow> (issue 18).
  'cycle-chain': {
    term: 'Cycle chain',
    definition:
      'The steps that link a program together: its plan, its targets, its money, its results and its evaluations. It breaks when a step fails or is missing.',
  },
  asm: {
    term: 'Requested changes (ASM)',
    definition:
      'Aspectos susceptibles de mejora: the changes an evaluation asks a program to make. The agency commits to making them by a date.',
  },
  'spending-moments': {
    term: 'Spending moments',
    definition: 'The steps the money of a program goes through: approved, modified, committed, accrued, exercised and paid.',
  },
  // <tp-gender-breakdown> and <tp-sdg-alignment> (issue 18: the terms their plain summaries leave out).
  'tagged-spending': {
    term: 'Tagged spending',
    definition:
      'Money of a program that the budget marks for a purpose, such as equality between women and men. It marks an intent; it does not prove results.',
  },
  'sdg-contribution': {
    term: 'Direct or indirect contribution',
    definition:
      'How a program helps an SDG. Direct: its objective aims at one of the SDG targets. Indirect: it helps through other results.',
  },
};

/** Every glossary id, in display order. */
export const GLOSSARY_IDS = Object.keys(GLOSSARY_ES);

/** Glossary id of a budget moment, when there is one. */
export function momentGlossaryId(moment: string): string | undefined {
  return moment in GLOSSARY_ES ? moment : undefined;
}
