/**
 * Test helper: reads one file of ../shared/data (relative to the project root) the way the CLI
 * does: decodeBytes → parseCsvRows → uniqueHeaders. Tests skip with one line when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes, parseCsvRows, uniqueHeaders, type Encoding } from '../../../src/feed/csv.js';
import type { AdapterInput, AdapterOptions } from '../../../src/feed/adapters/types.js';

export const DATA_DIR = path.resolve('..', 'shared', 'data');

/** `false` when the data is there, else the one-line reason for `test(…, { skip })`. */
export const skipWithoutData: false | string = existsSync(DATA_DIR) ? false : `shared data not found at ${DATA_DIR}`;

export interface ReadFile {
  header: string[];
  rows: string[][];
  encoding: Encoding;
  file: string;
}

const cache = new Map<string, ReadFile>();

/** Reads `folder/file.csv` of the shared data (cached per test process). */
export function readData(rel: string): ReadFile {
  let r = cache.get(rel);
  if (!r) {
    const decoded = decodeBytes(readFileSync(path.join(DATA_DIR, rel)));
    const all = parseCsvRows(decoded.text);
    r = { header: uniqueHeaders(all[0] ?? []), rows: all.slice(1), encoding: decoded.encoding, file: path.basename(rel) };
    cache.set(rel, r);
  }
  return r;
}

/** An AdapterInput for a shared-data file. */
export function inputFor(rel: string, options?: AdapterOptions): AdapterInput {
  const { header, rows, file } = readData(rel);
  return options ? { header, rows, file, options } : { header, rows, file };
}

/** Integer cents of a peso amount (for exact sums in assertions). */
export const cents = (pesos: number | undefined): number => Math.round((pesos ?? NaN) * 100);
