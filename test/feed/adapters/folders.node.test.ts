/**
 * A folder converted as published: documentation and data dictionaries beside the data are
 * reported and skipped (one line each); an unknown file among known ones fails alone (exit 1, the
 * others converted). Statement headers in the variants publishers use across years are recognised.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main.js';
import { isDictionaryHeader } from '../../../src/cli/sources.js';
import { headerVariant as headerVariantOf } from '../../../src/cli/read-source.js';
import { conacStatements } from '../../../src/feed/adapters/conac-statements.js';
import { columnOf, isTotalLabel } from '../../../src/feed/adapters/statement-grid.js';
import type { Feed } from '../../../src/feed/types.js';
import { DATA_DIR, skipWithoutData as skip } from './read.js';

async function tpFeed(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('a published folder with its data dictionary and README converts, one line per skipped file', { skip }, async () => {
  const o = join(mkdtempSync(join(tmpdir(), 'tp-folder-')), 'msd.json');
  const r = await tpFeed('convert', '--cycle', '2018', '-o', o, join(DATA_DIR, 'msd-desempeno-2013-2018'));
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /^README\.md: skipped \(not a data file\)$/m);
  assert.match(r.out, /^diccionario_msd\.csv: skipped \(a data dictionary, not data\)$/m);
  assert.equal(r.out.split('\n').filter((l) => /: skipped \(/.test(l)).length, 2);
  assert.ok((JSON.parse(readFileSync(o, 'utf8')) as Feed).programs.length > 100);
});

test('an unknown file among known ones is an error for that file only (exit 1, the others converted)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tp-folder-'));
  copyFileSync(join('test', 'fixtures', 'municipio-ejemplo-2024t2.csv'), join(dir, 'a-municipio.csv'));
  writeFileSync(join(dir, 'b-otro.csv'), 'foo,bar\n1,2\n');
  writeFileSync(join(dir, 'c-diccionario.csv'), 'ETIQUETA DE DATOS ABIERTOS,DESCRIPCIÓN DE VARIABLE\nID_RAMO,Clave del ramo\n');
  writeFileSync(join(dir, 'notas.txt'), 'notas');
  const o = join(dir, 'feed.json');
  const r = await tpFeed(
    'convert',
    '--publisher',
    'X',
    '--map',
    join('test', 'fixtures', 'municipio-ejemplo-2024t2.map.json'),
    '-o',
    o,
    join(dir, 'a-municipio.csv'),
  );
  assert.equal(r.code, 0, r.out);
  // Without a mapping, in one folder: the made-up municipality's CSV has no known layout either, so use a known federal file.
  const folder = mkdtempSync(join(tmpdir(), 'tp-folder-'));
  writeFileSync(join(folder, 'pef.csv'), 'CICLO,ID_RAMO,ID_MODALIDAD,ID_PP,DESC_PP,MONTO_APROBADO\n2024,20,S,176,Pensión,"1,000.00"\n');
  copyFileSync(join(dir, 'b-otro.csv'), join(folder, 'b-otro.csv'));
  copyFileSync(join(dir, 'c-diccionario.csv'), join(folder, 'c-diccionario.csv'));
  copyFileSync(join(dir, 'notas.txt'), join(folder, 'notas.txt'));
  const o2 = join(folder, 'out.json');
  const r2 = await tpFeed('convert', '-o', o2, folder);
  assert.equal(r2.code, 1, r2.out);
  assert.match(r2.out, /^error: b-otro\.csv: unknown layout\. Header seen: foo, bar\..*\(the other files were converted\)$/m);
  assert.match(r2.out, /^c-diccionario\.csv: skipped \(a data dictionary, not data\)$/m);
  assert.match(r2.out, /^notas\.txt: skipped \(not a data file\)$/m);
  assert.deepEqual(
    (JSON.parse(readFileSync(o2, 'utf8')) as Feed).programs.map((p) => p.amounts.approved),
    [1000],
  );
  // A single unknown file is still the usual error.
  const r3 = await tpFeed('inspect', join(folder, 'b-otro.csv'));
  assert.equal(r3.code, 1);
});

test('data dictionary headers', () => {
  assert.ok(isDictionaryHeader(['NOMBRE VARIABLE', 'DESCRIPCIÓN VARIABLE']));
  assert.ok(isDictionaryHeader(['ETIQUETA DE DATOS ABIERTOS', 'DESCRIPCIÓN DE VARIABLE']));
  assert.ok(isDictionaryHeader(['Campo', 'Descripción', 'Tipo']));
  assert.ok(!isDictionaryHeader(['ID_RAMO', 'DESC_RAMO', 'MONTO_APROBADO']));
});

test('moment headers in the spellings publishers use across years', () => {
  const cases: [string, string | undefined][] = [
    ['Aprobado (d)', 'approved'],
    ['APROBADO', 'approved'],
    ['Presupuesto de Egresos Aprobado', 'approved'],
    ['  Aprobado\n', 'approved'],
    ['Aprobado [Presupuesto aprobado por el Congreso]', 'approved'],
    ['Ampliaciones/ (Reducciones)', 'adjustments'],
    ['Ampliación / (Reducciones)', 'adjustments'],
    ['Ampliaciones y Reducciones', 'adjustments'],
    ['PRESUPUESTO VIGENTE', 'modified'],
    ['Modificado', 'modified'],
    ['Gasto modificado por capítulo, concepto o partida', 'modified'],
    ['D E V E N G A D O', 'accrued'],
    ['Subejercicio (e)', 'underspent'],
    ['CUENTAS POR PAGAR (DEUDA)', 'payable'],
    ['N O M B R E', undefined],
    ['Concepto (c)', undefined],
  ];
  for (const [h, want] of cases) assert.equal(columnOf(h), want, h);
  for (const t of ['Total del Gasto', 'T O T A L E S', 'III. Total de Egresos (III = I + II)', 'TOTAL DEL GASTO', 'T o t a l', 'Total'])
    assert.ok(isTotalLabel(t), t);
  for (const t of ['Servicios Personales', 'Totalmente nuevo programa']) assert.ok(!isTotalLabel(t), t);
});

test('a statement with a three-row merged header, a column-number row and no Subejercicio is recognised', () => {
  const rows = [
    ['Gobierno del Estado de Ejemplo'],
    ['ESTADO ANALÍTICO DEL EJERCICIO DEL PRESUPUESTO DE EGRESOS'],
    ['CLASIFICACIÓN ECONÓMICA (POR TIPO DE GASTO)'],
    ['Del 1 de enero al 30 de septiembre de 2025'],
    ['Concepto', 'Egresos', '', '', '', ''],
    ['', 'APROBADO', 'AMPLIACIONES / (REDUCCIONES)', 'VIGENTE', 'DEVENGADO', 'PAGADO'],
    ['', '1', '2', '3 = ( 1 + 2 )', '4', '5'],
    ['Gasto Corriente', '100.10', '-0.10', '100', '50', '49'],
    ['Gasto de Capital', '10', '0', '10', '', ''],
    ['T O T A L', '110.10', '-0.10', '110', '50', '49'],
  ];
  const r = conacStatements.adapt({ rows, file: 'v.xlsx', sheet: 'Hoja1' });
  assert.equal(r.layout, 'conac-eaepe-ce');
  assert.deepEqual(r.totals, { approved: 110.1, modified: 110, accrued: 50, paid: 49 });
  assert.deepEqual(
    r.breakdowns?.map((b) => [b.id, b.amounts]),
    [
      ['1', { approved: 100.1, modified: 100, accrued: 50, paid: 49 }],
      ['2', { approved: 10, modified: 10 }],
    ],
  );
  assert.deepEqual(
    r.problems.filter((p) => p.severity !== 'note'),
    [],
  );
  assert.equal(r.meta?.asOf, '2025-09-30');
  assert.match(r.meta!.sources![0]!.title, /3\.º trimestre 2025/);
});

test("next year's export with bracketed descriptions and units in the header keeps its layout (CSV and XLSX)", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tp-variant-'));
  const csv = join(dir, 'pef-variante.csv');
  writeFileSync(
    csv,
    'CICLO[Año fiscal],ID_RAMO[Clave del ramo],ID_MODALIDAD[Modalidad],ID_PP[Programa],DESC_PP[Descripción],MONTO_APROBADO (pesos)\n2024,20,S,176,Pensión,"1,000.50"\n',
  );
  const r = await tpFeed('inspect', '--json', csv);
  assert.equal(r.code, 0, r.out);
  const [info] = JSON.parse(r.out);
  assert.equal(info.layout, 'shcp-lines');
  assert.deepEqual(info.totals, { approved: 1000.5 });
  assert.deepEqual(headerVariantOf(['Ramo[Descripción]', 'Monto aprobado (MDP)', 'Nombre']), ['Ramo', 'Monto aprobado', 'Nombre']);
});
