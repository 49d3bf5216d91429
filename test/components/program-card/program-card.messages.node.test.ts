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
const feed = {
  moments: ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'],
  cycle: 2024,
  currency: 'MXN',
  asOf: '2024-09-30',
};
const prog = (amounts: Program['amounts'], extra: Partial<Program> = {}): Program => ({ key: 'E001', name: 'Programa', amounts, ...extra });

const ES_DATE = 'Datos al 30 de septiembre de 2024.';
const EN_DATE = 'Data up to September 30, 2024.';
const ES_BASE = 'Su presupuesto ya tiene los cambios del año.';
const EN_BASE = 'Its budget counts the changes made this year.';
const purpose = (target: number, achieved?: number): Partial<Program> => ({
  indicators: [
    {
      id: 'i',
      name: 'n',
      level: 'purpose',
      unit: '%',
      frequency: 'Anual',
      direction: 'ascending',
      target,
      ...(achieved !== undefined ? { achieved } : {}),
    },
  ],
});

// One idea per sentence; the share is exact to a tenth of a percent and truncated (never rounded up
// into a different fact); a moment not reported is said so, never zero.
const CASES: Array<[string, Program['amounts'], Partial<Program>, string, string]> = [
  [
    'paid over approved (no modified)',
    { approved: 1000, paid: 812 },
    {},
    `Ya se pagó el 81.2% de su presupuesto aprobado. ${ES_DATE}`,
    `So far, 81.2% of its approved budget has been paid. ${EN_DATE}`,
  ],
  [
    'paid over modified: "its budget", and what it means',
    { approved: 1000, modified: 1000, paid: 812 },
    {},
    `Ya se pagó el 81.2% de su presupuesto. ${ES_BASE} ${ES_DATE}`,
    `So far, 81.2% of its budget has been paid. ${EN_BASE} ${EN_DATE}`,
  ],
  [
    '99.99% is 99.9%, never "100%" nor "casi 100 de cada 100"',
    { approved: 1000, modified: 1000, exercised: 999.9 },
    {},
    `Ya se ejerció el 99.9% de su presupuesto. ${ES_BASE} ${ES_DATE}`,
    `So far, 99.9% of its budget has been spent. ${EN_BASE} ${EN_DATE}`,
  ],
  [
    'exactly all',
    { approved: 1000, modified: 1000, exercised: 1000 },
    {},
    `Ya se ejerció el 100% de su presupuesto. ${ES_BASE} ${ES_DATE}`,
    `So far, 100% of its budget has been spent. ${EN_BASE} ${EN_DATE}`,
  ],
  [
    'a share under 0.1% is never said as 0',
    { approved: 1e9, modified: 1e9, paid: 1000 },
    {},
    `Ya se pagó menos del 0.1% de su presupuesto. ${ES_BASE} ${ES_DATE}`,
    `So far, less than 0.1% of its budget has been paid. ${EN_BASE} ${EN_DATE}`,
  ],
  [
    'a reported zero is nothing yet',
    { approved: 1000, modified: 1000, accrued: 0 },
    {},
    `Aún no se recibieron bienes ni servicios con su presupuesto. ${ES_BASE} ${ES_DATE}`,
    `None of its budget is owed for goods and services yet. ${EN_BASE} ${EN_DATE}`,
  ],
  [
    'more than the budget is said, not hidden',
    { approved: 1000, paid: 1053 },
    {},
    `Ya se pagó el 105.3% de su presupuesto aprobado. Es más que su presupuesto aprobado. ${ES_DATE}`,
    `So far, 105.3% of its approved budget has been paid. That is more than its approved budget. ${EN_DATE}`,
  ],
  [
    'committed and accrued in plain words (terms stay in the glossary)',
    { approved: 1000, modified: 1000, committed: 500 },
    {},
    `Ya se apartó con contratos el 50% de su presupuesto. ${ES_BASE} ${ES_DATE}`,
    `So far, 50% of its budget is set aside by contracts. ${EN_BASE} ${EN_DATE}`,
  ],
  [
    'accrued',
    { approved: 1000, modified: 1000, committed: 500, accrued: 250.5 },
    {},
    `Ya se recibieron bienes y servicios por el 25% de su presupuesto. ${ES_BASE} ${ES_DATE}`,
    `So far, 25% of its budget is owed for goods and services received. ${EN_BASE} ${EN_DATE}`,
  ],
  [
    'missing moments: spending not reported, never zero',
    { approved: 339341355804 },
    {},
    'El programa tiene $339,341.4 millones aprobados. Aún no hay datos de su gasto.',
    'This program has MXN 339.3 billion approved. Its spending is not reported yet.',
  ],
  [
    'nothing reported',
    {},
    {},
    'Estos datos no dicen cuánto dinero se aprobó para el programa.',
    'This data does not say how much money was approved for this program.',
  ],
  [
    'with a measured indicator',
    { approved: 100, paid: 50 },
    purpose(80, 76),
    `Ya se pagó el 50% de su presupuesto aprobado. ${ES_DATE} Su meta principal va bien. Logró 95% de lo previsto.`,
    `So far, 50% of its approved budget has been paid. ${EN_DATE} Its main goal is on track. It reached 95% of its target.`,
  ],
  [
    'the goal share is truncated too (99.96% is 99.9%)',
    { approved: 100, paid: 50 },
    purpose(80, 79.97),
    `Ya se pagó el 50% de su presupuesto aprobado. ${ES_DATE} Su meta principal va bien. Logró 99.9% de lo previsto.`,
    `So far, 50% of its approved budget has been paid. ${EN_DATE} Its main goal is on track. It reached 99.9% of its target.`,
  ],
  [
    'with an indicator without result',
    { approved: 100, paid: 50 },
    {
      indicators: [{ id: 'i', name: 'n', level: 'fin', unit: '%', frequency: 'Anual', direction: 'ascending', target: 80 }],
    },
    `Ya se pagó el 50% de su presupuesto aprobado. ${ES_DATE} Su meta principal aún no tiene datos de avance.`,
    `So far, 50% of its approved budget has been paid. ${EN_DATE} Its main goal has no progress reported yet.`,
  ],
];

for (const [name, amounts, extra, es, en] of CASES) {
  test(`summary: ${name}`, () => {
    const v = cardView(feed, prog(amounts, extra));
    assert.equal(nb(cardSummary(v, 'es')), es);
    assert.equal(nb(cardSummary(v, 'en')), en);
    for (const s of [cardSummary(v, 'es'), cardSummary(v, 'en')]) assert.doesNotMatch(s, /NaN|undefined|null|\[object/);
  });
}

test('a date that cannot be read is said so, never "no disponible" inside a sentence', () => {
  const v = cardView({ ...feed, asOf: 'pronto' }, prog({ approved: 1000, paid: 812 }));
  for (const lang of ['es', 'en']) {
    const s = nb(cardSummary(v, lang));
    assert.match(
      s,
      lang === 'es' ? /^Ya se pagó el 81\.2% de su presupuesto aprobado\. \S/ : /^So far, 81\.2% of its approved budget has been paid\. \S/,
    );
    assert.doesNotMatch(s, /al no disponible|up to not available|NaN|undefined/);
  }
});

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
test(
  'Spanish summaries of the sample feed reach Fernández-Huerta ≥ 70',
  { skip: existsSync(sample) ? false : `sample feed not found at ${sample}` },
  () => {
    const f = JSON.parse(readFileSync(sample, 'utf8')) as Feed;
    const texts = f.programs.map((p) => cardSummary(cardView(f, p), 'es'));
    assert.ok(texts.length >= 10);
    for (const t of texts) {
      const r = fernandezHuerta(t);
      assert.ok(r.score >= 70, `${r.score.toFixed(1)}: ${t}`);
    }
    const all = fernandezHuerta(texts.join(' '));
    assert.ok(all.score >= 70, `all: ${all.score}`);
  },
);

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
  const v = cardView(
    feed,
    prog(
      { approved: 1000, paid: 812 },
      {
        indicators: [{ id: 'i', name: 'n', level: 'fin', unit: '%', frequency: 'Anual', direction: 'ascending', target: 80 }],
      },
    ),
  );
  registerLocalePack({ lang: 'xx-card', strings: { 'card.spent.paid': '[pagado: {0}]', 'card.goal.noResult': '[sin avance]' } });
  try {
    assert.equal(
      nb(cardSummary(v, 'xx-card')),
      '[pagado: el 81.2% de su presupuesto aprobado] Datos al 30 de septiembre de 2024. [sin avance]',
    );
  } finally {
    unregisterLocalePack('xx-card');
  }
});
