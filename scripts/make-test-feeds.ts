// Converts the real files in ../shared/data into feeds under .tmp/feeds/ for the browser tests
// (they fetch /.tmp/feeds/<name>.json and skip on 404). Same path as `tp-feed convert`: each file
// streams through its layout adapter, mergeResults joins them by program key, validateFeed checks.
// When ../shared/data is absent (a user's machine), it writes nothing and says so in one line.
//   node --import tsx scripts/make-test-feeds.ts
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { mergeResults } from '../src/feed/merge.js';
import { stringifyFeed } from '../src/feed/serialize.js';
import { validateFeed } from '../src/feed/validate.js';
import type { AdapterOptions } from '../src/feed/adapters/types.js';
import type { Feed, Publisher } from '../src/feed/types.js';
import { runSources } from '../src/cli/sources.js';
import { shardFeed } from '../src/cli/shard.js';

const data = resolve('..', 'shared', 'data');
const outDir = resolve('.tmp', 'feeds');
if (!existsSync(data)) {
  console.log(`make-test-feeds: shared data not found at ${data}; real-data browser tests will skip.`);
  process.exit(0);
}

const SHCP = 'Secretaría de Hacienda y Crédito Público';
const d = (folder: string, file?: string) => {
  const dir = join(data, folder);
  if (file) return [join(dir, file)];
  // Every data CSV of the folder (not the dictionaries).
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && !/^diccionario/i.test(f))
    .sort()
    .map((f) => join(dir, f));
};

interface Spec {
  name: string;
  files: string[];
  publisher: Publisher;
  cycle?: number;
  asOf?: string;
  options?: AdapterOptions;
  label?: string;
}

const CP = d('cp-programatica-2023', 'cp2023_programatica.csv');
const specs: Spec[] = [
  { name: 'cp2023', files: CP, publisher: { name: SHCP, jurisdiction: 'MX' }, cycle: 2023, asOf: '2023-12-31' },
  {
    name: 'puebla2016',
    files: d('gasto-federalizado-puebla-2016t1', 'puebla_avance_financiero_2016t1.csv'),
    publisher: { name: SHCP, jurisdiction: 'MX-PUE' },
    cycle: 2016,
    asOf: '2016-03-31',
  },
  {
    name: 'pef2016-qroo',
    files: d('pef2016-quintana-roo', 'pef2016_ef23_quintana_roo.csv'),
    publisher: { name: SHCP, jurisdiction: 'MX-ROO' },
    cycle: 2016,
    options: { entity: '23' },
  },
  { name: 'pef2021', files: d('pef2021-aprobado', 'pef2021_ramos_20_47.csv'), publisher: { name: SHCP, jurisdiction: 'MX' }, cycle: 2021 },
  // Anexo 13 (gender) PEF 2021 alone: every program of the annex, so whole-feed totals cover all ramos.
  {
    name: 'anexo13',
    files: d('anexo13-igualdad-pef2021', 'anexos_transversales_pef2021_id4_igualdad_sin_ramo50.csv'),
    publisher: { name: SHCP, jurisdiction: 'MX' },
    cycle: 2021,
  },
  {
    name: 'cp2023-full',
    files: [
      ...CP,
      ...d('mir-2022-indicadores'),
      ...d('ods-pp-vinculacion-2021', 'Vinculacion_ODS-Pp_PEF2021.csv'),
      ...d('anexo13-igualdad-pef2021'),
      ...d('poblaciones-programas-2017'),
      ...d('pnd-alineacion-programas'),
      ...d('evaluaciones-externas-pae'),
      ...d('asm-aspectos-susceptibles-mejora'),
      ...d('msd-desempeno-2013-2018'),
      ...d('ised-desempeno-2019-2020'),
    ],
    publisher: { name: SHCP, jurisdiction: 'MX' },
    cycle: 2023,
    asOf: '2023-12-31',
    label: 'Cuenta Pública 2023 con MIR 2022, ODS 2021, Anexo 13 2021, poblaciones 2017 y ciclo presupuestario',
  },
];

async function build(spec: Spec): Promise<Feed> {
  const t0 = Date.now();
  const runs = await runSources(spec.files, { options: { ...spec.options, ...(spec.cycle ? { cycle: spec.cycle } : {}) } });
  const { feed, problems } = mergeResults(
    runs.map((r) => r.result),
    {
      publisher: spec.publisher,
      ...(spec.cycle ? { cycle: spec.cycle } : {}),
      ...(spec.asOf ? { asOf: spec.asOf } : {}),
      ...(spec.label ? { label: spec.label } : {}),
      sources: runs.map((r) => ({ title: r.info.file })),
    },
  );
  const checked = validateFeed(feed);
  const all = [...runs.flatMap((r) => r.result.problems), ...problems, ...checked.problems];
  const errors = all.filter((p) => p.severity === 'error' || p.severity === 'fatal').length;
  await writeFile(join(outDir, `${spec.name}.json`), stringifyFeed(feed));
  const layouts = [...new Set(runs.map((r) => r.info.layout))].join('+');
  console.log(
    `make-test-feeds: ${spec.name}.json ${checked.ok ? 'valid' : 'REJECTED'}, ${feed.programs.length} programs from ${runs.length} files (${layouts}), ${errors} data errors, ${all.length} problems, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  return feed;
}

await mkdir(outDir, { recursive: true });
let full: Feed | undefined;
for (const spec of specs) {
  const feed = await build(spec);
  if (spec.name === 'cp2023-full') full = feed;
}
if (full) {
  const dir = join(outDir, 'shard');
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'programs'), { recursive: true });
  const { index, files } = shardFeed(full);
  await writeFile(join(dir, 'index.json'), stringifyFeed(index));
  for (const [name, p] of files) await writeFile(join(dir, 'programs', `${name}.json`), stringifyFeed(p));
  console.log(`make-test-feeds: shard/index.json + ${files.size} files in shard/programs/ (from cp2023-full)`);
}
