/**
 * `cross-cutting`: SHCP's "anexos transversales" of the PEF (e.g. Anexo 13, equality between women
 * and men), line items with a monthly calendar → `Program.crossCutting`, one entry per program ×
 * annex × category (VERTIENTE), with the approved amount and the calendar as monthly periods.
 *
 * Exactness: the file's amounts are R doubles printed with up to 15 significant digits
 * (`9189881119.99999`, `26668.0582311632`). Rounding every line to the cent and then adding drifts
 * (Anexo 13 without IMSS: line-rounded sum 128,970,683,882.24 against the exact 128,970,683,882.14),
 * so lines are added EXACTLY as decimals (BigInt, 18 decimal places) and each published figure
 * (program × annex × category, and each of its months) is rounded once, half away from zero.
 *
 * Year of the monthly periods: CICLO, else a year in the file name, else the `cycle` option.
 * Annex ids: ID_TRANSVERSAL 4 → 'gender', 1 → 'indigenous'; other annexes are named from their
 * TRANSVERSAL text (youth, children, climate), else "annex-<id>".
 * Header quirks: `IMPORTE _ENERO` … with a space, `IMPORTE_ABRIL` without: months are found by
 * folded name. The calendar does not always add up to IMPORTE in the source; that is reported in
 * one note and nothing is adjusted.
 */
import type { AnnexId, CrossCutting, PeriodRow } from '../types.js';
import type { Adapter, AdapterInput, AdapterResult, PartialProgram } from './types.js';
import { amountCents } from './money.js';
import { foldHeader } from './text-fold.js';
import { normalizeRamo } from './program-code.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { makeProblem } from '../problems.js';
import { columnReader, formatProgramKey, hasAll, parseProgramKey, readNumber, yearFromFileName } from './keys.js';

const REQUIRED = ['ID_TRANSVERSAL', 'ID_RAMO', 'ID_MODALIDAD', 'ID_PP', 'IMPORTE'];
const MONTHS = [
  'ENERO',
  'FEBRERO',
  'MARZO',
  'ABRIL',
  'MAYO',
  'JUNIO',
  'JULIO',
  'AGOSTO',
  'SEPTIEMBRE',
  'OCTUBRE',
  'NOVIEMBRE',
  'DICIEMBRE',
];

const DECIMALS = 18;
const ONE = 10n ** BigInt(DECIMALS);
const PER_CENT = 10n ** BigInt(DECIMALS - 2);

/** A plain decimal text as an exact integer scaled by 10^18; undefined when it is not a plain decimal. */
export function exactDecimal(text: string): bigint | undefined {
  const s = text.trim();
  const m = /^([-+]?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (!m[2] && !m[3])) {
    // Other money spellings (" 1,234.50 ", " -   ") through the shared money parser, exact to the cent.
    const c = amountCents(s);
    return c === null ? undefined : BigInt(c) * PER_CENT;
  }
  const frac = (m[3] ?? '').slice(0, DECIMALS).padEnd(DECIMALS, '0');
  const v = BigInt(m[2] || '0') * ONE + BigInt(frac);
  return m[1] === '-' ? -v : v;
}

/** Exact scaled value → integer cents, rounded half away from zero. */
export function scaledToCents(v: bigint): number {
  const neg = v < 0n;
  const a = neg ? -v : v;
  let q = a / PER_CENT;
  if ((a % PER_CENT) * 2n >= PER_CENT) q += 1n;
  return Number(neg ? -q : q);
}

/** The annex id of an ID_TRANSVERSAL code and its name. */
export function annexId(id: string, name: string): AnnexId {
  if (id === '4') return 'gender';
  if (id === '1') return 'indigenous';
  const n = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (/igualdad entre mujeres y hombres/.test(n)) return 'gender';
  if (/indigena/.test(n)) return 'indigenous';
  if (/jovenes/.test(n)) return 'youth';
  if (/ninas|ninos|adolescentes/.test(n)) return 'children';
  if (/cambio climatico/.test(n)) return 'climate';
  return `annex-${id || 'unknown'}`;
}

interface Acc {
  program: PartialProgram;
  annex: AnnexId;
  category: string;
  total: bigint;
  months: (bigint | undefined)[];
}

export const crossCuttingAdapter: Adapter = {
  name: 'cross-cutting',
  detect(header) {
    return hasAll(header, REQUIRED);
  },
  adapt(input: AdapterInput): AdapterResult {
    const { header, rows, file, options } = input;
    const { col } = columnReader(header);
    const log = new ProblemLog();
    const folded = header.map(foldHeader);
    const monthCols = MONTHS.map((m) => {
      const i = folded.indexOf(`IMPORTE${m}`);
      return i < 0 ? undefined : header[i]!;
    });
    const ramoFilter = options?.ramo ? normalizeRamo(options.ramo) : undefined;
    const entityFilter = options?.entity ? normalizeRamo(options.entity) : undefined;
    const programs = new Map<string, PartialProgram>();
    const accs = new Map<string, Acc>();
    let cycle: number | undefined;
    let kept = 0;

    rows.forEach((row, i) => {
      const line = i + 2;
      const parts = log.keyed(
        parseProgramKey(col(row, 'ID_MODALIDAD'), col(row, 'ID_PP'), col(row, 'ID_RAMO')),
        { file, line, column: 'ID_PP' },
        `${col(row, 'ID_RAMO')}-${col(row, 'ID_MODALIDAD')}${col(row, 'ID_PP')}`,
      );
      if (!parts) return;
      if (ramoFilter && parts.ramo !== ramoFilter) return;
      if (entityFilter && normalizeRamo(col(row, 'ID_ENTIDAD_FEDERATIVA')) !== entityFilter) return;
      const key = formatProgramKey(parts);
      const amount = exactDecimal(col(row, 'IMPORTE'));
      if (amount === undefined) {
        log.add(
          makeProblem(
            'invalid-amount',
            'annex-amount-not-number',
            'error',
            { file, line, column: 'IMPORTE', key },
            { found: shown(col(row, 'IMPORTE')) },
          ),
        );
        return;
      }
      const c = readNumber(col(row, 'CICLO'));
      if (c.kind === 'value') cycle ??= c.value;
      kept++;

      let p = programs.get(key);
      if (!p) {
        p = { key, crossCutting: [] };
        if (col(row, 'DESC_PP')) p.name = col(row, 'DESC_PP');
        if (col(row, 'DESC_RAMO')) p.ramo = { id: parts.ramo, name: col(row, 'DESC_RAMO') };
        if (col(row, 'DESC_MODALIDAD')) p.modality = { id: parts.modality, name: col(row, 'DESC_MODALIDAD') };
        programs.set(key, p);
      }
      const annex = annexId(col(row, 'ID_TRANSVERSAL'), col(row, 'TRANSVERSAL'));
      const category = col(row, 'VERTIENTE') || col(row, 'ID_VERTIENTE');
      const id = `${key}\u0000${annex}\u0000${category}`;
      let acc = accs.get(id);
      if (!acc) {
        acc = { program: p, annex, category, total: 0n, months: MONTHS.map(() => undefined) };
        accs.set(id, acc);
      }
      acc.total += amount;
      monthCols.forEach((name, m) => {
        if (!name) return;
        const text = col(row, name);
        if (text === '') return; // not reported for this month: stays absent
        const v = exactDecimal(text);
        if (v === undefined) {
          log.add(
            makeProblem('invalid-amount', 'annex-monthly-not-number', 'warning', { file, line, column: name, key }, { found: shown(text) }),
          );
          return;
        }
        acc.months[m] = (acc.months[m] ?? 0n) + v;
      });
    });

    // The data's own year first (CICLO, else the file name, "pef2021"), then the feed's cycle option.
    const year = cycle ?? yearFromFileName(file) ?? options?.cycle;
    let calendarGaps = 0;
    let largestGap = 0;
    for (const acc of accs.values()) {
      const approved = scaledToCents(acc.total);
      const entry: CrossCutting = { annex: acc.annex, amounts: { approved: approved / 100 } };
      if (acc.category) entry.category = acc.category;
      if (year !== undefined && acc.months.some((v) => v !== undefined)) {
        const periods: PeriodRow[] = [];
        let monthSum = 0;
        acc.months.forEach((v, m) => {
          if (v === undefined) return;
          const cents = scaledToCents(v);
          monthSum += cents;
          periods.push({ period: `${year}-${String(m + 1).padStart(2, '0')}`, amounts: { approved: cents / 100 } });
        });
        entry.periods = periods;
        if (monthSum !== approved) {
          calendarGaps++;
          largestGap = Math.max(largestGap, Math.abs(monthSum - approved));
        }
      }
      acc.program.crossCutting!.push(entry);
    }

    const problems = log.done(file);
    if (year === undefined && monthCols.some(Boolean))
      problems.push(makeProblem('missing-field', 'annex-year-unknown', 'warning', { file, column: 'CICLO' }));
    if (calendarGaps)
      problems.push(
        makeProblem(
          'calendar-mismatch',
          'annex-calendar-mismatch',
          'note',
          { file },
          { count: calendarGaps, found: `${calendarGaps}; max ${(largestGap / 100).toFixed(2)}` },
        ),
      );

    const result: AdapterResult = {
      layout: 'cross-cutting',
      programs: [...programs.values()],
      problems,
      stats: { rows: rows.length, kept },
    };
    if (year !== undefined) result.cycle = year;
    return result;
  },
};
