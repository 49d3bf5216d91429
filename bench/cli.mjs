// CLI benchmark (npm run bench:cli; a benchmark, not a test).
// Generates a 1,000,000-row shcp-lines CSV, converts it with the built CLI (dist/cli/tp-feed.js)
// and, in the same run, with a naive baseline (papaparse parses the whole file into memory, then
// groups by program). Reports rows/s and peak RSS for both; writes bench/results/cli.json.
// Target for tp-feed: ≥ 200,000 rows/s and ≤ 256 MB peak RSS on the 2-core CI machine.
// Then the same CLI on a generated XLSX statement (XLSX_ROWS partida rows, default 100,000): rows/s
// and peak RSS beside the CSV figures. `--xlsx-only` runs only the XLSX part (adds it to cli.json).
//   node bench/cli.mjs [--xlsx-only] [ROWS] [XLSX_ROWS]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './gen-lines.mjs';
import { generateXlsx } from './gen-xlsx.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

// ── child mode: the naive baseline ──────────────────────────────────────────
if (process.argv[2] === '--baseline') {
  const [, , , file, out] = process.argv;
  const { default: Papa } = await import('papaparse');
  const text = readFileSync(file, 'utf8');
  const { data } = Papa.parse(text, { header: true, skipEmptyLines: true });
  const groups = new Map();
  for (const r of data) {
    const key = `${r.ID_RAMO}-${r.ID_MODALIDAD}${String(r.ID_PP).padStart(3, '0')}`;
    const v = r.MONTO_APROBADO.trim() === '-' ? 0 : Number(r.MONTO_APROBADO.replace(/,/g, ''));
    groups.set(key, (groups.get(key) ?? 0) + v);
  }
  writeFileSync(out, JSON.stringify({ rows: data.length, programs: [...groups].map(([key, approved]) => ({ key, approved })) }));
  process.exit(0);
}

const XLSX_ONLY = process.argv.includes('--xlsx-only');
const numArgs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const ROWS = Number(numArgs[0] ?? 1_000_000);
const XLSX_ROWS = Number(numArgs[1] ?? 100_000);
const cli = join(root, 'dist', 'cli', 'tp-feed.js');
if (!existsSync(cli)) {
  console.error(`bench:cli: ${cli} not found; run "npm run build" first (npm run bench:cli does).`);
  process.exit(1);
}
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command, returns wall seconds and peak RSS in MB (GNU time -v, else /proc polling of VmHWM). */
function measure(cmd, args) {
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    const child = TIME
      ? spawn(TIME, ['-v', cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    let hwmKb = 0;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const poll = TIME
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) hwmKb = Math.max(hwmKb, Number(m[1]));
          } catch {
            /* exited */
          }
        }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      if (m) hwmKb = Number(m[1]);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpu = user && sys ? Number(user[1]) + Number(sys[1]) : undefined;
      resolvePromise({ code, secs, cpu, peakMB: hwmKb / 1024, stdout, stderr });
    });
  });
}

/** The XLSX part: generate, convert with the built CLI, check the totals to the cent. */
async function xlsxPart(dir) {
  const file = join(dir, 'estado.xlsx');
  const g0 = Date.now();
  const { totalCents } = generateXlsx(file, XLSX_ROWS);
  const bytes = statSync(file).size;
  console.log(
    `bench:cli: generated an XLSX of ${XLSX_ROWS.toLocaleString('en')} rows (${(bytes / 1048576).toFixed(1)} MB zipped) in ${((Date.now() - g0) / 1000).toFixed(1)} s`,
  );
  const out = join(dir, 'xlsx-feed.json');
  const r = await measure(process.execPath, [cli, 'convert', file, '-o', out, '--quiet']);
  if (r.code !== 0) throw new Error(`tp-feed on the XLSX failed (${r.code}): ${(r.stdout + r.stderr).slice(-2000)}`);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  const sameTotals = Math.round(feed.totals.approved * 100) === totalCents[0] && feed.breakdowns.length === XLSX_ROWS;
  const res = {
    name: 'tp-feed convert (XLSX statement)',
    rows: XLSX_ROWS,
    bytes,
    ok: sameTotals,
    seconds: Number(r.secs.toFixed(2)),
    rowsPerSecond: Math.round(XLSX_ROWS / r.secs),
    ...(r.cpu !== undefined ? { cpuSeconds: Number(r.cpu.toFixed(2)), rowsPerCpuSecond: Math.round(XLSX_ROWS / r.cpu) } : {}),
    peakRssMB: Number(r.peakMB.toFixed(1)),
  };
  console.log(
    `${res.name.padEnd(40)} ${String(res.seconds).padStart(8)} ${res.rowsPerSecond.toLocaleString('en').padStart(10)} ${String(res.cpuSeconds ?? '–').padStart(8)} ${(res.rowsPerCpuSecond?.toLocaleString('en') ?? '–').padStart(11)} ${`${res.peakRssMB} MB`.padStart(10)}${res.ok ? '' : '  TOTALS DIFFER'}`,
  );
  return res;
}

if (XLSX_ONLY) {
  const dir = mkdtempSync(join(tmpdir(), 'tp-feed-bench-'));
  try {
    const xlsx = await xlsxPart(dir);
    const path = join(here, 'results', 'cli.json');
    const prev = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { results: [] };
    mkdirSync(join(here, 'results'), { recursive: true });
    writeFileSync(
      path,
      `${JSON.stringify({ ...prev, xlsx: { date: new Date().toISOString(), loadAverageAtStart: Number(loadavg()[0].toFixed(2)), ...xlsx } }, null, 2)}\n`,
    );
    console.log('bench:cli: added the XLSX figures to bench/results/cli.json');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'tp-feed-bench-'));
try {
  const csv = join(dir, 'lines.csv');
  const g0 = Date.now();
  await generate(csv, ROWS);
  const bytes = statSync(csv).size;
  console.log(
    `bench:cli: generated ${ROWS.toLocaleString('en')} rows (${(bytes / 1048576).toFixed(0)} MB) in ${((Date.now() - g0) / 1000).toFixed(1)} s`,
  );
  const load = loadavg()[0];

  const feedOut = join(dir, 'feed.json');
  const tp = await measure(process.execPath, [cli, 'convert', csv, '-o', feedOut, '--cycle', '2021', '--quiet']);
  if (tp.code !== 0 && tp.code !== 1) throw new Error(`tp-feed failed (${tp.code}): ${tp.stderr.slice(-2000)}`);
  const feed = JSON.parse(readFileSync(feedOut, 'utf8'));
  const tpTotal = feed.programs.reduce((s, p) => s + Math.round((p.amounts.approved ?? 0) * 100), 0);

  const baseOut = join(dir, 'baseline.json');
  const base = await measure(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--baseline', csv, baseOut]);
  let baseTotal;
  if (base.code === 0) {
    const b = JSON.parse(readFileSync(baseOut, 'utf8'));
    baseTotal = b.programs.reduce((s, p) => s + Math.round(p.approved * 100), 0);
  }

  const row = (name, r, extra) => ({
    name,
    ok: r.code === 0 || (name === 'tp-feed' && r.code === 1),
    seconds: Number(r.secs.toFixed(2)),
    rowsPerSecond: Math.round(ROWS / r.secs),
    // CPU seconds (user + system) of the process: less sensitive than wall time to other load on the machine.
    ...(r.cpu !== undefined ? { cpuSeconds: Number(r.cpu.toFixed(2)), rowsPerCpuSecond: Math.round(ROWS / r.cpu) } : {}),
    peakRssMB: Number(r.peakMB.toFixed(1)),
    ...extra,
  });
  const results = [
    row('tp-feed convert (streaming)', tp, { programs: feed.programs.length, approvedCents: tpTotal }),
    row(
      'naive: papaparse whole file + group',
      base,
      baseTotal !== undefined ? { approvedCents: baseTotal } : { error: base.stderr.slice(-300) },
    ),
  ];
  const target = { rowsPerSecond: 200_000, peakRssMB: 256 };
  const report = {
    date: new Date().toISOString(),
    rows: ROWS,
    bytes,
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryMB: Math.round(totalmem() / 1048576),
    loadAverageAtStart: Number(load.toFixed(2)),
    rssMethod: TIME ? 'GNU time -v (maximum resident set size)' : '/proc/<pid>/status VmHWM polling',
    target,
    meetsTarget: results[0].rowsPerSecond >= target.rowsPerSecond && results[0].peakRssMB <= target.peakRssMB,
    sameTotals: baseTotal === undefined ? null : baseTotal === tpTotal,
    results,
  };
  console.log('');
  console.log(
    `${'run'.padEnd(40)} ${'seconds'.padStart(8)} ${'rows/s'.padStart(10)} ${'CPU s'.padStart(8)} ${'rows/CPU-s'.padStart(11)} ${'peak RSS'.padStart(10)}`,
  );
  for (const r of results)
    console.log(
      `${r.name.padEnd(40)} ${String(r.seconds).padStart(8)} ${r.rowsPerSecond.toLocaleString('en').padStart(10)} ${String(r.cpuSeconds ?? '–').padStart(8)} ${(r.rowsPerCpuSecond?.toLocaleString('en') ?? '–').padStart(11)} ${`${r.peakRssMB} MB`.padStart(10)}${r.ok ? '' : '  FAILED'}`,
    );
  report.xlsx = await xlsxPart(dir);
  console.log(
    `target: ≥ ${target.rowsPerSecond.toLocaleString('en')} rows/s, ≤ ${target.peakRssMB} MB → ${report.meetsTarget ? 'met' : 'NOT met'}; totals agree: ${report.sameTotals}; load average at start ${report.loadAverageAtStart} on ${report.cpus} cores`,
  );
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'cli.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('bench:cli: wrote bench/results/cli.json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
