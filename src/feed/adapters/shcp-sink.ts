/**
 * The shcp-lines row sink: streams rows of an SHCP budget-lines file into per-program cent sums
 * (filters by ramo and entity, checks the fiscal year, flags unreadable, unreported and negative
 * amounts). Pure.
 */
import type { AdapterOptions, AdapterResult } from './types.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { makeProblem } from '../problems.js';
import { scanCents } from './money.js';
import { normalizeRamo, programKey } from './program-code.js';
import type { RowSink } from './row-sink.js';
import { resolveShcpColumns, type Role } from './shcp-columns.js';
import { CHAPTERS, chapterOf, digitsKey } from './shcp-codes.js';
import { addAt, newSums, programsOf, type Acc } from './shcp-programs.js';

/**
 * A copy of a string that does not keep its source alive: cells are slices of a whole decoded chunk,
 * and a kept slice would pin that megabyte in memory for the rest of the run.
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Streams rows of a shcp-lines file into per-program cent sums. */
export function createShcpSink(
  header: string[],
  options: AdapterOptions = {},
  file?: string,
  layout = 'shcp-lines',
  cols = resolveShcpColumns(header),
): RowSink {
  const log = new ProblemLog();
  const programs = new Map<string, Acc>();
  const keyCache = new Map<string, string | null>();
  const wantEntity = options.entity !== undefined ? digitsKey(String(options.entity)) : undefined;
  const wantRamo = options.ramo !== undefined ? normalizeRamo(String(options.ramo)) : undefined;
  const get = (row: string[], role: Role) => {
    const i = cols[role];
    return i === undefined ? undefined : row[i];
  };
  const measures = cols.measures;
  const entityCache = new Map<string, string>();
  const chapterCache = new Map<string, string | undefined>();
  const chapterCols = (['chapter', 'concept', 'partidaGen', 'partidaEsp'] as const)
    .map((r) => cols[r])
    .filter((i): i is number => i !== undefined);
  const chapterFor = (row: string[]): string | undefined => {
    for (const i of chapterCols) {
      const raw = row[i] ?? '';
      let c = chapterCache.get(raw);
      if (c === undefined && !chapterCache.has(raw)) chapterCache.set(raw, (c = chapterOf(raw)));
      if (c) return c;
    }
    return undefined;
  };
  let rows = 0;
  let kept = 0;
  let cycle: number | undefined = cols.pefYear;
  let cycleWarned = false;

  if (cols.ramo === undefined) log.add(makeProblem('no-ramo', 'no-ramo-column', 'note', { file }));
  if (wantRamo && cols.ramo === undefined)
    log.add(makeProblem('filter-ignored', 'ramo-filter-ignored', 'warning', { file }, { ramo: wantRamo }));
  if (wantEntity && cols.entity === undefined)
    log.add(makeProblem('filter-ignored', 'entity-filter-ignored', 'warning', { file }, { entity: wantEntity }));

  const iRamo = cols.ramo;
  const iMod = cols.modality;
  const iPp = cols.pp ?? cols.code;
  const iEntity = cols.entity;
  const iCycle = cols.cycle;
  const ramoCache = new Map<string, string | undefined>();
  const entityOf = (raw: string): string => {
    let e = entityCache.get(raw);
    if (e === undefined) entityCache.set(raw, (e = digitsKey(raw)));
    return e;
  };
  // The last row's program: SHCP files are sorted by administrative key, so consecutive rows repeat it.
  let lastRamo: string | undefined;
  let lastMod: string | undefined;
  let lastPp: string | undefined;
  let lastAcc: Acc | undefined;
  let lastCycleCell: string | undefined;

  function push(row: string[], line: number) {
    rows++;
    if (row.length === 1 && row[0]!.trim() === '') return; // blank line
    if (wantEntity !== undefined && iEntity !== undefined && entityOf(row[iEntity] ?? '') !== wantEntity) return;
    const ramoRaw = iRamo === undefined ? undefined : (row[iRamo] ?? '');
    let ramo: string | undefined;
    if (ramoRaw !== undefined) {
      ramo = ramoCache.get(ramoRaw);
      if (ramo === undefined && !ramoCache.has(ramoRaw)) ramoCache.set(ramoRaw, (ramo = normalizeRamo(ramoRaw)));
    }
    if (wantRamo !== undefined && iRamo !== undefined && ramo !== wantRamo) return;
    kept++;

    const modRaw = iMod === undefined ? '' : (row[iMod] ?? '');
    const ppRaw = iPp === undefined ? '' : (row[iPp] ?? '');
    if (iCycle !== undefined && row[iCycle] !== lastCycleCell) {
      lastCycleCell = row[iCycle];
      const cy = Number(String(lastCycleCell).trim());
      if (Number.isInteger(cy) && cy > 1900) {
        if (cycle === undefined) cycle = cy;
        else if (cy !== cycle && !cycleWarned) {
          cycleWarned = true;
          log.add(
            makeProblem(
              'mixed-cycles',
              'mixed-cycles',
              'warning',
              { file, line, column: header[iCycle] },
              { found: String(cy), expected: 'value', expectedValue: String(cycle) },
            ),
          );
        }
      }
    }
    let acc: Acc | undefined;
    let key: string | null | undefined;
    if (lastAcc && ramoRaw === lastRamo && modRaw === lastMod && ppRaw === lastPp) {
      acc = lastAcc;
      key = acc.key;
    } else {
      const cacheKey = `${ramoRaw ?? ''}\u0001${modRaw}\u0001${ppRaw}`;
      key = keyCache.get(cacheKey);
      if (key === undefined) {
        key = programKey(ramo, modRaw, ppRaw) ?? null;
        keyCache.set(own(cacheKey), key);
      }
      if (key === null) {
        log.add(
          makeProblem(
            'invalid-record',
            'row-without-key',
            'error',
            { file, line, column: header[iMod ?? iPp ?? 0] },
            { found: shown(`${modRaw}${ppRaw}`) },
          ),
        );
        return;
      }
      acc = programs.get(key);
      if (!acc) {
        const code = key.includes('-') ? key.slice(key.indexOf('-') + 1) : key;
        acc = { key, code, units: new Map(), sums: newSums(measures.length), chapters: new Map(), entities: new Map() };
        if (ramo) acc.ramo = ramo;
        programs.set(key, acc);
      }
      lastRamo = ramoRaw;
      lastMod = modRaw;
      lastPp = ppRaw;
      lastAcc = acc;
    }
    if (acc.name === undefined) {
      const n = get(row, 'ppName')?.trim();
      if (n) acc.name = own(n);
    }
    if (acc.ramoName === undefined) {
      const n = get(row, 'ramoName')?.trim();
      if (n) acc.ramoName = own(n);
    }
    if (acc.modalityName === undefined) {
      const n = get(row, 'modalityName')?.trim();
      if (n) acc.modalityName = own(n);
    }
    const unitId = get(row, 'unit')?.trim();
    const chapterId = chapterFor(row);
    const entityId = iEntity === undefined ? undefined : entityOf(row[iEntity] ?? '');
    const M = measures.length;
    let unitG = unitId ? acc.units.get(unitId) : undefined;
    if (unitId && !unitG) acc.units.set(own(unitId), (unitG = { name: own(get(row, 'unitName')?.trim() ?? ''), sums: newSums(M) }));
    let chapterG = chapterId ? acc.chapters.get(chapterId) : undefined;
    if (chapterId && !chapterG)
      acc.chapters.set(
        chapterId,
        (chapterG = { name: own(get(row, 'chapterName')?.trim() || CHAPTERS[chapterId] || chapterId), sums: newSums(M) }),
      );
    let entityG = entityId ? acc.entities.get(entityId) : undefined;
    if (entityId && !entityG)
      acc.entities.set(own(entityId), (entityG = { name: own(get(row, 'entityName')?.trim() ?? ''), sums: newSums(M) }));

    for (let m = 0; m < M; m++) {
      const ms = measures[m]!;
      const cell = row[ms.index];
      const cents = scanCents(cell);
      if (!Number.isFinite(cents)) {
        if (Number.isNaN(cents))
          log.add(
            makeProblem(
              'invalid-amount',
              'amount-unreadable',
              'error',
              { file, line, column: ms.header, key },
              { found: shown(cell), expected: 'amount' },
            ),
          );
        else if (cell !== undefined)
          log.add(
            makeProblem('not-reported', 'amount-not-reported-row', 'note', { file, line, column: ms.header, key }, { found: shown(cell) }),
          );
        continue;
      }
      if (cents < 0)
        log.add(
          makeProblem(
            'negative-amount',
            'amount-negative-added',
            'warning',
            { file, line, column: ms.header, key },
            { found: shown(cell) },
          ),
        );
      addAt(acc.sums, m, cents);
      if (unitG) addAt(unitG.sums, m, cents);
      if (chapterG) addAt(chapterG.sums, m, cents);
      if (entityG) addAt(entityG.sums, m, cents);
    }
  }

  function finish(): AdapterResult {
    const { programs: out, moments } = programsOf(programs.values(), measures);
    if (options.cycle !== undefined && cycle !== undefined && options.cycle !== cycle)
      log.add(
        makeProblem(
          'cycle-mismatch',
          'file-cycle-mismatch',
          'warning',
          { file },
          { expected: 'value', expectedValue: String(options.cycle), found: String(cycle) },
        ),
      );
    const result: AdapterResult = { layout, programs: out, moments, problems: log.done(file), stats: { rows, kept } };
    const cy = options.cycle ?? cycle;
    if (cy !== undefined) result.cycle = cy;
    return result;
  }

  const columns = [
    ...new Set([
      ...measures.map((m) => m.index),
      ...Object.entries(cols).flatMap(([k, v]) => (typeof v === 'number' && k !== 'pefYear' ? [v] : [])),
    ]),
  ];
  return { push, finish, columns };
}
