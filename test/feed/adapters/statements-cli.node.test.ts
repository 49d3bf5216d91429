/**
 * `tp-feed convert` / `inspect` on the state and municipal spreadsheets as published: a whole
 * publisher's feed with totals, breakdowns, programs by the publisher's keys, provenance, and the
 * cross-statement disagreements reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main.js';
import { validateFeed } from '../../../src/feed/validate.js';
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
const tmp = () => mkdtempSync(join(tmpdir(), 'tp-feed-xlsx-'));
const gto = (f: string) => join(DATA_DIR, f);

test('convert: the Guanajuato agency feed (EAEPE + LDF + programs) with totals, breakdowns and disagreements', { skip }, async () => {
  const o = join(tmp(), 'gto.json');
  const files = [
    ...['B.2.4', 'B.2.5', 'B.2.6', 'B.2.7'].map((f) => gto(`conac-eaepe-inaeba-gto-2022q4/${f}.xlsx`)),
    ...['B.6.6', 'B.6.7', 'B.6.8'].map((f) => gto(`ldf-eaepe-detallado-inaeba-gto-2022q4/${f}.xlsx`)),
    ...['B.3.1', 'B.3.2', 'B.3.3'].map((f) => gto(`conac-programatica-inaeba-gto-2022q4/${f}.xlsx`)),
  ];
  const r = await tpFeed('convert', '-o', o, '--max-problems', '200', ...files);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /B\.2\.6\.xlsx: conac-eaepe-cog/);
  assert.match(
    r.out,
    /statement-disagreement: B\.2\.4\.xlsx, column accrued: two statements of the same publisher and period disagree on ".+" \(unit\): 43139366\.01 in this one and 42594448\.01 in B\.6\.7\.xlsx\./,
  );
  const feed = JSON.parse(readFileSync(o, 'utf8')) as Feed;
  assert.equal(feed.cycle, 2022);
  assert.equal(feed.asOf, '2022-12-31');
  assert.match(feed.publisher.name, /^INSTITUTO DE ALFABETIZACI/);
  assert.deepEqual(feed.totals, { approved: 276292190.07, modified: 295773022.77, accrued: 275459908.94, paid: 270964558.46 });
  const by = (b: string) => feed.breakdowns!.filter((x) => x.by === b);
  assert.equal(by('unit').length, 8, 'units from the first statement only (not again from LDF 6 b)');
  assert.equal(by('concept').length, 63);
  assert.equal(by('concept')[0]!.parent, '1000');
  assert.deepEqual(feed.programs.map((p) => p.key).slice(0, 3), ['G1025', 'G1026', 'G1033']);
  assert.deepEqual(
    feed.programs[0]!.unit,
    { id: '0401', name: 'Dirección de Administración' },
    'unit named by the administrative statement',
  );
  assert.match(
    feed.sources[2]!.title,
    /^Estado Analítico del Ejercicio del Presupuesto de Egresos, clasificación por objeto del gasto .*4\.º trimestre 2022$/,
  );
  const v = validateFeed(feed);
  assert.ok(v.ok);
  assert.deepEqual(v.feed.totals, feed.totals);
  assert.equal(v.feed.breakdowns?.length, feed.breakdowns?.length);
});

test('convert: the Tanhuato municipal report, with --source-title/--source-url; inspect --sheet', { skip }, async () => {
  const o = join(tmp(), 'tanhuato.json');
  const file = gto('municipal-cog-momentos-tanhuato-mich-2019q1/ESTADO ANALITICO EGRESO POR COG PRIMER TRIM 2019.xlsx');
  const r = await tpFeed(
    'convert',
    '-o',
    o,
    '--source-title',
    'Estado analítico por COG, 1er trimestre 2019',
    '--source-url',
    'https://example.org/cog.xlsx',
    file,
  );
  assert.equal(r.code, 0, r.out);
  const feed = JSON.parse(readFileSync(o, 'utf8')) as Feed;
  assert.equal(feed.publisher.name, 'MUNICIPIO DE TANHUATO MICHOACAN');
  assert.deepEqual(feed.sources, [{ title: 'Estado analítico por COG, 1er trimestre 2019', url: 'https://example.org/cog.xlsx' }]);
  assert.equal(feed.totals?.modified, 73090273.55);
  assert.equal(feed.totals?.committed, 14661006.67);
  assert.equal(feed.breakdowns?.filter((b) => b.by === 'item').length, 78);
  const i = await tpFeed('inspect', '--sheet', 'Hoja1', file);
  assert.match(i.out, /layout {5}municipal-cog/);
  assert.match(i.out, /modified +73,090,273\.55/);
  const bad = await tpFeed('inspect', '--sheet', 'Nope', file);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /no sheet named "Nope" \(sheets: Hoja1\)/);
});
