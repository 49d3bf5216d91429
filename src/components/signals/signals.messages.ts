/**
 * UI strings of <tp-signals> (labels, filters, counts, table columns), es-MX and en, in one
 * `defineMessages('tp-signals', …)` table. The signals' own sentences, rules and "why" entries are
 * in src/signals/messages.ts. Pure.
 */
import { defineMessages } from '../../i18n/registry.js';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const signalsUi = defineMessages('tp-signals', {
  es: {
    eyebrowProgram: 'Puntos a revisar del programa',
    rule: 'Regla',
    level: 'Nivel',
    allRules: 'Todas las reglas',
    allLevels: 'Todos los niveles',
    filters: 'Filtrar los puntos a revisar',
    why: '¿Por qué importa?',
    /** count, count as text, programs, programs as text */
    feedSummary: (n: number, nt: string, p: number, pt: string) =>
      `${nt} ${s(n, 'punto a revisar', 'puntos a revisar')} en ${pt} ${s(p, 'programa', 'programas')}.`,
    /** shown, total */
    filtered: (shown: string, total: string) => `Se muestran ${shown} de ${total}.`,
    noneFeed: 'Con las reglas y umbrales actuales, estos datos no muestran puntos a revisar.',
    noneFiltered: 'Ningún punto a revisar coincide con el filtro.',
    noneProgram: 'Con las reglas y umbrales actuales, estos datos no muestran puntos a revisar para este programa.',
    colRule: 'Regla',
    colCode: 'Clave de la regla',
    colLevel: 'Nivel',
    colKey: 'Clave',
    colProgram: 'Programa',
    colSignal: 'Lo que muestran los datos',
    caption: 'Puntos a revisar',
    /** key, name */
    captionProgram: (key: string, name: string) => `Puntos a revisar: ${key} ${name}`,
    configNotes: 'Notas sobre la configuración',
  },
  en: {
    eyebrowProgram: 'Points to review for the program',
    rule: 'Rule',
    level: 'Level',
    allRules: 'All rules',
    allLevels: 'All levels',
    filters: 'Filter the points to review',
    why: 'Why it matters',
    feedSummary: (n: number, nt: string, p: number, pt: string) =>
      `${nt} ${s(n, 'point to review', 'points to review')} in ${pt} ${s(p, 'program', 'programs')}.`,
    filtered: (shown: string, total: string) => `Showing ${shown} of ${total}.`,
    noneFeed: 'With the current rules and thresholds, this data shows no points to review.',
    noneFiltered: 'No point to review matches the filter.',
    noneProgram: 'With the current rules and thresholds, this data shows no points to review for this program.',
    colRule: 'Rule',
    colCode: 'Rule code',
    colLevel: 'Level',
    colKey: 'Key',
    colProgram: 'Program',
    colSignal: 'What the data shows',
    caption: 'Points to review',
    captionProgram: (key: string, name: string) => `Points to review: ${key} ${name}`,
    configNotes: 'Notes on the configuration',
  },
});
