/**
 * `npm run demo:data`: converts the real publications in ../shared/data into the feeds committed under
 * demo/data/, so a newcomer without ../shared sees real data:
 *   - real-federal-2023.json: SHCP Cuenta Pública 2023 by program, with MIR 2022 indicators, SDG 2021
 *     alignment, the Anexo 13 (igualdad) 2021 amounts, populations 2017, PND alignment, external evaluations,
 *     ASM and the MSD/ISED performance files, cut off at 2023-12-31 (the tests' 'cp2023-full' feed);
 *   - real-inaeba-gto-2022q4.json: a Guanajuato state agency's CONAC and LDF statements and programs, 2022 Q4;
 *   - real-tanhuato-mich-2019q1.json: a municipality's report by COG and its SIPOT formats, 2019 Q1.
 * Exits 0 with one line when ../shared/data is absent (nothing to convert); 1 when a conversion fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DATA = resolve('..', 'shared', 'data');
if (!existsSync(DATA)) {
  console.log(`demo:data: shared data not found at ${DATA}; the committed feeds in demo/data/ are kept`);
  process.exit(0);
}
const d = (...p) => join(DATA, ...p);
const feeds = [
  {
    out: 'real-federal-2023.json',
    args: [
      '--cycle',
      '2023',
      '--as-of',
      '2023-12-31',
      '--label',
      'datos reales (SHCP)',
      // The same files as the tests' 'cp2023-full' feed (test/fixtures/real-feeds.ts): 632 programs.
      d('cp-programatica-2023', 'cp2023_programatica.csv'),
      d('mir-2022-indicadores'),
      d('ods-pp-vinculacion-2021', 'Vinculacion_ODS-Pp_PEF2021.csv'),
      d('anexo13-igualdad-pef2021'),
      d('poblaciones-programas-2017'),
      d('pnd-alineacion-programas'),
      d('evaluaciones-externas-pae'),
      d('asm-aspectos-susceptibles-mejora'),
      d('msd-desempeno-2013-2018'),
      d('ised-desempeno-2019-2020'),
    ],
  },
  {
    out: 'real-inaeba-gto-2022q4.json',
    args: [
      '--jurisdiction',
      'MX-GUA',
      '--label',
      'datos reales (INAEBA, Guanajuato)',
      d('conac-eaepe-inaeba-gto-2022q4'),
      d('ldf-eaepe-detallado-inaeba-gto-2022q4'),
      d('conac-programatica-inaeba-gto-2022q4', 'B.3.1.xlsx'),
      d('conac-programatica-inaeba-gto-2022q4', 'B.3.2.xlsx'),
      d('conac-programatica-inaeba-gto-2022q4', 'B.3.3.xlsx'),
    ],
  },
  {
    out: 'real-tanhuato-mich-2019q1.json',
    args: [
      '--jurisdiction',
      'MX-MIC',
      '--publisher',
      'Municipio de Tanhuato, Michoacán',
      '--label',
      'datos reales (Municipio de Tanhuato)',
      d('municipal-cog-momentos-tanhuato-mich-2019q1'),
      d('sipot-egresos-tanhuato-mich-2019q1'),
    ],
  },
];
let failed = 0;
let total = 0;
for (const f of feeds) {
  const out = join('demo', 'data', f.out);
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join('src', 'cli', 'tp-feed.ts'), 'convert', '--quiet', '--no-progress', '-o', out, ...f.args],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // Exit 1 means data problems (reported in the feed's sources' own checks), not a failed conversion, when the feed was written.
  if (r.status === 2 || !existsSync(out)) {
    console.error(`demo:data: ${f.out} failed (exit ${r.status})`);
    failed++;
    continue;
  }
  const size = statSync(out).size;
  total += size;
  console.log(
    `demo:data: ${out} ${(size / 1024).toFixed(0)} KB${r.status ? ' (with data problems; see tp-feed convert without --quiet)' : ''}`,
  );
}
console.log(`demo:data: ${(total / 1024 / 1024).toFixed(2)} MB in all`);
process.exit(failed ? 1 : 0);
