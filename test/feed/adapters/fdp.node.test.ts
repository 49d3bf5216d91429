import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes, parseCsvRows, uniqueHeaders } from '../../../src/feed/csv.js';
import { fdpAdapter, fdpColumns, isFiscalDataPackage, measureMoment, type FiscalDataPackage } from '../../../src/feed/adapters/fdp.js';

const DATA = resolve('..', 'shared', 'data');
const skip = existsSync(DATA) ? false : `shared data not found at ${DATA}`;
const cents = (pesos: number) => Math.round(pesos * 100);

test('FDP measures become moments by name, then by phase', () => {
  const cases: [string, { source: string; phase?: string }, string | undefined, string | undefined][] = [
    ['Aprobado', { source: 'MONTO_APROBADO', phase: 'approved' }, 'approved', undefined],
    ['Modificado', { source: 'MONTO_MODIFICADO', phase: 'adjusted' }, 'modified', undefined],
    ['Devengado', { source: 'MONTO_DEVENGADO', phase: 'approved' }, 'accrued', 'approved'],
    ['Ejercicio', { source: 'MONTO_EJERCICIO', phase: 'executed' }, 'exercised', undefined],
    ['Pagado', { source: 'MONTO_PAGADO', phase: 'executed' }, 'paid', undefined],
    ['amount', { source: 'amount', phase: 'adjusted' }, 'modified', undefined],
    ['amount', { source: 'amount' }, undefined, undefined],
  ];
  for (const [name, m, moment, conflict] of cases)
    assert.deepEqual(measureMoment(name, m), conflict ? { moment, conflict } : moment ? { moment } : {}, name);
  assert.equal(isFiscalDataPackage({ model: { measures: {}, dimensions: {} } }), true);
  assert.equal(isFiscalDataPackage({ resources: [] }), false);
  assert.equal(isFiscalDataPackage(null), false);
});

test('the Mexican budget datapackage.json applied to the PEF 2021 CSV gives the PEF 2021 figures', { skip }, () => {
  const dp = JSON.parse(readFileSync(resolve(DATA, 'fdp-presupuesto-mexico/datapackage.json'), 'utf8')) as FiscalDataPackage;
  assert.ok(isFiscalDataPackage(dp));
  // Descriptor check figures (README): 39 fields, 7 measures, 8 dimensions.
  assert.equal(dp.resources![0]!.schema!.fields!.length, 39);
  assert.deepEqual(Object.keys(dp.model.measures).sort(), [
    'Adefas',
    'Aprobado',
    'Devengado',
    'Ejercicio',
    'Ejercido',
    'Modificado',
    'Pagado',
  ]);
  assert.equal(Object.keys(dp.model.dimensions).length, 8);

  const f = 'pef2021-aprobado/pef2021_ramos_20_47.csv';
  const rows = parseCsvRows(decodeBytes(readFileSync(resolve(DATA, f))).text);
  const header = uniqueHeaders(rows[0]!);
  const { cols } = fdpColumns(dp, header);
  assert.deepEqual(
    cols.measures.map((m) => [m.header, m.moment]),
    [['MONTO_APROBADO', 'approved']],
  );
  assert.deepEqual(
    [cols.ramo, cols.unit, cols.modality, cols.pp, cols.ppName, cols.chapter, cols.entity, cols.cycle].map((i) => header[i!]),
    ['ID_RAMO', 'ID_UR', 'ID_MODALIDAD', 'ID_PP', 'DESC_PP', 'ID_CAPITULO', 'ID_ENTIDAD_FEDERATIVA', 'CICLO'],
  );
  const adapter = fdpAdapter(dp);
  assert.ok(adapter.detect(header));
  const r = adapter.adapt({ header, rows: rows.slice(1), file: f });
  assert.equal(r.layout, 'fdp');
  assert.equal(r.cycle, 2021);
  assert.equal(r.stats.rows, 5289);
  assert.equal(
    r.programs.reduce((s, p) => s + cents(p.amounts!.approved ?? 0), 0),
    cents(203_938_921_370),
  );
  assert.equal(r.programs.find((p) => p.key === '20-S176')!.amounts!.approved, 135_662_096_183);
  const qroo = adapter.adapt({ header, rows: rows.slice(1), file: f, options: { entity: '23' } });
  assert.equal(
    qroo.programs.reduce((s, p) => s + cents(p.amounts!.approved ?? 0), 0),
    cents(33_858_921),
  );
  assert.equal(r.problems.filter((p) => p.severity === 'error').length, 0);
});

test('a model whose measures are not in the CSV is reported, not guessed', () => {
  const dp: FiscalDataPackage = {
    model: {
      measures: { Aprobado: { source: 'APPROVED_AMOUNT', phase: 'approved' } },
      dimensions: {
        admin: {
          classificationType: 'administrative',
          primaryKey: ['mod', 'prog'],
          attributes: { mod: { source: 'MOD' }, prog: { source: 'PROG' } },
        },
      },
    },
  };
  const { problems } = fdpColumns(dp, ['MOD', 'PROG', 'OTHER']);
  assert.ok(problems.some((p) => p.kind === 'unknown-layout' && p.severity === 'error'));
  assert.equal(fdpAdapter(dp).detect(['MOD', 'PROG', 'OTHER']), false);
  const ok = fdpAdapter(dp).adapt({ header: ['MOD', 'PROG', 'APPROVED_AMOUNT'], rows: [['S', '176', '5.5']] });
  assert.deepEqual(
    ok.programs.map((p) => [p.key, p.amounts]),
    [['S176', { approved: 5.5 }]],
  );
});
