/**
 * The overdue-data sentence (namespace `overdue`), Spanish first and English. Pure: no DOM, no Lit.
 * Every widget shows it above its view (parts/overdue-notice.ts); <tp-budget-cycle> also uses it as
 * the note of its accountability phase.
 */
import { defineMessages } from '../i18n/registry.js';
import { formatDate, formatShortDate } from '../i18n/format.js';
import type { Lang } from '../i18n/types.js';
import type { OverdueNotice } from '../feed/overdue.js';

export const overdueMsg = defineMessages('overdue', {
  es: {
    notice: 'Estos datos debieron actualizarse el {0}.',
    short: 'Datos atrasados: debieron actualizarse el {0}',
    more: 'Quien los publica prometió una versión nueva para esa fecha y aún no llega. Las cifras pueden haber cambiado.',
  },
  en: {
    notice: 'This data should have been updated by {0}.',
    short: 'Data out of date: due for update on {0}',
    more: 'Its publisher promised a new version by that date, and it has not come yet. The figures may have changed.',
  },
});

/** "Estos datos debieron actualizarse el 30 de octubre de 2024." */
export function overdueSentence(notice: Pick<OverdueNotice, 'due'>, lang: Lang): string {
  return overdueMsg(lang, 'notice', formatDate(notice.due, lang));
}

/** The one-line form: "Datos atrasados: debieron actualizarse el 30 oct 2024". */
export function overdueLine(notice: Pick<OverdueNotice, 'due'>, lang: Lang): string {
  return overdueMsg(lang, 'short', formatShortDate(notice.due, lang));
}

/** What the line means, shown one click away: the full date and what it implies. */
export function overdueDetails(notice: Pick<OverdueNotice, 'due'>, lang: Lang): string {
  return `${overdueSentence(notice, lang)} ${overdueMsg(lang, 'more')}`;
}
