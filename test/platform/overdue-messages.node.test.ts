import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatShortDate } from '../../src/i18n/format.js';
import { overdueDetails, overdueLine } from '../../src/platform/overdue.messages.js';

test('formatShortDate: one-line dates, never NaN or "Invalid Date"', () => {
  const cases: [string | null | undefined, 'es' | 'en', RegExp][] = [
    ['2024-10-30', 'es', /^30 oct 2024$/],
    ['2024-10-30', 'en', /^Oct 30, 2024$/],
    ['2024-09', 'es', /^sept? 2024$/],
    ['2024', 'en', /^2024$/],
    ['2024-02-30', 'es', /^(?!.*(NaN|Invalid)).+$/],
    [null, 'en', /^(?!.*(NaN|Invalid|null)).+$/],
  ];
  for (const [iso, lang, re] of cases) assert.match(formatShortDate(iso, lang), re, `${iso} ${lang}`);
});

test('overdue notice: one compact line, the full date and its meaning in the details', () => {
  assert.equal(overdueLine({ due: '2024-10-30' }, 'es'), 'Datos atrasados: debieron actualizarse el 30 oct 2024');
  assert.equal(overdueLine({ due: '2024-10-30' }, 'en'), 'Data out of date: due for update on Oct 30, 2024');
  assert.match(overdueDetails({ due: '2024-10-30' }, 'es'), /^Estos datos debieron actualizarse el 30 de octubre de 2024\. \S/);
  assert.match(overdueDetails({ due: '2024-10-30' }, 'en'), /^This data should have been updated by October 30, 2024\. \S/);
});
