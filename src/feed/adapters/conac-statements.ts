/**
 * The harmonized budget statements of states, their agencies and municipalities (pure): CONAC's
 * Estado Analítico del Ejercicio del Presupuesto de Egresos (administrative, economic, object of
 * spending, functional), LDF Formato 6 a/b/c, Gasto por Categoría Programática, and a municipal
 * accounting system's report by COG with all moments. Recognised from the title and the header,
 * wherever they sit on the sheet; hierarchy from names, letter prefixes or the code's column.
 *
 * Total and subtotal rows never enter a sum; they are compared with the converter's own sums.
 */
import { makeProblem } from '../problems.js';
import { ProblemLog, shown } from './adapter-problems.js';
import { scanCents } from './money.js';
import {
  breakdownRows,
  centsAmounts,
  checkArithmetic,
  checkSums,
  type Cents,
  type StatementDetail,
  type StatementRow,
  type StatementTotal,
} from './statement-checks.js';
import {
  columnOf,
  entityOf,
  findStatementHeader,
  foldHeaderCell,
  isTotalLabel,
  periodOf,
  type StatementColumn,
  type StatementHeader,
} from './statement-grid.js';
import { foldWords } from './text-fold.js';
import type { AdapterResult, SheetAdapter, SheetInput } from './types.js';

/** CONAC concept keys per chapter, in catalogue order (Clasificador por Objeto del Gasto). */
export const COG_CONCEPTS: Record<string, string[]> = {
  '1000': ['1100', '1200', '1300', '1400', '1500', '1600', '1700'],
  '2000': ['2100', '2200', '2300', '2400', '2500', '2600', '2700', '2800', '2900'],
  '3000': ['3100', '3200', '3300', '3400', '3500', '3600', '3700', '3800', '3900'],
  '4000': ['4100', '4200', '4300', '4400', '4500', '4600', '4700', '4800', '4900'],
  '5000': ['5100', '5200', '5300', '5400', '5500', '5600', '5700', '5800', '5900'],
  '6000': ['6100', '6200', '6300'],
  '7000': ['7100', '7200', '7300', '7400', '7500', '7600', '7900'],
  '8000': ['8100', '8300', '8500'],
  '9000': ['9100', '9200', '9300', '9400', '9500', '9600', '9900'],
};

export type StatementKind =
  | 'conac-eaepe-ca'
  | 'conac-eaepe-ce'
  | 'conac-eaepe-cog'
  | 'conac-eaepe-cfg'
  | 'conac-cp'
  | 'ldf-6a'
  | 'ldf-6b'
  | 'ldf-6c'
  | 'municipal-cog';

/** Statement titles as inferred provenance, es-MX (the publisher's language). */
export const STATEMENT_TITLES: Record<StatementKind, string> = {
  'conac-eaepe-ca': 'Estado Analítico del Ejercicio del Presupuesto de Egresos, clasificación administrativa',
  'conac-eaepe-ce': 'Estado Analítico del Ejercicio del Presupuesto de Egresos, clasificación económica (por tipo de gasto)',
  'conac-eaepe-cog': 'Estado Analítico del Ejercicio del Presupuesto de Egresos, clasificación por objeto del gasto',
  'conac-eaepe-cfg': 'Estado Analítico del Ejercicio del Presupuesto de Egresos, clasificación funcional',
  'conac-cp': 'Gasto por Categoría Programática',
  'ldf-6a': 'LDF Formato 6 a) Estado Analítico del Ejercicio del Presupuesto de Egresos Detallado, clasificación por objeto del gasto',
  'ldf-6b': 'LDF Formato 6 b) Estado Analítico del Ejercicio del Presupuesto de Egresos Detallado, clasificación administrativa',
  'ldf-6c': 'LDF Formato 6 c) Estado Analítico del Ejercicio del Presupuesto de Egresos Detallado, clasificación funcional',
  'municipal-cog': 'Estado del ejercicio del presupuesto por concepto del gasto',
};

/** The statement kind from the title lines and the header (undefined when it is none of them). */
export function statementKind(title: string[], header: StatementHeader): StatementKind | undefined {
  const t = foldWords(title.join(' '));
  const names = header.names.map(foldHeaderCell);
  const ldf = /\bldf\b|formato 6|disciplina financiera/.test(t);
  if (ldf) {
    if (/objeto del gasto/.test(t)) return 'ldf-6a';
    if (/administrativa/.test(t)) return 'ldf-6b';
    if (/funcional/.test(t)) return 'ldf-6c';
    return undefined;
  }
  if (/categoria programatica/.test(t)) return 'conac-cp';
  if (names.some((n) => n === 'cog') && /concepto del gasto|objeto del gasto|ejercicio del presupuesto/.test(t)) return 'municipal-cog';
  if (/presupuesto de egresos/.test(t) && /analitico/.test(t)) {
    if (/administrativa/.test(t)) return 'conac-eaepe-ca';
    if (/economica|tipo de gasto/.test(t)) return 'conac-eaepe-ce';
    if (/objeto del gasto/.test(t)) return 'conac-eaepe-cog';
    if (/funcional/.test(t)) return 'conac-eaepe-cfg';
  }
  return undefined;
}

interface Line {
  line: number;
  cells: string[];
  /** Label cells (left of the first amount column), trimmed. */
  labels: string[];
  cents: Cents;
  hasAmounts: boolean;
}

const cellCents = (text: string | undefined): number | undefined => {
  const c = scanCents(text);
  return Number.isFinite(c) ? c : undefined;
};

/** The rows below the header, with label cells and amounts per statement column. */
function dataLines(sheet: SheetInput, h: StatementHeader, log: ProblemLog): Line[] {
  const firstAmount = Math.min(...h.columns.keys());
  const out: Line[] = [];
  for (let r = h.dataRow; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const labels = cells.slice(0, firstAmount).map((c) => c.replace(/\s+/g, ' ').trim());
    const cents: Cents = {};
    let hasAmounts = false;
    // A header repeated inside the data (stacked tables) is no data row.
    const repeat = [...h.columns.keys()].some((c) => {
      const t = cells[c] ?? '';
      return !!columnOf(t) || /^egresos$/i.test(t.trim()) || (t.includes('=') && /\d/.test(t));
    });
    for (const [c, col] of repeat ? [] : h.columns) {
      const text = cells[c];
      if (text === undefined || text.trim() === '') continue;
      const v = cellCents(text);
      if (v === undefined) {
        log.add(
          makeProblem(
            'invalid-amount',
            'amount-unreadable',
            'error',
            { file: sheet.file, line: r + 1, column: col },
            { found: shown(text) },
          ),
        );
        continue;
      }
      cents[col] = v;
      hasAmounts = true;
    }
    out.push({ line: r + 1, cells, labels, cents, hasAmounts });
  }
  return out;
}

const firstLabel = (l: Line) => l.labels.find(Boolean) ?? '';

function base(_sheet: SheetInput, kind: StatementKind, h: StatementHeader): StatementDetail {
  const period = periodOf(h.title);
  return {
    kind,
    title: h.title,
    ...(entityOf(h.title) ? { entity: entityOf(h.title)! } : {}),
    ...(period ? { period } : {}),
    columns: [...new Set(h.columns.values())],
    rows: [],
    totals: [],
  };
}

const row = (l: Line, by: string, id: string, name: string, extra: { parent?: string; section?: string } = {}): StatementRow => ({
  line: l.line,
  by,
  id,
  name: name.replace(/\s+/g, ' ').trim(),
  ...(extra.parent !== undefined ? { parent: extra.parent } : {}),
  ...(extra.section !== undefined ? { section: extra.section } : {}),
  cents: l.cents,
});

const total = (l: Line, section?: string): StatementTotal => ({
  line: l.line,
  ...(section !== undefined ? { section } : {}),
  label: firstLabel(l),
  cents: l.cents,
});

function unlabelled(l: Line, file: string, log: ProblemLog): void {
  const nonZero = Object.values(l.cents).some((v) => v !== 0);
  log.add(
    nonZero
      ? makeProblem('unlabelled-row', 'unlabelled-row', 'warning', { file, line: l.line })
      : makeProblem('unlabelled-row', 'unlabelled-zero-row', 'note', { file, line: l.line }),
  );
}

// ---- CONAC EAEPE -------------------------------------------------------------------------

function eaepeCog(sheet: SheetInput, h: StatementHeader, lines: Line[], log: ProblemLog): StatementDetail {
  const d = base(sheet, 'conac-eaepe-cog', h);
  let chapter = 0;
  let concept = 0;
  for (const l of lines) {
    if (!l.hasAmounts) continue;
    const [a = '', b = ''] = l.labels;
    if (isTotalLabel(a || b)) {
      d.totals.push(total(l));
      continue;
    }
    if (a && !b) {
      chapter++;
      concept = 0;
      d.rows.push(row(l, 'chapter', `${chapter}000`, a));
    } else if (!a && b) {
      const keys = COG_CONCEPTS[`${chapter}000`] ?? [];
      const id = keys[concept++];
      if (!id) {
        log.add(makeProblem('unknown-concept', 'cog-concept-unknown', 'error', { file: sheet.file, line: l.line }, { found: shown(b) }));
        continue;
      }
      d.rows.push(row(l, 'concept', id, b, { parent: `${chapter}000` }));
    } else unlabelled(l, sheet.file, log);
  }
  checkSums(
    d,
    sheet.file,
    [
      { by: 'chapter', total: d.totals[0] },
      { by: 'concept', total: d.totals[0] },
    ],
    log,
  );
  return d;
}

function eaepeCa(sheet: SheetInput, h: StatementHeader, lines: Line[], log: ProblemLog): StatementDetail {
  const d = base(sheet, 'conac-eaepe-ca', h);
  // Stacked tables: units, then "Poderes", then "Sector Paraestatal"; each ends with its total row.
  let by = 'unit';
  let n = 0;
  for (const l of lines) {
    const label = l.labels.filter(Boolean).join(' ');
    if (!l.hasAmounts) {
      const f = foldWords(label);
      if (/poderes/.test(f)) by = 'power';
      else if (/paraestatal|sector/.test(f)) by = 'sector';
      continue;
    }
    if (isTotalLabel(label)) {
      d.totals.push(total(l, by === 'unit' ? undefined : by));
      n = 0;
      continue;
    }
    const unit = /^(\d{3,6})\s+(.+)$/.exec(label);
    if (by === 'unit' && unit) d.rows.push(row(l, 'unit', unit[1]!, unit[2]!));
    else if (label) d.rows.push(row(l, by, String(++n), label));
    else unlabelled(l, sheet.file, log);
  }
  checkSums(
    d,
    sheet.file,
    [
      { by: 'unit', total: d.totals.find((t) => t.section === undefined) },
      { by: 'power', total: d.totals.find((t) => t.section === 'power') },
      { by: 'sector', total: d.totals.find((t) => t.section === 'sector') },
    ],
    log,
  );
  return d;
}

function eaepeCe(sheet: SheetInput, h: StatementHeader, lines: Line[], log: ProblemLog): StatementDetail {
  const d = base(sheet, 'conac-eaepe-ce', h);
  let n = 0;
  for (const l of lines) {
    if (!l.hasAmounts) continue;
    const label = l.labels.filter(Boolean).join(' ');
    if (isTotalLabel(label)) d.totals.push(total(l));
    else if (label) d.rows.push(row(l, 'economic', String(++n), label));
    else unlabelled(l, sheet.file, log);
  }
  checkSums(d, sheet.file, [{ by: 'economic', total: d.totals[0] }], log);
  return d;
}

function eaepeCfg(sheet: SheetInput, h: StatementHeader, lines: Line[], log: ProblemLog): StatementDetail {
  const d = base(sheet, 'conac-eaepe-cfg', h);
  let fin = 0;
  for (const l of lines) {
    if (!l.hasAmounts) continue;
    const [a = '', b = ''] = l.labels;
    if (isTotalLabel(a || b)) d.totals.push(total(l));
    else if (/^\d{2}$/.test(a)) d.rows.push(row(l, 'function', `${a[0]}.${a[1]}`, b, { parent: a[0]! }));
    else if (a && !/^\d/.test(a)) d.rows.push(row(l, 'purpose', String(++fin), a));
    else unlabelled(l, sheet.file, log);
  }
  checkSums(
    d,
    sheet.file,
    [
      { by: 'purpose', total: d.totals[0] },
      { by: 'function', total: d.totals[0] },
    ],
    log,
  );
  return d;
}

function conacCp(sheet: SheetInput, h: StatementHeader, lines: Line[], log: ProblemLog): StatementDetail {
  const d = base(sheet, 'conac-cp', h);
  let group = 0;
  for (const l of lines) {
    if (!l.hasAmounts) continue;
    const [a = '', b = '', c = ''] = l.labels;
    if (isTotalLabel(a || b || c)) d.totals.push(total(l));
    else if (a === '0' && b) d.rows.push(row(l, 'program-group', String(++group), b));
    else if (/^[A-Z]$/.test(a) && c) d.rows.push(row(l, 'modality', a, c, { parent: String(group) }));
    else if (/^[A-Z]$/.test(a) && b) d.rows.push(row(l, 'modality', a, b));
    else unlabelled(l, sheet.file, log);
  }
  checkSums(
    d,
    sheet.file,
    [
      { by: 'program-group', total: d.totals[0] },
      { by: 'modality', total: d.totals[0] },
    ],
    log,
  );
  return d;
}

// ---- LDF Formato 6 -----------------------------------------------------------------------

/** LDF section rows: "I. Gasto No Etiquetado (…)", "II: Gasto Etiquetado (…)", "III. Total de Egresos (III = I + II)". */
function ldfSection(label: string): string | undefined {
  const m = /^(I{1,3})\s*[.:]\s*(.*)$/.exec(label);
  if (!m) return undefined;
  const rest = foldWords(m[2]!);
  return /^(gasto|total)/.test(rest) ? m[1] : undefined;
}

const stripFormula = (s: string) => s.replace(/\s*\([A-Za-z]+\s*=[^)]*\)\s*$/, '').trim();

function ldf(sheet: SheetInput, kind: 'ldf-6a' | 'ldf-6b' | 'ldf-6c', h: StatementHeader, lines: Line[], log: ProblemLog): StatementDetail {
  const d = base(sheet, kind, h);
  let section: string | undefined;
  let parent: string | undefined;
  for (const l of lines) {
    const label = l.labels.filter(Boolean).join(' ');
    const sec = ldfSection(label);
    if (sec) {
      if (sec === 'III' || isTotalLabel(label)) d.totals.push(total(l));
      else {
        section = sec;
        if (l.hasAmounts) d.totals.push(total(l, sec));
      }
      continue;
    }
    if (!l.hasAmounts) continue;
    if (/\(informativo\)/i.test(label)) {
      log.add(makeProblem('informative-row', 'informative-row', 'note', { file: sheet.file, line: l.line }, { found: shown(label) }));
      continue;
    }
    if (label === '*' || label === '') {
      if (Object.values(l.cents).some((v) => v !== 0) || label === '') unlabelled(l, sheet.file, log);
      continue;
    }
    const sectionOf = section !== undefined ? { section } : {};
    if (kind === 'ldf-6b') {
      const unit = /^(\d{3,6})\s+(.+)$/.exec(label);
      if (unit) d.rows.push(row(l, 'unit', unit[1]!, unit[2]!, sectionOf));
      else unlabelled(l, sheet.file, log);
      continue;
    }
    const top = /^([A-I])\.\s+(.*)$/.exec(label);
    const sub = /^([a-i])(\d)\)\s*(.*)$/.exec(label);
    if (kind === 'ldf-6a') {
      if (top) {
        parent = `${top[1]!.charCodeAt(0) - 64}000`;
        d.rows.push(row(l, 'chapter', parent, stripFormula(top[2]!), sectionOf));
      } else if (sub) {
        const ch = `${sub[1]!.charCodeAt(0) - 96}000`;
        const id = COG_CONCEPTS[ch]?.[Number(sub[2]) - 1];
        if (!id)
          log.add(
            makeProblem('unknown-concept', 'ldf-concept-unknown', 'error', { file: sheet.file, line: l.line }, { found: shown(label) }),
          );
        else d.rows.push(row(l, 'concept', id, sub[3]!, { parent: ch, ...sectionOf }));
      } else unlabelled(l, sheet.file, log);
    } else {
      if (top) {
        parent = String(top[1]!.charCodeAt(0) - 64);
        d.rows.push(row(l, 'purpose', parent, stripFormula(top[2]!), sectionOf));
      } else if (sub)
        d.rows.push(
          row(l, 'function', `${sub[1]!.charCodeAt(0) - 96}.${sub[2]}`, sub[3]!, {
            parent: String(sub[1]!.charCodeAt(0) - 96),
            ...sectionOf,
          }),
        );
      else unlabelled(l, sheet.file, log);
    }
  }
  const grand = d.totals.find((t) => t.section === undefined);
  const levels = kind === 'ldf-6a' ? ['chapter', 'concept'] : kind === 'ldf-6b' ? ['unit'] : ['purpose', 'function'];
  checkSums(
    d,
    sheet.file,
    [
      ...levels.map((by) => ({ by, total: grand })),
      ...d.totals.filter((t) => t.section !== undefined).flatMap((t) => levels.map((by) => ({ by, section: t.section!, total: t }))),
    ],
    log,
  );
  // III = I + II
  const parts = d.totals.filter((t) => t.section !== undefined);
  if (grand && parts.length)
    checkSums(
      { ...d, rows: parts.map((p) => ({ line: p.line, by: 'section', id: p.section!, name: p.label, cents: p.cents })) },
      sheet.file,
      [{ by: 'section', total: grand }],
      log,
    );
  return d;
}

// ---- Municipal report by COG with all moments ------------------------------------------------

/** A 5-digit municipal COG code (10000 / 11000 / 11100) → CONAC key and level by the column it is in. */
function municipalCog(sheet: SheetInput, h: StatementHeader, lines: Line[], log: ProblemLog): StatementDetail {
  const d = base(sheet, 'municipal-cog', h);
  const names = h.names.map(foldHeaderCell);
  const nameCol = names.findIndex((n) => n === 'nombre' || n === 'concepto' || n === 'denominacion');
  let chapter: string | undefined;
  let concept: string | undefined;
  for (const l of lines) {
    if (!l.hasAmounts) continue;
    const name = (nameCol >= 0 ? l.cells[nameCol] : l.labels.filter((x) => !/^\d+$/.test(x)).join(' ')) ?? '';
    const codeAt = l.labels.findIndex((x) => /^\d{4,5}$/.test(x));
    const code = l.labels[codeAt] ?? '';
    if (isTotalLabel(name) || /^9{4,5}$/.test(code)) {
      d.totals.push(total({ ...l, labels: [name] }));
      continue;
    }
    const cut = (s: string, n: number) => s.slice(0, n);
    if (codeAt === 0) {
      chapter = `${cut(code, 1)}000`;
      d.rows.push(row(l, 'chapter', chapter, name));
    } else if (codeAt === 1) {
      concept = `${cut(code, 2)}00`;
      d.rows.push(row(l, 'concept', concept, name, chapter ? { parent: chapter } : {}));
    } else if (codeAt === 2) {
      d.rows.push(row(l, 'item', cut(code, 3), name, concept ? { parent: concept } : {}));
    } else unlabelled(l, sheet.file, log);
  }
  checkSums(
    d,
    sheet.file,
    ['chapter', 'concept', 'item'].map((by) => ({ by, total: d.totals[0] })),
    log,
  );
  return d;
}

/** Moment-order anomalies as published (Devengado above Vigente): flagged, never fixed. */
function checkOrder(d: StatementDetail, file: string, log: ProblemLog): void {
  for (const r of d.rows) {
    const m = r.cents.modified;
    const a = r.cents.accrued;
    if (m !== undefined && a !== undefined && a > m && m >= 0)
      log.add(
        makeProblem(
          'order',
          'amount-order',
          'warning',
          { file, line: r.line, column: 'accrued' },
          {
            later: 'accrued',
            earlier: 'modified',
            laterAmount: a / 100,
            earlierAmount: m / 100,
            row: r.id,
          },
        ),
      );
  }
}

// ---- The adapters ------------------------------------------------------------------------

/** The statement a sheet holds, read and checked; undefined when it is none of the known ones. */
export function readStatement(sheet: SheetInput): { detail: StatementDetail; problems: ReturnType<ProblemLog['done']> } | undefined {
  const h = findStatementHeader(sheet.rows);
  if (!h) return undefined;
  const kind = statementKind(h.title, h);
  if (!kind) return undefined;
  const log = new ProblemLog();
  const lines = dataLines(sheet, h, log);
  let d: StatementDetail;
  switch (kind) {
    case 'conac-eaepe-cog':
      d = eaepeCog(sheet, h, lines, log);
      break;
    case 'conac-eaepe-ca':
      d = eaepeCa(sheet, h, lines, log);
      break;
    case 'conac-eaepe-ce':
      d = eaepeCe(sheet, h, lines, log);
      break;
    case 'conac-eaepe-cfg':
      d = eaepeCfg(sheet, h, lines, log);
      break;
    case 'conac-cp':
      d = conacCp(sheet, h, lines, log);
      break;
    case 'municipal-cog':
      d = municipalCog(sheet, h, lines, log);
      break;
    default:
      d = ldf(sheet, kind, h, lines, log);
  }
  checkArithmetic(d, sheet.file, log);
  checkOrder(d, sheet.file, log);
  if (!d.totals.length) log.add(makeProblem('no-total-row', 'no-total-row', 'warning', { file: sheet.file }));
  return { detail: d, problems: log.done(sheet.file) };
}

/** A statement as an adapter result: feed totals from the publisher's grand total row, breakdown rows. */
export function statementResult(detail: StatementDetail, problems: AdapterResult['problems'], title: string): AdapterResult {
  const grand = detail.totals.find((t) => t.section === undefined);
  const momentCols: StatementColumn[] = ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'];
  const period = detail.period;
  return {
    layout: detail.kind,
    programs: [],
    moments: momentCols.filter((c) => detail.columns.includes(c)),
    ...(period ? { cycle: period.year } : {}),
    meta: {
      ...(period ? { asOf: period.to } : {}),
      sources: [{ title: provenanceTitle(title, period) }],
    },
    ...(grand ? { totals: centsAmounts(grand.cents) } : {}),
    breakdowns: breakdownRows(detail),
    statement: detail,
    problems,
    stats: { rows: detail.rows.length + detail.totals.length, kept: detail.rows.length },
  };
}

/** "…, 4.º trimestre 2022" / "…, al 31 de marzo de 2019". */
export function provenanceTitle(title: string, p: { to: string; year: number; quarter?: number; from?: string } | undefined): string {
  if (!p) return title;
  if (p.quarter && (!p.from || p.from.endsWith('-01-01'))) return `${title}, ${p.quarter}.º trimestre ${p.year}`;
  return `${title}, al ${p.to}`;
}

export const conacStatements: SheetAdapter = {
  name: 'conac-statement',
  detect: (sheet) => {
    const h = findStatementHeader(sheet.rows);
    return !!h && !!statementKind(h.title, h);
  },
  adapt(sheet) {
    const r = readStatement(sheet);
    if (!r) throw new Error('not a CONAC/LDF statement');
    const entity = r.detail.entity;
    return statementResult(r.detail, r.problems, `${STATEMENT_TITLES[r.detail.kind as StatementKind]}${entity ? ` (${entity})` : ''}`);
  },
};
