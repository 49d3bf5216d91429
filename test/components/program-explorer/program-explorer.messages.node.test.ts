import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countSentence } from '../../../src/components/program-explorer/program-explorer.messages.js';
import { DEFAULT_QUERY } from '../../../src/components/program-explorer/program-explorer.model.js';
import type { ExplorerResult } from '../../../src/components/program-explorer/program-explorer.model.js';

const result = (total: number, page: number, pageSize: number): ExplorerResult => {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize;
  const n = Math.max(0, Math.min(pageSize, total - from));
  return { rows: Array.from({ length: n }, (_, i) => ({ key: `K${from + i}`, name: 'x', sdg: [], gender: false })), total, page, pages, pageSize };
};

test('the polite count, es and en (table)', () => {
  const cases: [ExplorerResult, number, 'es' | 'en', string][] = [
    [result(12, 1, 20), 12, 'es', '12 programas.'],
    [result(1, 1, 20), 12, 'es', '1 programa de 12.'],
    [result(2, 1, 20), 12, 'es', '2 programas de 12.'],
    [result(0, 1, 20), 12, 'es', 'Ninguno de los 12 programas coincide con la búsqueda.'],
    [result(0, 1, 20), 1, 'es', 'El programa no coincide con la búsqueda.'],
    [result(1000, 1, 20), 1000, 'es', '1,000 programas; se muestran del 1 al 20.'],
    [result(45, 3, 20), 632, 'es', '45 programas de 632; se muestran del 41 al 45.'],
    [result(12, 1, 20), 12, 'en', '12 programs.'],
    [result(45, 3, 20), 632, 'en', '45 programs of 632; showing 41 to 45.'],
    [result(0, 1, 20), 632, 'en', 'None of the 632 programs matches the search.'],
  ];
  for (const [r, all, lang, want] of cases) assert.equal(countSentence(r, all, DEFAULT_QUERY, lang), want, `${lang} ${r.total}/${all} p${r.page}`);
});
