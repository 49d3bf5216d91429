import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes, parseCsvRows, uniqueHeaders } from '../../../src/feed/csv.js';
import { shcpLines } from '../../../src/feed/adapters/shcp-lines.js';
import { measureOf, resolveShcpColumns } from '../../../src/feed/adapters/shcp-columns.js';
import { chapterOf } from '../../../src/feed/adapters/shcp-codes.js';
import { parseAmount } from '../../../src/feed/adapters/money.js';
import type { AdapterOptions, AdapterResult } from '../../../src/feed/adapters/types.js';
import { problemMessage } from '../../../src/feed/problem-wording.js';

const DATA = resolve('..', 'shared', 'data');
const skip = existsSync(DATA) ? false : `shared data not found at ${DATA}`;

function load(rel: string) {
  const d = decodeBytes(readFileSync(resolve(DATA, rel)));
  const rows = parseCsvRows(d.text);
  return { encoding: d.encoding, header: uniqueHeaders(rows[0]!), rows: rows.slice(1) };
}
function run(rel: string, options?: AdapterOptions): AdapterResult {
  const { header, rows } = load(rel);
  assert.ok(shcpLines.detect(header), `${rel} is shcp-lines`);
  return shcpLines.adapt({ header, rows, file: rel, options });
}
/** Sum of one moment over programs, in integer cents. */
const total = (r: AdapterResult, m: string) => r.programs.reduce((s, p) => s + Math.round((p.amounts?.[m] ?? 0) * 100), 0);
const cents = (pesos: number) => Math.round(pesos * 100);
const prog = (r: AdapterResult, key: string) => r.programs.find((p) => p.key === key);

test('amount headers map to moments across years', () => {
  const cases: [string, string | undefined][] = [
    ['MONTO_APROBADO', 'approved'],
    ['PEF_2016', 'approved'],
    ['Aprobado', 'approved'],
    ['Monto aprobado', 'approved'],
    ['Importe Presupuesto de Egresos de la Federación (PEF)', 'approved'],
    ['MONTO_MODIFICADO', 'modified'],
    ['MONTO_COMPROMETIDO', 'committed'],
    ['MONTO_DEVENGADO', 'accrued'],
    ['MONTO_EJERCIDO', 'exercised'],
    ['MONTO_EJERCICIO', 'exercised'],
    ['Pagado', 'paid'],
    ['MONTO_ADEFAS', 'adefas'],
    ['IMPORTE', undefined],
    ['IMPORTE _ENERO', undefined],
    ['Pagado SHCP', undefined],
    ['PEF_CUANT', undefined],
  ];
  for (const [h, m] of cases) assert.equal(measureOf(h)?.moment, m, h);
  assert.equal(chapterOf('11301'), '1000');
  assert.equal(chapterOf('0'), undefined);
});

test('every column alias of the OpenSpending list resolves to its role', { skip }, () => {
  const aliases: Record<string, string[]> = JSON.parse(readFileSync(resolve(DATA, 'fdp-presupuesto-mexico/columns.aliases.json'), 'utf8'));
  const roleOf: Record<string, string> = {
    ID_RAMO: 'ramo',
    DESC_RAMO: 'ramoName',
    ID_UR: 'unit',
    DESC_UR: 'unitName',
    ID_MODALIDAD: 'modality',
    DESC_MODALIDAD: 'modalityName',
    ID_PP: 'pp',
    DESC_PP: 'ppName',
    ID_CAPITULO: 'chapter',
    DESC_CAPITULO: 'chapterName',
    ID_CONCEPTO: 'concept',
    ID_PARTIDA_GENERICA: 'partidaGen',
    ID_PARTIDA_ESPECIFICA: 'partidaEsp',
    ID_ENTIDAD_FEDERATIVA: 'entity',
    ENTIDAD_FEDERATIVA: 'entityName',
    CICLO: 'cycle',
  };
  let checked = 0;
  for (const [canonical, list] of Object.entries(aliases)) {
    for (const alias of [canonical, ...list]) {
      if (canonical.startsWith('MONTO_')) {
        assert.ok(measureOf(alias), `${alias} is a measure`);
        checked++;
        continue;
      }
      const role = roleOf[canonical];
      if (!role) continue;
      // Alone with a measure, the alias must land in its role.
      const cols = resolveShcpColumns([alias, 'MONTO_APROBADO']) as Record<string, unknown>;
      assert.equal(cols[role], 0, `${alias} → ${role}`);
      checked++;
    }
  }
  assert.ok(checked > 60, `checked ${checked} aliases`);
});

test('PEF 2016 Quintana Roo (CP850): check figures to the peso', { skip }, () => {
  const f = 'pef2016-quintana-roo/pef2016_ef23_quintana_roo.csv';
  const { encoding, rows } = load(f);
  assert.equal(encoding, 'cp850');
  const r = run(f);
  assert.equal(r.stats.rows, 1330);
  assert.equal(r.cycle, 2016);
  assert.deepEqual(r.moments, ['approved']);
  assert.equal(total(r, 'approved'), cents(29_643_772_940));
  const ramo33 = r.programs.filter((p) => p.ramo?.id === '33').reduce((s, p) => s + cents(p.amounts!.approved!), 0);
  assert.equal(ramo33, cents(8_323_863_485));
  assert.equal(prog(r, '28-C001')?.amounts?.approved, 6_106_671_183);
  const dashes = rows.filter((x) => x[28]!.trim() === '-' && parseAmount(x[28]).kind === 'value').length;
  assert.equal(dashes, 4);
  assert.equal(r.problems.filter((p) => p.severity === 'error').length, 0);
  // Names decoded right (no "Regulaci¢n"), chapters from CONCEPTO, entity breakdown is all EF 23.
  assert.ok(!r.programs.some((p) => /[¢¡£]/.test(p.name ?? '')));
  const c001 = prog(r, '28-C001')!;
  assert.equal(
    c001
      .breakdown!.filter((b) => b.by === 'entity')
      .map((b) => b.id)
      .join(),
    '23',
  );
  const chapters = c001.breakdown!.filter((b) => b.by === 'chapter');
  assert.equal(
    chapters.reduce((s, b) => s + cents(b.amounts.approved!), 0),
    cents(6_106_671_183),
  );
  // Filter by entity: everything is 23 here, nothing is 9.
  assert.equal(total(run(f, { entity: '23' }), 'approved'), cents(29_643_772_940));
  assert.equal(run(f, { entity: '9' }).programs.length, 0);
});

test('PEF 2021 ramos 20 + 47: totals, S176, Quintana Roo, ramo filter', { skip }, () => {
  const f = 'pef2021-aprobado/pef2021_ramos_20_47.csv';
  const r = run(f);
  assert.equal(r.stats.rows, 5289);
  assert.equal(r.cycle, 2021);
  assert.equal(total(r, 'approved'), cents(203_938_921_370));
  const s176 = prog(r, '20-S176')!;
  assert.equal(s176.amounts!.approved, 135_662_096_183);
  assert.equal(s176.ramo?.name, 'Bienestar');
  assert.match(s176.name!, /Pensión para el Bienestar de las Personas Adultas Mayores/);
  const byChapter = s176.breakdown!.filter((b) => b.by === 'chapter');
  assert.equal(
    byChapter.reduce((s, b) => s + cents(b.amounts.approved!), 0),
    cents(135_662_096_183),
  );
  assert.equal(total(run(f, { ramo: '20' }), 'approved'), cents(191_724_999_417));
  assert.equal(total(run(f, { ramo: '47' }), 'approved'), cents(12_213_921_953));
  const qroo = run(f, { entity: '23' });
  assert.equal(total(qroo, 'approved'), cents(33_858_921));
  // Same figure from the entity breakdown of the unfiltered run.
  const fromBreakdown = r.programs.flatMap((p) => p.breakdown ?? []).filter((b) => b.by === 'entity' && b.id === '23');
  assert.equal(
    fromBreakdown.reduce((s, b) => s + cents(b.amounts.approved!), 0),
    cents(33_858_921),
  );
  assert.equal(r.problems.filter((p) => p.severity === 'error').length, 0);
});

test('Ramo 23 projects 2016 (Windows-1252): approved, paid, absent cells, Quintana Roo', { skip }, () => {
  const f = 'ramo23-proyectos-2016/provisiones_ramo23_2016.csv';
  const { encoding, header, rows } = load(f);
  assert.equal(encoding, 'windows-1252');
  const paid = header.indexOf('Pagado');
  assert.equal(rows.filter((x) => x[paid] === ' -   ' && parseAmount(x[paid]).kind === 'value').length, 1251, 'dash zeros');
  assert.equal(rows.filter((x) => x[paid] === '' && parseAmount(x[paid]).kind === 'absent').length, 124, 'empty = absent');
  const r = run(f);
  assert.equal(r.stats.rows, 5300);
  assert.deepEqual(r.moments, ['approved', 'paid']);
  assert.equal(total(r, 'approved'), cents(54_613_053_674.0));
  assert.equal(total(r, 'paid'), cents(4_040_410_198.89));
  assert.ok(prog(r, 'U132') && prog(r, 'U057'), 'short keys, zero-padded');
  // 124 empty Pagado cells are "not reported" notes, not zeros.
  const notReported = r.problems.filter((p) => p.kind === 'not-reported');
  assert.ok(notReported.some((p) => p.severity === 'note' && problemMessage(p, 'en').includes('(124 in all)')));
  assert.ok(!r.programs.some((p) => Object.values(p.amounts ?? {}).some((v) => Number.isNaN(v))));
  const q = run(f, { entity: '23' });
  assert.equal(q.stats.kept, 46);
  assert.equal(total(q, 'approved'), cents(458_129_441.0));
});

test('bad cells are flagged with file, line and column; unreported moments stay absent', () => {
  const header = ['ID_RAMO', 'ID_MODALIDAD', 'ID_PP', 'ID_CAPITULO', 'MONTO_APROBADO', 'MONTO_PAGADO'];
  const rows = [
    ['20', 'S', '176', '4000', ' 1,000.50 ', 'N/R'],
    ['20', 'S', '176', '4000', '12,34', ''],
    ['20', '', 'TOTAL', '4000', '5', '5'],
    ['3', 'R', '1', '1000', ' -   ', ' -   '],
  ];
  const r = shcpLines.adapt({ header, rows, file: 'x.csv' });
  assert.deepEqual(
    r.programs.map((p) => p.key),
    ['03-R001', '20-S176'],
  );
  assert.deepEqual(prog(r, '20-S176')!.amounts, { approved: 1000.5 });
  assert.deepEqual(prog(r, '03-R001')!.amounts, { approved: 0, paid: 0 });
  const bad = r.problems.find((p) => p.kind === 'invalid-amount')!;
  assert.deepEqual([bad.file, bad.line, bad.column, bad.params?.found], ['x.csv', 3, 'MONTO_APROBADO', '"12,34"']);
  assert.match(problemMessage(bad, 'es'), /x\.csv, línea 3, columna MONTO_APROBADO/);
  const key = r.problems.find((p) => p.kind === 'invalid-record')!;
  assert.equal(key.line, 4);
  assert.equal(r.problems.filter((p) => p.kind === 'not-reported').length, 2);
});
