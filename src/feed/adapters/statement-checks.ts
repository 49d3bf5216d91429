/**
 * A statement in exact cents, and the checks the converter runs on it (pure): its own sums against
 * the publisher's total and subtotal rows, the publisher's arithmetic per row, and two statements
 * of the same publisher and period against each other. Differences are flagged, never fixed.
 */
import type { Amounts, BreakdownRow, Problem } from '../types.js';
import { makeProblem } from '../problems.js';
import type { ProblemCode } from '../problem-messages.js';
import type { ProblemLog } from './adapter-problems.js';
import type { StatementColumn } from './statement-grid.js';
import type { StatementPeriod } from './statement-grid.js';

export type Cents = Partial<Record<StatementColumn, number>>;

export interface StatementRow {
  /** 1-based spreadsheet row. */
  line: number;
  by: string;
  id: string;
  name: string;
  parent?: string;
  section?: string;
  cents: Cents;
}

export interface StatementTotal {
  line: number;
  /** `undefined` for the grand total; a section id (LDF `I`, `II`) or a stacked table's `by`. */
  section?: string;
  label: string;
  cents: Cents;
}

export interface StatementDetail {
  /** Statement kind, e.g. `conac-eaepe-cog`, `ldf-6b`. */
  kind: string;
  title: string[];
  entity?: string;
  period?: StatementPeriod;
  columns: StatementColumn[];
  rows: StatementRow[];
  totals: StatementTotal[];
}

const MOMENT_OF: Partial<Record<StatementColumn, string>> = {
  approved: 'approved',
  modified: 'modified',
  committed: 'committed',
  accrued: 'accrued',
  exercised: 'exercised',
  paid: 'paid',
};

/** Cents of the six moments → Amounts in pesos (extra columns such as Subejercicio are left out). */
export function centsAmounts(c: Cents): Amounts {
  const out: Amounts = {};
  for (const [col, m] of Object.entries(MOMENT_OF)) {
    const v = c[col as StatementColumn];
    if (v !== undefined) out[m!] = v / 100;
  }
  return out;
}

/** The Feed breakdown rows of a statement. */
export function breakdownRows(d: StatementDetail): BreakdownRow[] {
  return d.rows.map((r) => ({
    by: r.by,
    id: r.id,
    name: r.name,
    ...(r.parent !== undefined ? { parent: r.parent } : {}),
    ...(r.section !== undefined ? { section: r.section } : {}),
    amounts: centsAmounts(r.cents),
  }));
}

/** Per-column sums of rows, absent columns skipped (a column absent in every row stays absent). */
export function sumCents(rows: { cents: Cents }[]): Cents {
  const out: Cents = {};
  for (const r of rows)
    for (const [k, v] of Object.entries(r.cents)) if (v !== undefined) out[k as StatementColumn] = (out[k as StatementColumn] ?? 0) + v;
  return out;
}

/**
 * The figures of a difference as params, in pesos (exact: integer cents / 100): what the publisher
 * states, what the sum gives, and by how much they differ (a reader's note shows that as money).
 */
function figures(stated: number, computed: number): { statedAmount: number; computedAmount: number; differenceAmount: number } {
  return { statedAmount: stated / 100, computedAmount: computed / 100, differenceAmount: Math.abs(stated - computed) / 100 };
}

/** Integer cents as plain decimal text, "-3228187.67" (exact; the form the READMEs' check figures use). */
export function formatCentsPlain(cents: number): string {
  const abs = BigInt(Math.abs(Math.round(cents)));
  return `${cents < 0 ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/**
 * Compares the rows of each level (`by`, within a section when given) with the total that should
 * hold them, column by column, to the cent; and every parent with the sum of its children.
 */
export function checkSums(
  d: StatementDetail,
  file: string,
  levels: { by: string; section?: string; total: StatementTotal | undefined }[],
  log: ProblemLog,
): void {
  for (const { by, section, total } of levels) {
    if (!total) continue;
    const rows = d.rows.filter((r) => r.by === by && (section === undefined || r.section === section));
    if (!rows.length) continue;
    compare(sumCents(rows), total.cents, (col, own, theirs) =>
      log.add(
        makeProblem(
          'statement-total-mismatch',
          'statement-total-mismatch',
          'error',
          { file, line: total.line, column: col },
          {
            count: rows.length,
            level: section ? `${by}, ${section}` : by,
            figure: col,
            ...figures(theirs, own),
          },
        ),
      ),
    );
  }
  const byKey = new Map<string, StatementRow>();
  for (const r of d.rows) byKey.set(`${r.section ?? ''}|${r.id}|${r.by}`, r);
  const children = new Map<StatementRow, StatementRow[]>();
  for (const r of d.rows) {
    if (r.parent === undefined) continue;
    const p = [...byKey.values()].find((x) => x.id === r.parent && x.section === r.section && x.by !== r.by && x !== r);
    if (!p) continue;
    const list = children.get(p) ?? [];
    list.push(r);
    children.set(p, list);
  }
  for (const [p, kids] of children)
    compare(sumCents(kids), p.cents, (col, own, theirs) =>
      log.add(
        makeProblem(
          'statement-subtotal-mismatch',
          'statement-subtotal-mismatch',
          'error',
          { file, line: p.line, column: col },
          {
            name: p.name,
            row: p.id,
            count: kids.length,
            figure: col,
            ...figures(theirs, own),
          },
        ),
      ),
    );
}

function compare(own: Cents, theirs: Cents, bad: (col: StatementColumn, own: number, theirs: number) => void): void {
  for (const [k, v] of Object.entries(theirs)) {
    const col = k as StatementColumn;
    if (v === undefined) continue;
    const mine = own[col] ?? 0;
    if (mine !== v) bad(col, mine, v);
  }
}

/**
 * The publisher's arithmetic on every row and total: Modificado = Aprobado + Ampliaciones/(Reducciones),
 * Subejercicio = Modificado − Devengado, Cuentas por pagar = Devengado − Pagado.
 */
export function checkArithmetic(d: StatementDetail, file: string, log: ProblemLog): void {
  const rules: [StatementColumn, StatementColumn[], (v: number[]) => number, ProblemCode][] = [
    ['modified', ['approved', 'adjustments'], ([a, b]) => a! + b!, 'statement-arithmetic-modified'],
    ['underspent', ['modified', 'accrued'], ([a, b]) => a! - b!, 'statement-arithmetic-underspent'],
    ['payable', ['accrued', 'paid'], ([a, b]) => a! - b!, 'statement-arithmetic-payable'],
  ];
  const all: { line: number; id?: string; name?: string; label?: string; cents: Cents }[] = [...d.rows, ...d.totals];
  for (const r of all)
    for (const [target, from, f, code] of rules) {
      const t = r.cents[target];
      if (t === undefined || !d.columns.includes(target) || from.some((c) => !d.columns.includes(c))) continue;
      const vals = from.map((c) => r.cents[c] ?? 0);
      const want = f(vals);
      if (want !== t)
        log.add(
          makeProblem(
            'statement-arithmetic',
            code,
            'warning',
            { file, line: r.line, column: target },
            {
              name: r.name ?? r.label ?? '',
              row: r.id,
              figure: target,
              ...figures(t, want),
            },
          ),
        );
    }
}

/**
 * Two statements of one publisher and period that classify the same rows (e.g. units in the CONAC
 * administrative statement and in LDF 6 b): every row and column where they disagree, to the cent.
 * Rows of several sections (LDF I + II) are added per id first.
 */
export function crossCheck(
  a: { file: string; detail: StatementDetail },
  b: { file: string; detail: StatementDetail },
  by: string,
): Problem[] {
  const per = (d: StatementDetail) => {
    const m = new Map<string, { name: string; cents: Cents }>();
    for (const r of d.rows.filter((x) => x.by === by)) {
      const cur = m.get(r.id);
      m.set(r.id, { name: cur?.name ?? r.name, cents: sumCents([...(cur ? [cur] : []), r]) });
    }
    return m;
  };
  const ma = per(a.detail);
  const mb = per(b.detail);
  const out: Problem[] = [];
  for (const [id, ra] of ma) {
    const rb = mb.get(id);
    if (!rb) continue;
    for (const col of a.detail.columns) {
      if (!b.detail.columns.includes(col)) continue;
      const va = ra.cents[col];
      const vb = rb.cents[col];
      if (va === undefined || vb === undefined || va === vb) continue;
      out.push(
        makeProblem(
          'statement-disagreement',
          'statements-disagree',
          'warning',
          { file: a.file, column: col },
          {
            name: ra.name,
            row: id,
            level: by,
            figure: col,
            otherFile: b.file,
            otherAmount: vb / 100,
            ...figures(va, vb),
          },
        ),
      );
    }
  }
  return out;
}

/** Classifications two statements of one publisher can share (rows keyed the same way). */
const SHARED_BY = ['unit', 'chapter', 'concept', 'item', 'purpose', 'function', 'modality', 'economic'];

/**
 * Every pair of statements of the same period that classify rows the same way, and every pair of
 * grand totals, compared to the cent (see crossCheck). Statements of other periods are not compared.
 */
export function crossCheckStatements(list: { file: string; detail: StatementDetail }[]): Problem[] {
  const out: Problem[] = [];
  const samePeriod = (a: StatementDetail, b: StatementDetail) => !a.period || !b.period || a.period.to === b.period.to;
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (!samePeriod(a.detail, b.detail)) continue;
      for (const by of SHARED_BY)
        if (a.detail.rows.some((r) => r.by === by) && b.detail.rows.some((r) => r.by === by)) out.push(...crossCheck(a, b, by));
      const ta = a.detail.totals.find((t) => t.section === undefined);
      const tb = b.detail.totals.find((t) => t.section === undefined);
      if (ta && tb)
        for (const col of a.detail.columns) {
          const va = ta.cents[col];
          const vb = tb.cents[col];
          if (va === undefined || vb === undefined || va === vb || !b.detail.columns.includes(col)) continue;
          out.push(
            makeProblem(
              'statement-disagreement',
              'statement-totals-disagree',
              'warning',
              { file: a.file, line: ta.line, column: col },
              {
                figure: col,
                otherFile: b.file,
                otherAmount: vb / 100,
                ...figures(va, vb),
              },
            ),
          );
        }
    }
  return out;
}
