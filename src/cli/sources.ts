/**
 * Turns the FILE… arguments of `inspect` / `convert` into adapter results: CSVs stream through their
 * layout adapter; a datapackage.json (Fiscal Data Package) describes the CSVs given with it, or its
 * own resources when none is given.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fdpAdapter, isFiscalDataPackage, type FiscalDataPackage } from '../feed/adapters/fdp.js';
import type { AdapterOptions, AdapterResult } from '../feed/adapters/types.js';
import type { Encoding } from '../feed/csv.js';
import { UsageError } from './args.js';
import { adaptFile, type SourceInfo } from './read-source.js';
import { adaptWorkbook, isSpreadsheetName } from './read-workbook.js';
import { adaptMapped } from './mapping-file.js';

export interface SourceRun {
  info: SourceInfo;
  result: AdapterResult;
}

export interface SourceOptions {
  layout?: string;
  options?: AdapterOptions;
  encoding?: Encoding;
  progress?: boolean;
  sheet?: string;
  /** A mapping file (`--map`): every file is read through it. */
  map?: string;
}

const ENCODINGS: Record<string, Encoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  win1252: 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  cp850: 'cp850',
  ibm850: 'cp850',
};

export function parseEncoding(v: string | undefined): Encoding | undefined {
  if (v === undefined) return undefined;
  const e = ENCODINGS[v.toLowerCase()];
  if (!e) throw new UsageError(`--encoding must be one of utf-8, windows-1252, cp850 (got "${v}")`);
  return e;
}

function readPackage(path: string): FiscalDataPackage | undefined {
  try {
    const json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    return isFiscalDataPackage(json) ? json : undefined;
  } catch {
    return undefined;
  }
}

/** Checks the files exist and splits datapackage descriptors from data files. */
export function planSources(files: string[]): { packages: { path: string; dp: FiscalDataPackage }[]; csvs: string[] } {
  if (!files.length) throw new UsageError('no input files');
  const packages: { path: string; dp: FiscalDataPackage }[] = [];
  const csvs: string[] = [];
  for (const f of files) {
    if (!existsSync(f)) throw new UsageError(`file not found: ${f}`);
    if (/\.json$/i.test(f)) {
      const dp = readPackage(f);
      if (!dp) throw new UsageError(`${f}: a .json input must be a Fiscal Data Package (datapackage.json with a model)`);
      packages.push({ path: f, dp });
    } else csvs.push(f);
  }
  return { packages, csvs };
}

/** Runs every input through its adapter, in order. */
export async function runSources(files: string[], so: SourceOptions): Promise<SourceRun[]> {
  const { packages, csvs } = planSources(files);
  const runs: SourceRun[] = [];
  if (packages.length > 1) throw new UsageError('give at most one datapackage.json');
  const pkg = packages[0];
  const preferred = pkg ? fdpAdapter(pkg.dp) : undefined;
  let inputs = csvs;
  if (pkg && !csvs.length) {
    inputs = (pkg.dp.resources ?? [])
      .flatMap((r) => (Array.isArray(r.path) ? r.path : r.path ? [r.path] : []))
      .map((p) => resolve(dirname(pkg.path), p));
    const missing = inputs.filter((p) => !existsSync(p));
    if (!inputs.length || missing.length)
      throw new UsageError(`${basename(pkg.path)}: its resource files are not here (${missing.map((m) => basename(m)).join(', ') || 'none listed'}); give the CSV files after it`);
  }
  for (const f of inputs) {
    if (so.map !== undefined) {
      runs.push(adaptMapped(f, so.map, so.sheet));
      continue;
    }
    if (isSpreadsheetName(f)) {
      runs.push(await adaptWorkbook(f, so));
      continue;
    }
    const run = await adaptFile(f, { ...so, preferred, layout: so.layout ?? (preferred && !csvs.length ? 'fdp' : undefined) });
    if (pkg && run.result.layout === 'fdp' && pkg.dp.title) run.result.meta = { ...run.result.meta, sources: [{ title: pkg.dp.title }] };
    runs.push(run);
  }
  return runs;
}
