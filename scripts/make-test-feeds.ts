// Converts the real files in ../shared/data into feeds under .tmp/feeds/ for the browser tests.
// When ../shared/data is absent (a user's machine), it writes nothing and says so in one line;
// the browser tests that need these feeds then skip.
//
// Feeds (each through the layout adapters and mergeResults, then validateFeed):
//   cp2023.json       Cuenta Pública 2023 by program (amounts only)
//   cp2023-full.json  the same + MIR 2022 + SDG 2021 + Anexo 13 2021 + populations 2017 + PND 2014–2021
//                     + PAE evaluations + ASM + MSD 2013–2018 + ISeD 2019–2020
//   anexo13.json      Anexo 13 (gender) PEF 2021 alone: every program of the annex (no amounts source)
//   puebla2016.json   federal transfers to Puebla, 2016 Q1 (seven moments, incl. ministered)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { decodeBytes, parseCsvRows, uniqueHeaders } from '../src/feed/csv.js';
import { detectLayout } from '../src/feed/adapters/index.js';
import type { AdapterResult } from '../src/feed/adapters/types.js';
import { mergeResults } from '../src/feed/merge.js';
import { validateFeed } from '../src/feed/validate.js';

const data = resolve('..', 'shared', 'data');
const outDir = resolve('.tmp', 'feeds');

const CP = 'cp-programatica-2023/cp2023_programatica.csv';
const ANEXO = 'anexo13-igualdad-pef2021/anexos_transversales_pef2021_id4_igualdad_sin_ramo50.csv';
const SECONDARY = [
  'mir-2022-indicadores/mir2022_ramos_12_16_20_47.csv',
  'ods-pp-vinculacion-2021/Vinculacion_ODS-Pp_PEF2021.csv',
  ANEXO,
  'poblaciones-programas-2017/poblaciones_potencial_objetivo_atendida_2017.csv',
  ...[2014, 2018, 2019, 2020, 2021].map((y) => `pnd-alineacion-programas/alineacion_${y}_ramos_12_16_20_47.csv`),
  'evaluaciones-externas-pae/evaluaciones_pae_ramos_12_16_20_47.csv',
  'asm-aspectos-susceptibles-mejora/asm_ramos_12_16_20_47.csv',
  'msd-desempeno-2013-2018/msd_2013_2018_ramos_12_16_20_47.csv',
  'ised-desempeno-2019-2020/ised_2019_2020_ramos_12_16_20_47.csv',
];
const PUEBLA = 'gasto-federalizado-puebla-2016t1/puebla_avance_financiero_2016t1.csv';

const cache = new Map<string, AdapterResult>();
function adapt(rel: string): AdapterResult {
  let r = cache.get(rel);
  if (r) return r;
  const text = decodeBytes(readFileSync(join(data, rel))).text;
  const rows = parseCsvRows(text);
  const header = uniqueHeaders(rows[0] ?? []);
  const adapter = detectLayout(header);
  if (!adapter) throw new Error(`${rel}: no layout recognises this header`);
  r = adapter.adapt({ header, rows: rows.slice(1), file: basename(rel) });
  cache.set(rel, r);
  return r;
}

function write(name: string, files: string[], publisher: string, jurisdiction: string): void {
  const results = files.map(adapt);
  const { feed, problems } = mergeResults(results, {
    publisher: { name: publisher, jurisdiction },
    sources: files.map((f) => ({ title: basename(f) })),
    label: 'datos reales para pruebas / real data for tests',
  });
  const checked = validateFeed(feed);
  writeFileSync(join(outDir, name), JSON.stringify(feed));
  const all = [...results.flatMap((r) => r.problems), ...problems, ...checked.problems];
  const errors = all.filter((p) => p.severity === 'error' || p.severity === 'fatal').length;
  console.log(
    `make-test-feeds: ${name}: ${feed.programs.length} programs, ${checked.ok ? 'valid' : 'INVALID'} Feed v1, ${errors} data errors, ${all.length - errors} other problems`,
  );
  if (!checked.ok) process.exitCode = 1;
}

if (!existsSync(data)) {
  console.log(`make-test-feeds: shared data not found at ${data}; real-data browser tests will skip.`);
} else {
  mkdirSync(outDir, { recursive: true });
  write('cp2023.json', [CP], 'Secretaría de Hacienda y Crédito Público', 'MX');
  write('cp2023-full.json', [CP, ...SECONDARY], 'Secretaría de Hacienda y Crédito Público', 'MX');
  write('anexo13.json', [ANEXO], 'Secretaría de Hacienda y Crédito Público', 'MX');
  write('puebla2016.json', [PUEBLA], 'Gobierno del Estado de Puebla', 'MX-PUE');
}
