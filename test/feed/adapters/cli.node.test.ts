import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CsvTokenizer, splitQuotedLine, tokenizeAll } from '../../../src/cli/csv-stream.js';
import { adaptFile, completeLength, sniffFile, Utf8Chunks } from '../../../src/cli/read-source.js';
import { parseArgs, UsageError } from '../../../src/cli/args.js';
import { formatCents } from '../../../src/cli/format.js';
import { shardFeed } from '../../../src/cli/shard.js';
import { main } from '../../../src/cli/main.js';
import { decodeBytes, parseCsvRows, uniqueHeaders } from '../../../src/feed/csv.js';
import { shcpLines } from '../../../src/feed/adapters/shcp-lines.js';
import { shardFileName } from '../../../src/feed/shard.js';
import type { Feed } from '../../../src/feed/types.js';

const DATA = resolve('..', 'shared', 'data');
const skip = existsSync(DATA) ? false : `shared data not found at ${DATA}`;
const CLI = resolve('src', 'cli', 'tp-feed.ts');

/** The real process (exit code, stdout, stderr as a pipe). */
function spawnTpFeed(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
/** The same commands in-process (fast): main() returns the exit code. */
async function tpFeed(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.length ? `${out.join('\n')}\n` : '', err: err.length ? `${err.join('\n')}\n` : '' };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'tp-feed-test-'));

test('tokenizer: quoting, line endings, BOM, multi-line cells', () => {
  const cases: [string, string[][], number[]][] = [
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
      [1, 2],
    ],
    [
      '\ufeffa,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
      [1, 2],
    ],
    [
      'a,b\r\n1,2\n3,4',
      [
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ],
      [1, 2, 3],
    ],
    [
      'a,"b, c"\n"x ""q""",y\n',
      [
        ['a', 'b, c'],
        ['x "q"', 'y'],
      ],
      [1, 2],
    ],
    [
      'a,"line1\nline2",c\nd,e,f\n',
      [
        ['a', 'line1\nline2', 'c'],
        ['d', 'e', 'f'],
      ],
      [1, 3],
    ],
    [
      'a,"r1\r\nr2"\r\nb,c\r\n',
      [
        ['a', 'r1\r\nr2'],
        ['b', 'c'],
      ],
      [1, 3],
    ],
    [
      'a,b,\n1,2,\n',
      [
        ['a', 'b', ''],
        ['1', '2', ''],
      ],
      [1, 2],
    ],
    ['"",x\n', [['', 'x']], [1]],
    ['a\n\nb\n', [['a'], [''], ['b']], [1, 2, 3]],
    ['a,"b"\n', [['a', 'b']], [1]],
    ['x," 99,305,000 "\n', [['x', ' 99,305,000 ']], [1]],
  ];
  for (const [text, rows, lines] of cases) {
    const r = tokenizeAll(text);
    assert.deepEqual(r.rows, rows, JSON.stringify(text));
    assert.deepEqual(r.lines, lines, `lines of ${JSON.stringify(text)}`);
    assert.deepEqual(r.issues, []);
  }
  assert.deepEqual(tokenizeAll('a;"b;c"\n', ';').rows, [['a', 'b;c']]);
  assert.deepEqual(tokenizeAll('a,"open\nb\n').issues, [{ kind: 'unterminated-quote', line: 1 }]);
  assert.deepEqual(tokenizeAll('"ab"c,d\n').issues, [{ kind: 'stray-quote', line: 1 }]);
  assert.deepEqual(tokenizeAll('"ab"c,d\n').rows, [['abc', 'd']]);
  assert.equal(splitQuotedLine('"a,b', ','), null);
  assert.deepEqual(splitQuotedLine('"a,b",c,"d""e"', ','), ['a,b', 'c', 'd"e']);
});

test('tokenizer: rows do not depend on where chunks are cut', () => {
  const text = 'h1,h2,h3\r\n"a ""x"", y",2,"multi\nline"\r\n,,\r\nlast,"",z';
  const whole = tokenizeAll(text);
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let trial = 0; trial < 200; trial++) {
    const rows: string[][] = [];
    const lines: number[] = [];
    const t = new CsvTokenizer((r, l) => {
      rows.push(r);
      lines.push(l);
    });
    for (let i = 0; i < text.length;) {
      const n = 1 + Math.floor(rnd() * 9);
      t.push(text.slice(i, i + n));
      i += n;
    }
    t.end();
    assert.deepEqual(rows, whole.rows);
    assert.deepEqual(lines, whole.lines);
  }
});

test('tokenizer agrees with d3-dsv parseRows on the multi-line populations file', { skip }, () => {
  const text = decodeBytes(readFileSync(join(DATA, 'poblaciones-programas-2017/poblaciones_potencial_objetivo_atendida_2017.csv'))).text;
  const ref = parseCsvRows(text);
  const rows: string[][] = [];
  const t = new CsvTokenizer((r) => rows.push(r));
  for (let i = 0; i < text.length; i += 4093) t.push(text.slice(i, i + 4093));
  t.end();
  assert.deepEqual(rows, ref);
});

test('UTF-8 chunks: a character cut between chunks is carried over', () => {
  const bytes = Buffer.from('año,Regulación,€\n', 'utf8');
  for (let cut = 0; cut <= bytes.length; cut++) {
    const d = new Utf8Chunks();
    const text = d.write(bytes.subarray(0, cut)) + d.write(bytes.subarray(cut)) + d.end();
    assert.equal(text, 'año,Regulación,€\n', `cut at ${cut}`);
  }
  assert.equal(completeLength(Buffer.from([0x61, 0xc3])), 1);
  assert.equal(completeLength(Buffer.from([0x61, 0xe2, 0x82])), 1);
  assert.equal(completeLength(Buffer.from([0x61, 0xe2, 0x82, 0xac])), 4);
});

test('arguments: flags, values and usage errors', () => {
  assert.deepEqual(parseArgs(['convert', 'a.csv', 'b.csv', '-o', 'f.json', '--entity=23', '--ramo', '20', '--pretty']), {
    command: 'convert',
    files: ['a.csv', 'b.csv'],
    flags: { output: 'f.json', entity: '23', ramo: '20', pretty: true },
  });
  for (const bad of [
    ['convert', '--nope'],
    ['convert', '-o'],
    ['convert', '--pretty=1'],
    ['x', '-z'],
  ])
    assert.throws(() => parseArgs(bad), UsageError, bad.join(' '));
  assert.equal(formatCents(2_964_377_294_000), '29,643,772,940.00');
  assert.equal(formatCents(-37), '-0.37');
  assert.equal(formatCents(33_061_321_595_029), '330,613,215,950.29');
});

test('encoding sniffed from the first bytes: CP850, Windows-1252, UTF-8', { skip }, async () => {
  assert.equal((await sniffFile(join(DATA, 'pef2016-quintana-roo/pef2016_ef23_quintana_roo.csv'))).encoding, 'cp850');
  assert.equal((await sniffFile(join(DATA, 'ramo23-proyectos-2016/provisiones_ramo23_2016.csv'))).encoding, 'windows-1252');
  assert.equal((await sniffFile(join(DATA, 'pef2021-aprobado/pef2021_ramos_20_47.csv'))).encoding, 'utf-8');
});

test('streaming a file gives the same programs as adapting it whole', { skip }, async () => {
  const f = join(DATA, 'pef2016-quintana-roo/pef2016_ef23_quintana_roo.csv');
  const { info, result } = await adaptFile(f);
  assert.deepEqual([info.layout, info.encoding, info.rows, info.columns], ['shcp-lines', 'cp850', 1330, 29]);
  const rows = parseCsvRows(decodeBytes(readFileSync(f)).text);
  const whole = shcpLines.adapt({ header: uniqueHeaders(rows[0]!), rows: rows.slice(1), file: 'pef2016_ef23_quintana_roo.csv' });
  assert.deepEqual(result.programs, whole.programs);
  assert.ok(!JSON.stringify(result.programs).includes('¢'), 'no CP850 read as Latin-1');
});

test('CLI: usage errors exit 2; unknown layout exits 1 naming the header and the layouts', async () => {
  const dir = tmp();
  try {
    const odd = join(dir, 'odd.csv');
    writeFileSync(odd, 'Fruta,Precio\nmango,3\n');
    const r = await tpFeed('inspect', odd);
    assert.equal(r.code, 1);
    assert.match(r.err, /odd\.csv: unknown layout/);
    assert.match(r.err, /Header seen: Fruta, Precio/);
    assert.match(r.err, /Known layouts: .*cp-programatica.*shcp-lines.*fdp/);
    assert.equal((await tpFeed('convert', odd)).code, 2, 'convert without -o');
    assert.equal((await tpFeed('frobnicate')).code, 2);
    assert.equal((await tpFeed('inspect', join(dir, 'missing.csv'))).code, 2);
    const help = await tpFeed('--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /Exit codes: 0 ok, 1 data problems, 2 usage error/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI process: a bad amount exits 1 and names file, line, column and value; nothing on stderr when piped; usage exits 2', () => {
  const dir = tmp();
  try {
    const f = join(dir, 'lines.csv');
    writeFileSync(f, 'ID_RAMO,ID_MODALIDAD,ID_PP,MONTO_APROBADO\n20,S,176," 1,000 "\n20,S,176,12;5\n');
    const out = join(dir, 'feed.json');
    const r = spawnTpFeed('convert', f, '-o', out, '--cycle', '2021');
    assert.equal(r.code, 1);
    assert.match(
      r.out,
      /lines\.csv, line 3, column MONTO_APROBADO, program 20-S176: unreadable amount; not added \(expected [^)]*; found "12;5"\)/,
    );
    assert.equal(r.err, '', 'no progress output when stderr is not a terminal');
    const feed = JSON.parse(readFileSync(out, 'utf8')) as Feed;
    assert.deepEqual(
      feed.programs.map((p) => [p.key, p.amounts]),
      [['20-S176', { approved: 1000 }]],
    );
    const usage = spawnTpFeed('convert', f);
    assert.equal(usage.code, 2);
    assert.match(usage.err, /convert needs -o/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI: PEF 2016 Quintana Roo converts to a feed whose total is the check figure', { skip }, async () => {
  const dir = tmp();
  try {
    const out = join(dir, 'qroo.json');
    const r = await tpFeed(
      'convert',
      join(DATA, 'pef2016-quintana-roo/pef2016_ef23_quintana_roo.csv'),
      '-o',
      out,
      '--entity',
      '23',
      '--jurisdiction',
      'MX-ROO',
      '--publisher',
      'Gobierno de Quintana Roo',
    );
    assert.equal(r.code, 0, r.out + r.err);
    const text = readFileSync(out, 'utf8');
    assert.match(text, /^[\x00-\x7e]*$/, 'the feed is written as ASCII JSON');
    const feed = JSON.parse(text) as Feed;
    assert.ok(
      feed.programs.some((p) => /[áéíóúñ]/.test(p.name)),
      'accents survive the escapes',
    );
    assert.deepEqual([feed.cycle, feed.publisher.jurisdiction, feed.publisher.name], [2016, 'MX-ROO', 'Gobierno de Quintana Roo']);
    assert.equal(
      feed.programs.reduce((s, p) => s + Math.round((p.amounts.approved ?? 0) * 100), 0),
      2_964_377_294_000,
    );
    const i = await tpFeed('inspect', join(DATA, 'pef2016-quintana-roo/pef2016_ef23_quintana_roo.csv'));
    assert.equal(i.code, 0);
    assert.match(i.out, /layout {5}shcp-lines\n {2}encoding {3}cp850/);
    assert.match(i.out, /approved +29,643,772,940\.00/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI: CP 2023 + MIR + SDG + gender annex + populations → one feed that validate accepts, then shard', { skip }, async () => {
  const dir = tmp();
  try {
    const out = join(dir, 'full.json');
    const files = [
      'cp-programatica-2023/cp2023_programatica.csv',
      'mir-2022-indicadores/mir2022_ramos_12_16_20_47.csv',
      'ods-pp-vinculacion-2021/Vinculacion_ODS-Pp_PEF2021.csv',
      'anexo13-igualdad-pef2021/anexos_transversales_pef2021_id4_igualdad_sin_ramo50.csv',
      'poblaciones-programas-2017/poblaciones_potencial_objetivo_atendida_2017.csv',
    ].map((f) => join(DATA, f));
    const c = await tpFeed('convert', ...files, '-o', out, '--cycle', '2023', '--as-of', '2023-12-31');
    assert.equal(c.code, 0, c.out + c.err);
    assert.match(c.out, /valid Feed v1/);
    const v = await tpFeed('validate', out);
    assert.equal(v.code, 0, v.out);
    assert.match(v.out, /full\.json: Feed v1/);
    assert.match(v.out, /approved +6,473,239,455,139\.00/);
    const feed = JSON.parse(readFileSync(out, 'utf8')) as Feed;
    const s176 = feed.programs.find((p) => p.key === '20-S176')!;
    assert.equal(s176.amounts.modified, 330_613_247_068.45);
    assert.ok(s176.indicators?.length && s176.sdg?.length && s176.crossCutting?.length && s176.population);

    const sd = join(dir, 'shard');
    const sh = await tpFeed('shard', out, '-o', sd);
    assert.equal(sh.code, 0, sh.out + sh.err);
    const index = JSON.parse(readFileSync(join(sd, 'index.json'), 'utf8')) as Feed;
    assert.equal(index.shard?.programs, 'programs/{file}.json');
    assert.equal(index.programs.length, feed.programs.length);
    assert.equal(readdirSync(join(sd, 'programs')).length, feed.programs.length);
    const row = index.programs.find((p) => p.key === '20-S176')!;
    assert.deepEqual(Object.keys(row).sort(), ['amounts', 'crossCutting', 'key', 'modality', 'name', 'ramo', 'sdg', 'signals']);
    // SDG and annex tags for the explorer's filters (annex calendars stay in the program file) and the
    // signal count: S176's gender annex with a population not given by sex (gender-no-sex-data).
    assert.deepEqual(row.sdg, s176.sdg);
    assert.deepEqual(
      row.crossCutting!.map((c) => [c.annex, 'periods' in c]),
      s176.crossCutting!.map((c) => [c.annex, false]),
    );
    assert.equal(row.signals, 1);
    const file = JSON.parse(readFileSync(join(sd, 'programs', `${shardFileName('20-S176')}.json`), 'utf8'));
    assert.deepEqual(file, s176);
    assert.equal((await tpFeed('validate', join(sd, 'index.json'))).code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI: a datapackage.json describes the CSV given with it (fdp layout)', { skip }, async () => {
  const dir = tmp();
  try {
    const out = join(dir, 'fdp.json');
    const r = await tpFeed(
      'convert',
      join(DATA, 'fdp-presupuesto-mexico/datapackage.json'),
      join(DATA, 'pef2021-aprobado/pef2021_ramos_20_47.csv'),
      '-o',
      out,
    );
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /pef2021_ramos_20_47\.csv: fdp, utf-8, 5,289 rows/);
    const feed = JSON.parse(readFileSync(out, 'utf8')) as Feed;
    assert.equal(feed.cycle, 2021);
    assert.equal(
      feed.programs.reduce((s, p) => s + Math.round((p.amounts.approved ?? 0) * 100), 0),
      20_393_892_137_000,
    );
    assert.ok(feed.sources.some((s) => /Presupuesto México/.test(s.title)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('shard: two keys that map to one file name are refused', () => {
  const feed = {
    version: 1,
    publisher: { name: 'x', jurisdiction: 'MX' },
    cycle: 2023,
    currency: 'MXN',
    sources: [],
    moments: ['approved'],
    programs: [
      { key: '20-S176', name: 'a', amounts: {} },
      { key: '20-s176', name: 'b', amounts: {} },
    ],
  } as Feed;
  assert.throws(() => shardFeed(feed), /same shard file/);
});

test('tokenizer with a column mask leaves unread cells empty but keeps positions', () => {
  const rows: string[][] = [];
  const t = new CsvTokenizer((r) => rows.push(r));
  t.want = [true, false, true];
  t.push('a,"b, skipped",c\n1,2,"3 ""x"""\n');
  t.end();
  assert.deepEqual(rows, [
    ['a', '', 'c'],
    ['1', '', '3 "x"'],
  ]);
});
