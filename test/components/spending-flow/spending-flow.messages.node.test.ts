import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  feedFlowView,
  flowAnomalies,
  flowChange,
  nowSplit,
  programFlowView,
} from '../../../src/components/spending-flow/spending-flow.model.js';
import {
  anomalySentence,
  changeSentence,
  changeShort,
  flowSummary,
  momentLabel,
  notReportedSentence,
  nowSentence,
  partLabel,
  zeroRowsLine,
} from '../../../src/components/spending-flow/spending-flow.messages.js';
import type { Amounts, Feed } from '../../../src/feed/types.js';

/** Intl puts a no-break space after the currency code ("MXN 1,000"); the expectations use plain spaces. */
const sp = (s: string) => s.replace(/\u00a0/g, ' ');

const EXAMPLE: Amounts = { approved: 900, modified: 1000, committed: 710, accrued: 710, exercised: 650, paid: 620 };

test('nowSentence: where the money is, one part per sentence, in both languages', () => {
  const cases: { name: string; amounts: Amounts; es: string; en: string }[] = [
    {
      name: 'issue example (zero part left out)',
      amounts: EXAMPLE,
      es: 'De cada 100 pesos de su presupuesto, 62 ya se pagaron. 9 se deben por bienes y servicios que ya llegaron. 29 aún no se apartan con contratos.',
      en: 'Of every 100 pesos in its budget, 62 have been paid. 9 are owed for goods and services received. 29 are not tied to a contract yet.',
    },
    {
      name: 'all four parts (the cut-off date is in the header, not repeated here)',
      amounts: { modified: 1000, committed: 800, accrued: 700, paid: 500 },
      es: 'De cada 100 pesos de su presupuesto, 50 ya se pagaron. 20 se deben por bienes y servicios que ya llegaron. 10 están en contratos, pero lo comprado aún no llega. 20 aún no se apartan con contratos.',
      en: 'Of every 100 pesos in its budget, 50 have been paid. 20 are owed for goods and services received. 10 are tied to contracts, but the goods have not come yet. 20 are not tied to a contract yet.',
    },
    {
      name: 'Puebla I016 row',
      amounts: {
        approved: 523734308,
        modified: 523734308,
        ministered: 130985951,
        committed: 523734308,
        accrued: 88109514.46,
        exercised: 88109514.46,
        paid: 88109514.46,
      },
      es: 'De cada 100 pesos de su presupuesto, 17 ya se pagaron. 83 están en contratos, pero lo comprado aún no llega.',
      en: 'Of every 100 pesos in its budget, 17 have been paid. 83 are tied to contracts, but the goods have not come yet.',
    },
    {
      name: 'Cuenta Pública: 99.99999% accrued is "casi 100", the rest "menos de 1"; committed and paid missing are said to be not reported',
      amounts: { approved: 339341355804, modified: 330613247068.45, accrued: 330613215950.29, exercised: 330613215950.29 },
      es: 'De cada 100 pesos de su presupuesto, casi 100 son de bienes y servicios que ya llegaron. Menos de 1 aún no se usa en bienes ni servicios. No hay datos de lo comprometido ni lo pagado.',
      en: 'Of every 100 pesos in its budget, almost 100 went to goods and services received. Less than 1 has not gone to goods or services yet. There is no data on what was committed or what was paid.',
    },
    {
      name: 'everything accrued exactly: 100, no "casi"',
      amounts: { modified: 500, accrued: 500 },
      es: 'De cada 100 pesos de su presupuesto, 100 son de bienes y servicios que ya llegaron. No hay datos de lo comprometido ni lo pagado.',
      en: 'Of every 100 pesos in its budget, 100 went to goods and services received. There is no data on what was committed or what was paid.',
    },
    {
      name: 'almost all paid, a cent short',
      amounts: { modified: 1000, committed: 1000, accrued: 999.99, paid: 999.99 },
      es: 'De cada 100 pesos de su presupuesto, casi 100 ya se pagaron. Menos de 1 está en contratos, pero lo comprado aún no llega.',
      en: 'Of every 100 pesos in its budget, almost 100 have been paid. Less than 1 is tied to contracts, but the goods have not come yet.',
    },
    {
      name: 'singular',
      amounts: { modified: 100, committed: 1, accrued: 1, paid: 1 },
      es: 'De cada 100 pesos de su presupuesto, 1 ya se pagó. 99 aún no se apartan con contratos.',
      en: 'Of every 100 pesos in its budget, 1 has been paid. 99 are not tied to a contract yet.',
    },
    {
      name: 'approved base, paid missing',
      amounts: { approved: 100, committed: 30, accrued: 30 },
      es: 'De cada 100 pesos de su presupuesto aprobado, 30 son de bienes y servicios que ya llegaron. 70 aún no se apartan con contratos. No hay datos de lo pagado.',
      en: 'Of every 100 pesos in its approved budget, 30 went to goods and services received. 70 are not tied to a contract yet. There is no data on what was paid.',
    },
    {
      name: 'nothing committed yet',
      amounts: { modified: 100, committed: 0, accrued: 0, paid: 0 },
      es: 'De cada 100 pesos de su presupuesto, 100 aún no se apartan con contratos.',
      en: 'Of every 100 pesos in its budget, 100 are not tied to a contract yet.',
    },
    {
      name: 'approved only (PEF)',
      amounts: { approved: 100 },
      es: 'No hay datos de lo comprometido, lo devengado ni lo pagado. Así que no se sabe dónde está el dinero de su presupuesto aprobado.',
      en: 'There is no data on what was committed, accrued or paid. So we cannot say where the money in its approved budget is now.',
    },
    {
      name: 'no base',
      amounts: { paid: 5 },
      es: 'No hay datos de su presupuesto aprobado ni del modificado. Así que no se sabe qué parte ya se gastó.',
      en: 'There is no data on its approved or modified budget. So we cannot say how much was spent.',
    },
    {
      name: 'zero base',
      amounts: { modified: 0 },
      es: 'Su presupuesto modificado es de 0 pesos. Así que no hay partes que mostrar.',
      en: 'Its modified budget is 0 pesos. So there are no shares to show.',
    },
    {
      name: 'out of order',
      amounts: { modified: 100, committed: 50, accrued: 60, paid: 10 },
      es: 'Los momentos del gasto no siguen el orden esperado (vea las notas). Así que no se sabe dónde está el dinero.',
      en: 'The spending moments break their expected order (see the notes). So we cannot say where the money is now.',
    },
  ];
  for (const c of cases) {
    const split = nowSplit(c.amounts);
    assert.equal(nowSentence(split, 'es'), c.es, c.name);
    assert.equal(nowSentence(split, 'en'), c.en, c.name);
    assert.equal(nowSentence(split, 'es-MX'), c.es, `${c.name}: es-MX`);
    for (const s of [c.es, c.en]) assert.doesNotMatch(s, /NaN|undefined|null|\[object/);
  }
});

test('nowSentence: the numbers in the sentence add up to 100; a part of money under 1 in 100 is "menos de 1", never left out or 0', () => {
  const amounts: Amounts[] = [
    EXAMPLE,
    { modified: 3, committed: 2, accrued: 1, paid: 0.5 },
    { approved: 7, committed: 7, accrued: 1, paid: 1 },
  ];
  for (const a of amounts) {
    const s = nowSentence(nowSplit(a), 'es');
    const nums = [...s.replace(/^De cada 100 pesos/, '').matchAll(/\b(\d+)\b/g)].map((m) => Number(m[1]));
    assert.equal(
      nums.reduce((t, n) => t + n, 0),
      100,
      s,
    );
  }
  const tiny = nowSentence(nowSplit({ modified: 333.33, committed: 222.22, accrued: 111.11, paid: 0.01 }), 'es');
  assert.match(tiny, /Menos de 1 ya se pagó\./);
  assert.doesNotMatch(tiny, /\b0\b/);
});

test('changeSentence and changeShort: creció / bajó', () => {
  const cases: [Amounts, string, string, string, string][] = [
    [
      { approved: 1000, modified: 1043 },
      'creció 4.3%',
      'grew 4.3%',
      'El presupuesto creció 4.3% en el año. Pasó de $1,000 a $1,043.',
      'The budget grew 4.3% this year. It went from MXN 1,000 to MXN 1,043.',
    ],
    [
      { approved: 100e6, modified: 88e6 },
      'bajó 12%',
      'shrank 12%',
      'El presupuesto bajó 12% en el año. Pasó de $100.0 millones a $88.0 millones.',
      'The budget shrank 12% this year. It went from MXN 100.0 million to MXN 88.0 million.',
    ],
    [
      { approved: 5e6, modified: 5e6 },
      'sin cambio',
      'no change',
      'El presupuesto no cambió en el año. Es de $5.0 millones.',
      'The budget did not change this year. It is MXN 5.0 million.',
    ],
    // Both round to "MXN 1.3 billion" in English: the sentence falls back to millions.
    [
      { approved: 1285430000, modified: 1339418060 },
      'creció 4.2%',
      'grew 4.2%',
      'El presupuesto creció 4.2% en el año. Pasó de $1,285.4 millones a $1,339.4 millones.',
      'The budget grew 4.2% this year. It went from MXN 1,285.4 million to MXN 1,339.4 million.',
    ],
    // A change too small to see at 0.1 % is still a change, and the amounts are written to the cent.
    [
      { approved: 339341355804, modified: 339341355804.5 },
      'creció menos de 0.1%',
      'grew less than 0.1%',
      'El presupuesto creció menos de 0.1% en el año. Pasó de $339,341,355,804.00 a $339,341,355,804.50.',
      'The budget grew less than 0.1% this year. It went from MXN 339,341,355,804.00 to MXN 339,341,355,804.50.',
    ],
  ];
  for (const [amounts, es, en, esLong, enLong] of cases) {
    const c = flowChange(amounts)!;
    assert.equal(sp(changeShort(c, 'es')), es);
    assert.equal(sp(changeShort(c, 'en')), en);
    assert.equal(sp(changeSentence(c, 'es')), esLong);
    assert.equal(sp(changeSentence(c, 'en')), enLong);
  }
});

test('anomalySentence: each break gets a short explanation', () => {
  const cases: [Amounts, string[], string[]][] = [
    [
      { modified: 100e6, committed: 90e6, accrued: 90e6, exercised: 90e6, paid: 120e6 },
      [
        'El pagado ($120.0 millones) es mayor que el ejercido ($90.0 millones). No debería ocurrir: solo se paga lo que antes se ordenó pagar (lo ejercido).',
      ],
      [
        'Paid (MXN 120.0 million) is larger than exercised (MXN 90.0 million). This should not happen: only what has been ordered for payment (exercised) can be paid.',
      ],
    ],
    [
      { modified: 100e6, committed: 100.01e6 },
      [
        'El comprometido ($100,010,000.00) es mayor que el modificado ($100,000,000.00). No debería ocurrir: no se puede comprometer más dinero del que tiene el presupuesto.',
      ],
      [
        'Committed (MXN 100,010,000.00) is larger than modified (MXN 100,000,000.00). This should not happen: an agency cannot commit more money than its budget holds.',
      ],
    ],
    [
      { committed: 10, accrued: 20, exercised: 30 },
      [
        'El devengado ($20) es mayor que el comprometido ($10). No debería ocurrir: solo se devenga lo que antes se comprometió.',
        'El ejercido ($30) es mayor que el devengado ($20). No debería ocurrir: solo se ordena pagar lo que ya se devengó.',
      ],
      [
        'Accrued (MXN 20) is larger than committed (MXN 10). This should not happen: only money already committed can be accrued.',
        'Exercised (MXN 30) is larger than accrued (MXN 20). This should not happen: a payment can only be ordered for what has already been accrued.',
      ],
    ],
  ];
  for (const [amounts, es, en] of cases) {
    const a = flowAnomalies(amounts);
    assert.deepEqual(
      a.map((b) => sp(anomalySentence(b, 'es'))),
      es,
    );
    assert.deepEqual(
      a.map((b) => sp(anomalySentence(b, 'en'))),
      en,
    );
  }
  const generic = anomalySentence({ earlier: 'approved', later: 'ministered', earlierAmount: 1, laterAmount: 2, excess: 1 }, 'es');
  assert.equal(generic, 'El ministrado ($2) es mayor que el aprobado ($1). Se esperaba que fuera igual o menor.');
});

test('labels: parts, moments and not-reported lists', () => {
  assert.equal(partLabel({ reached: 'accrued', notReached: 'paid' }, 'es'), 'devengados sin pagar');
  assert.equal(partLabel({ reached: 'committed', notReached: 'paid' }, 'en'), 'committed but not paid');
  assert.equal(partLabel({ notReached: 'accrued' }, 'es'), 'sin devengar');
  assert.equal(momentLabel('accrued', 'es'), 'Devengado');
  assert.equal(momentLabel('accrued', 'en'), 'Accrued');
  assert.equal(momentLabel('returned', 'es'), 'returned', 'unknown extra moment shows its key');
  assert.equal(notReportedSentence(['paid', 'accrued', 'committed'], 'es'), 'No hay datos de lo comprometido, lo devengado ni lo pagado.');
  assert.equal(notReportedSentence(['paid'], 'en'), 'There is no data on what was paid.');
  assert.equal(notReportedSentence([], 'en'), '');
});

test('zeroRowsLine: the one line for rows whose amounts are all 0, es and en', () => {
  const cases: [string, number, string, string][] = [
    ['economic', 8, '8 tipos de gasto: todos sus montos son 0.', '8 types of spending: every amount is 0.'],
    ['chapter', 2, '2 capítulos de gasto: todos sus montos son 0.', '2 spending chapters: every amount is 0.'],
    ['unit', 1, '1 unidad responsable: todos sus montos son 0.', '1 responsible unit: every amount is 0.'],
    ['fund', 3, '3 filas: todos sus montos son 0.', '3 rows: every amount is 0.'],
  ];
  for (const [by, n, es, en] of cases) {
    assert.equal(zeroRowsLine(by, n, 'es'), es);
    assert.equal(zeroRowsLine(by, n, 'en'), en);
  }
});

const feed: Feed = {
  version: 1,
  publisher: { name: 'Prueba', jurisdiction: 'MX-ROO' },
  cycle: 2024,
  currency: 'MXN',
  asOf: '2024-09-30',
  sources: [],
  moments: ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'],
  programs: [
    { key: 'A', name: 'A', amounts: { approved: 1e6, modified: 1.1e6, committed: 1e6, accrued: 0.9e6, exercised: 0.95e6, paid: 0.5e6 } },
    { key: 'B', name: 'B', amounts: { approved: 2e6, modified: 2e6, committed: 1e6, accrued: 0.5e6, exercised: 0.5e6 } },
  ],
};

test('flowSummary: program and whole-feed modes', () => {
  const p = programFlowView(feed, feed.programs[0]!);
  assert.deepEqual(flowSummary(p, 'es'), [
    'El presupuesto creció 10% en el año. Pasó de $1.0 millones a $1.1 millones.',
    'De cada 100 pesos de su presupuesto, 46 ya se pagaron. 36 se deben por bienes y servicios que ya llegaron. 9 están en contratos, pero lo comprado aún no llega. 9 aún no se apartan con contratos.',
    'Hay 1 dato fuera del orden esperado.',
  ]);
  const f = feedFlowView(feed);
  assert.deepEqual(flowSummary(f, 'en').map(sp), [
    'The 2 programs in this data add up to a modified budget of MXN 3.1 million. Only some programs report paid (1 of 2): those sums leave the others out. 1 program has figures out of the expected order: A.',
    'The budget grew 3.3% this year. It went from MXN 3.0 million to MXN 3.1 million.',
    // Only A reports paid, so the split is A's alone, and the sentences say so.
    'Only 1 of the 2 programs reports all these moments. The figures below are for that program. Of every 100 pesos in its budget, 46 have been paid. 36 are owed for goods and services received. 9 are tied to contracts, but the goods have not come yet. 9 are not tied to a contract yet.',
  ]);
  const es = flowSummary(f, 'es');
  assert.equal(
    es[0],
    'Los 2 programas de estos datos suman un presupuesto modificado de $3.1 millones. Solo algunos programas reportan el pagado (1 de 2): esas sumas no incluyen a los demás. 1 programa tiene datos fuera del orden esperado: A.',
  );
  assert.match(
    es[2]!,
    /^Solo 1 de los 2 programas reporta todos estos momentos\. Las cifras que siguen son de ese programa\. De cada 100 pesos/,
  );
  const partialBase = feedFlowView({ ...feed, programs: [...feed.programs, { key: 'C', name: 'C', amounts: { approved: 5e6 } }] });
  assert.equal(
    flowSummary(partialBase, 'es')[1],
    'En los 2 de 3 programas que reportan el aprobado y el modificado: el presupuesto creció 3.3% en el año. Pasó de $3.0 millones a $3.1 millones.',
  );
});

test('a locale pack overrides flow sentences key by key; the keys it lacks read in Spanish', async (t) => {
  const { registerLocalePack, unregisterLocalePack } = await import('../../../src/i18n/registry.js');
  registerLocalePack({
    lang: 'xx-flow',
    strings: {
      'flow.done.paid': 'PAGADO-XX',
      'flow.part.paid.end': '{1} YA PAGADOS-XX.',
      'flow.short.grew': 'CRECIÓ-XX {0}',
    },
  });
  try {
    const cases: [string, string][] = [
      [partLabel({ reached: 'paid' }, 'xx-flow'), 'PAGADO-XX'],
      [partLabel({ reached: 'accrued', notReached: 'paid' }, 'xx-flow'), 'devengados sin pagar'],
      [changeShort(flowChange({ approved: 100, modified: 110 })!, 'xx-flow'), 'CRECIÓ-XX 10%'],
      [
        nowSentence(nowSplit({ modified: 100, committed: 80, accrued: 60, paid: 50 }), 'xx-flow'),
        'De cada 100 pesos de su presupuesto, 50 YA PAGADOS-XX. 10 se deben por bienes y servicios que ya llegaron. 20 están en contratos, pero lo comprado aún no llega. 20 aún no se apartan con contratos.',
      ],
      [notReportedSentence(['paid', 'committed'], 'xx-flow'), 'No hay datos de lo comprometido ni lo pagado.'],
    ];
    for (const [got, want] of cases) await t.test(want, () => assert.equal(got, want));
  } finally {
    unregisterLocalePack('xx-flow');
  }
});
