/**
 * Turns the FILE… arguments of `inspect` / `convert` into adapter results: CSVs stream through their
 * layout adapter; a datapackage.json (Fiscal Data Package) describes the CSVs given with it, or its
 * own resources when none is given.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fdpAdapter, isFiscalDataPackage, type FiscalDataPackage } from '../feed/adapters/fdp.js';
import type { AdapterOptions, AdapterResult } from '../feed/adapters/types.js';
import type { Encoding } from '../feed/csv.js';
import { UsageError } from './args.js';
import { adaptFile, UnknownLayoutError, type SourceInfo } from './read-source.js';
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

/** What a run left out: files skipped as not data (one line each) and files that failed alone. */
export interface SourceReport {
  skipped: { file: string; reason: string }[];
  failed: { file: string; message: string }[];
}

/** Names that are never data in a published folder (documentation, images, office documents). */
const NOT_DATA = /^(readme|license|licencia|licence|changelog)(\.|$)|\.(md|txt|pdf|docx?|odt|html?|png|jpe?g|gif|svg|zip|rar|7z)$/i;

/** A CSV header that is a data dictionary ("NOMBRE VARIABLE, DESCRIPCIÓN VARIABLE"), not data. */
export function isDictionaryHeader(header: string[]): boolean {
  const f = header.map((h) =>
    h
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z ]+/g, ' ')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' '),
  );
  return (
    f.length >= 2 &&
    f.length <= 6 &&
    f.some((h) => /^(nombre (de (la )?)?variable|etiqueta( de datos abiertos)?|variable|campo|nombre del campo|columna)$/.test(h)) &&
    f.some((h) => /^descripcion( de)?( la| el)?( variable| campo| dato)?$/.test(h))
  );
}

/** Folder arguments → their files (sorted); documentation and other non-data files are reported as skipped. */
export function expandInputs(files: string[], report?: SourceReport): string[] {
  const out: string[] = [];
  for (const f of files) {
    if (existsSync(f) && statSync(f).isDirectory()) {
      for (const name of readdirSync(f).sort()) {
        const p = join(f, name);
        if (name.startsWith('.') || !statSync(p).isFile()) continue;
        if (NOT_DATA.test(name) || (/\.json$/i.test(name) && !readPackage(p)))
          report?.skipped.push({ file: name, reason: 'not a data file' });
        else out.push(p);
      }
    } else out.push(f);
  }
  return out;
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
export async function runSources(files: string[], so: SourceOptions, report?: SourceReport): Promise<SourceRun[]> {
  const { packages, csvs } = planSources(expandInputs(files, report));
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
      throw new UsageError(
        `${basename(pkg.path)}: its resource files are not here (${missing.map((m) => basename(m)).join(', ') || 'none listed'}); give the CSV files after it`,
      );
  }
  let firstError: unknown;
  for (const f of inputs) {
    try {
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
    } catch (e) {
      // A data dictionary beside the data is skipped; with several inputs, an unknown or unreadable file fails alone.
      if (e instanceof UnknownLayoutError && isDictionaryHeader(e.header) && report) {
        report.skipped.push({ file: basename(f), reason: 'a data dictionary, not data' });
        continue;
      }
      if (!report || inputs.length < 2 || !(e instanceof UnknownLayoutError || e instanceof UsageError)) throw e;
      firstError ??= e;
      report.failed.push({ file: basename(f), message: (e as Error).message });
    }
  }
  if (!runs.length && firstError) throw firstError;
  if (!runs.length && report?.skipped.length)
    throw new UsageError(`no data files among the inputs (${report.skipped.map((s) => s.file).join(', ')} skipped)`);
  return runs;
}
