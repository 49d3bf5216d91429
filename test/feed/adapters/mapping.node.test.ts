/**
 * `tp-feed convert --map` and `inspect --suggest-map`: a JSON mapping converts the SIPOT files and a
 * hand-made CSV of a made-up municipality; a suggested mapping converts them unchanged; mapping
 * errors name the mapping's line; the fixtures agree with schema/mapping-v1.schema.json.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../../src/cli/main.js';
import { parseJsonWithLines } from '../../../src/cli/mapping-file.js';
import type { Feed } from '../../../src/feed/types.js';
import { createChecker } from '../json-schema-lite.js';
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
const dir = mkdtempSync(join(tmpdir(), 'tp-feed-map-'));
const FIX = resolve('test', 'fixtures');
const CSV = join(FIX, 'municipio-ejemplo-2024t2.csv');
const SIPOT = (f: string) => join(DATA_DIR, 'sipot-egresos-tanhuato-mich-2019q1', f);
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Feed;
const schema = JSON.parse(readFileSync(resolve('schema', 'mapping-v1.schema.json'), 'utf8'));
const check = createChecker(schema);

test('the hand-made municipal CSV converts through its mapping: programs, totals checked to the cent', async () => {
  const o = join(dir, 'muni.json');
  const r = await tpFeed('convert', '--map', join(FIX, 'municipio-ejemplo-2024t2.map.json'), '-o', o, CSV);
  assert.equal(r.code, 0, r.out + r.err);
  const f = read(o);
  assert.equal(f.publisher.name, 'Municipio de San Isidro del Ejemplo (datos inventados)');
  assert.equal(f.cycle, 2024);
  assert.equal(f.asOf, '2024-06-30');
  assert.deepEqual(f.sources, [{ title: 'Estado del ejercicio del presupuesto por programa, 2.º trimestre 2024' }]);
  assert.deepEqual(
    f.programs.map((p) => p.key),
    ['E001', 'E002', 'K003', 'M004'],
  );
  assert.deepEqual(f.programs[2]!.amounts, { approved: 3500000, modified: 3200000, accrued: 900000 }, 'empty Pagado stays absent');
  assert.equal(f.programs[0]!.unit?.name, 'Dirección de Servicios Públicos');
  assert.deepEqual(f.totals, { approved: 10850250.75, modified: 10650751.25, accrued: 4600335.75, paid: 3650125.5 });
  // One cent off in the publisher's total row is an error naming the line and the column.
  const csv2 = join(dir, 'off.csv');
  writeFileSync(csv2, readFileSync(CSV, 'utf8').replace('"10,850,250.75"', '"10,850,250.76"'));
  const r2 = await tpFeed('convert', '--map', join(FIX, 'municipio-ejemplo-2024t2.map.json'), '-o', join(dir, 'off.json'), csv2);
  assert.equal(r2.code, 1);
  assert.match(
    r2.out,
    /statement-total-mismatch: off\.csv, line 10, column approved: the sum of the 4 "program" rows \(10850250\.75\) differs from the publisher's total row \(10850250\.76\)\./,
  );
});

test('--suggest-map proposes a mapping that converts the CSV unchanged', async () => {
  const s = await tpFeed('inspect', '--suggest-map', CSV);
  assert.equal(s.code, 0);
  const m = JSON.parse(s.out);
  assert.equal(check(m), null);
  assert.deepEqual(m.columns.key, 'Clave programa');
  assert.deepEqual(m.columns.amounts, {
    approved: 'Presupuesto aprobado',
    modified: 'Presupuesto vigente',
    accrued: 'Devengado',
    paid: 'Pagado',
  });
  const mp = join(dir, 'suggested.json');
  writeFileSync(mp, s.out);
  const a = join(dir, 'a.json');
  const b = join(dir, 'b.json');
  assert.equal((await tpFeed('convert', '--publisher', 'X', '--map', mp, '-o', a, CSV)).code, 0);
  assert.equal(
    (await tpFeed('convert', '--publisher', 'X', '--map', join(FIX, 'municipio-ejemplo-2024t2.map.json'), '-o', b, CSV)).code,
    0,
  );
  assert.deepEqual(read(a).programs, read(b).programs);
  assert.deepEqual(read(a).totals, read(b).totals);
});

test('a JSON mapping converts the SIPOT 53503 file and the 53482 sub-table; --suggest-map converts 53503 unchanged', { skip }, async () => {
  const o = join(dir, 's.json');
  const r = await tpFeed('convert', '--map', join(FIX, 'sipot-53503.map.json'), '-o', o, SIPOT('Gasto-por-Capitulo-Concepto-y.xlsx'));
  assert.equal(r.code, 0, r.out + r.err);
  const f = read(o);
  assert.equal(f.publisher.name, 'Municipio de Tanhuato, Michoacán');
  const lv = (by: string) => f.breakdowns!.filter((x) => x.by === by);
  assert.deepEqual([lv('chapter').length, lv('concept').length, lv('item').length], [7, 33, 77]);
  const cents = (by: string, m: string) => lv(by).reduce((s, x) => s + Math.round((x.amounts[m] ?? 0) * 100), 0);
  for (const by of ['chapter', 'concept', 'item']) {
    assert.equal(cents(by, 'approved'), 6724477800, by);
    assert.equal(cents(by, 'modified'), 7309027355, by);
    assert.equal(cents(by, 'accrued'), 1466100667, by);
    assert.equal(cents(by, 'paid'), 1453492567, by);
  }
  assert.equal(lv('concept')[0]!.parent, '10000');
  const t = join(dir, 't.json');
  const r2 = await tpFeed(
    'convert',
    '--map',
    join(FIX, 'sipot-tabla-514409.map.json'),
    '-o',
    t,
    SIPOT('Ejercicio-de-los-egresos-pres.xlsx'),
  );
  assert.equal(r2.code, 0, r2.out + r2.err);
  const ch = read(t).breakdowns!;
  assert.equal(ch.length, 7);
  assert.equal(
    ch.reduce((s, x) => s + Math.round(x.amounts.modified! * 100), 0),
    7309027355,
  );
  // The suggested mapping (plus a publisher) gives the same rows.
  const s = await tpFeed('inspect', '--suggest-map', SIPOT('Gasto-por-Capitulo-Concepto-y.xlsx'));
  const m = JSON.parse(s.out);
  assert.equal(check(m), null);
  assert.deepEqual(m.period, { year: 2019, from: '2019-01-01', to: '2019-03-31' });
  const mp = join(dir, 'sug-sipot.json');
  writeFileSync(mp, s.out);
  const o2 = join(dir, 's2.json');
  assert.equal(
    (
      await tpFeed(
        'convert',
        '--publisher',
        'Municipio de Tanhuato, Michoacán',
        '--map',
        mp,
        '-o',
        o2,
        SIPOT('Gasto-por-Capitulo-Concepto-y.xlsx'),
      )
    ).code,
    0,
  );
  assert.deepEqual(read(o2).breakdowns, f.breakdowns);
});

test('mapping errors name the mapping file and line', async () => {
  const cases: [string, RegExp][] = [
    [
      '{\n  "version": 1,\n  "columns": {\n    "key": "Clave programa",\n    "amounts": { "approved": "No existe" }\n  }\n}\n',
      /bad\.json, line 5 \(columns\.amounts\.approved\): no column "No existe" in the header of municipio-ejemplo-2024t2\.csv/,
    ],
    ['{\n  "version": 1,\n  "colums": {}\n}\n', /bad\.json, line 3 \(colums\): unknown field "colums"/],
    [
      '{\n  "version": 1,\n  "columns": {\n    "key": "Clave programa",\n    "amounts": { "aprobado": "Devengado" }\n  }\n}\n',
      /bad\.json, line 5 \(columns\.amounts\.aprobado\): unknown amount "aprobado"/,
    ],
    [
      '{\n  "version": 1,\n  "columns": {\n    "amounts": { "approved": "A" },\n  }\n}\n',
      /bad\.json, line 5: expected a "name" in an object/,
    ],
    ['{\n  "version": 2\n}', /bad\.json, line 2 \(version\): "version" must be 1/],
  ];
  for (const [text, re] of cases) {
    const mp = join(dir, 'bad.json');
    writeFileSync(mp, text);
    const r = await tpFeed('convert', '--map', mp, '-o', join(dir, 'x.json'), CSV);
    assert.equal(r.code, 2, text);
    assert.match(r.err, re);
  }
  assert.equal(parseJsonWithLines('{"a":\n[1,\n{"b": 2}]}').lines.get('a[1].b'), 3);
});

test('the fixture mappings agree with schema/mapping-v1.schema.json; bad ones do not', () => {
  for (const f of ['municipio-ejemplo-2024t2.map.json', 'sipot-53503.map.json', 'sipot-tabla-514409.map.json'])
    assert.equal(check(JSON.parse(readFileSync(join(FIX, f), 'utf8'))), null, f);
  assert.notEqual(check({ version: 1 }), null);
  assert.notEqual(check({ version: 1, columns: { amounts: { aprobado: 'x' } } }), null);
  assert.notEqual(check({ version: 1, columns: { amounts: {} }, source: { url: 'javascript:x' } }), null);
});
