import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countSentence } from '../../../src/components/program-explorer/program-explorer.messages.js';
import { DEFAULT_QUERY } from '../../../src/components/program-explorer/program-explorer.model.js';
import type { ExplorerResult } from '../../../src/components/program-explorer/program-explorer.model.js';

const result = (total: number, page: number, pageSize: number): ExplorerResult => {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize;
  const n = Math.max(0, Math.min(pageSize, total - from));
  return {
    rows: Array.from({ length: n }, (_, i) => ({ key: `K${from + i}`, name: 'x', sdg: [], gender: false })),
    total,
    page,
    pages,
    pageSize,
  };
};

test('the polite count, es and en (table)', () => {
  const cases: [ExplorerResult, number, 'es' | 'en', string][] = [
    [result(12, 1, 20), 12, 'es', 'Están todos los programas: son 12.'],
    [result(1, 1, 20), 12, 'es', 'Hay 1 de los 12 programas.'],
    [result(2, 1, 20), 12, 'es', 'Hay 2 de los 12 programas.'],
    [result(0, 1, 20), 12, 'es', 'Ninguno de los 12 programas coincide con su búsqueda.'],
    [result(0, 1, 20), 1, 'es', 'El programa no coincide con su búsqueda.'],
    [result(1000, 1, 20), 1000, 'es', 'Están todos los programas: son 1,000. Se ven del 1 al 20.'],
    [result(45, 3, 20), 632, 'es', 'Hay 45 de los 632 programas. Se ven del 41 al 45.'],
    [result(12, 1, 20), 12, 'en', 'All 12 programs are here.'],
    [result(45, 3, 20), 632, 'en', 'Your search finds 45 of the 632 programs. You see 41 to 45 of them.'],
    [result(1, 1, 20), 1, 'es', 'Está el único programa.'],
    [result(1, 1, 20), 1, 'en', 'The one program is here.'],
    [result(1, 1, 20), 632, 'en', 'Your search finds 1 of the 632 programs.'],
    [result(2500, 2, 20), 2500, 'es', 'Están todos los programas: son 2,500. Se ven del 21 al 40.'],
    [result(0, 1, 20), 632, 'en', 'None of the 632 programs match your search.'],
  ];
  for (const [r, all, lang, want] of cases)
    assert.equal(countSentence(r, all, DEFAULT_QUERY, lang), want, `${lang} ${r.total}/${all} p${r.page}`);
});
