/**
 * The overdue-data sentence (namespace `overdue`), Spanish first and English. Pure: no DOM, no Lit.
 * Every widget shows it above its view (parts/overdue-notice.ts); <tp-budget-cycle> also uses it as
 * the note of its accountability phase.
 */
import { defineMessages } from '../i18n/registry.js';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/types.js';
import type { OverdueNotice } from '../feed/overdue.js';

export const overdueMsg = defineMessages('overdue', {
  es: { notice: 'Estos datos debieron actualizarse el {0}.' },
  en: { notice: 'This data should have been updated by {0}.' },
});

/** "Estos datos debieron actualizarse el 30 de octubre de 2024." */
export function overdueSentence(notice: Pick<OverdueNotice, 'due'>, lang: Lang): string {
  return overdueMsg(lang, 'notice', formatDate(notice.due, lang));
}
