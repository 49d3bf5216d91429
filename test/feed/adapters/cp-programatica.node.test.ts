import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes, parseCsvRows, uniqueHeaders } from '../../../src/feed/csv.js';
import { cpProgramatica } from '../../../src/feed/adapters/cp-programatica.js';
import { economicLabel } from '../../../src/feed/adapters/cp-programs.js';
import { ramoIdByName } from '../../../src/feed/adapters/federal-ramos.js';
import { shcpLines } from '../../../src/feed/adapters/shcp-lines.js';
import type { AdapterOptions, AdapterResult } from '../../../src/feed/adapters/types.js';

const DATA = resolve('..', 'shared', 'data');
const skip = existsSync(DATA) ? false : `shared data not found at ${DATA}`;
const FILE = 'cp-programatica-2023/cp2023_programatica.csv';
const cents = (pesos: number) => Math.round(pesos * 100);

function run(options?: AdapterOptions): AdapterResult {
  const rows = parseCsvRows(decodeBytes(readFileSync(resolve(DATA, FILE))).text);
  const header = uniqueHeaders(rows[0]!);
  assert.ok(cpProgramatica.detect(header));
  assert.ok(!shcpLines.detect(header), 'not mistaken for shcp-lines');
  return cpProgramatica.adapt({ header, rows: rows.slice(1), file: FILE, options });
}
const sumRamo = (r: AdapterResult, ramo: string, m: string) =>
  r.programs.filter((p) => p.ramo?.id === ramo).reduce((s, p) => s + cents(p.amounts?.[m] ?? 0), 0);

test('ramo names map to federal ramo numbers (accent- and case-insensitive)', () => {
  const cases: [string, string | undefined][] = [
    ['Bienestar', '20'],
    ['BIENESTAR', '20'],
    ['Educacion Publica', '11'],
    ['Entidades no Sectorizadas', '47'],
    ['Instituto Nacional Electoral', '22'],
    ['Poder Legislativo', '01'],
    ['Ministerio de la Magia', undefined],
  ];
  for (const [name, id] of cases) assert.equal(ramoIdByName(name), id, name);
  assert.equal(economicLabel('GC_GASTO_DE_OPERACIÓN'), 'Gasto corriente: gasto de operación');
  assert.equal(economicLabel('GI_PENSIONES_Y_JUBILACIONES'), 'Pensiones y jubilaciones');
});

test('CP 2023: S176 Bienestar moments exact to the cent', { skip }, () => {
  const r = run();
  assert.equal(r.stats.rows, 4751);
  assert.equal(r.cycle, 2023);
  assert.deepEqual(r.moments, ['approved', 'modified', 'accrued', 'exercised']);
  const s176 = r.programs.find((p) => p.key === '20-S176')!;
  assert.match(s176.name!, /Pensión para el Bienestar de las Personas Adultas Mayores/);
  assert.deepEqual(s176.ramo, { id: '20', name: 'Bienestar' });
  assert.equal(cents(s176.amounts!.approved!), 33_934_135_580_400);
  assert.equal(cents(s176.amounts!.modified!), 33_061_324_706_845);
  assert.equal(cents(s176.amounts!.accrued!), 33_061_321_595_029);
  assert.equal(cents(s176.amounts!.exercised!), 33_061_321_595_029);
  assert.equal(s176.amounts!.exercised, 330_613_215_950.29);
  assert.equal('committed' in s176.amounts!, false, 'not in this table: absent, not 0');
  assert.equal('paid' in s176.amounts!, false);
  // Economic breakdown adds up to the program total, per moment.
  const eco = s176.breakdown!.filter((b) => b.by === 'economic');
  assert.ok(eco.length >= 1);
  assert.equal(
    eco.reduce((s, b) => s + cents(b.amounts.modified ?? 0), 0),
    33_061_324_706_845,
  );
});

test('CP 2023: ramo and power totals; TOTAL rows agree except the mislabelled judicial block', { skip }, () => {
  const r = run();
  assert.equal(sumRamo(r, '20', 'approved'), cents(414_632_268_616.0));
  assert.equal(sumRamo(r, '01', 'approved'), cents(15_994_401_896.0));
  const r001 = r.programs.find((p) => p.key === '01-R001')!;
  const diputados = r001.breakdown!.find((b) => b.by === 'unit' && b.id === 'H. Cámara de Diputados')!;
  assert.equal(diputados.amounts.approved, 8_164_294_974.0);
  assert.equal(diputados.amounts.exercised, 8_537_638_169.27);
  // The third judicial block repeats the name "Consejo de la Judicatura Federal": flagged, kept apart.
  assert.ok(r.problems.some((p) => p.kind === 'repeated-block' && p.line !== undefined));
  assert.deepEqual(
    r.problems.filter((p) => p.kind === 'total-mismatch'),
    [],
  );
  assert.deepEqual(
    r.problems.filter((p) => p.kind === 'unknown-ramo'),
    [],
  );
  assert.equal(sumRamo(r, '03', 'approved'), cents(77_544_491_126.0));
  // Filter by ramo.
  const only20 = run({ ramo: '20' });
  assert.ok(only20.programs.every((p) => p.ramo?.id === '20'));
  assert.equal(sumRamo(only20, '20', 'approved'), cents(414_632_268_616.0));
});

test('a TOTAL row that disagrees with its programs is flagged, not fixed', () => {
  const header = ['CICLO', 'ENTE', 'RAMO', 'SUBRAMO', 'PROGRAMA', 'PRESUPUESTO', 'GC_SUBSIDIOS', 'TOTAL'];
  const rows = [
    ['2023', 'Poder Ejecutivo', 'Ramos Administrativos', 'Bienestar', 'TOTAL', 'Aprobado', '100.0', '100.0'],
    ['2023', 'Poder Ejecutivo', 'Ramos Administrativos', 'Bienestar', 'S176', 'Pensión', '0.0', '0.0'],
    ['2023', 'Poder Ejecutivo', 'Ramos Administrativos', 'Bienestar', 'S176', 'Aprobado', '99.5', '99.5'],
    ['2023', 'Poder Ejecutivo', 'Ramos Administrativos', 'Bienestar', 'S176', 'Modificado', 'N/R', 'N/R'],
    ['2023', 'Poder Ejecutivo', 'Ramos Administrativos', 'Bienestar', 'S176', 'Porcentaje Ejer/Aprob', '1.5', '1.5'],
  ];
  const r = cpProgramatica.adapt({ header, rows, file: 'cp.csv' });
  assert.deepEqual(
    r.programs.map((p) => [p.key, p.name, p.amounts]),
    [['20-S176', 'Pensión', { approved: 99.5 }]],
  );
  const mm = r.problems.find((p) => p.kind === 'total-mismatch')!;
  assert.deepEqual([mm.line, mm.params?.expectedValue, mm.params?.found], [2, '100', '99.5']);
  assert.equal(r.problems.filter((p) => p.kind === 'not-reported').length, 1);
});
