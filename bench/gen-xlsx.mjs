// Generates a municipal "estado del ejercicio del presupuesto por concepto del gasto" workbook with
// ROWS partida rows (one sheet, shared strings for the names, numbers as cached values) and a
// T O T A L E S row that agrees to the cent; for bench:cli's XLSX figures.
import { writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function generateXlsx(file, rows) {
  const strings = [
    'MUNICIPIO DE EJEMPLO (DATOS GENERADOS)',
    'ESTADO DEL EJERCICIO DEL PRESUPUESTO POR ENTE PUBLICO/POR CONCEPTO DEL GASTO',
    'AL 30 DE JUNIO DE 2024',
    'COG',
    'N O M B R E',
    'PRESUPUESTO DE EGRESOS APROBADO',
    'PRESUPUESTO VIGENTE',
    'DEVENGADO',
    'PAGADO',
    'T O T A L E S',
  ];
  for (let i = 0; i < 50; i++) strings.push(`PARTIDA GENÉRICA DE EJEMPLO NÚMERO ${i + 1}`);
  const cell = (ref, v) => (typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="s"><v>${v.s}</v></c>`);
  const parts = [];
  const row = (r, cells) => parts.push(`<row r="${r}">${cells.map(([col, v]) => cell(`${col}${r}`, v)).join('')}</row>`);
  row(1, [['A', { s: 0 }]]);
  row(2, [['A', { s: 1 }]]);
  row(3, [['A', { s: 2 }]]);
  row(5, [
    ['A', { s: 3 }],
    ['D', { s: 4 }],
    ['E', { s: 5 }],
    ['F', { s: 6 }],
    ['G', { s: 7 }],
    ['H', { s: 8 }],
  ]);
  const tot = [0, 0, 0, 0];
  for (let i = 0; i < rows; i++) {
    const c = [123456 + ((i * 7919) % 100000), 0, 0, 0];
    c[1] = c[0] + (i % 97);
    c[2] = Math.floor(c[1] / 3);
    c[3] = c[2] - (i % 5);
    c.forEach((v, k) => (tot[k] += v));
    row(7 + i, [['C', 11100 + (i % 900)], ['D', { s: 10 + (i % 50) }], ...c.map((v, k) => ['EFGH'[k], v / 100])]);
  }
  row(7 + rows, [['A', 99999], ['D', { s: 9 }], ...tot.map((v, k) => ['EFGH'[k], v / 100])]);
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${parts.join('')}</sheetData><mergeCells count="3"><mergeCell ref="A1:H1"/><mergeCell ref="A2:H2"/><mergeCell ref="A3:H3"/></mergeCells></worksheet>`;
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`;
  const bytes = zipSync(
    {
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'xl/workbook.xml': strToU8(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Hoja1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="ws" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(sst),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    },
    { level: 6 },
  );
  writeFileSync(file, bytes);
  return { totalCents: tot };
}
