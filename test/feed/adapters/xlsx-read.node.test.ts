/**
 * The CLI's XLSX reader on made-up workbooks: cached values, shared strings, dates, empty versus 0,
 * error values and formulas without a value as Problems, merged cells; and hostile files (zip bomb,
 * 1,000,000-row sheet, DOCTYPE entities, external links, old .xls, not a zip) as clear errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { numberText, openXlsx, parseRef, refOf, XLSX_LIMITS, XlsxError } from '../../../src/cli/xlsx-read.js';
import { problemMessage, problemNote } from '../../../src/feed/problem-wording.js';

const WB = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Datos" sheetId="1" r:id="rId1"/><sheet name="Oculta" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>`;
const RELS = (extra = '') =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="ws" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="ws" Target="/xl/worksheets/sheet2.xml"/>${extra}</Relationships>`;
const STYLES = `<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs></styleSheet>`;
const SST = `<sst xmlns="x"><si><t>Concepto</t></si><si><r><t>Apro</t></r><r><t>bado</t></r><rPh><t>ignored</t></rPh></si><si><t xml:space="preserve">Línea 1
Línea 2</t></si></sst>`;
const sheetXml = (data: string, tail = '') => `<?xml version="1.0"?><worksheet xmlns="x"><sheetData>${data}</sheetData>${tail}</worksheet>`;

function xlsx(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(parts)) files[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(files);
}
const book = (sheet1: string, more: Record<string, string | Uint8Array> = {}) =>
  xlsx({
    'xl/workbook.xml': WB,
    'xl/_rels/workbook.xml.rels': RELS(),
    'xl/styles.xml': STYLES,
    'xl/sharedStrings.xml': SST,
    'xl/worksheets/sheet1.xml': sheet1,
    'xl/worksheets/sheet2.xml': sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>oculta</t></is></c></row>'),
    ...more,
  });

test('cells: shared strings (rich runs, no phonetics), cached formula values, numbers without float noise loss, dates, empty vs 0', () => {
  const wb = openXlsx(
    book(
      sheetXml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
          '<row r="2"><c r="A2"><v>13464667.099999998</v></c><c r="B2"><f>A2+1</f><v>13464668.1</v></c><c r="C2"><v>0</v></c><c r="E2" s="1"><v>43466</v></c></row>' +
          '<row r="4"><c r="A4" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="B4" t="b"><v>1</v></c><c r="C4"><v>1E-7</v></c></row>',
        '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>',
      ),
    ),
    'a.xlsx',
  );
  assert.deepEqual(
    wb.sheets.map((s) => [s.name, s.hidden]),
    [
      ['Datos', false],
      ['Oculta', true],
    ],
  );
  const s = wb.sheet('Datos');
  assert.deepEqual(s.rows, [
    ['Concepto', 'Aprobado', 'Línea 1\nLínea 2'],
    ['13464667.099999998', '13464668.1', '0', '', '2019-01-01'],
    [],
    ['xy', 'TRUE', '0.0000001'],
  ]);
  assert.deepEqual(s.merges, [{ r0: 0, c0: 0, r1: 0, c1: 2 }]);
  assert.deepEqual(wb.sheet('Oculta').rows, [['oculta']]);
  assert.deepEqual(wb.problems, []);
});

test('error values (#DIV/0!, #REF!) and formulas without a cached value: empty cell plus a Problem each', () => {
  const wb = openXlsx(
    book(
      sheetXml(
        '<row r="3"><c r="A3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B3" t="e"><v>#REF!</v></c><c r="C3"><f>SUM(A1:A2)</f></c><c r="D3"><v>5</v></c></row>',
      ),
    ),
    'e.xlsx',
  );
  const s = wb.sheet('Datos');
  assert.deepEqual(s.rows[2], ['', '', '', '5']);
  assert.deepEqual(
    wb.problems.map((p) => [p.code, p.line, p.column, p.params?.found]),
    [
      ['xlsx-error-value', 3, 'A', '#DIV/0!'],
      ['xlsx-error-value', 3, 'B', '#REF!'],
      ['xlsx-formula-no-value', 3, 'C', undefined],
    ],
  );
  assert.equal(
    problemMessage(wb.problems[0]!, 'en'),
    "e.xlsx, line 3, column A: the cell holds an error value (a formula's result); it is read as not reported (found #DIV/0!).",
  );
  assert.equal(
    problemNote(wb.problems[0]!, 'es'),
    'Una celda de la hoja publicada tiene un error de fórmula («#DIV/0!»); queda como no reportada, no como cero.',
  );
  assert.equal(
    problemNote(wb.problems[2]!, 'en'),
    'A cell of the published spreadsheet has a formula with no stored result; it stays not reported, not zero.',
  );
});

test('external links are reported once and never followed', () => {
  const wb = openXlsx(
    book(sheetXml(''), {
      'xl/_rels/workbook.xml.rels': RELS('<Relationship Id="rId9" Type="externalLink" Target="externalLinks/externalLink1.xml"/>'),
      'xl/externalLinks/externalLink1.xml': '<externalLink xmlns="x"/>',
      'xl/externalLinks/_rels/externalLink1.xml.rels':
        '<Relationships xmlns="x"><Relationship Id="rId1" Type="x" Target="file:///\\\\SERVER\\share\\otro.xls" TargetMode="External"/></Relationships>',
    }),
    'l.xlsx',
  );
  assert.deepEqual(wb.externalLinks, ['file:///\\\\SERVER\\share\\otro.xls']);
  assert.deepEqual(
    wb.problems.map((p) => [p.code, p.severity, p.params?.count]),
    [['xlsx-external-link', 'warning', 1]],
  );
});

test('zip bomb: a part that inflates past the cap stops with a clear error while inflating', () => {
  // 64 MB of one repeated byte deflates to ~64 KB; with a 4 MB part cap the reader stops early.
  const huge = new Uint8Array(64 * 1024 * 1024).fill(0x20);
  const bytes = xlsx({ 'xl/workbook.xml': WB, 'xl/_rels/workbook.xml.rels': RELS(), 'xl/worksheets/sheet1.xml': huge });
  assert.ok(bytes.length < 1024 * 1024);
  const wb = openXlsx(bytes, 'bomb.xlsx', { partBytes: 4 * 1024 * 1024 });
  assert.throws(
    () => wb.sheet('Datos'),
    (e: Error) =>
      e instanceof XlsxError && /bomb\.xlsx: entry xl\/worksheets\/sheet1\.xml inflates to more than 4,194,304 bytes/.test(e.message),
  );
});

test('a 1,000,000-row sheet stops at the row cap with a clear error (no full grid built)', () => {
  const xml = sheetXml('<row><c><v>1</v></c></row>'.repeat(1_000_000));
  const bytes = zipSync(
    { 'xl/workbook.xml': strToU8(WB), 'xl/_rels/workbook.xml.rels': strToU8(RELS()), 'xl/worksheets/sheet1.xml': strToU8(xml) },
    { level: 1 },
  );
  const before = process.memoryUsage().rss;
  // The default cap is 250,000 rows; a lower one keeps this test quick on a shared machine.
  assert.equal(XLSX_LIMITS.rows, 250_000);
  assert.throws(() => openXlsx(bytes, 'big.xlsx', { rows: 50_000 }).sheet('Datos'), /big\.xlsx:Datos: the sheet has more than 50,000 rows/);
  // One cell far away (row 1,048,576) is refused by row number, before any row is stored.
  assert.throws(
    () => openXlsx(book(sheetXml('<row r="1048576"><c r="A1048576"><v>1</v></c></row>')), 'far.xlsx').sheet('Datos'),
    /more than 250,000 rows/,
  );
  assert.throws(
    () => openXlsx(book(sheetXml('<row r="1"><c r="XFD1"><v>1</v></c></row>')), 'wide.xlsx', { cells: 1000 }).sheet('Datos'),
    /more than 1,000 cells/,
  );
  assert.ok(process.memoryUsage().rss - before < 400 * 1024 * 1024);
});

test('XML entity tricks (DOCTYPE / billion laughs) are refused', () => {
  const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><worksheet xmlns="x"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
  assert.throws(() => openXlsx(book(lol), 'lol.xlsx').sheet('Datos'), /DOCTYPE/);
  const ext = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><sst xmlns="x"><si><t>&e;</t></si></sst>`;
  assert.throws(() => openXlsx(book(sheetXml(''), { 'xl/sharedStrings.xml': ext }), 'ext.xlsx'), /DOCTYPE/);
});

test('not a workbook: old .xls, a text file, a zip without a workbook, corrupt deflate', () => {
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
  assert.throws(() => openXlsx(ole, 'viejo.xls'), /old binary Excel file \(\.xls\).*save it as \.xlsx/);
  assert.throws(() => openXlsx(strToU8('a,b\n1,2\n'), 't.xlsx'), /t\.xlsx: not a readable \.xlsx \(not a ZIP archive/);
  assert.throws(() => openXlsx(xlsx({ 'hola.txt': 'x' }), 'z.xlsx'), /no xl\/workbook\.xml/);
  const good = book(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'));
  assert.ok(deflateSync(strToU8('x')).length > 0);
  const bad = good.slice();
  // Scramble the sheet's compressed bytes (after its local header) to corrupt the deflate stream.
  const name = strToU8('xl/worksheets/sheet1.xml');
  for (let i = 0; i < bad.length - name.length; i++)
    if (bad[i] === 0x50 && bad[i + 1] === 0x4b && bad[i + 2] === 3 && name.every((b, k) => bad[i + 30 + k] === b)) {
      for (let k = 0; k < 8; k++) bad[i + 30 + name.length + k] = 0xff;
      break;
    }
  assert.throws(() => openXlsx(bad, 'c.xlsx').sheet('Datos'), XlsxError);
});

test('references and number text', () => {
  assert.deepEqual(parseRef('B12'), { r: 11, c: 1 });
  assert.deepEqual(parseRef('AA1'), { r: 0, c: 26 });
  assert.equal(parseRef('1B'), undefined);
  assert.equal(refOf(0, 701), 'ZZ1');
  assert.equal(numberText(-3228187.6700000013), '-3228187.6700000013');
  assert.equal(numberText(1e21), '1000000000000000000000');
});
