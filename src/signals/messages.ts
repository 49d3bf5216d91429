/**
 * Every sentence of the signals, es-MX and en, in one `defineMessages('signals', …)` table: a locale
 * pack translates them as `strings: { 'signals.moment-order.rule': '…' }`. Functions take figures
 * already formatted for the language (amounts, percentages, dates, names) and only choose plurals.
 */
import { defineMessages } from '../i18n/registry.js';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const signalsMsg = defineMessages('signals', {
  es: {
    title: 'Puntos a revisar',
    disclaimer: 'Un punto a revisar no significa que haya una irregularidad: es una pregunta que los datos permiten hacer.',
    'level.info': 'Para saber más',
    'level.review': 'Para revisar',
    /** {0}: count */
    count: (n: number) => (n === 0 ? 'Sin puntos a revisar' : `${n} ${s(n, 'punto a revisar', 'puntos a revisar')}`),
    'moment.approved': 'el aprobado',
    'moment.modified': 'el modificado',
    'moment.committed': 'el comprometido',
    'moment.accrued': 'el devengado',
    'moment.exercised': 'el ejercido',
    'moment.paid': 'el pagado',
    'moment.ministered': 'el ministrado',
    /** {0}: more names not listed */
    andMore: (n: number) => `y ${n} más`,
    quote: (t: string) => `«${t}»`,
    'group.potential': 'potencial',
    'group.target': 'objetivo',
    'group.served': 'atendida',

    'moment-order.name': 'Momentos del gasto fuera de orden',
    'moment-order.rule':
      'Se señala cuando un momento del gasto supera al anterior en el orden de la ley; por ejemplo, cuando el pagado supera al ejercido.',
    'moment-order.term': 'Orden de los momentos del gasto',
    'moment-order.why':
      'La ley registra el gasto en momentos: comprometido, devengado, ejercido y pagado. Cada uno no debería superar al anterior; si lo hace, puede ser un ajuste, un reintegro o un error de registro.',
    /** later noun, later amount, earlier noun, earlier amount, excess */
    'moment-order.sentence': (later: string, la: string, earlier: string, ea: string, excess: string) =>
      `En estos datos, ${later} (${la}) es mayor que ${earlier} (${ea}) por ${excess}.`,

    'modified-change.name': 'Cambio grande al presupuesto',
    'modified-change.rule': (t: string) =>
      `Se señala cuando el presupuesto modificado difiere del aprobado en más de ${t}, hacia arriba o hacia abajo.`,
    'modified-change.term': 'Presupuesto modificado',
    'modified-change.why':
      'Durante el año el presupuesto aprobado por el Congreso puede cambiar. Un cambio grande es una buena pregunta: a dónde fue el dinero, o de dónde vino, y por qué.',
    /** modified, approved, percent, change */
    'modified-change.sentence.up': (m: string, a: string, pct: string, d: string) =>
      `El presupuesto modificado (${m}) es ${pct} mayor que el aprobado (${a}): ${d} más.`,
    'modified-change.sentence.down': (m: string, a: string, pct: string, d: string) =>
      `El presupuesto modificado (${m}) es ${pct} menor que el aprobado (${a}): ${d} menos.`,

    'year-end-underspending.name': 'Presupuesto sin devengar al cierre del año',
    'year-end-underspending.rule': (t: string) =>
      `Se señala cuando, con datos al cierre de diciembre, más de ${t} del presupuesto modificado no se devengó.`,
    'year-end-underspending.term': 'Subejercicio',
    'year-end-underspending.why':
      'Dinero asignado que no se gastó en el año. Puede deberse a ahorros, retrasos o dificultades para operar el programa; la ley pide explicarlo y reasignar esos recursos.',
    /** date, unaccrued, share, modified */
    'year-end-underspending.sentence': (date: string, u: string, share: string, m: string) =>
      `Con datos al ${date}, ${u} del presupuesto modificado no se había devengado: ${share} de ${m}.`,

    'year-end-bunching.name': 'Pagos concentrados al final del año',
    'year-end-bunching.rule': (t: string) => `Se señala cuando más de ${t} de los pagos del año se hizo en el último mes.`,
    'year-end-bunching.term': 'Gasto concentrado a fin de año',
    'year-end-bunching.why':
      'Pagar mucho en el último mes puede reflejar retrasos durante el año o prisa por gastar antes del cierre. Vale la pena ver qué se pagó y cuándo se entregó.',
    /** share, last month paid, year paid, month */
    'year-end-bunching.sentence': (share: string, last: string, year: string, month: string) =>
      `${share} de los pagos del año (${last} de ${year}) se hizo en ${month}.`,

    'strategic-no-progress.name': 'Indicador estratégico sin avance',
    'strategic-no-progress.rule':
      'Se señala cuando un indicador estratégico tiene meta pero no reporta avance, en datos que sí traen avances.',
    'strategic-no-progress.term': 'Avance de los indicadores estratégicos',
    'strategic-no-progress.why':
      'Los indicadores estratégicos dicen si el programa logra sus resultados en la gente. Sin avance reportado no se puede saber si se cumple la meta.',
    /** count, names */
    'strategic-no-progress.sentence': (n: number, names: string) =>
      `${n} ${s(n, 'indicador estratégico tiene', 'indicadores estratégicos tienen')} meta pero no ${s(n, 'reporta', 'reportan')} avance: ${names}.`,

    'target-too-low.name': 'Meta que quizá se fijó baja',
    'target-too-low.rule': (t: string) => `Se señala cuando un indicador ascendente alcanza más de ${t} de su meta, o cuando su meta es 0.`,
    'target-too-low.term': 'Metas de los indicadores',
    'target-too-low.why':
      'Una meta que se supera por mucho, o una meta de cero, puede significar que se fijó demasiado baja. Metas exigentes permiten saber si el programa mejora.',
    /** count, names */
    'target-too-low.zero': (n: number, names: string) => `${n} ${s(n, 'indicador tiene', 'indicadores tienen')} meta 0: ${names}.`,
    /** count, names with percentages */
    'target-too-low.above': (n: number, names: string) =>
      `${n} ${s(n, 'indicador superó', 'indicadores superaron')} su meta por mucho: ${names}.`,
    /** name, percent of target */
    'target-too-low.item': (name: string, pct: string) => `${name} (${pct} de la meta)`,

    'spending-no-indicators.name': 'Gasto sin indicadores de resultados',
    'spending-no-indicators.rule': (mods: string) =>
      `Se señala cuando un programa de modalidad ${mods} reporta gasto y no tiene indicadores de la MIR, en datos que sí los traen para otros programas de su ramo.`,
    'spending-no-indicators.term': 'Matriz de Indicadores para Resultados (MIR)',
    'spending-no-indicators.why':
      'La MIR dice qué busca un programa y cómo se mide. Sin indicadores, es difícil saber qué se logró con el dinero gastado.',
    /** moment noun, amount */
    'spending-no-indicators.sentence': (moment: string, amount: string) =>
      `El programa reporta gasto (${moment} suma ${amount}), pero estos datos no traen indicadores de su Matriz de Indicadores para Resultados.`,

    'gender-no-sex-data.name': 'Programa con perspectiva de género sin datos por sexo',
    'gender-no-sex-data.rule':
      'Se señala cuando un programa del Anexo 13 (igualdad entre mujeres y hombres) reporta su población sin separar mujeres y hombres.',
    'gender-no-sex-data.term': 'Población por sexo',
    'gender-no-sex-data.why':
      'Un programa que gasta para la igualdad entre mujeres y hombres necesita contar a quién atiende por sexo. Sin esas cifras no se puede ver a quién llega el apoyo.',
    /** amount, groups */
    'gender-no-sex-data.sentence': (amount: string, groups: string) =>
      `El programa tiene ${amount} aprobados en el Anexo 13 de igualdad entre mujeres y hombres, pero su población (${groups}) no se reporta por sexo.`,
    'gender-no-sex-data.sentenceNoAmount': (groups: string) =>
      `El programa está en el Anexo 13 de igualdad entre mujeres y hombres, pero su población (${groups}) no se reporta por sexo.`,

    'asm-pending.name': 'Recomendaciones de evaluación pendientes',
    'asm-pending.rule': (years: number) =>
      `Se señala cuando un aspecto susceptible de mejora sigue pendiente o en proceso ${years} ${s(years, 'año', 'años')} o más después de su evaluación.`,
    'asm-pending.term': 'Aspectos susceptibles de mejora (ASM)',
    'asm-pending.why':
      'Son los compromisos que una dependencia acepta tras una evaluación para mejorar su programa. Si quedan abiertos por años, la evaluación sirve menos.',
    /** count, years, oldest year, report date */
    'asm-pending.sentence': (n: number, years: number, oldest: string, date: string) =>
      `${n} ${s(n, 'aspecto susceptible de mejora seguía', 'aspectos susceptibles de mejora seguían')} pendiente${s(n, '', 's')} o en proceso ${years} ${s(years, 'año', 'años')} o más después de su evaluación (la más antigua, de ${oldest}; último reporte: ${date}).`,

    'no-recent-evaluation.name': 'Sin evaluación reciente',
    'no-recent-evaluation.rule': (n: number) =>
      `Se señala cuando un programa reporta gasto y no tiene evaluaciones en los últimos ${n} ${s(n, 'ciclo', 'ciclos')}, en datos que sí traen evaluaciones de su ramo.`,
    'no-recent-evaluation.term': 'Evaluación',
    'no-recent-evaluation.why':
      'Una evaluación dice si el programa funciona y qué debe mejorar. Un programa que gasta sin evaluarse por años deja esa pregunta sin respuesta pública.',
    /** amount, moment noun, from, to */
    'no-recent-evaluation.sentence': (moment: string, amount: string, from: number, to: number) =>
      `El programa reporta gasto (${moment} suma ${amount}) y estos datos no traen evaluaciones suyas de ${from} a ${to}.`,
    'no-recent-evaluation.last': (year: number) => `La más reciente es de ${year}.`,
    'no-recent-evaluation.never': 'Estos datos no traen ninguna evaluación de este programa.',

    'config.note': (key: string, found: string, expected: string) =>
      `La opción ${key}=${found} no se entiende (se esperaba ${expected}); se usa el valor por omisión.`,
    'config.expected.ratio': 'una proporción, como 0.2 para 20%',
    'config.expected.ratio-above-one': 'una proporción de 1 o más, como 1.5 para 150%',
    'config.expected.whole-years': 'un número entero de años',
    'config.expected.modalities': 'una lista de letras de modalidad, como "S,U,E"',
    'config.expected.rules': 'una lista de claves de reglas',
    'config.expected.object': 'un objeto de opciones',
    'config.expected.unknown-key': 'una opción conocida',
  },
  en: {
    title: 'Points to review',
    disclaimer: 'A point to review does not mean there is an irregularity: it is a question the data allows us to ask.',
    'level.info': 'Worth knowing',
    'level.review': 'Worth reviewing',
    count: (n: number) => (n === 0 ? 'No points to review' : `${n} ${s(n, 'point to review', 'points to review')}`),
    'moment.approved': 'approved',
    'moment.modified': 'modified',
    'moment.committed': 'committed',
    'moment.accrued': 'accrued',
    'moment.exercised': 'exercised',
    'moment.paid': 'paid',
    'moment.ministered': 'transferred (ministered)',
    andMore: (n: number) => `and ${n} more`,
    quote: (t: string) => `“${t}”`,
    'group.potential': 'potential',
    'group.target': 'target',
    'group.served': 'served',

    'moment-order.name': 'Spending moments out of order',
    'moment-order.rule':
      'Flagged when a spending moment exceeds the one before it in the legal order; for example, when paid exceeds exercised.',
    'moment-order.term': 'Order of the spending moments',
    'moment-order.why':
      'The law records spending in moments: committed, accrued, exercised and paid. Each should not exceed the one before; when it does, it may be an adjustment, a refund or a recording error.',
    'moment-order.sentence': (later: string, la: string, earlier: string, ea: string, excess: string) =>
      `In this data, ${later} (${la}) is larger than ${earlier} (${ea}) by ${excess}.`,

    'modified-change.name': 'Large change to the budget',
    'modified-change.rule': (t: string) => `Flagged when the modified budget differs from the approved one by more than ${t}, up or down.`,
    'modified-change.term': 'Modified budget',
    'modified-change.why':
      'During the year the budget Congress approved may change. A large change is a good question: where the money went, or came from, and why.',
    'modified-change.sentence.up': (m: string, a: string, pct: string, d: string) =>
      `The modified budget (${m}) is ${pct} higher than the approved one (${a}): ${d} more.`,
    'modified-change.sentence.down': (m: string, a: string, pct: string, d: string) =>
      `The modified budget (${m}) is ${pct} lower than the approved one (${a}): ${d} less.`,

    'year-end-underspending.name': 'Budget not accrued at year end',
    'year-end-underspending.rule': (t: string) =>
      `Flagged when, with data at the December close, more than ${t} of the modified budget was not accrued.`,
    'year-end-underspending.term': 'Under-spending (subejercicio)',
    'year-end-underspending.why':
      'Money assigned but not spent in the year. It may come from savings, delays or trouble running the program; the law asks for an explanation and for the money to be reassigned.',
    'year-end-underspending.sentence': (date: string, u: string, share: string, m: string) =>
      `With data as of ${date}, ${u} of the modified budget had not been accrued: ${share} of ${m}.`,

    'year-end-bunching.name': 'Payments bunched at year end',
    'year-end-bunching.rule': (t: string) => `Flagged when more than ${t} of the year's payments were made in its last month.`,
    'year-end-bunching.term': 'Year-end spending',
    'year-end-bunching.why':
      'Paying a lot in the last month may reflect delays during the year or a rush to spend before the close. It is worth seeing what was paid and when it was delivered.',
    'year-end-bunching.sentence': (share: string, last: string, year: string, month: string) =>
      `${share} of the year's payments (${last} of ${year}) were made in ${month}.`,

    'strategic-no-progress.name': 'Strategic indicator without progress',
    'strategic-no-progress.rule':
      'Flagged when a strategic indicator has a target but reports no progress, in data that does carry progress.',
    'strategic-no-progress.term': 'Progress of strategic indicators',
    'strategic-no-progress.why':
      'Strategic indicators say whether the program achieves its results for people. Without reported progress, nobody can tell whether the target is met.',
    'strategic-no-progress.sentence': (n: number, names: string) =>
      `${n} strategic ${s(n, 'indicator has', 'indicators have')} a target but no reported progress: ${names}.`,

    'target-too-low.name': 'Target that may be set low',
    'target-too-low.rule': (t: string) =>
      `Flagged when an ascending indicator reaches more than ${t} of its target, or when its target is 0.`,
    'target-too-low.term': 'Indicator targets',
    'target-too-low.why':
      'A target exceeded by far, or a target of zero, may mean it was set too low. Demanding targets show whether the program improves.',
    'target-too-low.zero': (n: number, names: string) => `${n} ${s(n, 'indicator has', 'indicators have')} a target of 0: ${names}.`,
    'target-too-low.above': (n: number, names: string) => `${n} ${s(n, 'indicator', 'indicators')} exceeded the target by far: ${names}.`,
    'target-too-low.item': (name: string, pct: string) => `${name} (${pct} of the target)`,

    'spending-no-indicators.name': 'Spending without results indicators',
    'spending-no-indicators.rule': (mods: string) =>
      `Flagged when a program of modality ${mods} reports spending and has no MIR indicators, in data that has them for other programs of its branch.`,
    'spending-no-indicators.term': 'Results matrix (MIR)',
    'spending-no-indicators.why':
      'The MIR says what a program seeks and how it is measured. Without indicators, it is hard to know what the money achieved.',
    'spending-no-indicators.sentence': (moment: string, amount: string) =>
      `The program reports spending (${moment}: ${amount}), but this data has no indicators from its results matrix (MIR).`,

    'gender-no-sex-data.name': 'Gender-tagged program without data by sex',
    'gender-no-sex-data.rule':
      'Flagged when a program in Annex 13 (equality between women and men) reports its population without separating women and men.',
    'gender-no-sex-data.term': 'Population by sex',
    'gender-no-sex-data.why':
      'A program that spends for equality between women and men needs to count whom it serves by sex. Without those figures nobody can see whom the support reaches.',
    'gender-no-sex-data.sentence': (amount: string, groups: string) =>
      `The program has ${amount} approved in Annex 13 for equality between women and men, but its population (${groups}) is not reported by sex.`,
    'gender-no-sex-data.sentenceNoAmount': (groups: string) =>
      `The program is in Annex 13 for equality between women and men, but its population (${groups}) is not reported by sex.`,

    'asm-pending.name': 'Evaluation recommendations still open',
    'asm-pending.rule': (years: number) =>
      `Flagged when an improvement commitment (ASM) is still pending or in progress ${years} ${s(years, 'year', 'years')} or more after its evaluation.`,
    'asm-pending.term': 'Improvement commitments (ASM)',
    'asm-pending.why':
      'The commitments an agency accepts after an evaluation to improve its program. If they stay open for years, the evaluation is of less use.',
    'asm-pending.sentence': (n: number, years: number, oldest: string, date: string) =>
      `${n} improvement ${s(n, 'commitment was', 'commitments were')} still pending or in progress ${years} ${s(years, 'year', 'years')} or more after the evaluation (the oldest from ${oldest}; latest report: ${date}).`,

    'no-recent-evaluation.name': 'No recent evaluation',
    'no-recent-evaluation.rule': (n: number) =>
      `Flagged when a program reports spending and has no evaluation in the last ${n} ${s(n, 'cycle', 'cycles')}, in data that has evaluations for its branch.`,
    'no-recent-evaluation.term': 'Evaluation',
    'no-recent-evaluation.why':
      'An evaluation says whether the program works and what it should improve. A program that spends for years without one leaves that question without a public answer.',
    'no-recent-evaluation.sentence': (moment: string, amount: string, from: number, to: number) =>
      `The program reports spending (${moment}: ${amount}) and this data has no evaluation of it from ${from} to ${to}.`,
    'no-recent-evaluation.last': (year: number) => `The latest is from ${year}.`,
    'no-recent-evaluation.never': 'This data has no evaluation of this program at all.',

    'config.note': (key: string, found: string, expected: string) =>
      `The option ${key}=${found} is not understood (expected ${expected}); the default is used.`,
    'config.expected.ratio': 'a ratio, such as 0.2 for 20%',
    'config.expected.ratio-above-one': 'a ratio of 1 or more, such as 1.5 for 150%',
    'config.expected.whole-years': 'a whole number of years',
    'config.expected.modalities': 'a list of modality letters, such as "S,U,E"',
    'config.expected.rules': 'a list of rule codes',
    'config.expected.object': 'an object of options',
    'config.expected.unknown-key': 'a known option',
  },
});

export type SignalsMessageKey = Parameters<typeof signalsMsg>[1];
