import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedFlowView, flowAnomalies, flowChange, nowSplit, programFlowView } from '../../../src/components/spending-flow/spending-flow.model.js';
import {
  anomalySentence,
  changeSentence,
  changeShort,
  flowSummary,
  momentLabel,
  notReportedSentence,
  nowSentence,
  partLabel,
} from '../../../src/components/spending-flow/spending-flow.messages.js';
import type { Amounts, Feed } from '../../../src/feed/types.js';

/** Intl puts a no-break space after the currency code ("MXN 1,000"); the expectations use plain spaces. */
const sp = (s: string) => s.replace(/\u00a0/g, ' ');

const EXAMPLE: Amounts = { approved: 900, modified: 1000, committed: 710, accrued: 710, exercised: 650, paid: 620 };

test('nowSentence: the "where is the money" sentence in both languages', () => {
  const cases: { name: string; amounts: Amounts; asOf?: string; es: string; en: string }[] = [
    {
      name: 'issue example (zero part left out)',
      amounts: EXAMPLE,
      es: 'De cada 100 pesos del presupuesto modificado, 62 están pagados, 9 devengados sin pagar y 29 sin comprometer.',
      en: 'Of every 100 pesos of the modified budget, 62 have been paid, 9 accrued but not paid and 29 not committed.',
    },
    {
      name: 'all four parts, with the cut-off date',
      amounts: { modified: 1000, committed: 800, accrued: 700, paid: 500 },
      asOf: '2016-03-31',
      es: 'Al 31 de marzo de 2016, de cada 100 pesos del presupuesto modificado, 50 están pagados, 20 devengados sin pagar, 10 comprometidos sin devengar y 20 sin comprometer.',
      en: 'As of March 31, 2016, of every 100 pesos of the modified budget, 50 have been paid, 20 accrued but not paid, 10 committed but not accrued and 20 not committed.',
    },
    {
      name: 'Puebla I016 row',
      amounts: { approved: 523734308, modified: 523734308, ministered: 130985951, committed: 523734308, accrued: 88109514.46, exercised: 88109514.46, paid: 88109514.46 },
      es: 'De cada 100 pesos del presupuesto modificado, 17 están pagados y 83 comprometidos sin devengar.',
      en: 'Of every 100 pesos of the modified budget, 17 have been paid and 83 committed but not accrued.',
    },
    {
      name: 'Cuenta Pública: committed and paid missing are said to be not reported',
      amounts: { approved: 339341355804, modified: 330613247068.45, accrued: 330613215950.29, exercised: 330613215950.29 },
      es: 'De cada 100 pesos del presupuesto modificado, 100 están devengados. No se reportan el comprometido ni el pagado.',
      en: 'Of every 100 pesos of the modified budget, 100 have been accrued. The committed and paid amounts are not reported.',
    },
    {
      name: 'approved base, paid missing',
      amounts: { approved: 100, committed: 30, accrued: 30 },
      es: 'De cada 100 pesos del presupuesto aprobado, 30 están devengados y 70 sin comprometer. No se reporta el pagado.',
      en: 'Of every 100 pesos of the approved budget, 30 have been accrued and 70 not committed. The paid amount is not reported.',
    },
    {
      name: 'nothing committed yet',
      amounts: { modified: 100, committed: 0, accrued: 0, paid: 0 },
      es: 'De cada 100 pesos del presupuesto modificado, 100 están sin comprometer.',
      en: 'Of every 100 pesos of the modified budget, 100 have not been committed.',
    },
    {
      name: 'approved only (PEF)',
      amounts: { approved: 100 },
      es: 'No se reportan el comprometido, el devengado ni el pagado, así que no se puede decir dónde está el dinero del presupuesto aprobado.',
      en: 'The committed, accrued and paid amounts are not reported, so we cannot say where the money of the approved budget is now.',
    },
    {
      name: 'no base',
      amounts: { paid: 5 },
      es: 'No se reporta el presupuesto aprobado ni el modificado, así que no se puede decir qué parte del dinero se ha gastado.',
      en: 'Neither the approved nor the modified budget is reported, so the share spent cannot be given.',
    },
    {
      name: 'zero base',
      amounts: { modified: 0 },
      es: 'El presupuesto modificado es de 0 pesos, así que no se puede repartir en partes.',
      en: 'The modified budget is 0 pesos, so it cannot be split into shares.',
    },
    {
      name: 'out of order',
      amounts: { modified: 100, committed: 50, accrued: 60, paid: 10 },
      es: 'Los momentos del gasto no siguen el orden esperado (vea las notas), así que no se puede decir dónde está el dinero.',
      en: 'The spending moments break their expected order (see the notes), so we cannot say where the money is now.',
    },
  ];
  for (const c of cases) {
    const split = nowSplit(c.amounts);
    assert.equal(nowSentence(split, 'es', c.asOf), c.es, c.name);
    assert.equal(nowSentence(split, 'en', c.asOf), c.en, c.name);
    assert.equal(nowSentence(split, 'es-MX', c.asOf), c.es, `${c.name}: es-MX`);
    for (const s of [c.es, c.en]) assert.doesNotMatch(s, /NaN|undefined|null|\[object/);
  }
});

test('nowSentence: the numbers in the sentence add up to 100', () => {
  const amounts: Amounts[] = [
    EXAMPLE,
    { modified: 3, committed: 2, accrued: 1, paid: 0.5 },
    { modified: 333.33, committed: 222.22, accrued: 111.11, paid: 0.01 },
    { approved: 7, committed: 7, accrued: 1, paid: 1 },
  ];
  for (const a of amounts) {
    const s = nowSentence(nowSplit(a), 'es');
    const nums = [...s.replace(/^De cada 100 pesos/, '').matchAll(/\b(\d+)\b/g)].map((m) => Number(m[1]));
    assert.equal(nums.reduce((t, n) => t + n, 0), 100, s);
  }
});

test('changeSentence and changeShort: se amplió / se redujo', () => {
  const cases: [Amounts, string, string, string, string][] = [
    [{ approved: 1000, modified: 1043 }, 'se amplió 4.3%', 'grew 4.3%', 'El presupuesto se amplió 4.3% en el año. Pasó de $1,000 a $1,043.', 'The budget grew 4.3% during the year. It went from MXN 1,000 to MXN 1,043.'],
    [{ approved: 100e6, modified: 88e6 }, 'se redujo 12%', 'shrank 12%', 'El presupuesto se redujo 12% en el año. Pasó de $100.0 millones a $88.0 millones.', 'The budget shrank 12% during the year. It went from MXN 100.0 million to MXN 88.0 million.'],
    [{ approved: 5e6, modified: 5e6 }, 'sin cambio', 'no change', 'El presupuesto modificado es igual al aprobado: $5.0 millones.', 'The modified budget equals the approved budget: MXN 5.0 million.'],
    // Both round to "MXN 1.3 billion" in English: the sentence falls back to millions.
    [{ approved: 1285430000, modified: 1339418060 }, 'se amplió 4.2%', 'grew 4.2%', 'El presupuesto se amplió 4.2% en el año. Pasó de $1,285.4 millones a $1,339.4 millones.', 'The budget grew 4.2% during the year. It went from MXN 1,285.4 million to MXN 1,339.4 million.'],
    // A change too small to see at 0.1 % is still a change, and the amounts are written to the cent.
    [{ approved: 339341355804, modified: 339341355804.5 }, 'se amplió menos de 0.1%', 'grew less than 0.1%', 'El presupuesto se amplió menos de 0.1% en el año. Pasó de $339,341,355,804.00 a $339,341,355,804.50.', 'The budget grew less than 0.1% during the year. It went from MXN 339,341,355,804.00 to MXN 339,341,355,804.50.'],
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
      ['El pagado ($120.0 millones) es mayor que el ejercido ($90.0 millones). No debería ocurrir: solo se paga lo que antes se ordenó pagar (lo ejercido).'],
      ['Paid (MXN 120.0 million) is larger than exercised (MXN 90.0 million). This should not happen: only what has been ordered for payment (exercised) can be paid.'],
    ],
    [
      { modified: 100e6, committed: 100.01e6 },
      ['El comprometido ($100,010,000.00) es mayor que el modificado ($100,000,000.00). No debería ocurrir: no se puede comprometer más dinero del que tiene el presupuesto.'],
      ['Committed (MXN 100,010,000.00) is larger than modified (MXN 100,000,000.00). This should not happen: an agency cannot commit more money than its budget holds.'],
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
    assert.deepEqual(a.map((b) => sp(anomalySentence(b, 'es'))), es);
    assert.deepEqual(a.map((b) => sp(anomalySentence(b, 'en'))), en);
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
  assert.equal(notReportedSentence(['paid', 'accrued', 'committed'], 'es'), 'No se reportan el comprometido, el devengado ni el pagado.');
  assert.equal(notReportedSentence(['paid'], 'en'), 'The paid amount is not reported.');
  assert.equal(notReportedSentence([], 'en'), '');
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
    'El presupuesto se amplió 10% en el año. Pasó de $1.0 millones a $1.1 millones.',
    'Al 30 de septiembre de 2024, de cada 100 pesos del presupuesto modificado, 46 están pagados, 36 devengados sin pagar, 9 comprometidos sin devengar y 9 sin comprometer.',
    'Hay 1 dato fuera del orden esperado.',
  ]);
  const f = feedFlowView(feed);
  assert.deepEqual(flowSummary(f, 'en').map(sp), [
    'The 2 programs in this data add up to a modified budget of MXN 3.1 million. Only some programs report paid (1 of 2): those sums leave the others out. 1 program has figures out of the expected order: A.',
    'The budget grew 3.3% during the year. It went from MXN 3.0 million to MXN 3.1 million.',
    // Only A reports paid, so the split is A's alone, and the sentence says so.
    'As of September 30, 2024, in the only one of the 2 programs that reports all these moments, of every 100 pesos of the modified budget, 46 have been paid, 36 accrued but not paid, 9 committed but not accrued and 9 not committed.',
  ]);
  const es = flowSummary(f, 'es');
  assert.equal(es[0], 'Los 2 programas de estos datos suman un presupuesto modificado de $3.1 millones. Solo algunos programas reportan el pagado (1 de 2): esas sumas no incluyen a los demás. 1 programa tiene datos fuera del orden esperado: A.');
  assert.match(es[2]!, /^Al 30 de septiembre de 2024, en el único de los 2 programas que reporta todos estos momentos, de cada 100 pesos/);
  const partialBase = feedFlowView({ ...feed, programs: [...feed.programs, { key: 'C', name: 'C', amounts: { approved: 5e6 } }] });
  assert.equal(
    flowSummary(partialBase, 'es')[1],
    'En los 2 de 3 programas que reportan el aprobado y el modificado: el presupuesto se amplió 3.3% en el año. Pasó de $3.0 millones a $3.1 millones.',
  );
});

test('a locale pack overrides flow sentences key by key; the keys it lacks read in Spanish', async (t) => {
  const { registerLocalePack, unregisterLocalePack } = await import('../../../src/i18n/registry.js');
  registerLocalePack({
    lang: 'xx-flow',
    strings: {
      'flow.done.paid': 'PAGADO-XX',
      'flow.partFirst': '{0} YA {1}',
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
        'De cada 100 pesos del presupuesto modificado, 50 YA PAGADO-XX, 10 devengados sin pagar, 20 comprometidos sin devengar y 20 sin comprometer.',
      ],
      [notReportedSentence(['paid', 'committed'], 'xx-flow'), 'No se reportan el comprometido ni el pagado.'],
    ];
    for (const [got, want] of cases) await t.test(want, () => assert.equal(got, want));
  } finally {
    unregisterLocalePack('xx-flow');
  }
});
