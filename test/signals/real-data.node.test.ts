/**
 * The signal rules on the real federal feed built from ../shared/data by the shared builder
 * (`buildNamedRealFeed('cp2023-full')` in test/fixtures/real-feeds.ts, the same path as tp-feed convert
 * and the browser tests' feeds): Cuenta Pública 2023 + MIR 2022 + SDG 2021 + Anexo 13 2021 +
 * populations 2017 + PND + PAE evaluations + ASM + MSD + ISeD, cut-off 2023-12-31. Figures checked
 * against the CSVs (see the comments): Cuenta Pública columns Aprobado/Modificado/Devengado/Ejercicio;
 * Anexo 13 IMPORTE summed per program; poblaciones *_hombres/_mujeres/_indistinto; ASM
 * AVANCE_ASM/FECHA_REPORTE; evaluaciones CICLO_CONCLUSION; MIR META_ANUAL_PROGRAMADA.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feed } from '../../src/feed/types.js';
import { signalCounts, signals } from '../../src/signals/engine.js';
import { signalSentence } from '../../src/signals/describe.js';
import type { RuleCode, Signal, SignalOf } from '../../src/signals/types.js';
import { cents } from '../feed/adapters/read.js';
import { buildNamedRealFeed, skipWithoutRealData } from '../fixtures/real-feeds.js';
import { shardFeed } from '../../src/cli/shard.js';

let cached: Promise<Feed> | undefined;
function realFeed(): Promise<Feed> {
  cached ??= buildNamedRealFeed('cp2023-full').then((built) => {
    assert.equal(built.ok, true);
    return built.feed;
  });
  return cached;
}

const find = <R extends RuleCode>(list: Signal[], rule: R, key: string) =>
  list.find((s) => s.rule === rule && s.program === key) as SignalOf<R> | undefined;

test('signals (real files): how many per rule on the Cuenta Pública 2023 feed', { skip: skipWithoutRealData }, async () => {
  const list = signals(await realFeed());
  const by: Record<string, number> = {};
  for (const s of list) by[s.rule] = (by[s.rule] ?? 0) + 1;
  assert.deepEqual(by, {
    'modified-change': 245,
    'year-end-underspending': 9,
    'target-too-low': 13,
    'spending-no-indicators': 5,
    'gender-no-sex-data': 14,
    'asm-pending': 33,
    'no-recent-evaluation': 66,
  });
  // Not fired, and why: CP 2023 reports no moment above the one before it (Devengado = Ejercicio at most);
  // no source has monthly payments (the Anexo 13 calendar is approved money, not payments);
  // the MIR 2022 export has targets but no progress for any indicator (not reported ≠ no progress).
  assert.equal(signalCounts(list).size, 291);
  assert.equal(list.length, 385);
  // The shard index rows carry the same counts (the explorer filters and sorts a sharded feed by them):
  // 12-E036 and 16-S219 have the most, four each.
  const rows = shardFeed(await realFeed()).index.programs;
  assert.equal(
    rows.reduce((n, p) => n + (p.signals ?? 0), 0),
    385,
  );
  assert.equal(rows.filter((p) => (p.signals ?? 0) > 0).length, 291);
  assert.deepEqual(
    rows.filter((p) => p.signals === 4).map((p) => p.key),
    ['12-E036', '16-S219'],
  );
});

test('signals (real files): named programs and figures to the cent', { skip: skipWithoutRealData }, async () => {
  const list = signals(await realFeed());

  // 12-S281 Programa Nacional de Reconstrucción (Salud): Aprobado 277777778.0, Modificado 135640397.35.
  const s281 = find(list, 'modified-change', '12-S281')!;
  assert.deepEqual(
    [cents(s281.figures.approved), cents(s281.figures.modified), cents(s281.figures.change)],
    [27777777800, 13564039735, -14213738065],
  );
  assert.equal(s281.figures.ratio.toFixed(4), '-0.5117');
  // …and no MIR 2022 rows for S 281 in ramo 12, while it exercised 135,640,397.35.
  const s281m = find(list, 'spending-no-indicators', '12-S281')!;
  assert.deepEqual([s281m.figures.spending.moment, cents(s281m.figures.spending.amount)], ['exercised', 13564039735]);

  // 35-E007 (CNDH): Modificado 23487787.34, Devengado 20946259.41 at 2023-12-31 → 2,541,527.93 not accrued (10.8 %).
  const e007 = find(list, 'year-end-underspending', '35-E007')!;
  assert.deepEqual(
    [cents(e007.figures.modified), cents(e007.figures.accrued), cents(e007.figures.unaccrued)],
    [2348778734, 2094625941, 254152793],
  );
  assert.equal(e007.figures.share.toFixed(4), '0.1082');

  // 47-E001 Atención a la salud de personas sin seguridad social: Ejercicio 10424232284.16, no MIR 2022 rows.
  const e001 = find(list, 'spending-no-indicators', '47-E001')!;
  assert.deepEqual(
    [e001.figures.spending.moment, cents(e001.figures.spending.amount), e001.figures.modality],
    ['exercised', 1042423228416, 'E'],
  );

  // 20-S176 Pensión para el Bienestar: Anexo 13 IMPORTE sums to 59,460,978,926.03; populations 2017 only "indistinto".
  const s176 = find(list, 'gender-no-sex-data', '20-S176')!;
  assert.equal(cents(s176.figures.genderApproved), 5946097892603);
  assert.deepEqual(s176.figures.groups, ['potential', 'target', 'served']);
  assert.equal(
    signalSentence(s176, 'es'),
    'El programa tiene $59,460,978,926.03 aprobados en el Anexo 13 de igualdad entre mujeres y hombres, pero su población (potencial, objetivo y atendida) no se reporta por sexo.',
  );
  // 11-E010: Anexo 13 IMPORTE sums to 761,087,587.97 (761087587.973652579 in the file).
  assert.equal(cents(find(list, 'gender-no-sex-data', '11-E010')!.figures.genderApproved), 76108758797);
  // 20-S174 (estancias infantiles) reports women and men: not flagged.
  assert.equal(find(list, 'gender-no-sex-data', '20-S174'), undefined);

  // 12-E010 Formación y capacitación de recursos humanos para la salud.
  const zero = find(list, 'target-too-low', '12-E010')!; // MIR 172812, Fin, Ascendente, META_ANUAL_PROGRAMADA 0
  assert.deepEqual(
    zero.figures.zero.map((i) => [i.id, i.target]),
    [['172812', 0]],
  );
  const asm = find(list, 'asm-pending', '12-E010')!; // 12e010pdi16_01 (2016, 90 %) and 12E010poi18_01 (2018, 50 %), both 31/12/2020
  assert.deepEqual(
    [asm.figures.count, asm.figures.oldestYear, asm.figures.lastReport, asm.figures.ids],
    [2, 2016, '2020-12-31', ['12e010pdi16_01', '12E010poi18_01']],
  );
  const ev = find(list, 'no-recent-evaluation', '12-E010')!; // last CICLO_CONCLUSION 2016 (12e010pcdi16); Ejercicio 6516762118.54
  assert.deepEqual(
    [ev.figures.lastYear, ev.figures.from, ev.figures.to, cents(ev.figures.spending.amount)],
    [2016, 2019, 2023, 651676211854],
  );

  // Every signal's figures are plain data: no NaN, no undefined amounts.
  for (const s of list) assert.doesNotMatch(JSON.stringify(s.figures), /null|NaN/);
});

test('signals (real files): without the December cut-off, no under-spending is claimed', { skip: skipWithoutRealData }, async () => {
  const feed = { ...(await realFeed()), asOf: '2023-09-30' };
  assert.equal(signals(feed).filter((s) => s.rule === 'year-end-underspending').length, 0);
  const noDate = { ...(await realFeed()) };
  delete noDate.asOf;
  assert.equal(signals(noDate).filter((s) => s.rule === 'year-end-underspending').length, 0);
});
