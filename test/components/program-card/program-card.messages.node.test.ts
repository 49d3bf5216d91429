import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cardView } from '../../../src/components/program-card/program-card.model.js';
import type { Feed, Program } from '../../../src/feed/types.js';
import { cardSummary, cardTable, changeLabel, servedLabel } from '../../../src/components/program-card/program-card.messages.js';
import { fernandezHuerta } from '../../../src/i18n/readability.js';
import { toCsv } from '../../../src/platform/table-model.js';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const feed = { moments: ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'], cycle: 2024, currency: 'MXN', asOf: '2024-09-30' };
const prog = (amounts: Program['amounts'], extra: Partial<Program> = {}): Program => ({ key: 'E001', name: 'Programa', amounts, ...extra });

const CASES: Array<[string, Program['amounts'], Partial<Program>, string, string]> = [
  ['paid over approved (no modified)', { approved: 1000, paid: 812 }, {},
    'Ya se pagaron 81 de cada 100 pesos que se aprobaron para el programa. Datos al 30 de septiembre de 2024.',
    'Of every 100 pesos approved for this program, 81 have been paid. Data as of September 30, 2024.'],
  ['paid over modified', { approved: 1000, modified: 1000, paid: 812 }, {},
    'Ya se pagaron 81 de cada 100 pesos que tiene el programa tras los cambios del año. Datos al 30 de septiembre de 2024.',
    "Of every 100 pesos in this program's budget after this year's changes, 81 have been paid. Data as of September 30, 2024."],
  ['rounded up says "casi"', { approved: 1000, modified: 1000, exercised: 999.9 }, {},
    'Ya se ejercieron casi 100 de cada 100 pesos que tiene el programa tras los cambios del año. Datos al 30 de septiembre de 2024.',
    "Of every 100 pesos in this program's budget after this year's changes, almost 100 have been spent. Data as of September 30, 2024."],
  ['missing moments: spending not reported, never zero', { approved: 339341355804 }, {},
    'El programa tiene $339,341.4 millones aprobados. Aún no hay datos de su gasto.',
    'This program was approved MXN 339.3 billion. There is no data on its spending yet.'],
  ['nothing reported', {}, {},
    'El monto aprobado del programa no está reportado.',
    'The approved amount of this program is not reported.'],
  ['with a measured indicator', { approved: 100, paid: 50 }, {
    indicators: [{ id: 'i', name: 'n', level: 'purpose', unit: '%', frequency: 'Anual', direction: 'ascending', target: 80, achieved: 76 }],
  },
    'Ya se pagaron 50 de cada 100 pesos que se aprobaron para el programa. Datos al 30 de septiembre de 2024. Su meta principal va bien. Logró 95% de lo previsto.',
    'Of every 100 pesos approved for this program, 50 have been paid. Data as of September 30, 2024. Its main goal is on track. It reached 95% of its target.'],
  ['with an indicator without result', { approved: 100, paid: 50 }, {
    indicators: [{ id: 'i', name: 'n', level: 'fin', unit: '%', frequency: 'Anual', direction: 'ascending', target: 80 }],
  },
    'Ya se pagaron 50 de cada 100 pesos que se aprobaron para el programa. Datos al 30 de septiembre de 2024. Su meta principal aún no tiene avance.',
    'Of every 100 pesos approved for this program, 50 have been paid. Data as of September 30, 2024. Its main goal has no progress reported yet.'],
];

for (const [name, amounts, extra, es, en] of CASES) {
  test(`summary: ${name}`, () => {
    const v = cardView(feed, prog(amounts, extra));
    assert.equal(nb(cardSummary(v, 'es')), es);
    assert.equal(nb(cardSummary(v, 'en')), en);
    for (const s of [cardSummary(v, 'es'), cardSummary(v, 'en')]) assert.doesNotMatch(s, /NaN|undefined|null|\[object/);
  });
}

test('change and served labels', () => {
  const v = cardView(feed, prog({ approved: 1000, modified: 974 }, { population: { served: { women: 1200, men: 1100 } } }));
  assert.equal(changeLabel(v, 'es'), '-2.6% frente al aprobado');
  assert.equal(changeLabel(v, 'en'), '-2.6% against approved');
  assert.equal(changeLabel(cardView(feed, prog({ approved: 5, modified: 5 })), 'es'), 'igual que el aprobado');
  assert.equal(servedLabel(v, 'es'), '1,200 mujeres · 1,100 hombres');
});

test('table: every moment, absent ones empty in CSV and "no reportado" on screen', () => {
  const v = cardView(feed, prog({ approved: 1000, modified: 900.5 }));
  const t = cardTable(v, 'es');
  assert.equal(t.rows.length, 6);
  assert.equal(
    toCsv(t),
    'Momento,Monto (pesos),Parte del aprobado\r\nAprobado,1000,1\r\nModificado,900.5,0.9005\r\nComprometido,,\r\nDevengado,,\r\nEjercido,,\r\nPagado,,\r\n',
  );
});

const sample = resolve('demo', 'data', 'sample-feed.json');
test('Spanish summaries of the sample feed reach Fernández-Huerta ≥ 70', { skip: existsSync(sample) ? false : `sample feed not found at ${sample}` }, () => {
  const f = JSON.parse(readFileSync(sample, 'utf8')) as Feed;
  const texts = f.programs.map((p) => cardSummary(cardView(f, p), 'es'));
  assert.ok(texts.length >= 10);
  for (const t of texts) {
    const r = fernandezHuerta(t);
    assert.ok(r.score >= 70, `${r.score.toFixed(1)}: ${t}`);
  }
  const all = fernandezHuerta(texts.join(' '));
  assert.ok(all.score >= 70, `all: ${all.score}`);
});

test('the card names the light its own way and takes its meaning from the gauge', async () => {
  const { lightLabel } = await import('../../../src/components/indicator-gauge/indicator-gauge.messages.js');
  const { cardMsg } = await import('../../../src/components/program-card/program-card.messages.js');
  const label = (light: 'green' | 'yellow' | 'red', lang: string) => lightLabel(light, lang, cardMsg(lang, `light.${light}`));
  assert.deepEqual(
    (['green', 'yellow', 'red'] as const).map((l) => [label(l, 'es'), label(l, 'en')]),
    [
      ['Semáforo verde: va bien', 'Green light: on track'],
      ['Semáforo amarillo: requiere atención', 'Yellow light: needs attention'],
      ['Semáforo rojo: va mal', 'Red light: off track'],
    ],
  );
});

test('a locale pack overrides card sentences key by key; missing keys fall back to Spanish', async () => {
  const { registerLocalePack, unregisterLocalePack } = await import('../../../src/i18n/registry.js');
  const v = cardView(feed, prog({ approved: 1000, paid: 812 }, {
    indicators: [{ id: 'i', name: 'n', level: 'fin', unit: '%', frequency: 'Anual', direction: 'ascending', target: 80 }],
  }));
  registerLocalePack({ lang: 'xx-card', strings: { 'card.done.paid': '[pagados]', 'card.goal.noResult': '[sin avance]' } });
  try {
    assert.equal(
      nb(cardSummary(v, 'xx-card')),
      'Ya [pagados] 81 de cada 100 pesos que se aprobaron para el programa. Datos al 30 de septiembre de 2024. [sin avance]',
    );
  } finally {
    unregisterLocalePack('xx-card');
  }
});
